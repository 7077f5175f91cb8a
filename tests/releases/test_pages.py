"""The public site a reader meets: the language prefix, pages in every
language, and the release page."""

import html
import re

import pytest

from releases.models import Kind
from tests.factories import ReleaseFactory, ThemeFactory
from tests.releases.reader_pages import (
    MAY_12_2016,
    alternate_languages,
    english_and_french,
    html_tag,
    in_four_languages,
    language_switcher,
    local_name,
)

pytestmark = pytest.mark.django_db


# ----- the root and the language prefix -----


@pytest.mark.parametrize(
    ("accept_language", "home"),
    [
        ("fr", "/fr/"),
        ("fr-CA,fr;q=0.9,en;q=0.5", "/fr/"),
        ("es-ES,es;q=0.9", "/es/"),
        ("ar", "/ar/"),
        ("en-GB", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_sends_readers_to_the_home_page_in_their_browsers_language(
    client, accept_language, home
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == home
    assert "Accept-Language" in response["Vary"]


def test_root_remembers_the_language_the_reader_chose(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response["Location"] == "/ar/"


@pytest.mark.parametrize("path", ["/xx/", "/xx/releases/", "/de/", "/zz/releases/x/"])
def test_unknown_language_prefix_is_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_home_page_answers_in_every_language(client, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    assert f'lang="{language}"' in html_tag(response.text)


# ----- languages -----


@pytest.mark.parametrize("path", ["/{lang}/", "/{lang}/releases/"])
def test_lists_in_a_language_show_only_releases_written_in_it(client, path):
    ReleaseFactory(title_en="Only in English")
    ReleaseFactory(
        title_en="",
        slug_en="",
        body_en="",
        title_fr="Seulement en français",
        body_fr="<p>Texte.</p>",
        original_language="fr",
    )
    english_and_french()

    english = client.get(path.format(lang="en")).text
    french = client.get(path.format(lang="fr")).text
    arabic = client.get(path.format(lang="ar")).text

    assert "Only in English" in english
    assert "Floods in the Chaco" in english
    assert "Seulement en français" not in english
    assert "Seulement en français" in french
    assert "Inondations dans le Chaco" in french
    assert "Only in English" not in french
    for title in ("Only in English", "Seulement en français", "Floods in the Chaco"):
        assert title not in arabic


def test_release_page_in_a_language_it_lacks_redirects_to_its_original_language(
    client,
):
    release = ReleaseFactory(
        title_en="",
        slug_en="",
        body_en="",
        title_fr="Seulement en français",
        slug_fr="seulement-en-francais",
        body_fr="<p>Texte.</p>",
        original_language="fr",
    )

    response = client.get(f"/en/releases/{release.slug_fr}/")

    assert response.status_code in (301, 302)
    assert response["Location"] == "/fr/releases/seulement-en-francais/"
    assert client.get(response["Location"]).status_code == 200


def test_half_translated_release_redirects_instead_of_showing_an_empty_page(client):
    release = ReleaseFactory(title_fr="Titre sans texte", slug_fr="titre-sans-texte")

    response = client.get("/fr/releases/titre-sans-texte/")

    assert response.status_code in (301, 302)
    assert response["Location"] == f"/en/releases/{release.slug_en}/"


def test_release_page_reached_by_another_languages_slug_moves_to_its_own(client):
    english_and_french()

    response = client.get("/fr/releases/floods-in-the-chaco/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/releases/inondations-dans-le-chaco/"


def test_hreflang_alternates_name_only_the_languages_the_release_is_in(client):
    english_and_french()

    response = client.get("/en/releases/floods-in-the-chaco/")

    assert alternate_languages(response.text) == {"en", "fr"}
    assert (
        'href="http://testserver/fr/releases/inondations-dans-le-chaco/"'
        in response.text
    )


def test_language_switcher_names_only_the_languages_the_release_is_in(client):
    english_and_french()

    switcher = language_switcher(client.get("/en/releases/floods-in-the-chaco/").text)

    assert local_name("en") in switcher
    assert local_name("fr") in switcher
    assert "/fr/releases/inondations-dans-le-chaco/" in switcher
    assert local_name("es") not in switcher
    assert local_name("ar") not in switcher


def test_language_switcher_on_the_home_page_names_every_language(client):
    switcher = language_switcher(client.get("/en/").text)

    for code in ("en", "fr", "es", "ar"):
        assert local_name(code) in switcher


@pytest.mark.parametrize("path", ["/ar/", "/ar/releases/", "/ar/releases/{slug}/"])
def test_arabic_pages_are_right_to_left(client, path):
    release = in_four_languages()

    response = client.get(path.format(slug=release.slug_ar))

    assert response.status_code == 200
    tag = html_tag(response.text)
    assert 'lang="ar"' in tag
    assert 'dir="rtl"' in tag


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_other_pages_are_left_to_right(client, language):
    release = in_four_languages()

    response = client.get(
        f"/{language}/releases/{getattr(release, f'slug_{language}')}/"
    )

    tag = html_tag(response.text)
    assert f'lang="{language}"' in tag
    assert 'dir="ltr"' in tag


@pytest.mark.parametrize(
    ("language", "date"),
    [
        ("en", "12 May 2016"),
        ("fr", "12 mai 2016"),
        ("es", "12 de mayo de 2016"),
        ("ar", "مايو"),
    ],
)
def test_dates_are_written_the_readers_way(client, language, date):
    release = in_four_languages(publish_at=MAY_12_2016)

    page = client.get(f"/{language}/releases/{getattr(release, f'slug_{language}')}/")
    listing = client.get(f"/{language}/releases/")

    assert date in page.text
    assert date in listing.text
    assert 'datetime="2016-05-12' in page.text


def test_release_page_names_its_canonical_address(client):
    in_four_languages()

    response = client.get("/fr/releases/seminaire-au-paraguay/")

    assert (
        '<link rel="canonical" href="http://testserver/fr/releases/seminaire-au-paraguay/">'
        in response.text
    )


def test_release_page_shows_kind_region_dateline_themes_and_countries(client):
    theme = ThemeFactory(name_en="Counter-trafficking")
    release = ReleaseFactory(
        kind=Kind.PRESS_RELEASE,
        region="global",
        dateline_place_en="Asunción",
        countries=["PY"],
        themes=[theme],
    )

    response = client.get(f"/en/releases/{release.slug_en}/")

    for text in ("Press release", "Global", "Asunción", "Counter-trafficking"):
        assert text in response.text
    assert "Paraguay" in response.text


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_theme_and_country_links_on_a_release_page_lead_to_their_lists(
    client, language
):
    translated = ThemeFactory(name_en="Counter-trafficking")
    untranslated = ThemeFactory(name_en="Labour migration", name_fr="", slug_fr="")
    release = in_four_languages(themes=[translated, untranslated], countries=["PY"])
    other = in_four_languages(
        title_en="Unrelated",
        slug_en="unrelated",
        title_fr="Sans rapport",
        slug_fr="sans-rapport",
        title_es="Sin relación",
        slug_es="sin-relacion",
        title_ar="لا علاقة",
        slug_ar="لا-علاقة",
    )

    page = client.get(f"/{language}/releases/{getattr(release, f'slug_{language}')}/")
    links = re.findall(
        r'href="(/[a-z]{2}/releases/\?(?:theme|country)=[^"]+)"', page.text
    )

    assert len(links) == 3
    for link in links:
        response = client.get(html.unescape(link))
        assert response.status_code == 200, link
        assert getattr(release, f"title_{language}") in response.text
        assert getattr(other, f"title_{language}") not in response.text


def test_theme_without_a_translation_shows_its_english_name(client):
    theme = ThemeFactory(name_en="Counter-trafficking", name_fr="", slug_fr="")
    release = in_four_languages(themes=[theme])

    response = client.get(f"/ar/releases/{release.slug_ar}/")

    assert response.status_code == 200
    assert "Counter-trafficking" in response.text


def test_health_check_answers_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content.decode().strip() == "ok"


def test_page_links_keep_the_valid_filters_and_drop_stray_parameters(client):
    for n in range(25):
        ReleaseFactory(countries=["PY"], title_en=f"Paraguay news {n}")

    text = client.get("/en/releases/?country=PY&utm_source=wire").text

    page_links = re.findall(r'rel="next" href="(\?[^"]*)"', text)
    assert page_links == ["?country=PY&amp;page=2"]
    # Facet links too keep the filter and leave the stray parameter behind.
    links = re.findall(r'href="(\?[^"]*)"', text)
    assert links
    assert not [link for link in links if "utm_source" in link]
