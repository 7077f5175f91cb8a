"""Whole public pages kept in the cache, as readers, feed readers, CDNs and
operators notice it: fast second visits, changes seen at once, embargoes
lifted on time, 304s, and headers a shared cache may act on.

The rest of the suite runs with the page cache off (tests/conftest.py); every
test here turns it on, but those comparing it with the cache off.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from functools import partial
from pathlib import Path
from urllib.parse import quote
from uuid import uuid4

import pytest
import redis
import time_machine
from django.conf import settings as django_settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from releases import workflow
from releases.models import Release
from releases.roles import sync_groups
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    PressContactFactory,
    ReleaseContactFactory,
    ReleaseFactory,
    user_in,
    visible_text,
)
from tests.releases.test_workflow import draft_by

pytestmark = pytest.mark.django_db

HOME = "/en/"
LIST = "/en/releases/"
RSS = "/en/releases/feed/"
ATOM = "/en/releases/feed/atom/"
# Stands for the address of the release a test makes.
DETAIL = "detail"

SHARED_REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE = True


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A change as the admin makes it: committed, so the page cache hears of
    it (it ends the cache's generation on commit only)."""
    return partial(django_capture_on_commit_callbacks, execute=True)


@pytest.fixture
def release():
    return ReleaseFactory(
        title_en="Prosecutors meet on trafficking",
        title_fr="Les procureurs se réunissent",
        body_fr="<p>Texte.</p>",
    )


def address(path, release):
    return release.url_in("en") if path == DETAIL else path


def cache_control(headers):
    """The Cache-Control directives: {"public": True, "max-age": 60, …}."""
    directives = {}
    for part in headers.get("Cache-Control", "").split(","):
        name, _equals, value = part.strip().partition("=")
        if name:
            directives[name.lower()] = int(value) if value else True
    return directives


def vary(response):
    return {name.strip().lower() for name in response.get("Vary", "").split(",")}


# ----- a second visit costs nothing -----


def test_a_readers_second_visit_is_served_from_the_cache_without_a_query(
    client, release, django_assert_num_queries
):
    first = client.get(release.url_in("en"))
    assert "Prosecutors meet on trafficking" in visible_text(first)

    with django_assert_num_queries(0):
        second = client.get(release.url_in("en"))

    assert second.status_code == 200
    assert second.content == first.content


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
    from newsroom.core import pages

    lifts_at = timezone.now().replace(microsecond=0) + timedelta(minutes=30)
    with committed():
        # Written and saved: the next request begins a generation.
        draft = draft_by(publisher, title_en="Scheduled meanwhile")
    read_next_change = pages.next_change

    def meanwhile_in_another_process():
        found = read_next_change()
        monkeypatch.setattr(pages, "next_change", read_next_change)
        with committed():
            workflow.publish_release(release=draft, by=publisher, at=lifts_at)
        return found

    monkeypatch.setattr(pages, "next_change", meanwhile_in_another_process)
    assert "Scheduled meanwhile" not in client.get(LIST).text

    with time_machine.travel(lifts_at + timedelta(seconds=1), tick=False):
        assert "Scheduled meanwhile" in client.get(LIST).text


# ----- what shared caches are told -----


@pytest.mark.parametrize("path", [HOME, LIST, DETAIL, RSS, ATOM])
def test_public_pages_may_be_kept_by_any_cache_for_a_minute(client, release, path):
    path = address(path, release)
    for response in (client.get(path), client.get(path)):
        assert cache_control(response) == {
            "public": True,
            "max-age": 60,
            "stale-while-revalidate": 120,
        }
        # Varying on Cookie would keep a CDN from sharing the page.
        assert "cookie" not in vary(response)


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


# ----- several processes sharing Redis -----


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server_database(transactional_db):
    """The test's database, committed to, as a server process reaches it."""
    if connection.vendor != "postgresql":
        pytest.skip(
            "A server process needs the test's own database; SQLite's test "
            "database lives in this process's memory."
        )
    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    host = db["HOST"] or "127.0.0.1"
    port = f":{db['PORT']}" if db["PORT"] else ""
    user = quote(db["USER"], safe="")
    return f"postgres://{user}{password}@{host}{port}/{db['NAME']}"


@pytest.fixture
def shared_redis(server_database, settings):
    """This process's cache in the Redis the servers use, under a prefix of its
    own; the variables that give a server the same cache."""
    try:
        redis.Redis.from_url(SHARED_REDIS, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(f"Redis is required (REQUIRE_REDIS=1): {error}")
        pytest.skip(f"Redis is unreachable at {SHARED_REDIS}: {error}")
    prefix = f"test-{uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": SHARED_REDIS,
            "KEY_PREFIX": prefix,
        }
    }
    yield {"REDIS_URL": SHARED_REDIS, "CACHE_KEY_PREFIX": prefix}
    keys = redis.Redis.from_url(SHARED_REDIS)
    for key in keys.scan_iter(match=f"{prefix}:*"):
        keys.delete(key)


