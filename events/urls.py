from django.urls import path

import newsroom.core.converters  # noqa: F401  (registers "uslug")
from events import views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="index"),
    path("calendar.ics", views.event_calendar, name="calendar"),
    path("<uslug:slug>/", views.event_detail, name="detail"),
    path("<uslug:slug>.ics", views.event_ics, name="ics"),
]
