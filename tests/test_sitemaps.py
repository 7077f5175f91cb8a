"""Sitemaps and robots.txt: what search engines are told exists, in which languages."""

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from django.utils import timezone

from newsroom.sitemaps import ReleaseSitemap
from releases.models import Status
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    ReleaseFactory,
    SpeakerFactory,
)
from tests.releases.test_visibility import release_in

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ORIGIN = "http://testserver"
SECTIONS = ["releases", "events", "officials", "pages"]
ENGLISH_GONE = {
    "title_en": "",
    "slug_en": "",
    "summary_en": "",
    "body_en": "",
    "dateline_place_en": "",
}


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def path_of(url):
    """``/sitemap-releases.xml?p=2`` from an absolute address the client cannot take."""
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def section_pages(client):
    """The sitemap pages the index lists, as absolute addresses."""
    root = xml(client, "/sitemap.xml")
    assert root.tag == f"{SITEMAP}sitemapindex"
    return [entry.findtext(f"{SITEMAP}loc") for entry in root]


def sitemap_urls(client, pages=None):
    """``{loc: {"lastmod": …, "alternates": {hreflang: href}}}`` over every page."""
    urls = {}
    for page in pages or section_pages(client):
        root = xml(client, path_of(page))
        assert root.tag == f"{SITEMAP}urlset"
        for entry in root.iter(f"{SITEMAP}url"):
            loc = entry.findtext(f"{SITEMAP}loc")
            assert loc not in urls, f"{loc} is listed twice"
            links = entry.findall(f"{XHTML}link")
            assert all(link.get("rel") == "alternate" for link in links)
            hreflangs = [link.get("hreflang") for link in links]
            assert len(hreflangs) == len(set(hreflangs)), hreflangs
            urls[loc] = {
                "lastmod": entry.findtext(f"{SITEMAP}lastmod"),
                "alternates": {
                    link.get("hreflang"): link.get("href") for link in links
                },
            }
    return urls


def page_x_default(response):
    """The ``x-default`` address a page names in its head."""
    link = re.search(r'<link[^>]* hreflang="x-default"[^>]*>', response.text)
    return re.search(r' href="([^"]+)"', link.group()).group(1)


def section(client, name):
    return sitemap_urls(client, [f"{ORIGIN}/sitemap-{name}.xml"])


def absolute(path):
    return f"{ORIGIN}{path}"


def french_only(**kwargs):
    return ReleaseFactory(
        **ENGLISH_GONE,
        title_fr="Séminaire sur la traite des personnes",
        body_fr="<p>Le texte.</p>",
        original_language="fr",
        **kwargs,
    )


def in_three_languages(**kwargs):
    return ReleaseFactory(
        title_fr="Communiqué en français",
        body_fr="<p>Le texte.</p>",
        title_ar="بيان صحفي",
        body_ar="<p>النص.</p>",
        **kwargs,
    )


@pytest.fixture
def newsroom():
    """A little of everything a sitemap lists, in several languages."""
    release = in_three_languages()
    french = french_only()
    official = OfficialFactory()
    MentionFactory(release=release, official=official)
    event = EventFactory(title_es="Seminario", slug_es="seminario")
    SpeakerFactory(event=event)
    return {"release": release, "french": french, "official": official, "event": event}


# ----- the index -----


def test_index_lists_the_four_sections_at_absolute_addresses(client):
    assert section_pages(client) == [
        f"{ORIGIN}/sitemap-{name}.xml" for name in SECTIONS
    ]


def test_a_long_section_is_split_into_pages_the_index_lists(client, monkeypatch):
    monkeypatch.setattr(ReleaseSitemap, "limit", 2)
    releases = [*ReleaseFactory.create_batch(3), in_three_languages()]

    pages = section_pages(client)
    urls = sitemap_urls(client)

    assert f"{ORIGIN}/sitemap-releases.xml?p=2" in pages
    for release in releases:
        for code in release.languages():
            assert absolute(release.url_in(code)) in urls
    assert client.get("/sitemap-releases.xml?p=3").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


