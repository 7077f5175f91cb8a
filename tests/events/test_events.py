"""Events: what is coming up and what took place, at the venue's own time."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from events.models import Event
from releases.models import Status
from tests.contacts.test_official_page import (
    ONLY_PUBLISHED,
    listed_before_and_at_embargo,
    listed_by_state,
)
from tests.factories import (
    EventFactory,
    OfficialFactory,
    OrganisationFactory,
    ReleaseFactory,
    SpeakerFactory,
    in_english,
    jsonld,
    visible_text,
)

pytestmark = pytest.mark.django_db

ASUNCION = ZoneInfo("America/Asuncion")
# 09:00 to 17:30 at the venue, in a year far enough ahead to stay upcoming.
STARTS = datetime(2030, 6, 10, 9, 0, tzinfo=ASUNCION)
ENDS = datetime(2030, 6, 10, 17, 30, tzinfo=ASUNCION)


def make_seminar():
    """The seed's seminar: a day in Asunción, organised and supported."""
    return EventFactory(
        title_en="Seminar on trafficking in persons",
        title_fr="Séminaire sur la traite des personnes",
        slug_fr="seminaire-traite",
        description_en="Prosecutors of four countries compare their cases.",
        starts_at=STARTS,
        ends_at=ENDS,
        time_zone="America/Asuncion",
        venue_en="Public Prosecutor's Office auditorium",
        city_en="Asunción",
        country="PY",
        organisers=[OrganisationFactory(name_en="Public Prosecution Service")],
        supporters=[
            OrganisationFactory(name_en="IOM"),
            OrganisationFactory(name_en="AIAMP"),
        ],
    )


@pytest.fixture
def seminar():
    return make_seminar()


def page_of(event, language="en"):
    return f"/{language}/events/{event.slug_en}/"


# ----- the list -----


def test_upcoming_events_come_soonest_first_then_past_ones_newest_first(client):
    now = timezone.now()
    for title, start in [
        ("Long ago", -60),
        ("Next month", 30),
        ("Last week", -7),
        ("The day after tomorrow", 2),
    ]:
        EventFactory(title_en=title, starts_at=now + timedelta(days=start))
    EventFactory(
        title_en="Happening now",
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=1),
    )

    text = visible_text(client.get("/en/events/"))

    expected = [
        "Upcoming",
        "Happening now",
        "The day after tomorrow",
        "Next month",
        "Past events",
        "Last week",
        "Long ago",
    ]
    positions = [text.index(words) for words in expected]
    assert positions == sorted(positions)


def test_the_list_dates_an_event_by_the_venues_calendar(client, settings):
    settings.TIME_ZONE = "Asia/Tokyo"
    # 22:00 in Asunción on 10 June is already 11 June in Tokyo and UTC.
    late = datetime(2030, 6, 10, 22, 0, tzinfo=ASUNCION)
    EventFactory(
        starts_at=late, ends_at=late + timedelta(hours=1), time_zone="America/Asuncion"
    )

    text = visible_text(client.get("/en/events/"))

    assert "10 June 2030" in text
    assert "11 June 2030" not in text


def test_past_events_are_paged_and_later_pages_are_archive_only(client):
    now = timezone.now()
    EventFactory(title_en="Coming up")
    for n in range(25):
        EventFactory(title_en=f"Past {n:02}", starts_at=now - timedelta(days=n + 1))

    first = visible_text(client.get("/en/events/"))
    second = visible_text(client.get("/en/events/?page=2"))

    assert "Coming up" in first
    assert "Past 00" in first
    assert "Past 24" not in first
    assert "Coming up" not in second
    assert "Past 24" in second


@pytest.mark.parametrize(
    ("page", "status"),
    [("abc", 404), ("999", 404), ("0", 404), ("-1", 404), ("1.5", 404), ("%00", 400)],
)
def test_a_page_number_that_does_not_exist_is_a_4xx_not_a_500(client, page, status):
    EventFactory(starts_at=timezone.now() - timedelta(days=3))

    assert client.get(f"/en/events/?page={page}").status_code == status


