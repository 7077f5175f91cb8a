from django.urls import path

from media import views

app_name = "downloads"

urlpatterns = [
    path("images/<int:pk>/download/", views.image_download, name="image"),
    path(
        "documents/<int:pk>/<str:filename>", views.attachment_download, name="document"
    ),
]
