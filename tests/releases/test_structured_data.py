"""Search engines read a release's page as a news article: schema.org
NewsArticle JSON-LD."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import translation

from releases.jsonld import HEADLINE_LENGTH, headline, news_article_jsonld
from releases.models import Release, Status
from releases.views.release import with_links
from tests.factories import (
    MentionFactory,
    ReleaseContactFactory,
    ReleaseFactory,
    ThemeFactory,
    jsonld,
)
from tests.releases.page_metadata import (
    FIRST_PUBLISHED,
    SITE,
    article_on,
    french_release,
    meta,
    one,
)

pytestmark = pytest.mark.django_db


def test_release_page_describes_itself_as_a_news_article_in_the_readers_language(
    client, settings
):
    settings.SITE_NAME = "Salle de presse"
    release = french_release()

    article = article_on(client.get("/fr/releases/seminaire-traite-paraguay/"))

    url = f"{SITE}/fr/releases/seminaire-traite-paraguay/"
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == release.title_fr
    assert article["description"] == release.summary_fr
    assert article["url"] == url
    assert article["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert article["inLanguage"] == "fr"
    assert article["dateline"] == "Paraguay"
    assert article["articleSection"] == "Communiqué de presse"
    assert article["keywords"] == ["Lutte contre la traite"]
    assert article["about"] == [
        {"@type": "Country", "name": "Jordanie", "identifier": "JO"},
        {"@type": "Country", "name": "Paraguay", "identifier": "PY"},
    ]
    publisher = {
        "@type": "Organization",
        "name": "Salle de presse",
        "url": f"{SITE}/fr/",
    }
    assert article["publisher"] == publisher
    assert article["author"] == publisher
    assert article["isAccessibleForFree"] is True
    # No picture is made up while releases have none.
    assert "image" not in article
    assert "creativeWorkStatus" not in article


def test_the_english_page_describes_the_english_version(client):
    french_release()

    article = article_on(client.get("/en/releases/seminar-trafficking-paraguay/"))

    assert article["headline"] == "Seminar on trafficking in persons in Paraguay"
    assert article["inLanguage"] == "en"
    assert article["url"] == f"{SITE}/en/releases/seminar-trafficking-paraguay/"
    assert article["articleSection"] == "Press release"
    assert article["keywords"] == ["Counter-trafficking"]
    assert [place["name"] for place in article["about"]] == ["Jordan", "Paraguay"]


def test_date_published_is_when_the_release_first_went_public(client, settings):
    settings.TIME_ZONE = "Europe/Zurich"
    # Re-published later (a correction): readers first saw it on the 3rd.
    french_release(publish_at=FIRST_PUBLISHED + timedelta(days=2))

    article = article_on(client.get("/fr/releases/seminaire-traite-paraguay/"))

    assert article["datePublished"] == "2024-06-03T10:00:00+02:00"
    assert datetime.fromisoformat(article["datePublished"]) == FIRST_PUBLISHED
    assert article["dateModified"] == "2024-06-04T17:30:00+02:00"


def test_a_release_scheduled_then_left_alone_is_not_modified_before_it_went_out(
    client,
):
    # Saved when it was scheduled, the day before its embargo lifted.
    release = french_release()
    Release.objects.filter(pk=release.pk).update(
        updated_at=FIRST_PUBLISHED - timedelta(days=1), changed_at=None
    )

    article = article_on(client.get("/fr/releases/seminaire-traite-paraguay/"))

    assert article["dateModified"] == article["datePublished"]


def test_headline_keeps_a_title_up_to_110_characters_whole():
    title = "Migrants " * 12 + "ab"
    assert len(title) == HEADLINE_LENGTH

    assert headline(title) == title


@pytest.mark.parametrize(
    "title",
    [
        "Les procureurs d'Amérique latine se réunissent à Asunción pour coordonner "
        "la lutte contre la traite des personnes et le trafic de migrants",
        "الأمم المتحدة " * 20,
        "x" * 300,
    ],
)
def test_a_longer_title_is_cut_at_a_word_within_110_characters(title):
    cut = headline(title)

    assert len(cut) <= HEADLINE_LENGTH
    assert cut.endswith("…")
    kept = cut.removesuffix("…")
    assert title.startswith(kept)
    if " " in title:
        assert title[len(kept)] in " ,"


def test_a_long_title_is_cut_in_the_page_headline_only(client):
    title = "Communiqué " * 15
    french_release(title_fr=title.strip())

    response = client.get("/fr/releases/seminaire-traite-paraguay/")

    assert len(article_on(response)["headline"]) <= HEADLINE_LENGTH
    assert one(meta(response), "og:title") == title.strip()


def test_a_withdrawn_release_stays_an_article_that_says_it_was_withdrawn(client):
    french_release(
        status=Status.WITHDRAWN,
        withdrawn_at=datetime(2024, 7, 1, 9, 0, tzinfo=UTC),
        withdrawal_note_fr="Les chiffres étaient faux.",
    )

    response = client.get("/fr/releases/seminaire-traite-paraguay/")
    article = article_on(response)
    tags = meta(response)

    assert article["creativeWorkStatus"] == "Withdrawn"
    assert article["datePublished"] == FIRST_PUBLISHED.isoformat()
    description = "Retiré le 1 juillet 2024. Les chiffres étaient faux."
    assert article["description"] == description
    # Whoever shares the link sees that it was withdrawn, not the old summary.
    assert one(tags, "description") == description
    assert one(tags, "og:description") == description
    assert one(tags, "twitter:description") == description


def test_the_article_sits_beside_the_release_press_contacts(client):
    release = french_release()
    ReleaseContactFactory(release=release, contact__full_name="Eduardo Carrillo")

    response = client.get("/fr/releases/seminaire-traite-paraguay/")

    assert article_on(response)["headline"] == release.title_fr
    (point,) = jsonld(response, "ContactPoint")
    assert point["name"] == "Eduardo Carrillo"


def test_the_article_is_built_from_what_the_page_already_loaded(
    rf, django_assert_num_queries
):
    release = french_release()
    release = with_links(Release.objects.filter(pk=release.pk)).get()
    request = rf.get("/fr/releases/seminaire-traite-paraguay/")

    with translation.override("fr"), django_assert_num_queries(0):
        article = news_article_jsonld(request, release)

    assert article["keywords"] == ["Lutte contre la traite"]


def test_an_article_without_a_summary_is_described_by_its_opening_words(rf):
    release = french_release(
        summary_fr="", body_fr="<p>Asunción – Des procureurs.</p><p>Suite.</p>"
    )

    with translation.override("fr"):
        article = news_article_jsonld(rf.get("/"), release)

    assert article["description"] == "Asunción – Des procureurs. Suite."


def test_the_article_names_the_release_images_once_there_are_some(rf):
    release = ReleaseFactory(title_en="Seminar", slug_en="seminar")
    request = rf.get("/en/releases/seminar/")
    image = "http://testserver/media/seminar.jpg"

    with translation.override("en"):
        article = news_article_jsonld(request, release, images=[image])

    assert article["image"] == [image]


def test_release_page_with_its_article_stays_within_8_queries(
    client, django_assert_max_num_queries
):
    release = french_release(
        themes=ThemeFactory.create_batch(4), countries=["PY", "AR", "BR"]
    )
    for _ in range(3):
        ReleaseContactFactory(release=release)
        MentionFactory(release=release)

    with django_assert_max_num_queries(8):
        response = client.get("/fr/releases/seminaire-traite-paraguay/")

    assert len(article_on(response)["keywords"]) == 4