# ----- what each address carries -----


def read_on(release):
    """A release's lastmod: when readers last saw it change (a major change,
    else its publication), not its last save."""
    return timezone.localdate(release.changed_at or release.publish_at).isoformat()


def test_release_is_listed_in_each_of_its_languages_naming_all_of_them(client):
    release = in_three_languages()
    addresses = {code: absolute(release.url_in(code)) for code in ["en", "fr", "ar"]}

    urls = section(client, "releases")

    assert set(urls) == set(addresses.values())
    for url in urls.values():
        assert url["alternates"] == {**addresses, "x-default": addresses["en"]}
        assert url["lastmod"] == read_on(release)


def test_french_only_release_is_listed_once_in_french(client):
    release = french_only()
    french = absolute(release.url_in("fr"))
    assert french.endswith("/fr/releases/s%C3%A9minaire-sur-la-traite-des-personnes/")

    urls = section(client, "releases")

    assert urls == {
        french: {
            "lastmod": read_on(release),
            "alternates": {"fr": french, "x-default": french},
        }
    }


def test_x_default_is_the_original_language_when_the_release_has_it(client):
    release = ReleaseFactory(
        original_language="fr", title_fr="Communiqué", body_fr="<p>Le texte.</p>"
    )
    english = client.get(release.url_in("en"))

    urls = section(client, "releases")

    x_default = absolute(release.url_in("fr"))
    assert {url["alternates"]["x-default"] for url in urls.values()} == {x_default}
    # The same default as the release's own page names.
    assert page_x_default(english) == x_default


def test_x_default_is_where_a_reader_in_a_missing_language_lands(client):
    # Written in Arabic, but only the English and French versions are ready.
    release = ReleaseFactory(
        original_language="ar", title_fr="Communiqué", body_fr="<p>Le texte.</p>"
    )

    urls = section(client, "releases")
    spanish = client.get(f"/es/releases/{release.slug_en}/")

    assert spanish.status_code == 302
    assert {url["alternates"]["x-default"] for url in urls.values()} == {
        absolute(spanish["Location"])
    }


def test_event_is_listed_in_all_four_languages_under_its_translated_slugs(client):
    event = EventFactory(slug_en="migration-seminar", title_fr="Séminaire")

    urls = section(client, "events")

    expected = {
        "en": absolute("/en/events/migration-seminar/"),
        "fr": absolute("/fr/events/s%C3%A9minaire/"),
        "es": absolute("/es/events/migration-seminar/"),
        "ar": absolute("/ar/events/migration-seminar/"),
    }
    assert event.slug_fr == "séminaire"
    assert set(urls) == set(expected.values())
    for url in urls.values():
        assert url["alternates"] == {**expected, "x-default": expected["en"]}
        assert url["lastmod"]


def test_official_is_listed_in_all_four_languages(client):
    official = MentionFactory().official

    urls = section(client, "officials")

    expected = {
        code: absolute(f"/{code}/officials/{official.slug}/")
        for code in ["en", "fr", "es", "ar"]
    }
    assert set(urls) == set(expected.values())
    for url in urls.values():
        assert url["alternates"] == {**expected, "x-default": expected["en"]}
        assert url["lastmod"]


def test_every_address_is_absolute_and_every_alternate_names_it_back(client, newsroom):
    urls = sitemap_urls(client)

    # Releases, events, officials; five lists in four languages.
    assert len(urls) == 3 + 1 + 4 + 4 + 4 + 5 * 4
    for loc, url in urls.items():
        assert loc.startswith(f"{ORIGIN}/")
        # The protocol wants addresses escaped: Arabic and accented slugs too.
        assert loc.isascii()
        assert len(loc) <= 2048
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", url["lastmod"])
        alternates = url["alternates"]
        # Each page names itself among its alternates, and a default.
        assert loc in alternates.values()
        assert alternates["x-default"] in urls
        for hreflang, href in alternates.items():
            assert href.startswith(f"{ORIGIN}/")
            if hreflang == "x-default":
                continue
            assert href in urls, f"{loc} names {href}, which is not listed"
            own = next(code for code, link in alternates.items() if link == loc)
            assert urls[href]["alternates"][own] == loc


