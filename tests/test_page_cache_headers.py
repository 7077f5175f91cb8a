"""What the page cache tells readers, feed readers and CDNs: 304s to those who
have a page already, until it changes; headers a shared cache may act on;
staff pages kept by none; a page for each language.

Every test here turns the page cache on (tests/page_cache_fixtures.py), but
those comparing it with the cache off.
"""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from releases import workflow
from tests.factories import visible_text
from tests.page_cache_fixtures import (
    ATOM,
    DETAIL,
    HOME,
    LIST,
    RSS,
    address,
    cache_control,
    fixture_committed,  # noqa: F401 (a fixture)
    fixture_page_cache_on,  # noqa: F401 (a fixture)
    fixture_release,  # noqa: F401 (a fixture)
    vary,
)
from tests.releases.drafts import draft_by

pytestmark = pytest.mark.django_db


# ----- conditional requests -----


@pytest.mark.parametrize("page_cache", [True, False], ids=["cache-on", "cache-off"])
@pytest.mark.parametrize("path", [DETAIL, LIST, RSS, ATOM])
def test_a_reader_who_has_the_page_gets_304_until_it_changes(
    client, settings, release, committed, path, page_cache
):
    settings.PAGE_CACHE = page_cache
    path = address(path, release)
    first = client.get(path)
    assert first.status_code == 200
    etag = first["ETag"]

    again = client.get(path, headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""

    with committed():
        release.title_en = "Prosecutors of twelve countries meet"
        release.save()

    changed = client.get(path, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "Prosecutors of twelve countries meet" in changed.text


@pytest.mark.parametrize("path", [DETAIL, LIST, RSS, ATOM])
def test_last_modified_is_sent_only_with_the_cache_on(client, settings, release, path):
    path = address(path, release)
    assert "Last-Modified" in client.get(path)

    settings.PAGE_CACHE = False
    # The feeds' own date (their newest item) misses a release leaving them.
    assert "Last-Modified" not in client.get(path)


@pytest.mark.parametrize("path", [DETAIL, LIST, RSS, ATOM])
def test_a_reader_asking_if_modified_since_gets_304_until_a_change(
    client, release, committed, path
):
    path = address(path, release)
    start = timezone.now().replace(microsecond=0)
    with time_machine.travel(start, tick=False):
        last_modified = client.get(path)["Last-Modified"]
        unchanged = client.get(path, headers={"if-modified-since": last_modified})
    assert unchanged.status_code == 304
    assert unchanged.content == b""

    with time_machine.travel(start + timedelta(seconds=5), tick=False):
        with committed():
            release.title_en = "Prosecutors of twelve countries meet"
            release.save()
        changed = client.get(path, headers={"if-modified-since": last_modified})
    assert changed.status_code == 200
    assert "Prosecutors of twelve countries meet" in changed.text


def test_a_change_in_the_same_second_is_not_answered_not_modified(
    client, release, committed
):
    """A CDN fetches the page; an editor corrects the title half a second
    later, and another reader's request begins the new generation within the
    same second. Last-Modified counts whole seconds: the CDN's If-Modified-Since
    must not get 304 for the old title."""
    path = release.url_in("en")
    start = timezone.now().replace(microsecond=0) + timedelta(minutes=1)
    with time_machine.travel(start, tick=False), committed():
        # Saved as the minute begins: the CDN's request begins the next generation.
        release.save()
    with time_machine.travel(start + timedelta(milliseconds=200), tick=False):
        last_modified = client.get(path)["Last-Modified"]
    with (
        time_machine.travel(start + timedelta(milliseconds=500), tick=False),
        committed(),
    ):
        release.title_en = "Prosecutors of twelve countries meet"
        release.save()
    with time_machine.travel(start + timedelta(milliseconds=800), tick=False):
        assert "twelve countries" in client.get(path).text

    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        revalidated = client.get(path, headers={"if-modified-since": last_modified})

    assert revalidated.status_code == 200


def test_an_embargo_scheduled_while_a_generation_begins_still_lifts_on_time(
    client, publisher, committed, monkeypatch
):
    """Two processes: one begins a generation, reading the next embargo from
    the database, while the other commits a new embargo and ends the (not yet
    stored) generation. The first then stores a generation that knows nothing
    of the new embargo: the release must appear at its time all the same."""
    from newsroom.core.pages import generation

    lifts_at = timezone.now().replace(microsecond=0) + timedelta(minutes=30)
    with committed():
        # Written and saved: the next request begins a generation.
        draft = draft_by(publisher, title_en="Scheduled meanwhile")
    read_content = generation.read_content

    def meanwhile_in_another_process():
        found = read_content()
        monkeypatch.setattr(generation, "read_content", read_content)
        with committed():
            workflow.publish_release(release=draft, by=publisher, at=lifts_at)
        return found

    monkeypatch.setattr(generation, "read_content", meanwhile_in_another_process)
    assert "Scheduled meanwhile" not in client.get(LIST).text

    with time_machine.travel(lifts_at + timedelta(seconds=1), tick=False):
        assert "Scheduled meanwhile" in client.get(LIST).text


# ----- what shared caches are told -----


def a_minute_ahead(minutes=5):
    """A whole minute some minutes from now."""
    return timezone.now().replace(second=0, microsecond=0) + timedelta(minutes=minutes)


@pytest.mark.parametrize("path", [HOME, LIST, DETAIL, RSS, ATOM])
def test_public_pages_may_be_kept_by_any_cache_until_the_next_whole_minute(
    client, release, path
):
    path = address(path, release)
    minute = a_minute_ahead()
    for seconds, kept in ((0, 60), (20.5, 39), (59.2, 0)):
        with time_machine.travel(minute + timedelta(seconds=seconds), tick=False):
            for response in (client.get(path), client.get(path)):
                # Nothing stale either: it could outlive an embargo.
                assert cache_control(response) == {"public": True, "max-age": kept}
                # Varying on Cookie would keep a CDN from sharing the page.
                assert "cookie" not in vary(response)


def told_every_second(client, start, seconds, path=HOME):
    """Cache-Control of ``path`` as a reader polling it every second from
    ``start`` reads it."""
    told = []
    for second in range(seconds):
        moment = start + timedelta(seconds=second, milliseconds=300)
        with time_machine.travel(moment, tick=False):
            told.append(client.get(path)["Cache-Control"])
    return told


def test_what_caches_are_told_does_not_say_when_the_next_embargo_lifts(
    client, publisher, committed
):
    """A reader polling the home page learns nothing of the next embargo
    from its headers until the minute it lifts in, and then not its second:
    an embargo at 12:03:37 and one at 12:03:12 read the same."""
    start = a_minute_ahead(minutes=10)
    with_none = told_every_second(client, start, 240)
    draft = draft_by(publisher, title_en="Under embargo")
    with committed():
        workflow.publish_release(
            release=draft, by=publisher, at=start + timedelta(minutes=3, seconds=37)
        )
    at_37 = told_every_second(client, start, 217)
    with committed():
        draft.publish_at = start + timedelta(minutes=3, seconds=12)
        draft.save()
    at_12 = told_every_second(client, start, 192)

    assert at_37[:180] == at_12[:180] == with_none[:180]
    # In its minute, until it lifts, every use is revalidated (304 then).
    assert set(at_37[180:]) == set(at_12[180:]) == {"public, max-age=0"}


class BrowserCache:
    """A browser's or a CDN's cache of one page, as RFC 9111 says they keep
    it: fresh for max-age seconds from when it was fetched, then asked
    again with its ETag and Last-Modified."""

    def __init__(self, client, path):
        self.client, self.path = client, path
        self.page = self.expires = None

    def read(self, moment):
        if self.page is not None and moment < self.expires:
            return self.page
        headers = {}
        if self.page is not None:
            headers = {
                "if-none-match": self.etag,
                "if-modified-since": self.last_modified,
            }
        with time_machine.travel(moment, tick=False):
            response = self.client.get(self.path, headers=headers)
        if response.status_code != 304:
            assert response.status_code == 200
            self.page = response.content.decode()
            self.etag, self.last_modified = response["ETag"], response["Last-Modified"]
        directives = cache_control(response)
        assert "stale-while-revalidate" not in directives
        self.expires = moment + timedelta(seconds=directives["max-age"])
        return self.page


@pytest.mark.parametrize("second", [0, 37], ids=["on-the-minute", "at-37-s"])
@pytest.mark.parametrize("path", [HOME, RSS])
def test_no_browser_or_cdn_keeps_a_page_past_an_embargo(
    client, publisher, committed, path, second
):
    lifts_at = a_minute_ahead(minutes=10) + timedelta(seconds=second)
    draft = draft_by(publisher, title_en="Under embargo until its second")
    with committed():
        workflow.publish_release(release=draft, by=publisher, at=lifts_at)
    kept = BrowserCache(client, path)

    # A reader looking four times a second, from two and a half minutes before.
    for quarter in range(-600, 8):
        moment = lifts_at + timedelta(seconds=quarter / 4 + 0.1)
        shown = "Under embargo until its second" in kept.read(moment)
        assert shown == (moment >= lifts_at), moment


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/releases/release/", "preview"], ids=str
)
def test_staff_pages_are_never_kept_by_a_shared_cache(editing, editor, path):
    if path == "preview":
        path = draft_by(editor, title_en="Not yet out").preview_url_in("en")
    response = editing.get(path)

    assert response.status_code == 200
    directives = cache_control(response)
    assert directives.get("private") is True
    assert directives.get("no-store") is True


def test_the_admin_login_page_is_never_kept_by_a_shared_cache(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    directives = cache_control(response)
    assert directives.get("private") is True
    assert directives.get("no-store") is True


def test_each_language_has_its_own_cached_page(
    client, release, django_assert_num_queries
):
    def both():
        return visible_text(client.get(LIST)), visible_text(client.get("/fr/releases/"))

    for english, french in (both(), both()):
        assert "Prosecutors meet on trafficking" in english
        assert "Les procureurs se réunissent" not in english
        assert "Les procureurs se réunissent" in french
        assert "Prosecutors meet on trafficking" not in french
    with django_assert_num_queries(0):
        both()
