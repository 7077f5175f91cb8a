"""The page cache across processes: server processes sharing Redis hear of a
change made in another process within a second, and none tells caches to
keep a page past an embargo another process has just scheduled.

These tests need PostgreSQL (a server process reaches the test's database)
and Redis; without Redis they skip, or fail under REQUIRE_REDIS=1 (.ci/run).
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from releases import workflow
from releases.models import Release
from releases.roles import sync_groups
from tests.factories import ReleaseFactory, user_in
from tests.page_cache_fixtures import (
    LIST,
    cache_control,
    fixture_page_cache_on,  # noqa: F401 (a fixture)
)
from tests.releases.drafts import draft_by
from tests.servers import (
    fetch,
    fixture_launch_servers,  # noqa: F401 (a fixture)
    fixture_server_database,  # noqa: F401 (a fixture)
    fixture_shared_redis,  # noqa: F401 (a fixture)
    fixture_start_servers,  # noqa: F401 (a fixture)
    within_a_moment,
)

pytestmark = pytest.mark.django_db


def listed(origin):
    return fetch(origin, LIST)[0]


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
    # Until the next whole minute, with no embargo ahead.
    assert 0 <= cache_control(fetch(server, LIST)[1])["max-age"] <= 60

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
