"""Searching the release list: each language with its own stemming, Arabic
however it is spelt, ranked and highlighted, and never a release that is not
public."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.http import QueryDict
from django.utils import timezone

from tests.factories import ReleaseFactory
from tests.releases.searching import (
    found,
    needs_postgresql,
    search_page,
    snippet_of,
    sqlite_only,
    written_in,
)
from tests.releases.test_visibility import release_in

pytestmark = pytest.mark.django_db

# ----- stemming and spelling, per language -----


@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("fr", "traites", "La lutte contre la traite des personnes continue"),
        ("es", "migrantes", "Una mujer migrante llegó a Asunción"),
        ("en", "resettled", "The resettlement programme opens in March"),
    ],
)
def test_a_word_finds_its_other_forms_in_the_readers_language(
    client, language, query, text
):
    release = written_in(language, "Asunción", text)
    written_in(language, "Ginebra", "Lorem ipsum dolor sit amet")

    assert found(client, language, query) == [release.pk]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        pytest.param("الأمم", "بيان الامم المتحدة", id="query-hamza-text-bare-alef"),
        pytest.param("الامم", "بيان الأمم المتحدة", id="query-bare-alef-text-hamza"),
        pytest.param("إعادة", "برنامج اعادة التوطين", id="hamza-below"),
        pytest.param(
            "المهاجرين", "دعم الْمُهَاجِرِينَ في المنطقة", id="query-without-diacritics"
        ),
        pytest.param(
            "الْمُهَاجِرِينَ", "دعم المهاجرين في المنطقة", id="query-with-diacritics"
        ),
        pytest.param("المنظمه", "بيان المنظمة الدولية", id="query-haa-text-taa"),
        pytest.param("المنظمة", "بيان المنظمه الدولية", id="query-taa-text-haa"),
        pytest.param("المهاجرين", "دعم المهـــاجرين في المنطقة", id="text-tatweel"),
        pytest.param("المهـــاجرين", "دعم المهاجرين في المنطقة", id="query-tatweel"),
        pytest.param("مستشفى", "افتتاح مستشفي جديد", id="alef-maksura"),
    ],
)
def test_an_arabic_query_finds_the_text_however_either_is_spelt(client, query, text):
    release = written_in("ar", "عنوان", text)
    written_in("ar", "عنوان آخر", "نص لا علاقة له بالسؤال")

    assert found(client, "ar", query) == [release.pk]


@pytest.mark.parametrize("query", ["migracion", "MIGRACIÓN", "Migración"])
def test_case_and_spanish_accents_do_not_matter(client, query):
    release = written_in("es", "Título", "La migración segura")

    assert found(client, "es", query) == [release.pk]


@sqlite_only
@pytest.mark.parametrize("query", ["refugies", "RÉFUGIÉS", "Refugiés"])
def test_without_postgresql_case_and_accents_never_matter(client, query):
    release = written_in("fr", "Titre", "Accueil des réfugiés")

    assert found(client, "fr", query) == [release.pk]


# ----- websearch syntax (PostgreSQL) -----


@needs_postgresql
def test_a_quoted_phrase_matches_only_its_words_side_by_side(client):
    together = written_in("en", "Borders", "New border management rules")
    apart = written_in("en", "Borders", "The border is open; management is new")

    assert found(client, "en", '"border management"') == [together.pk]
    assert set(found(client, "en", "border management")) == {together.pk, apart.pk}


@needs_postgresql
def test_a_minus_sign_excludes_a_word(client):
    floods = written_in("en", "Floods", "Floods in the south")
    both = written_in("en", "Storm", "Floods after the cyclone")

    assert found(client, "en", "floods -cyclone") == [floods.pk]
    assert set(found(client, "en", "floods")) == {floods.pk, both.pk}


@needs_postgresql
def test_or_finds_either_word(client):
    cholera = written_in("en", "Health", "Cholera cases are falling")
    measles = written_in("en", "Health", "Measles vaccination starts")
    written_in("en", "Health", "Malaria nets arrive")

    assert set(found(client, "en", "cholera OR measles")) == {cholera.pk, measles.pk}


@sqlite_only
def test_without_postgresql_every_word_must_appear_and_syntax_is_plain_text(
    client,
):
    # The documented fallback: quotes, minus signs and OR are not operators.
    both = written_in("en", "Storm", "The border is open; management is new")
    written_in("en", "Floods", "Floods in the south")

    assert found(client, "en", '"border management"') == [both.pk]
    assert found(client, "en", "border -management") == [both.pk]
    assert found(client, "en", "border OR floods") == []


# ----- ranking -----


@needs_postgresql
def test_a_title_match_ranks_above_a_body_only_match(client):
    now = timezone.now()
    in_title = written_in(
        "en",
        "Cholera outbreak response",
        "Teams are on the ground",
        publish_at=now - timedelta(days=3),
    )
    in_body = written_in(
        "en",
        "Weekly update",
        "Teams report a few cholera cases",
        publish_at=now - timedelta(hours=2),
    )

    assert found(client, "en", "cholera") == [in_title.pk, in_body.pk]


@sqlite_only
def test_without_postgresql_results_come_newest_first(client):
    now = timezone.now()
    older = written_in(
        "en", "Cholera outbreak", "Teams", publish_at=now - timedelta(days=3)
    )
    newer = written_in(
        "en", "Weekly", "A few cholera cases", publish_at=now - timedelta(hours=2)
    )

    assert found(client, "en", "cholera") == [newer.pk, older.pk]


# ----- languages -----


def test_only_releases_in_the_readers_language_are_found(client):
    french = written_in("fr", "Traite", "La traite des personnes")
    both = written_in("en", "Trafficking", "The fight goes on", title_fr="Traite")
    both.body_fr = "<p>Contre la traite des personnes</p>"
    both.save()

    assert set(found(client, "fr", "traite")) == {french.pk, both.pk}
    assert found(client, "en", "traite") == []


def test_all_languages_finds_a_french_only_release_from_english_pages(client):
    release = written_in("fr", "Contre la traite", "La traite des personnes")

    response = search_page(client, "en", "traite", scope="all")

    assert response.context["cards"].pks == [release.pk]
    link = f'<a href="/fr/releases/{release.slug_fr}/" lang="fr" dir="auto">'
    assert link in response.text
    assert "(in French)" in response.text
    assert "<mark>traite</mark>" in snippet_of(response, release)


# ----- snippets -----


def test_the_matched_word_is_marked_in_the_result(client):
    release = written_in(
        "en", "News", "Families will see resettlement places double next year"
    )

    response = search_page(client, "en", "resettled")

    assert "<mark>resettlement</mark>" in snippet_of(response, release)


def test_the_matched_word_is_marked_in_text_with_ordinary_punctuation(client):
    release = written_in(
        "en", "News", "After the floods, families will see resettlement places double."
    )

    response = search_page(client, "en", "resettled")

    assert "<mark>resettlement</mark>" in snippet_of(response, release)


@pytest.mark.parametrize(
    ("query", "text", "written"),
    [
        pytest.param("المنظمه", "بيان المنظمة الدولية للهجرة", "المنظمة", id="taa"),
        pytest.param("المهاجرين", "دعم الْمُهَاجِرِينَ هنا", "الْمُهَاجِرِينَ", id="harakat"),
        pytest.param("الامم", "بيان الأمم المتحدة", "الأمم", id="hamza"),
        pytest.param("المهاجرين", "دعم المهـــاجرين هنا", "المهـــاجرين", id="tatweel"),
    ],
)
def test_arabic_words_are_shown_as_written_not_as_indexed(client, query, text, written):
    release = written_in("ar", "عنوان", text)

    snippet = snippet_of(search_page(client, "ar", query), release)

    assert f"<mark>{written}</mark>" in snippet
    assert snippet.split() == [
        f"<mark>{written}</mark>" if w == written else w for w in text.split()
    ]


def test_html_written_as_text_in_the_body_never_becomes_markup(client):
    ReleaseFactory(
        title_en="Smuggling report",
        summary_en="",
        body_en="<p>Police found &lt;script&gt;alert(1)&lt;/script&gt; in the "
        "smuggling files</p>",
    )

    response = search_page(client, "en", "smuggling")

    assert response.status_code == 200
    assert "<script>alert" not in response.text


def test_html_written_as_text_in_the_body_is_shown_escaped_in_the_snippet(client):
    release = ReleaseFactory(
        title_en="Smuggling report",
        body_en="<p>Police found &lt;script&gt;alert(1)&lt;/script&gt; in the "
        "smuggling files</p>",
    )

    snippet = snippet_of(search_page(client, "en", "smuggling"), release)

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in snippet
    assert "<mark>smuggling</mark>" in snippet


def test_every_result_on_a_later_page_has_its_snippet(client):
    now = timezone.now()
    for n in range(25):
        written_in(
            "en",
            f"Update {n}",
            "Families will see resettlement places double next year",
            publish_at=now - timedelta(hours=n + 1),
        )

    first = search_page(client, "en", "resettled")
    second = search_page(client, "en", "resettled", page=2)

    shown = first.context["cards"].pks
    shown_next = second.context["cards"].pks
    assert len(shown) == 20
    assert len(shown_next) == 5
    assert not set(shown) & set(shown_next)
    assert second.text.count("<mark>resettlement</mark>") == 5


def test_the_page_repeats_the_query_as_the_reader_wrote_it(client):
    # Normalising is how search compares words, not how readers spell them:
    # ة written as ه is a misspelling to an Arabic reader.
    written_in("ar", "عنوان", "بيان المنظمة الدولية للهجرة")

    response = search_page(client, "ar", "المنظمة")

    count = re.search(r'<p class="result-count"[^>]*>(.*?)</p>', response.text)
    assert "المنظمة" in count.group(1)
    assert "المنظمه" not in count.group(1)
    for facet in response.context["facets"]:
        for value in facet["values"]:
            assert QueryDict(value["query_string"])["q"] == "المنظمة"


# ----- no surface leaks -----


@pytest.mark.parametrize("state", ["draft", "in_review", "embargoed", "withdrawn"])
def test_a_release_that_is_not_public_is_never_found(client, state):
    public = ReleaseFactory(body_en="<p>Cyclone relief</p>")
    release_in(state, body_en="<p>Cyclone relief</p>")

    assert found(client, "en", "cyclone") == [public.pk]
    assert found(client, "en", "cyclone", scope="all") == [public.pk]


def test_an_embargoed_release_is_found_at_its_time_with_no_action(client):
    release = release_in("embargoed", body_en="<p>Cyclone relief</p>")

    assert found(client, "en", "cyclone") == []
    with time_machine.travel(release.publish_at + timedelta(minutes=1), tick=False):
        assert found(client, "en", "cyclone") == [release.pk]