@pytest.fixture
def start_servers(server_database, tmp_path):
    """``start_servers(count, **environment)``: that many ``runserver``
    processes on the test's database, each answering; their origins."""
    processes = []

    def start(count=1, **environment):
        started = []
        for _ in range(count):
            port = free_port()
            log = tmp_path / f"server-{port}.log"
            with log.open("w") as output:
                process = subprocess.Popen(
                    [
                        sys.executable,
                        "manage.py",
                        "runserver",
                        f"127.0.0.1:{port}",
                        "--noreload",
                        "--skip-checks",
                    ],
                    cwd=Path(django_settings.BASE_DIR),
                    env=server_environment(server_database, environment),
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            processes.append(process)
            started.append((process, f"http://127.0.0.1:{port}", log))
        for process, origin, log in started:
            wait_until_it_answers(process, origin, log)
        return [origin for _process, origin, _log in started]

    yield start
    for process in processes:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def server_environment(url, environment):
    names = (
        "REDIS_URL",
        "CACHE_KEY_PREFIX",
        "PAGE_CACHE",
        "SHARED_CACHE",
        "DATABASE_POOL",
    )
    inherited = {k: v for k, v in os.environ.items() if k not in names}
    return {
        **inherited,
        "DATABASE_URL": url,
        "DJANGO_ENV": "development",
        "DEBUG": "0",
        **environment,
    }


def wait_until_it_answers(process, origin, log):
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{origin}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        try:
            # Gives the server a tenth of a second, and notices if it died.
            process.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"The server at {origin} exited:\n{log.read_text()}")
    pytest.fail(f"The server at {origin} did not answer:\n{log.read_text()}")


def fetch(origin, path):
    with urllib.request.urlopen(f"{origin}{path}", timeout=10) as response:
        return response.read().decode(), response.headers


def listed(origin):
    return fetch(origin, LIST)[0]


def within_a_moment(check, seconds=3):
    """Whether ``check()`` comes true soon: a server process trusts the
    generation it read last for PAGE_CACHE_LOCAL_SECONDS (one second)."""
    deadline = time.monotonic() + seconds
    while not (result := check()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return result


@pytest.fixture
def newsroom(transactional_db):
    """Two live releases and a draft a publisher is about to publish: data a
    server process sees, as it is committed."""
    # A transactional test starts with no groups: the roles are made anew.
    sync_groups()
    publisher = user_in("Publisher")
    return {
        "publisher": publisher,
        "live": [
            ReleaseFactory(title_en="Prosecutors meet in Asunción"),
            ReleaseFactory(title_en="A shelter opens in Encarnación"),
        ],
        "draft": draft_by(publisher, title_en="Seminar on trafficking"),
    }


def test_a_release_published_in_one_process_is_listed_by_another_within_a_second(
    shared_redis, start_servers, newsroom
):
    [server] = start_servers(PAGE_CACHE="1", **shared_redis)
    page = listed(server)
    assert "Prosecutors meet in Asunción" in page
    assert "A shelter opens in Encarnación" in page
    assert "Seminar on trafficking" not in page

    # A change no signal tells the cache about: the server keeps its page.
    first = newsroom["live"][0]
    Release.objects.filter(pk=first.pk).update(title_en="Changed without a word")
    assert "Changed without a word" not in listed(server)

    workflow.publish_release(release=newsroom["draft"], by=newsroom["publisher"])

    assert within_a_moment(lambda: "Seminar on trafficking" in listed(server))
    assert "Changed without a word" in listed(server)


def test_a_change_in_one_process_reaches_every_server_sharing_redis(
    shared_redis, start_servers, newsroom
):
    servers = start_servers(2, PAGE_CACHE="1", **shared_redis)
    first = newsroom["live"][0]
    for server in servers:
        assert "Prosecutors meet in Asunción" in listed(server)
    Release.objects.filter(pk=first.pk).update(title_en="Changed without a word")
    for server in servers:
        assert "Changed without a word" not in listed(server)

    workflow.publish_release(release=newsroom["draft"], by=newsroom["publisher"])

    for server in servers:
        assert within_a_moment(lambda s=server: "Seminar on trafficking" in listed(s))


@pytest.mark.parametrize("with_redis", [True, False], ids=["redis", "no-redis"])
def test_an_embargo_set_in_one_process_cuts_what_another_tells_caches(
    request, start_servers, newsroom, with_redis
):
    """Without Redis, production turns the page cache off, but every process
    still tells CDNs how long to keep its pages: never past an embargo, even
    one another process has just scheduled."""
    if with_redis:
        environment = {"PAGE_CACHE": "1", **request.getfixturevalue("shared_redis")}
    else:
        # As production without Redis: each process has its own cache.
        environment = {"PAGE_CACHE": "0", "SHARED_CACHE": "0"}
    [server] = start_servers(**environment)
    assert cache_control(fetch(server, LIST)[1])["max-age"] == 60

    lifts_at = timezone.now() + timedelta(seconds=30)
    workflow.publish_release(
        release=newsroom["draft"], by=newsroom["publisher"], at=lifts_at
    )

    def within_the_time_left():
        # Read before asking: the server's own clock can only be later.
        left = (lifts_at - timezone.now()).total_seconds()
        directives = cache_control(fetch(server, LIST)[1])
        kept = directives["max-age"] + directives.get("stale-while-revalidate", 0)
        return kept <= left

    assert within_a_moment(within_the_time_left)
