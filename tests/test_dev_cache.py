"""Development shows every change at once: a release published from
`manage.py shell`, or by any management command, is on the list, in its
count, the feed, the sitemap and the home page of a running development
server at their next request.

Without REDIS_URL each process has its own memory for a cache, which hears
nothing of another's changes: development then keeps no page and no count,
as production does. With REDIS_URL the cache is shared, and pages are kept.
"""

import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection

from tests.page_cache_fixtures import HOME, LIST, RSS
from tests.servers import (
    database_url,
    fetch,
    fixture_launch_servers,  # noqa: F401 (a fixture)
    server_environment,
)
from tests.test_production_settings import REDIS_URL, settings_with

SITEMAP = "/sitemap-releases.xml"

# Two public releases and a publisher's draft, as the shell makes them.
NEWSROOM = """
from releases.roles import sync_groups
from tests.factories import ReleaseFactory, user_in
from tests.releases.drafts import draft_by

sync_groups()
publisher = user_in("Publisher")
ReleaseFactory(title_en="Prosecutors meet in Asunción", slug_en="prosecutors-meet")
ReleaseFactory(title_en="A shelter opens in Encarnación", slug_en="a-shelter-opens")
draft_by(publisher, title_en="Seminar on trafficking", slug_en="seminar-on-trafficking")
"""

PUBLISH = """
from django.contrib.auth import get_user_model
from releases import workflow
from releases.models import Release

workflow.publish_release(
    release=Release.objects.get(slug_en="seminar-on-trafficking"),
    by=get_user_model().objects.get(username="publisher"),
)
"""


def manage(*arguments, database):
    """``manage.py`` in a process of its own, with development's settings
    (no REDIS_URL: its cache is its own memory) on ``database``."""
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=Path(django_settings.BASE_DIR),
        env=server_environment(database, {}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def development_database(transactional_db, tmp_path):
    """A database a development server and a shell both reach: the test's
    own on PostgreSQL (emptied after the test); on SQLite, whose test
    database lives in this process's memory, a file made and migrated for
    the test."""
    if connection.vendor == "postgresql":
        return database_url()
    url = f"sqlite:///{tmp_path / 'newsroom.sqlite3'}"
    manage("migrate", "--noinput", "--verbosity", "0", database=url)
    return url


def page(origin, path):
    return fetch(origin, path)[0]


def test_a_release_published_from_the_shell_is_on_every_page_at_the_next_request(
    development_database, launch_servers
):
    manage("shell", "-c", NEWSROOM, database=development_database)
    # As `make run` has it: development settings, debug on, no REDIS_URL.
    [server] = launch_servers(development_database, DEBUG="1")
    for path in (LIST, HOME, RSS):
        before = page(server, path)
        assert "Prosecutors meet in Asunción" in before
        assert "Seminar on trafficking" not in before
    assert "2 releases" in page(server, LIST)
    assert "/en/releases/prosecutors-meet/" in page(server, SITEMAP)
    assert "/en/releases/seminar-on-trafficking/" not in page(server, SITEMAP)

    manage("shell", "-c", PUBLISH, database=development_database)

    for path in (LIST, HOME, RSS):
        assert "Seminar on trafficking" in page(server, path)
    assert "3 releases" in page(server, LIST)
    # A page the server has not made before, with the same count: the count
    # itself (a fragment of every list page) is not kept either.
    assert "3 releases" in page(server, f"{LIST}?page=1")
    assert "/en/releases/seminar-on-trafficking/" in page(server, SITEMAP)


def test_development_keeps_no_page_and_no_count_without_redis():
    found = settings_with({})

    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert found["PAGE_CACHE"] is False
    assert found["FRAGMENT_CACHE"] is False


def test_development_with_redis_keeps_pages_every_process_shares():
    found = settings_with({"REDIS_URL": REDIS_URL})

    assert found["cache"] == "newsroom.core.cache.RedisCache"
    assert found["PAGE_CACHE"] is True
    assert found["FRAGMENT_CACHE"] is True
