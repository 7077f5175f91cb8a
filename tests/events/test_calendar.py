"""Events as iCalendar files that calendar apps import and subscribe to."""

from datetime import datetime, timedelta

import icalendar
import pytest
from django.utils import timezone

from tests.events.test_events import ASUNCION, ENDS, STARTS, make_seminar
from tests.factories import EventFactory, in_english, physical_lines

pytestmark = pytest.mark.django_db


def events_in(response):
    """The VEVENTs of an .ics response, after checking how it was sent."""
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    physical_lines(response.content)
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, calendar.walk("VEVENT")


@pytest.fixture
def seminar():
    return make_seminar()


def test_an_events_file_carries_its_times_in_the_venues_zone(client, seminar):
    calendar, [entry] = events_in(client.get(in_english(seminar.ics_url)))

    assert entry["DTSTART"].params["TZID"] == "America/Asuncion"
    assert entry["DTEND"].params["TZID"] == "America/Asuncion"
    # The clock at the venue reads what the press office entered.
    start, end = entry.decoded("DTSTART"), entry.decoded("DTEND")
    assert start.replace(tzinfo=None) == datetime(2030, 6, 10, 9, 0)
    assert end.replace(tzinfo=None) == datetime(2030, 6, 10, 17, 30)
    assert start == STARTS
    assert end == ENDS
    zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
    assert zones == ["America/Asuncion"]


def test_an_events_file_has_its_title_place_and_link(client, seminar):
    _calendar, [entry] = events_in(client.get(in_english(seminar.ics_url)))

    assert str(entry["SUMMARY"]) == "Seminar on trafficking in persons"
    assert str(entry["LOCATION"]) == (
        "Public Prosecutor's Office auditorium, Asunción, Paraguay"
    )
    page = f"http://testserver{in_english(seminar.get_absolute_url)}"
    assert str(entry["URL"]) == page
    assert str(entry["DESCRIPTION"]) == (
        f"Prosecutors of four countries compare their cases.\n\n{page}"
    )


def test_the_file_speaks_the_language_of_its_address(client, seminar):
    _calendar, [entry] = events_in(client.get(f"/fr/events/{seminar.slug_fr}.ics"))

    assert str(entry["SUMMARY"]) == "Séminaire sur la traite des personnes"


ARABIC = "ندوة حول مكافحة الاتجار بالبشر في أمريكا الجنوبية"

TRICKY = {
    "commas and semicolons": {
        "title_en": "Prosecutors, judges; and police: a seminar",
        "venue_en": "Hall A; floor 2, east wing",
        "city_en": "Asunción, Central",
        "description_en": "Bring: ID, laptop; lunch.",
    },
    "line breaks": {
        "title_en": "Seminar",
        "venue_en": "Auditorium",
        "city_en": "Asunción",
        "description_en": "Morning: cases.\nAfternoon: networks.\n\nDay two\\ends.",
    },
    "arabic script": {
        "title_en": ARABIC,
        "venue_en": "قاعة المؤتمرات، الطابق الثاني",
        "city_en": "عمّان",
        "description_en": "يجتمع المدعون العامون؛ ويتبادلون الخبرات، والقضايا.",
    },
    "very long values": {
        "title_en": (ARABIC + " ") * 4,
        "venue_en": "Centro de Convenciones " + "é" * 150,
        "city_en": "Asunción",
        "description_en": "\n".join([ARABIC * 5] * 4),
    },
}


@pytest.mark.parametrize("fields", TRICKY.values(), ids=TRICKY.keys())
def test_tricky_text_survives_the_round_trip_in_folded_lines(client, fields):
    event = EventFactory(country="PY", **fields)

    _calendar, [entry] = events_in(client.get(in_english(event.ics_url)))

    assert str(entry["SUMMARY"]) == fields["title_en"]
    assert str(entry["LOCATION"]) == (
        f"{fields['venue_en']}, {fields['city_en']}, Paraguay"
    )
    assert str(entry["DESCRIPTION"]).startswith(fields["description_en"] + "\n\n")


def test_the_subscription_calendar_has_every_upcoming_event_and_no_other(client):
    now = timezone.now()
    coming = [
        EventFactory(title_en="Next week", starts_at=now + timedelta(days=7)),
        EventFactory(title_en="Tomorrow", starts_at=now + timedelta(days=1)),
        EventFactory(
            title_en="Happening now",
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(hours=2),
        ),
        EventFactory(
            title_en="In Asunción",
            starts_at=STARTS,
            ends_at=ENDS,
            time_zone=ASUNCION.key,
        ),
    ]
    EventFactory(title_en="Last week", starts_at=now - timedelta(days=7))
    EventFactory(title_en="Not announced", is_public=False)

    calendar, entries = events_in(client.get("/en/events/calendar.ics"))

    assert sorted(str(entry["SUMMARY"]) for entry in entries) == sorted(
        event.title_en for event in coming
    )
    assert len({str(entry["UID"]) for entry in entries}) == len(coming)
    assert "America/Asuncion" in [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")]
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]


def test_an_empty_subscription_calendar_is_still_a_calendar(client):
    _calendar, entries = events_in(client.get("/en/events/calendar.ics"))

    assert entries == []


def test_an_event_not_shown_on_the_site_has_no_file(client):
    hidden = EventFactory(is_public=False)

    assert client.get(f"/en/events/{hidden.slug_en}.ics").status_code == 404


@pytest.mark.parametrize("slug", ["no-such-event", "<script>", "a.b", "x" * 2000])
def test_an_unknown_or_malformed_file_address_is_a_404(client, seminar, slug):
    assert client.get(f"/en/events/{slug}.ics").status_code == 404


def test_the_subscription_calendar_runs_at_most_6_queries(
    client, django_assert_max_num_queries
):
    now = timezone.now()
    for n in range(20):
        EventFactory(starts_at=now + timedelta(days=n + 1), time_zone="Europe/Paris")

    with django_assert_max_num_queries(6):
        response = client.get("/en/events/calendar.ics")

    _calendar, entries = events_in(response)
    assert len(entries) == 20