@pytest.mark.parametrize("path", ["/en/events/", "/en/"])
def test_an_event_not_shown_on_the_site_is_not_listed(client, path):
    EventFactory(title_en="Announced")
    EventFactory(title_en="Not announced yet", is_public=False)

    text = visible_text(client.get(path))

    assert "Announced" in text
    assert "Not announced yet" not in text


# ----- an event's page -----


@pytest.mark.parametrize(
    ("site_zone", "language", "start", "end"),
    [
        ("UTC", "fr", "09:00", "17:30"),
        ("Asia/Tokyo", "fr", "09:00", "17:30"),
        ("UTC", "en", "9 a.m.", "5:30 p.m."),
    ],
)
def test_the_event_page_gives_times_at_the_venue(
    client, settings, seminar, site_zone, language, start, end
):
    settings.TIME_ZONE = site_zone

    response = client.get(seminar.url_in(language))
    text = visible_text(response)

    assert f'datetime="{STARTS.isoformat()}"' in response.text
    assert f'datetime="{ENDS.isoformat()}"' in response.text
    assert start in text
    assert end in text
    assert "America/Asuncion" in text


def test_the_event_page_says_where_and_who(client, seminar):
    speaker = SpeakerFactory(
        event=seminar,
        official=OfficialFactory(
            full_name="Emiliano Rolón Fernández",
            position_en="Attorney General of Paraguay",
        ),
        topic_en="Investigating trafficking networks",
    )

    response = client.get(page_of(seminar))
    text = visible_text(response)

    for words in [
        "Seminar on trafficking in persons",
        "Public Prosecutor's Office auditorium",
        "Asunción, Paraguay",
        "Public Prosecution Service",
        "IOM",
        "AIAMP",
        "Emiliano Rolón Fernández",
        "Attorney General of Paraguay",
        "Investigating trafficking networks",
        "Prosecutors of four countries compare their cases.",
    ]:
        assert words in text
    assert f'href="{in_english(speaker.official.get_absolute_url)}"' in response.text
    assert f'href="{in_english(seminar.ics_url)}"' in response.text


def test_speakers_are_listed_in_the_order_given(client, seminar):
    for order, name in [(2, "Third Speaker"), (0, "First Speaker"), (1, "Second")]:
        SpeakerFactory(
            event=seminar, order=order, official=OfficialFactory(full_name=name)
        )

    text = visible_text(client.get(page_of(seminar)))

    assert text.index("First Speaker") < text.index("Second") < text.index("Third")


def test_the_event_page_speaks_the_readers_language_and_falls_back(client, seminar):
    french = visible_text(client.get(seminar.url_in("fr")))
    arabic = visible_text(client.get(page_of(seminar, "ar")))

    assert "Séminaire sur la traite des personnes" in french
    assert "Seminar on trafficking in persons" in arabic


def test_the_event_page_describes_a_schema_org_event(client, seminar):
    speaker = SpeakerFactory(event=seminar)

    [event] = jsonld(client.get(page_of(seminar)), "Event")

    assert event["name"] == "Seminar on trafficking in persons"
    assert event["startDate"] == STARTS.isoformat()
    assert event["endDate"] == ENDS.isoformat()
    assert event["location"]["name"] == "Public Prosecutor's Office auditorium"
    assert event["location"]["address"]["addressLocality"] == "Asunción"
    assert event["location"]["address"]["addressCountry"] == "PY"
    assert [o["name"] for o in event["organizer"]] == ["Public Prosecution Service"]
    assert sorted(o["name"] for o in event["sponsor"]) == ["AIAMP", "IOM"]
    assert event["performer"][0]["name"] == speaker.official.full_name
    official_path = in_english(speaker.official.get_absolute_url)
    assert event["performer"][0]["url"] == f"http://testserver{official_path}"
    assert event["url"] == f"http://testserver{page_of(seminar)}"


def link_to(event):
    def link(release):
        release.event = event
        release.save()

    return link


def test_the_event_page_lists_only_public_releases_about_it(client, seminar):
    assert listed_by_state(client, page_of(seminar), link_to(seminar)) == ONLY_PUBLISHED


