from django.urls import path

from releases.views import files

app_name = "downloads"

urlpatterns = [
    path("images/<int:pk>/download/", files.image_download, name="image"),
    path(
        "documents/<int:pk>/<str:filename>", files.attachment_download, name="document"
    ),
]
