"""Events as iCalendar (RFC 5545), made with the icalendar library.

Times carry the venue's time zone (TZID, with its VTIMEZONE), so a calendar
app shows a seminar in Asunción at 09:00 Asunción time, whatever the reader's
own zone. The library escapes commas, semicolons and line breaks, and folds
long lines at 75 octets without splitting a character.
"""

from datetime import timedelta

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language


def calendar_for(request, events, name=None):
    calendar = icalendar.Calendar()
    calendar.add(
        "prodid", f"-//{settings.SITE_NAME}//Newsroom//{get_language().upper()}"
    )
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", f"{settings.SITE_NAME} — {name}")
        # Subscribed calendars look again twice a day.
        calendar.add(
            "refresh-interval", timedelta(hours=12), parameters={"VALUE": "DURATION"}
        )
        calendar.add("x-published-ttl", "PT12H")
    for event in events:
        calendar.add_component(vevent(request, event))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def vevent(request, event):
    entry = icalendar.Event()
    host = request.get_host().split(":")[0]
    entry.add("uid", f"event-{event.pk}@{host}")
    entry.add("dtstamp", timezone.now())
    entry.add("last-modified", event.updated_at)
    entry.add("dtstart", event.local_start())
    entry.add("dtend", event.local_end())
    entry.add("summary", event.title)
    url = request.build_absolute_uri(event.get_absolute_url())
    entry.add("description", "\n\n".join(p for p in (event.description, url) if p))
    location = ", ".join(
        part for part in (event.venue, event.city, event.country.name) if part
    )
    if location:
        entry.add("location", location)
    entry.add("url", url)
    entry.add("categories", [event.get_kind_display()])
    entry.add("status", "CONFIRMED")
    entry.add("transp", "OPAQUE")
    return entry
