"""The releases' RSS and Atom feeds, as a feed reader sees them."""

import re
from datetime import UTC, datetime, timedelta
from html import unescape

import feedparser
import pytest
import time_machine
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.encoding import iri_to_uri

from releases.models import Kind
from tests.factories import ReleaseFactory, ThemeFactory, in_english
from tests.releases.feed_reading import (
    ATOM,
    BOTH,
    RSS,
    as_datetime,
    read,
    shown,
    titles,
)
from tests.releases.test_visibility import release_in

pytestmark = pytest.mark.django_db


def test_rss_feed_has_what_a_feed_reader_needs(client):
    published = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
    theme = ThemeFactory(name_en="Counter-trafficking")
    release = ReleaseFactory(
        title_en="Seminar on trafficking",
        summary_en="Prosecutors met in Asunción.",
        publish_at=published,
        themes=[theme],
    )

    feed = read(client, RSS)

    assert feed.version == "rss20"
    assert feed.feed.title == "Newsroom — Releases"
    assert feed.feed.link == "http://testserver/en/releases/"
    assert feed.feed.description
    assert feed.feed.language == "en"
    [entry] = feed.entries
    assert entry.title == "Seminar on trafficking"
    assert entry.link == f"http://testserver/en/releases/{release.slug_en}/"
    assert entry.summary == "Prosecutors met in Asunción."
    assert as_datetime(entry.published_parsed) == published
    assert [tag.term for tag in entry.tags] == ["Counter-trafficking"]
    assert entry.author == "Newsroom"
    # The GUID names the release, not its address: it is no permalink.
    assert entry.id.startswith("tag:testserver,")
    assert release.slug_en not in entry.id
    assert entry.guidislink is False


def test_atom_feed_has_what_a_feed_reader_needs(client):
    published = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
    release = ReleaseFactory(
        title_en="Seminar on trafficking",
        summary_en="Prosecutors met in Asunción.",
        publish_at=published,
    )

    feed = read(client, ATOM)

    assert feed.version == "atom10"
    assert feed.feed.title == "Newsroom — Releases"
    assert feed.feed.link == "http://testserver/en/releases/"
    assert feed.feed.subtitle
    assert feed.feed.language == "en"
    assert feed.feed.author == "Newsroom"
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == ["http://testserver/en/releases/feed/atom/"]
    [entry] = feed.entries
    assert entry.title == "Seminar on trafficking"
    assert entry.link == f"http://testserver/en/releases/{release.slug_en}/"
    assert entry.summary == "Prosecutors met in Asunción."
    assert as_datetime(entry.published_parsed) == published
    assert as_datetime(entry.updated_parsed) >= published
    assert entry.id.startswith("tag:testserver,")
    assert release.slug_en not in entry.id


@BOTH
def test_feed_shows_titles_and_summaries_as_written(client, path):
    ReleaseFactory(
        title_en="Aid & <em>relief</em> for “Asunción”",
        summary_en="Shelters <script>alert(1)</script> & food.",
    )

    [entry] = read(client, path).entries

    assert shown(entry.title_detail) == "Aid & <em>relief</em> for “Asunción”"
    assert shown(entry.summary_detail) == "Shelters <script>alert(1)</script> & food."


@BOTH
def test_feed_without_a_summary_opens_with_the_body(client, path):
    ReleaseFactory(summary_en="", body_en="<p>First words.</p><p>Second.</p>")

    [entry] = read(client, path).entries

    assert entry.summary == "First words. Second."


def test_rss_and_atom_carry_the_same_releases_with_the_same_ids(client):
    for n in range(3):
        ReleaseFactory(publish_at=timezone.now() - timedelta(days=n + 1))

    rss, atom = read(client, RSS), read(client, ATOM)

    assert [e.id for e in rss.entries] == [e.id for e in atom.entries]
    assert titles(rss) == titles(atom)
    assert len(rss.entries) == 3


# ----- the publication gate -----


@BOTH
@pytest.mark.parametrize("state", ["draft", "in_review", "embargoed", "withdrawn"])
def test_feed_never_carries_a_release_readers_may_not_see(client, path, state):
    release_in(state)
    release_in("published")

    assert titles(read(client, path)) == ["The published release"]


