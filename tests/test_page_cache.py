"""Whole public pages kept in the cache, as readers notice it: fast second
visits, every change on every page at its next request, embargoes lifted on
time with nobody acting.

The rest of the suite runs with the page cache off (tests/conftest.py); every
test here turns it on (tests/page_cache_fixtures.py). What the cache tells
browsers and CDNs is in tests/test_page_cache_headers.py; several processes
sharing Redis in tests/test_page_cache_servers.py.
"""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings as django_settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from releases import workflow
from releases.models import Release
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    PressContactFactory,
    ReleaseContactFactory,
    visible_text,
)
from tests.page_cache_fixtures import (
    ATOM,
    HOME,
    LIST,
    RSS,
    cache_control,
    fixture_committed,  # noqa: F401 (a fixture)
    fixture_page_cache_on,  # noqa: F401 (a fixture)
    fixture_release,  # noqa: F401 (a fixture)
)
from tests.releases.drafts import draft_by

pytestmark = pytest.mark.django_db


# ----- a second visit costs nothing -----


def test_a_readers_second_visit_is_served_from_the_cache_without_a_query(
    client, release, django_assert_num_queries
):
    # Within the moment a process trusts what it read of the cache, however
    # slow the first visit.
    with time_machine.travel(timezone.now(), tick=False):
        first = client.get(release.url_in("en"))
        assert "Prosecutors meet on trafficking" in visible_text(first)

        with django_assert_num_queries(0):
            second = client.get(release.url_in("en"))

    assert second.status_code == 200
    assert second.content == first.content


def test_past_the_moment_one_query_confirms_the_content_for_every_process(
    client, release, django_assert_num_queries
):
    """Each process trusts what it read for half a second; then the
    content's version is read from the database once, and every process
    sharing Redis takes that answer for the next half second."""
    from newsroom.core.pages import LOCAL

    start = timezone.now()
    with time_machine.travel(start, tick=False):
        first = client.get(release.url_in("en"))

    with time_machine.travel(start + timedelta(seconds=0.6), tick=False):
        with django_assert_num_queries(1):
            again = client.get(release.url_in("en"))
        # Another process, which has read nothing yet.
        LOCAL.forget()
        with django_assert_num_queries(0):
            elsewhere = client.get(release.url_in("en"))

    assert again.content == elsewhere.content == first.content


@pytest.fixture
def withdrawn_without_redis(client, release, publisher, committed, monkeypatch):
    """The list read, then the release withdrawn by this process while it
    could not reach Redis; the moment it was read."""
    from newsroom.core.pages import generation

    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert "Prosecutors meet" in visible_text(client.get(LIST))

    def unreachable(*args):
        raise generation.CacheError("Connection refused")

    moment = start + timedelta(seconds=0.1)
    with time_machine.travel(moment, tick=False), monkeypatch.context() as cut:
        for name in ("get", "set", "delete", "add", "get_many"):
            cut.setattr(generation.cache, name, unreachable)
        with committed():
            workflow.withdraw_release(
                release=release, by=publisher, note={"en": "Wrong figures."}
            )
    return start


def test_a_change_the_cache_never_heard_of_reaches_every_process_within_a_second(
    client, withdrawn_without_redis
):
    """The database's version says the content changed all the same: the
    other processes, which read the old generation in Redis, drop it once
    their half second of trust and the last confirmation are over."""
    from newsroom.core.pages import LOCAL

    # Another process, which knows nothing of the change.
    LOCAL.forget()
    moment = withdrawn_without_redis + timedelta(seconds=1)
    with time_machine.travel(moment, tick=False):
        assert "Prosecutors meet" not in visible_text(client.get(LIST))


def test_the_process_that_missed_redis_serves_its_change_at_once(
    client, withdrawn_without_redis
):
    moment = withdrawn_without_redis + timedelta(seconds=0.2)
    with time_machine.travel(moment, tick=False):
        # Redis answers again, holding the old generation: not trusted here.
        assert "Prosecutors meet" not in visible_text(client.get(LIST))


def test_staff_are_never_served_a_cached_page(client, editor, release):
    client.get(release.url_in("en"))
    # A change no signal tells the cache about: only a fresh page shows it.
    Release.objects.filter(pk=release.pk).update(title_en="Changed a moment ago")
    assert "Changed a moment ago" not in client.get(release.url_in("en")).text

    client.force_login(editor)
    assert django_settings.SESSION_COOKIE_NAME in client.cookies
    with CaptureQueriesContext(connection) as queries:
        response = client.get(release.url_in("en"))

    assert len(queries) > 0
    assert "Changed a moment ago" in visible_text(response)


# ----- a change is on every page at its next request -----


def test_a_release_published_is_listed_at_once(client, publisher, committed):
    draft = draft_by(publisher, title_en="Seminar on trafficking in Asunción")
    assert "Seminar on trafficking" not in visible_text(client.get(LIST))

    with committed():
        workflow.publish_release(release=draft, by=publisher)

    assert "Seminar on trafficking" in visible_text(client.get(LIST))
    assert "Seminar on trafficking" in visible_text(client.get(draft.url_in("en")))