def test_a_release_about_the_event_appears_at_the_end_of_its_embargo(client, seminar):
    listed = listed_before_and_at_embargo(client, page_of(seminar), link_to(seminar))

    assert listed == [False, True]


def test_another_languages_slug_redirects_to_this_languages(client, seminar):
    from_french = client.get(f"/en/events/{seminar.slug_fr}/")
    from_english = client.get(f"/fr/events/{seminar.slug_en}/")

    assert from_french.status_code == 301
    assert from_french["Location"] == f"/en/events/{seminar.slug_en}/"
    assert from_english.status_code == 301
    assert from_english["Location"] == f"/fr/events/{seminar.slug_fr}/"


def test_an_event_not_shown_on_the_site_has_no_page(client):
    hidden = EventFactory(is_public=False)

    assert client.get(page_of(hidden)).status_code == 404


@pytest.mark.parametrize(
    "slug", ["no-such-event", "<script>", "a.b", "x" * 2000, "a%20b"]
)
def test_an_unknown_or_malformed_event_address_is_a_404(client, seminar, slug):
    assert client.get(f"/en/events/{slug}/").status_code == 404


# ----- entering an event -----


def test_an_event_that_ends_before_it_starts_is_refused():
    event = Event(
        title_en="Backwards", starts_at=STARTS, ends_at=STARTS - timedelta(hours=1)
    )

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert "ends_at" in error.value.message_dict


def admin_post(client, **changes):
    """Post the admin's add-event form: a seminar typed in Asunción's time."""
    data = {
        "kind": "seminar",
        "title_en": "Typed in the admin",
        "time_zone": "America/Asuncion",
        "starts_at_0": "2030-06-10",
        "starts_at_1": "09:00:00",
        "ends_at_0": "2030-06-10",
        "ends_at_1": "17:30:00",
        "country": "PY",
        "is_public": "on",
        "speakers-TOTAL_FORMS": "0",
        "speakers-INITIAL_FORMS": "0",
        "speakers-MIN_NUM_FORMS": "0",
        "speakers-MAX_NUM_FORMS": "1000",
        **changes,
    }
    return client.post("/admin/events/event/add/", data)


def test_the_admin_takes_times_as_the_venues_clock_shows_them(admin_client):
    response = admin_post(admin_client)

    assert response.status_code == 302
    event = Event.objects.get(title_en="Typed in the admin")
    assert event.starts_at == STARTS
    assert event.ends_at == ENDS


def test_the_admin_says_when_an_event_ends_before_it_starts(admin_client):
    response = admin_post(admin_client, ends_at_1="08:00:00")

    assert response.status_code == 200
    assert "The event cannot end before it starts." in response.text
    assert not Event.objects.exists()


# ----- queries -----


def test_the_event_page_runs_at_most_6_queries(
    client, seminar, django_assert_max_num_queries
):
    for n in range(10):
        SpeakerFactory(event=seminar, order=n)
    for _n in range(20):
        ReleaseFactory(event=seminar)
    ReleaseFactory(event=seminar, status=Status.DRAFT)

    with django_assert_max_num_queries(6):
        response = client.get(page_of(seminar))

    assert response.status_code == 200
    assert response.text.count("Topic ") == 10


@pytest.mark.parametrize("query", ["", "?page=2"])
def test_the_event_list_runs_at_most_6_queries(
    client, django_assert_max_num_queries, query
):
    now = timezone.now()
    organiser = OrganisationFactory()
    for n in range(15):
        EventFactory(starts_at=now + timedelta(days=n + 1), organisers=[organiser])
    for n in range(45):
        EventFactory(starts_at=now - timedelta(days=n + 1), organisers=[organiser])

    with django_assert_max_num_queries(6):
        response = client.get(f"/en/events/{query}")

    assert response.status_code == 200
    assert response.text.count('class="event-card"') >= 20


def test_an_event_never_takes_the_calendar_feeds_address(client):
    event = EventFactory(title_en="Calendar", starts_at=STARTS, ends_at=ENDS)

    assert event.slug_en != "calendar"
    assert client.get("/en/events/calendar.ics")["Content-Type"].startswith(
        "text/calendar"
    )
    event.slug_en = "calendar"
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "slug_en" in error.value.message_dict