@BOTH
def test_embargoed_release_enters_the_feed_at_its_time_by_itself(
    client, path, django_capture_on_commit_callbacks
):
    lifts_at = timezone.now().replace(microsecond=0) + timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        release_in("embargoed", publish_at=lifts_at, title_en="Under embargo")

    with time_machine.travel(lifts_at - timedelta(seconds=1), tick=False):
        response = client.get(path)
        assert "Under embargo" not in titles(feedparser.parse(response.content))
        # No cache may keep this answer past the embargo: a second to go.
        assert response["Cache-Control"] in ("public, max-age=0", "public, max-age=1")

    with time_machine.travel(lifts_at, tick=False):
        [entry] = read(client, path).entries

    assert entry.title == "Under embargo"
    assert as_datetime(entry.published_parsed) == lifts_at
    if path == ATOM:
        # Written days before, it is still new: not "updated" before it came out.
        assert as_datetime(entry.updated_parsed) >= lifts_at


# ----- languages -----


def french_release(**kwargs):
    """A release in English and in French."""
    french = {
        "title_fr": "Séminaire sur la traite",
        "body_fr": "<p>Texte.</p>",
        "summary_fr": "Des procureurs réunis à Asunción.",
    }
    return ReleaseFactory(**{**french, **kwargs})


@pytest.mark.parametrize("path", ["/fr/releases/feed/", "/fr/releases/feed/atom/"])
def test_french_feed_lists_releases_in_french_with_french_titles(client, path):
    release = french_release(title_en="Seminar on trafficking")
    ReleaseFactory(title_en="Only in English")

    feed = read(client, path)

    assert feed.feed.language == "fr"
    assert feed.feed.link == "http://testserver/fr/releases/"
    [entry] = feed.entries
    assert entry.title == "Séminaire sur la traite"
    assert entry.summary == "Des procureurs réunis à Asunción."
    # The slug is "séminaire-…": an address in a feed is sent percent-encoded.
    assert entry.link == "http://testserver" + iri_to_uri(
        f"/fr/releases/{release.slug_fr}/"
    )


def test_french_theme_slug_filters_the_french_feed_and_names_it_in_french(client):
    theme = ThemeFactory(name_fr="Lutte contre la traite", slug_fr="traite")
    french_release(themes=[theme])
    french_release(title_fr="Autre sujet")

    feed = read(client, "/fr/releases/feed/?theme=traite")

    assert titles(feed) == ["Séminaire sur la traite"]
    assert feed.feed.title.endswith("Lutte contre la traite")
    assert [tag.term for tag in feed.entries[0].tags] == ["Lutte contre la traite"]


def test_each_languages_version_has_its_own_id(client):
    # A reader following both feeds must not take one for the other.
    french_release()

    [english] = read(client, RSS).entries
    [french] = read(client, "/fr/releases/feed/").entries

    assert english.id != french.id


# ----- stable IDs -----


@BOTH
def test_id_stays_the_same_when_the_slug_changes(client, path):
    release = ReleaseFactory(slug_en="old-address")
    [before] = read(client, path).entries

    release.slug_en = "new-address"
    release.title_en = "A new title"
    release.save()
    [after] = read(client, path).entries

    assert after.id == before.id
    assert after.link == "http://testserver/en/releases/new-address/"


# ----- size and cost -----


@BOTH
@pytest.mark.parametrize("query", ["", "?q=day&kind=press_release&theme=shelter"])
def test_feed_of_fifty_releases_newest_first_in_six_queries(
    client, django_assert_max_num_queries, path, query
):
    themes = [ThemeFactory(slug_en="shelter"), *ThemeFactory.create_batch(2)]
    start = timezone.now() - timedelta(days=100)
    for n in range(55):
        ReleaseFactory(
            title_en=f"Release of day {n:02}",
            publish_at=start + timedelta(days=n),
            themes=themes,
        )

    with django_assert_max_num_queries(6):
        response = client.get(path + query)

    feed = feedparser.parse(response.content)
    assert titles(feed) == [f"Release of day {n:02}" for n in range(54, 4, -1)]
    assert all(len(entry.tags) == 3 for entry in feed.entries)


# ----- autodiscovery -----


@pytest.mark.parametrize(
    ("query_string", "expected"),
    [("", {"Anywhere", "In Paraguay"}), ("kind=statement&country=PY", {"In Paraguay"})],
)
def test_page_links_to_feeds_that_answer_with_its_filters(
    client, query_string, expected
):
    ReleaseFactory(title_en="Anywhere")
    ReleaseFactory(title_en="In Paraguay", kind=Kind.STATEMENT, countries=["PY"])
    head = in_english(
        render_to_string,
        "includes/feed_links.html",
        {"query_string": query_string, "site_name": "Newsroom"},
    )

    links = dict(
        re.findall(r'<link rel="alternate" type="([^"]+)"[^>]* href="([^"]+)"', head)
    )

    assert set(links) == {"application/rss+xml", "application/atom+xml"}
    for href in links.values():
        assert set(titles(read(client, unescape(href)))) == expected