def test_a_published_release_edited_shows_its_new_title_at_once(
    client, release, committed
):
    for path in (release.url_in("en"), LIST, RSS):
        assert "Prosecutors meet" in client.get(path).text

    with committed():
        release.title_en = "Prosecutors of twelve countries meet"
        release.save()

    for path in (release.url_in("en"), LIST, RSS):
        assert "Prosecutors of twelve countries meet" in client.get(path).text


def test_a_release_withdrawn_leaves_the_list_and_its_page_says_why(
    client, release, publisher, committed
):
    assert "Prosecutors meet" in visible_text(client.get(LIST))
    assert "Withdrawn on" not in visible_text(client.get(release.url_in("en")))

    with committed():
        workflow.withdraw_release(
            release=release, by=publisher, note={"en": "The figures were wrong."}
        )

    assert "Prosecutors meet" not in visible_text(client.get(LIST))
    page = visible_text(client.get(release.url_in("en")))
    assert "Withdrawn on" in page
    assert "The figures were wrong." in page


def test_an_officials_new_name_is_on_the_release_at_once(client, release, committed):
    official = OfficialFactory(full_name="Emiliano Rolón")
    MentionFactory(release=release, official=official)
    assert "Emiliano Rolón" in visible_text(client.get(release.url_in("en")))

    with committed():
        official.full_name = "Emiliano Rolón Fernández"
        official.save()

    assert "Emiliano Rolón Fernández" in visible_text(client.get(release.url_in("en")))


def test_an_events_new_title_is_on_the_release_at_once(client, release, committed):
    release.event = EventFactory(title_en="Seminar on trafficking")
    release.save()
    assert "Seminar on trafficking" in visible_text(client.get(release.url_in("en")))

    with committed():
        release.event.title_en = "Regional seminar on trafficking"
        release.event.save()

    assert "Regional seminar on trafficking" in visible_text(
        client.get(release.url_in("en"))
    )


def test_a_press_contacts_new_number_is_on_the_release_at_once(
    client, release, committed
):
    contact = PressContactFactory(landline="+41 22 717 91 11")
    ReleaseContactFactory(release=release, contact=contact)
    assert "+41 22 717 91 11" in visible_text(client.get(release.url_in("en")))

    with committed():
        contact.landline = "+41 22 717 92 22"
        contact.save()

    page = visible_text(client.get(release.url_in("en")))
    assert "+41 22 717 92 22" in page
    assert "+41 22 717 91 11" not in page


# ----- embargoes lift by themselves -----


@pytest.fixture
def embargoed(publisher, committed):
    """A release scheduled to go public in an hour, to the second."""
    lifts_at = timezone.now().replace(microsecond=0) + timedelta(hours=1)
    release = draft_by(publisher, title_en="Under embargo until the hour")
    with committed():
        workflow.publish_release(release=release, by=publisher, at=lifts_at)
    return release


def test_an_embargoed_release_appears_everywhere_at_its_time_with_nobody_acting(
    client, embargoed, django_assert_num_queries
):
    with time_machine.travel(embargoed.publish_at - timedelta(seconds=1), tick=False):
        for path in (LIST, HOME, RSS):
            assert "Under embargo" not in client.get(path).text
            with django_assert_num_queries(0):
                assert "Under embargo" not in client.get(path).text

    with time_machine.travel(embargoed.publish_at + timedelta(seconds=1), tick=False):
        for path in (LIST, HOME, RSS):
            assert "Under embargo until the hour" in client.get(path).text


def test_an_event_leaves_the_upcoming_events_when_it_is_over_with_nobody_acting(
    client, committed, django_assert_num_queries
):
    with committed():
        event = EventFactory(title_en="Seminar on trafficking")

    with time_machine.travel(event.ends_at - timedelta(seconds=1), tick=False):
        assert "Seminar on trafficking" in visible_text(client.get(HOME))
        with django_assert_num_queries(0):
            client.get(HOME)

    with time_machine.travel(event.ends_at + timedelta(seconds=1), tick=False):
        assert "Seminar on trafficking" not in visible_text(client.get(HOME))


@pytest.mark.parametrize("path", [LIST, HOME, RSS, ATOM])
def test_no_cache_is_told_to_keep_a_page_past_the_next_embargo(client, embargoed, path):
    with time_machine.travel(embargoed.publish_at - timedelta(minutes=1), tick=False):
        client.get(path)
    for seconds_left in (10, 1):
        moment = embargoed.publish_at - timedelta(seconds=seconds_left)
        with time_machine.travel(moment, tick=False):
            directives = cache_control(client.get(path))
        assert directives["max-age"] <= seconds_left
        kept = directives["max-age"] + directives.get("stale-while-revalidate", 0)
        assert kept <= seconds_left


# ----- what a change costs -----


def test_a_transaction_of_many_changes_ends_the_generation_once(
    client, release, committed
):
    from newsroom.core.pages.models import ContentVersion

    before, _changed = ContentVersion.read()
    with committed() as callbacks:
        official = OfficialFactory(full_name="Emiliano Rolón")
        MentionFactory(release=release, official=official)
        release.title_en = "Prosecutors of twelve countries meet"
        release.save()

    assert len(callbacks) > 1
    assert ContentVersion.read()[0] == before + 1
    assert "Prosecutors of twelve countries meet" in client.get(LIST).text
