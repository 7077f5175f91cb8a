"""No page stays old because one process missed Redis: a release withdrawn
through a server that cannot reach Redis leaves every other server's home,
list and feed within a second, as it does when Redis answers.

Two real server processes on the test's PostgreSQL database and one Redis;
one of them reaches Redis through a relay the test cuts (tests/servers.py).
They need PostgreSQL and Redis; without Redis they skip, or fail under
REQUIRE_REDIS=1 (.ci/run).
"""

import re
import time
import urllib.request
from email.utils import parsedate_to_datetime
from importlib import import_module
from urllib.parse import urlencode

import pytest
import redis
from django.conf import settings as django_settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

from releases.roles import sync_groups
from tests.factories import ReleaseFactory, user_in
from tests.page_cache_fixtures import (
    HOME,
    LIST,
    RSS,
    fixture_page_cache_on,  # noqa: F401 (a fixture)
)
from tests.servers import (
    SHARED_REDIS,
    fetch,
    fixture_launch_servers,  # noqa: F401 (a fixture)
    fixture_redis_proxy,  # noqa: F401 (a fixture)
    fixture_server_database,  # noqa: F401 (a fixture)
    fixture_shared_redis,  # noqa: F401 (a fixture)
    fixture_start_servers,  # noqa: F401 (a fixture)
)

pytestmark = pytest.mark.django_db

# A change reaches every process within PAGE_CACHE_LOCAL_SECONDS (one
# second); a little more for the servers to answer on a busy machine.
WITHIN = 1.5


@pytest.fixture
def publisher(transactional_db):
    # A transactional test starts with no groups: the roles are made anew.
    sync_groups()
    return user_in("Publisher", username="publisher")


def signed_in(user):
    """A browser session of ``user``, as a server process reads it from the
    database: the cookie that carries it."""
    session = import_module(django_settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"{django_settings.SESSION_COOKIE_NAME}={session.session_key}"


def withdraw_in_the_admin(origin, cookie, release):
    """What a publisher does: tick the release in the admin's list and run
    "Withdraw selected releases"."""
    address = f"{origin}/admin/releases/release/"
    with urllib.request.urlopen(
        urllib.request.Request(address, headers={"Cookie": cookie}), timeout=30
    ) as response:
        page = response.read().decode()
        csrf = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"])[1]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    form = urlencode(
        {
            "csrfmiddlewaretoken": token,
            "action": "withdraw_selected",
            "_selected_action": release.pk,
            "index": 0,
        }
    ).encode()
    request = urllib.request.Request(
        address, data=form, headers={"Cookie": f"{cookie}; csrftoken={csrf}"}
    )
    # Redirected to the list: its message would need the cookie it sets.
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200


def withdrawn(release):
    release.refresh_from_db()
    return release.withdrawn_at is not None


def shows(origin, title):
    """The paths of the home page, list and feed of ``origin`` that show
    ``title``."""
    return {path for path in (HOME, LIST, RSS) if title in fetch(origin, path)[0]}


def last_modified(origin):
    return parsedate_to_datetime(fetch(origin, LIST)[1]["Last-Modified"])


def seconds_until(check, within):
    """How long ``check()`` took to come true, polling; None if not within
    ``within`` seconds (more for the record)."""
    started = time.monotonic()
    while time.monotonic() - started < within + 2:
        if check():
            return time.monotonic() - started
        time.sleep(0.05)
    return None


def test_a_release_withdrawn_through_a_server_that_missed_redis_leaves_the_others(
    shared_redis, redis_proxy, start_servers, publisher
):
    first = ReleaseFactory(
        title_en="Prosecutors meet in Asunción",
        withdrawal_note_en="The figures were wrong.",
    )
    second = ReleaseFactory(
        title_en="A shelter opens in Encarnación",
        withdrawal_note_en="Sent too early.",
    )
    [reader] = start_servers(PAGE_CACHE="1", **shared_redis)
    [cut_off] = start_servers(PAGE_CACHE="1", **redis_proxy.environment)
    everywhere = {HOME, LIST, RSS}
    for server in (reader, cut_off):
        assert shows(server, "Prosecutors meet in Asunción") == everywhere
    before = last_modified(reader)
    cookie = signed_in(publisher)
    keys = redis.Redis.from_url(SHARED_REDIS)
    generation = f"{shared_redis['CACHE_KEY_PREFIX']}:1:pages:generation:2"
    held = keys.get(generation)
    assert held is not None

    redis_proxy.cut()
    withdraw_in_the_admin(cut_off, cookie, first)
    withdrawn_at = time.monotonic()

    assert withdrawn(first)
    # The cut was real: the server could not end the generation in Redis.
    assert keys.get(generation) == held
    took = seconds_until(
        lambda: not shows(reader, "Prosecutors meet in Asunción"), WITHIN
    )
    assert took is not None, "the other server kept the withdrawn release"
    assert time.monotonic() - withdrawn_at - took < WITHIN
    assert took < WITHIN
    assert last_modified(reader) > before
    # The server cut off makes its pages afresh meanwhile.
    assert not shows(cut_off, "Prosecutors meet in Asunción")

    redis_proxy.restore()
    # Back on Redis, it serves no page of the generation it missed ending.
    assert not shows(cut_off, "Prosecutors meet in Asunción")
    assert shows(cut_off, "A shelter opens in Encarnación") == everywhere

    # And while Redis answers, a change reaches the other within the second.
    assert shows(reader, "A shelter opens in Encarnación") == everywhere
    withdraw_in_the_admin(cut_off, cookie, second)
    assert withdrawn(second)
    took = seconds_until(
        lambda: not shows(reader, "A shelter opens in Encarnación"), WITHIN
    )
    assert took is not None and took < WITHIN
