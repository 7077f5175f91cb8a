from django.urls import path

from releases import views

app_name = "releases"

urlpatterns = [
    path("", views.release_list, name="index"),
    path("preview/<int:pk>/", views.release_preview, name="preview"),
    path("<str:slug>/", views.release_detail, name="detail"),
]
