"""The facets' counts are kept, beyond a generation of the content while
what they count is unchanged (PostgreSQL): after a word corrected, the
first list counts nothing again; after anything that moves a count, the
next list shows it (releases/facets.py, ``_kept_counts``)."""

import re
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from releases.models import Kind, Status
from tests.factories import ReleaseFactory, ThemeFactory

pytestmark = pytest.mark.django_db

COUNTING = "AS MATERIALIZED"


@pytest.fixture(autouse=True)
def kept(settings):
    """As in production: what is kept, in a cache every process shares."""
    settings.SHARED_CACHE = settings.FRAGMENT_CACHE = True


@pytest.fixture
def changes(django_capture_on_commit_callbacks):
    """Changes that end the generation as in production, once committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def health():
    return ThemeFactory(name_en="Health", slug_en="health")


@pytest.fixture
def archive(health):
    return [
        ReleaseFactory(
            countries=["PY"],
            themes=[health],
            kind=Kind.NEWS,
            publish_at=datetime(2025, 3, 1, 12, tzinfo=UTC),
        ),
        ReleaseFactory(
            countries=["PY", "BR"],
            kind=Kind.PRESS_RELEASE,
            publish_at=datetime(2025, 6, 1, 12, tzinfo=UTC),
        ),
    ]


def shown(client):
    """``{label: count}`` as the list's facets show them, read from the page
    (whether the facets were made for it or kept)."""
    page = client.get("/en/releases/").text
    aside = re.search(r'<aside class="listing__facets".*?</aside>', page, re.S)
    return {
        unescape(label): int(count)
        for label, count in re.findall(
            r"<bdi>([^<]*)</bdi></a> <span class=\"count\">(\d+)</span>",
            aside.group(0),
        )
    }


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="counts outlive a generation there"
)
def test_a_word_corrected_leaves_the_counts_kept(client, archive, changes):
    before = shown(client)

    with changes():
        archive[0].body_en = "<p>The body of the release, corrected.</p>"
        archive[0].save()
    with CaptureQueriesContext(connection) as queries:
        after = shown(client)

    assert after == before
    assert not [q for q in queries.captured_queries if COUNTING in q["sql"]]


def test_a_new_release_is_counted_at_once(client, archive, changes):
    assert "Germany" not in shown(client)

    with changes():
        ReleaseFactory(countries=["DE"], kind=Kind.STATEMENT)

    counts = shown(client)
    assert counts["Germany"] == 1
    assert counts["Statement"] == 1


def test_a_changed_kind_or_country_moves_its_counts(client, archive, changes):
    assert shown(client)["Paraguay"] == 2

    with changes():
        archive[1].kind = Kind.NEWS
        archive[1].countries = ["BR"]
        archive[1].save()

    counts = shown(client)
    assert counts["Paraguay"] == 1
    assert counts["News"] == 2
    assert "Press release" not in counts


def test_themes_given_or_taken_alone_move_their_counts(
    client, archive, health, changes
):
    assert shown(client)["Health"] == 1

    with changes():
        archive[1].themes.add(health)
    assert shown(client)["Health"] == 2

    with changes():
        archive[0].themes.remove(health)
        archive[1].themes.remove(health)
    assert "Health" not in shown(client)


def test_a_release_published_in_another_year_moves_the_years(client, archive, changes):
    assert shown(client)["2025"] == 2

    with changes():
        archive[0].publish_at = datetime(2024, 3, 1, 12, tzinfo=UTC)
        archive[0].save()

    counts = shown(client)
    assert counts["2025"] == 1
    assert counts["2024"] == 1


def test_a_release_withdrawn_from_the_public_is_no_longer_counted(
    client, archive, changes
):
    with changes():
        archive[1].status = Status.DRAFT
        archive[1].save()

    counts = shown(client)
    assert "Brazil" not in counts
    assert counts["Paraguay"] == 1


def test_an_embargo_lifting_is_counted_with_no_change_made(client, archive):
    embargoed = ReleaseFactory(
        countries=["DE"], publish_at=datetime.now(UTC) + timedelta(hours=2)
    )
    assert "Germany" not in shown(client)

    with time_machine.travel(embargoed.publish_at + timedelta(minutes=1), tick=False):
        assert shown(client)["Germany"] == 1
