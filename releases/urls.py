from django.urls import path

import newsroom.converters  # noqa: F401  (registers "uslug")
from releases import views

app_name = "releases"

urlpatterns = [
    path("", views.release_list, name="index"),
    path("preview/<int:pk>/", views.release_preview, name="preview"),
    path("<uslug:slug>/", views.release_detail, name="detail"),
]
