from django.urls import path

import newsroom.core.converters  # noqa: F401  (registers "uslug")
from releases import views

# An official's page lists releases and events, so it lives with them.
app_name = "officials"

urlpatterns = [
    path("", views.official_index, name="index"),
    path("<uslug:slug>/", views.official_detail, name="detail"),
]
