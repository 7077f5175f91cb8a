"""The releases' feeds narrowed by country, theme, kind, year and words, and
what they answer to filters and searches they cannot serve."""

from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from django.utils import timezone

from releases.models import Kind
from tests.factories import ReleaseFactory, ThemeFactory
from tests.releases.feed_reading import ATOM, BOTH, read, shown, titles

pytestmark = pytest.mark.django_db


@BOTH
def test_country_and_theme_narrow_the_feed_and_name_it(client, path):
    trafficking = ThemeFactory(name_en="Counter-trafficking", slug_en="trafficking")
    other = ThemeFactory()
    ReleaseFactory(title_en="Both", countries=["PY"], themes=[trafficking])
    ReleaseFactory(title_en="Country only", countries=["PY"], themes=[other])
    ReleaseFactory(title_en="Theme only", countries=["BO"], themes=[trafficking])

    feed = read(client, f"{path}?country=PY&theme=trafficking&utm_source=x")

    assert titles(feed) == ["Both"]
    assert feed.feed.title == "Newsroom — Releases: Paraguay, Counter-trafficking"
    # The feed links to the list with the same filters, stray parameters left out.
    assert feed.feed.link == (
        "http://testserver/en/releases/?country=PY&theme=trafficking"
    )


def test_filtered_atom_feed_links_to_itself_with_its_filters(client):
    feed = read(client, f"{ATOM}?kind=news")

    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == ["http://testserver/en/releases/feed/atom/?kind=news"]


@BOTH
def test_kind_narrows_the_feed(client, path):
    ReleaseFactory(title_en="A statement", kind=Kind.STATEMENT)
    ReleaseFactory(title_en="A press release", kind=Kind.PRESS_RELEASE)

    feed = read(client, f"{path}?kind=statement")

    assert titles(feed) == ["A statement"]
    assert feed.feed.title == "Newsroom — Releases: Statement"


@BOTH
def test_year_narrows_the_feed(client, path):
    ReleaseFactory(title_en="Last year", publish_at=datetime(2024, 6, 1, tzinfo=UTC))
    ReleaseFactory(title_en="This year", publish_at=datetime(2025, 6, 1, tzinfo=UTC))

    feed = read(client, f"{path}?year=2024")

    assert titles(feed) == ["Last year"]
    assert feed.feed.title == "Newsroom — Releases: 2024"


@BOTH
def test_words_searched_for_narrow_the_feed_newest_first(client, path):
    day = timezone.now() - timedelta(days=10)
    ReleaseFactory(title_en="Shelters open", publish_at=day)
    ReleaseFactory(
        title_en="More shelters, more shelters", publish_at=day - timedelta(days=1)
    )
    ReleaseFactory(title_en="Newest shelters", publish_at=day + timedelta(days=1))
    ReleaseFactory(title_en="Elections observed", publish_at=day + timedelta(days=2))

    feed = read(client, f"{path}?q=shelters&scope=all")

    # Newest first, as a feed reader expects, however the search ranks them.
    assert titles(feed) == [
        "Newest shelters",
        "Shelters open",
        "More shelters, more shelters",
    ]
    assert feed.feed.title == "Newsroom — Releases: “shelters”"
    assert feed.feed.link == "http://testserver/en/releases/?q=shelters"


@BOTH
@pytest.mark.parametrize(
    "query",
    ["country=XX", "country=paraguay", "theme=no-such-theme", "kind=rumour", "year=x"],
)
def test_feed_with_a_filter_that_does_not_exist_is_404(client, path, query):
    ReleaseFactory()

    assert client.get(f"{path}?{query}").status_code == 404


@BOTH
def test_feed_with_a_nul_byte_is_refused(client, path):
    assert client.get(f"{path}?country=P%00Y").status_code == 400


@BOTH
@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced quote',
        "the and of",
        "& | ! : * ( ) <-> traite:*",
        "\u202eshelters\u202c",
        "traite سلام مأوى",
        "shelters\x01\x0b\x1f",
    ],
)
def test_feed_searched_with_odd_words_still_answers(client, path, query):
    ReleaseFactory(title_en="Shelters open")

    response = client.get(path, {"q": query})

    assert response.status_code == 200
    assert not feedparser.parse(response.content).bozo


@BOTH
def test_feed_searched_with_a_thousand_characters_is_404(client, path):
    assert client.get(path, {"q": "a" * 1000}).status_code == 404


@BOTH
def test_a_character_xml_cannot_carry_does_not_take_the_feed_down(client, path):
    # A line break pasted from a word processor can arrive as a vertical tab.
    theme = ThemeFactory(name_en="Safe\x0cshelter")
    ReleaseFactory(
        title_en="Shelters\x0bopen", summary_en="Beds\x01for all.", themes=[theme]
    )

    [entry] = read(client, path).entries

    assert shown(entry.title_detail) == "Shelters open"
    assert shown(entry.summary_detail) == "Beds for all."
    assert [tag.term for tag in entry.tags] == ["Safe shelter"]
