"""The admin for events, driven as press officers do: times on the venue's clock."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import capfirst

from events.models import Event
from tests.admin_people import (
    admin_page,
    assert_in_language,
    autocomplete,
    edit_url,
    event,
    event_data,
    field_errors,
    in_catalogue,
    logged_in,
    organisation,
    refused,
)

pytestmark = pytest.mark.django_db

EVENTS = "/admin/events/event/"


# ----- times as the venue's clock shows them -----


def at_the_venue(day, clock, zone):
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        ("America/Asuncion", "2016-05-10"),
        ("America/Asuncion", "2016-01-12"),
        ("Asia/Bangkok", "2025-03-04"),
    ],
)
def test_event_times_are_typed_and_shown_in_the_venues_time_zone(
    editing, in_geneva, zone, day
):
    response = editing.post(f"{EVENTS}add/", event_data(day, time_zone=zone))

    assert response.status_code == 302, field_errors(response)
    saved = Event.objects.get()
    assert saved.starts_at == at_the_venue(day, "09:00", zone)
    assert saved.ends_at == at_the_venue(day, "17:00", zone)
    assert saved.starts_at.astimezone(ZoneInfo("UTC")).hour != 9
    assert saved.time_zone == zone

    form = editing.get(edit_url(saved)).text
    assert re.search(r'name="starts_at_1" value="09:00(:00)?"', form)
    assert re.search(r'name="ends_at_1" value="17:00(:00)?"', form)
    assert re.search(rf'<option value="{zone}" selected>', form)


def test_an_event_that_ends_before_it_starts_is_refused(editing):
    response = editing.post(
        f"{EVENTS}add/", event_data(starts_at_1="17:00", ends_at_1="09:00")
    )

    assert refused(response)
    assert "The event cannot end before it starts." in field_errors(response)
    assert not Event.objects.exists()


def test_the_event_list_shows_times_on_the_venues_clock(editing, in_geneva):
    event()  # 13:00 UTC is 09:00 in Asunción that day

    text = " ".join(strip_tags(editing.get(EVENTS).text).split())

    assert "10 May 2016, 09:00 (America/Asuncion)" in text


# ----- finding events and their organisers -----


def test_autocomplete_finds_events_for_a_release(editing):
    seminar = event()
    event("Press briefing", city_en="Geneva", time_zone="Europe/Zurich")

    found = autocomplete(editing, "release", "event", "seminar")

    assert found == {"Counter-trafficking seminar": str(seminar.pk)}


def test_autocomplete_finds_organisations_for_an_event(editing):
    prosecution = organisation("Public Prosecutor’s Office of Paraguay")
    organisation("International Organization for Migration", acronym_en="IOM")

    found = autocomplete(
        editing, "event", "organisers", "prosecutor", app_label="events"
    )

    assert found == {"Public Prosecutor’s Office of Paraguay": str(prosecution.pk)}


# ----- who may do what -----


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("contributor", False), ("editor", True), ("publisher", True)],
)
def test_only_editors_add_or_change_events(client, request, role, allowed):
    seminar = event()
    client = logged_in(client, request.getfixturevalue(role))

    added = client.post(f"{EVENTS}add/", event_data(title_en="Press briefing"))
    changed = client.post(
        edit_url(seminar), event_data(title_en="Renamed", slug_en=seminar.slug_en)
    )

    assert added.status_code == changed.status_code == (302 if allowed else 403)
    assert Event.objects.filter(title_en="Press briefing").exists() is allowed
    seminar.refresh_from_db()
    assert (seminar.title_en == "Renamed") is allowed


# ----- in the press officer's language -----


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
@pytest.mark.parametrize("page", ["list", "add", "change"])
def test_event_pages_of_the_admin_open_in_every_language(
    client, publisher, language, page
):
    url = admin_page(page, EVENTS, event())

    response = logged_in(client, publisher).get(url, HTTP_ACCEPT_LANGUAGE=language)

    assert_in_language(response, language)


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_event_admin_names_its_records_in_the_editors_language(
    client, publisher, language
):
    response = logged_in(client, publisher).get(
        "/admin/", HTTP_ACCEPT_LANGUAGE=language
    )
    with translation.override("en"):
        name = in_catalogue(language, str(Event._meta.verbose_name_plural))

    assert capfirst(name) in response.text