def test_every_listed_address_is_a_page_that_answers(client, newsroom):
    for loc in sitemap_urls(client):
        assert client.get(path_of(loc)).status_code == 200, loc


# ----- what is never in it -----


@pytest.mark.parametrize("state", ["draft", "in_review", "embargoed", "withdrawn"])
def test_release_that_is_not_public_is_in_no_sitemap(client, state):
    release = release_in(state, title_fr="Version", body_fr="<p>Texte.</p>")
    assert release.languages() == ["en", "fr"]

    urls = sitemap_urls(client)

    for slug in [release.slug_en, release.slug_fr]:
        assert not any(slug in loc for loc in urls)


def test_embargoed_release_appears_at_its_time_with_no_action(client):
    lifts_at = timezone.now().replace(microsecond=0) + timedelta(days=3)
    release = release_in("embargoed", publish_at=lifts_at)
    address = absolute(release.url_in("en"))

    with time_machine.travel(lifts_at - timedelta(seconds=1), tick=False):
        assert address not in section(client, "releases")

    with time_machine.travel(lifts_at, tick=False):
        urls = section(client, "releases")
        index = xml(client, "/sitemap.xml")

    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    # Saved days before, but its page changed for readers when it went public,
    # and the index tells crawlers the releases section changed then.
    assert urls[address]["lastmod"] == timezone.localdate(lifts_at).isoformat()
    releases_changed = index[0].findtext(f"{SITEMAP}lastmod")
    assert datetime.fromisoformat(releases_changed) == lifts_at


def test_official_named_only_in_unpublished_releases_is_absent(client):
    named = OfficialFactory(full_name="Minister Not Yet Appointed")
    for state in ["draft", "embargoed", "withdrawn"]:
        MentionFactory(release=release_in(state), official=named)

    urls = section(client, "officials")

    assert client.get(f"/en/officials/{named.slug}/").status_code == 404
    assert urls == {}


def test_official_who_speaks_at_a_public_event_is_listed_and_at_a_hidden_one_not(
    client,
):
    speaker = SpeakerFactory().official
    hidden = SpeakerFactory(event=EventFactory(is_public=False)).official

    urls = section(client, "officials")

    assert absolute(f"/en/officials/{speaker.slug}/") in urls
    assert not any(hidden.slug in loc for loc in urls)


def test_event_that_is_not_public_is_absent(client):
    EventFactory(slug_en="not-announced-yet", is_public=False)
    shown = EventFactory()

    urls = section(client, "events")

    assert absolute(f"/en/events/{shown.slug_en}/") in urls
    assert not any("not-announced-yet" in loc for loc in urls)


# ----- query budgets -----


def test_sitemaps_run_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for _n in range(10):
        ReleaseFactory()
        in_three_languages()
        french_only()
    for _n in range(10):
        MentionFactory(release=ReleaseFactory())
        SpeakerFactory()

    with django_assert_max_num_queries(6):
        pages = section_pages(client)
    for page in pages:
        with django_assert_max_num_queries(6):
            urls = sitemap_urls(client, [page])
        # The lists: five pages in four languages.
        assert len(urls) >= (20 if "sitemap-pages" in page else 40)


# ----- robots.txt -----


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_previews(client):
    release = in_three_languages()

    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.text.splitlines()
    assert lines[0] == "User-agent: *"
    disallowed = [line.removeprefix("Disallow: ") for line in lines[1:6]]
    assert disallowed == [
        "/admin/",
        "/en/releases/preview/",
        "/fr/releases/preview/",
        "/es/releases/preview/",
        "/ar/releases/preview/",
    ]
    for code in ["en", "fr", "es", "ar"]:
        assert any(release.preview_url_in(code).startswith(p) for p in disallowed)
    assert "Disallow: /en/releases/\n" not in response.text
    assert lines[-1] == f"Sitemap: {ORIGIN}/sitemap.xml"
