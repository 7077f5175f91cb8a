"""Link previews read a release's page as an article: OpenGraph and
Twitter-card meta, in the page's language, never as markup."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from releases.models import Status
from tests.factories import ReleaseFactory, jsonld
from tests.releases.page_metadata import (
    MARKUP_TITLE,
    SITE,
    MetaTags,
    article_on,
    french_release,
    meta,
    one,
)

pytestmark = pytest.mark.django_db


def test_shared_links_preview_the_release_in_french(client, settings):
    settings.SITE_NAME = "Salle de presse"
    release = french_release()

    tags = meta(client.get("/fr/releases/seminaire-traite-paraguay/"))

    assert one(tags, "og:type") == "article"
    assert one(tags, "og:title") == release.title_fr
    assert one(tags, "og:description") == release.summary_fr
    assert one(tags, "og:url") == f"{SITE}/fr/releases/seminaire-traite-paraguay/"
    assert one(tags, "og:site_name") == "Salle de presse"
    assert one(tags, "og:locale") == "fr_FR"
    # Only the languages the release is written in.
    assert one(tags, "og:locale:alternate") == "en_GB"
    assert one(tags, "article:published_time") == "2024-06-03T08:00:00+00:00"
    assert one(tags, "article:modified_time") == "2024-06-04T15:30:00+00:00"
    assert one(tags, "article:section") == "Communiqué de presse"
    assert tags["article:tag"] == ["Lutte contre la traite"]
    assert one(tags, "twitter:card") == "summary"
    assert one(tags, "twitter:title") == release.title_fr
    assert one(tags, "twitter:description") == release.summary_fr


@pytest.mark.parametrize(
    ("language", "locale", "alternates"),
    [
        ("en", "en_GB", ["fr_FR", "es_ES", "ar_AR"]),
        ("fr", "fr_FR", ["en_GB", "es_ES", "ar_AR"]),
        ("es", "es_ES", ["en_GB", "fr_FR", "ar_AR"]),
        ("ar", "ar_AR", ["en_GB", "fr_FR", "es_ES"]),
    ],
)
def test_shared_links_name_the_page_language_and_the_others_it_exists_in(
    client, language, locale, alternates
):
    release = ReleaseFactory(
        **{
            f"{field}_{code}": f"{field} {code}"
            for field in ("title", "body")
            for code in ("fr", "es", "ar")
        }
    )

    tags = meta(client.get(release.url_in(language)))

    assert one(tags, "og:locale") == locale
    assert tags["og:locale:alternate"] == alternates


def test_a_title_with_quotes_ampersands_and_markup_stays_inert_in_shared_links(
    client,
):
    french_release(title_fr=MARKUP_TITLE, summary_fr=f"Résumé : {MARKUP_TITLE}")

    response = client.get("/fr/releases/seminaire-traite-paraguay/")
    tags = meta(response)

    # Read back exactly as written, and never as markup.
    assert one(tags, "og:title") == MARKUP_TITLE
    assert one(tags, "twitter:title") == MARKUP_TITLE
    assert one(tags, "og:description") == f"Résumé : {MARKUP_TITLE}"
    assert "<b>" not in response.text
    assert "<script>alert(1)" not in response.text


def test_a_title_with_quotes_ampersands_and_markup_stays_inert_in_the_article(
    client,
):
    french_release(title_fr=MARKUP_TITLE, summary_fr=f"Résumé : {MARKUP_TITLE}")

    response = client.get("/fr/releases/seminaire-traite-paraguay/")

    assert article_on(response)["headline"] == MARKUP_TITLE
    assert article_on(response)["description"] == f"Résumé : {MARKUP_TITLE}"
    assert "<script>alert(1)" not in response.text


def test_a_release_without_a_summary_is_described_by_its_opening_words(client):
    french_release(summary_fr="", body_fr="<p>Asunción – Des procureurs.</p>")

    response = client.get("/fr/releases/seminaire-traite-paraguay/")

    assert one(meta(response), "og:description") == "Asunción – Des procureurs."
    assert one(meta(response), "twitter:description") == "Asunción – Des procureurs."


def test_a_preview_is_not_shared_or_indexed_under_its_staff_address(client, editor):
    client.force_login(editor)
    release = french_release(
        status=Status.DRAFT, publish_at=None, first_published_at=None
    )

    response = client.get(f"/fr/releases/preview/{release.pk}/")
    tags = meta(response)

    assert one(tags, "robots") == "noindex"
    assert not [key for key in tags if key.startswith(("og:", "twitter:", "article:"))]
    assert 'rel="canonical"' not in response.text
    assert jsonld(response, "NewsArticle") == []


def test_social_meta_offer_a_large_card_once_there_is_an_image(rf):
    request = rf.get("/en/")

    with translation.override("en"):
        html = render_to_string(
            "includes/social_meta.html",
            {
                "title": "Seminar",
                "url": "http://testserver/en/",
                "image": {
                    "url": "http://testserver/media/seminar.jpg",
                    "alt": 'Prosecutors at the "seminar"',
                    "width": 1200,
                    "height": 630,
                },
                "alternates": [{"code": "en"}],
            },
            request=request,
        )
    tags = MetaTags(html).found

    assert one(tags, "twitter:card") == "summary_large_image"
    assert one(tags, "og:image") == "http://testserver/media/seminar.jpg"
    assert one(tags, "og:image:alt") == 'Prosecutors at the "seminar"'
    assert one(tags, "og:image:width") == "1200"
    assert one(tags, "twitter:image") == "http://testserver/media/seminar.jpg"
    assert one(tags, "og:type") == "website"
