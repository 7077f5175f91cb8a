"""The public site a reader meets: languages, lists, filters and the release page."""

import html
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from django.utils.translation import get_language_info

from releases.models import Kind
from tests.factories import ReleaseFactory, ThemeFactory

pytestmark = pytest.mark.django_db

MAY_12_2016 = datetime(2016, 5, 12, 10, 0, tzinfo=UTC)


def in_four_languages(**kwargs):
    """A published release written in English, French, Spanish and Arabic."""
    fields = {
        "title_en": "Seminar in Paraguay",
        "slug_en": "seminar-in-paraguay",
        "body_en": "<p>English text.</p>",
        "title_fr": "Séminaire au Paraguay",
        "slug_fr": "seminaire-au-paraguay",
        "body_fr": "<p>Texte français.</p>",
        "title_es": "Seminario en Paraguay",
        "slug_es": "seminario-en-paraguay",
        "body_es": "<p>Texto español.</p>",
        "title_ar": "ندوة في باراغواي",
        "slug_ar": "ندوة-في-باراغواي",
        "body_ar": "<p>نص عربي.</p>",
    }
    return ReleaseFactory(**(fields | kwargs))


def english_and_french(**kwargs):
    return ReleaseFactory(
        title_en="Floods in the Chaco",
        slug_en="floods-in-the-chaco",
        title_fr="Inondations dans le Chaco",
        slug_fr="inondations-dans-le-chaco",
        body_fr="<p>Texte.</p>",
        **kwargs,
    )


def html_tag(text):
    return re.search(r"<html[^>]*>", text).group(0)


def alternate_languages(text):
    """The hreflang codes of the page's <link rel="alternate"> tags."""
    links = [tag for tag in re.findall(r"<link[^>]*>", text) if "alternate" in tag]
    codes = {re.search(r'hreflang="([^"]+)"', tag).group(1) for tag in links}
    return codes - {"x-default"}


def local_name(code):
    """A language's name in itself, as the switcher writes it ("français")."""
    return get_language_info(code)["name_local"]


def language_switcher(text):
    match = re.search(r"<nav[^>]*language[^>]*>(.*?)</nav>", text, re.DOTALL)
    assert match, "the page has no language switcher"
    return match.group(1)


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


# ----- the list: pages and filters -----


def test_list_shows_twenty_releases_a_page_newest_first(client):
    now = timezone.now()
    releases = [
        ReleaseFactory(slug_en=f"release-{n:02}", publish_at=now - timedelta(hours=n))
        for n in range(1, 22)
    ]

    first = client.get("/en/releases/")
    second = client.get("/en/releases/?page=2")

    assert first.status_code == second.status_code == 200
    for release in releases[:20]:
        assert f"/en/releases/{release.slug_en}/" in first.text
        assert f"/en/releases/{release.slug_en}/" not in second.text
    assert "/en/releases/release-21/" not in first.text
    assert "/en/releases/release-21/" in second.text
    assert "page=2" in first.text


@pytest.mark.parametrize("page", ["abc", "999", "0", "-1", "1.5"])
def test_page_that_is_not_a_page_number_or_out_of_range_is_404(client, page):
    ReleaseFactory.create_batch(3)

    assert client.get(f"/en/releases/?page={page}").status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("country=ZZ", "is not one of the available choices"),
        ("kind=nope", "is not one of the available choices"),
        ("theme=missing", "is not one of the available choices"),
        ("year=abc", "Enter a whole number"),
        ("year=99999", "less than or equal to"),
    ],
)
def test_unknown_filter_value_is_400_with_a_message(client, query, message):
    ReleaseFactory(title_en="Visible release")

    response = client.get(f"/en/releases/?{query}")

    assert response.status_code == 400
    assert message in response.text


def test_country_filter_narrows_the_list(client):
    ReleaseFactory(title_en="About Paraguay", countries=["PY", "AR"])
    ReleaseFactory(title_en="About France", countries=["FR"])

    response = client.get("/en/releases/?country=PY")

    assert response.status_code == 200
    assert "About Paraguay" in response.text
    assert "About France" not in response.text


def test_theme_filter_narrows_the_list_in_the_readers_language(client):
    trafficking, climate = ThemeFactory(), ThemeFactory()
    ReleaseFactory(
        title_en="On trafficking",
        title_fr="Sur la traite",
        body_fr="<p>Texte.</p>",
        themes=[trafficking],
    )
    ReleaseFactory(
        title_en="On climate",
        title_fr="Sur le climat",
        body_fr="<p>Texte.</p>",
        themes=[climate],
    )

    english = client.get(f"/en/releases/?theme={trafficking.slug_en}")
    french = client.get(f"/fr/releases/?theme={trafficking.slug_fr}")

    assert english.status_code == french.status_code == 200
    assert "On trafficking" in english.text
    assert "On climate" not in english.text
    assert "Sur la traite" in french.text
    assert "Sur le climat" not in french.text


def test_kind_filter_narrows_the_list(client):
    ReleaseFactory(title_en="A statement", kind=Kind.STATEMENT)
    ReleaseFactory(title_en="Some news", kind=Kind.NEWS)

    response = client.get("/en/releases/?kind=statement")

    assert "A statement" in response.text
    assert "Some news" not in response.text


def test_year_filter_narrows_the_list(client):
    ReleaseFactory(title_en="From 2016", publish_at=MAY_12_2016)
    ReleaseFactory(title_en="From 2024", publish_at=datetime(2024, 1, 9, tzinfo=UTC))

    response = client.get("/en/releases/?year=2016")

    assert "From 2016" in response.text
    assert "From 2024" not in response.text


def test_filters_combine_and_pages_keep_them(client):
    now = timezone.now()
    for n in range(22):
        ReleaseFactory(
            kind=Kind.NEWS,
            countries=["PY"],
            publish_at=now - timedelta(hours=n),
        )
    ReleaseFactory(title_en="News from Brazil", kind=Kind.NEWS, countries=["BR"])

    response = client.get("/en/releases/?country=PY&kind=news")

    assert response.status_code == 200
    assert "News from Brazil" not in response.text
    assert "country=PY" in response.text
    second = client.get("/en/releases/?country=PY&kind=news&page=2")
    assert second.status_code == 200
    assert "News from Brazil" not in second.text


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
