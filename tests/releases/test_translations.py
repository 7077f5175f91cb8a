"""A page in one language never borrows another language's words."""

import pytest

from tests.factories import ReleaseFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_french_page_never_shows_the_english_summary(client):
    release = ReleaseFactory(
        summary_en="An English summary.",
        title_fr="Un communiqué",
        body_fr="<p>Le texte français.</p>",
    )

    detail = client.get(f"/fr/releases/{release.slug_fr}/").text
    listing = client.get("/fr/releases/").text

    assert "An English summary." not in detail
    assert "An English summary." not in listing
    # With no French summary, the list shows the French text's opening words.
    assert "Le texte français." in listing


def test_the_dateline_opens_a_right_to_left_paragraph_too(client):
    release = ReleaseFactory(
        original_language="ar",
        title_ar="بيان",
        body_ar='<p dir="rtl">نص البيان.</p>',
        dateline_place_ar="طرابلس",
    )

    text = client.get(f"/ar/releases/{release.slug_ar}/").text

    assert '<p dir="rtl"><span class="dateline">طرابلس – </span>نص البيان.</p>' in text


def test_the_dateline_stands_alone_before_a_body_that_opens_with_a_list(client):
    release = ReleaseFactory(body_en="<ul><li>One point.</li></ul>")

    text = client.get(f"/en/releases/{release.slug_en}/").text

    assert '<p class="dateline">Geneva</p><ul><li>One point.</li></ul>' in text


def test_switching_language_on_a_theme_filtered_list_keeps_the_filter(client):
    theme = ThemeFactory(
        slug_en="counter-trafficking", slug_fr="lutte-contre-la-traite"
    )
    ReleaseFactory(title_en="About trafficking", themes=[theme])
    ReleaseFactory(title_en="About something else")

    # The switcher on /fr/releases/?theme=lutte-contre-la-traite links here.
    response = client.get("/en/releases/?theme=lutte-contre-la-traite")

    assert response.status_code == 200
    assert "About trafficking" in response.text
    assert "About something else" not in response.text


def test_the_lists_canonical_address_leaves_out_unknown_parameters(client):
    ReleaseFactory(countries=["PY"])

    text = client.get("/en/releases/?country=PY&utm_source=wire&junk=1").text

    assert (
        '<link rel="canonical" href="http://testserver/en/releases/?country=PY">'
        in text
    )
