from django.urls import path

from reviews import views

app_name = "reviews"

urlpatterns = [
    # Signed secrets are letters, digits, "-", "_" and one ":".
    path("<str:token>/", views.preview, name="preview"),
]
