"""Searching the release list: each language with its own stemming, Arabic
however it is spelt, ranked and highlighted, and never a release that is not
public."""

import re
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django.utils import timezone

from releases import search
from releases.models import Release
from tests.factories import ReleaseFactory, ThemeFactory
from tests.releases.test_visibility import release_in

pytestmark = pytest.mark.django_db

POSTGRESQL = connection.vendor == "postgresql"
needs_postgresql = pytest.mark.skipif(
    not POSTGRESQL,
    reason="stemming, ranking, websearch syntax and ts_headline: full-text "
    "search needs PostgreSQL",
)
sqlite_only = pytest.mark.skipif(
    POSTGRESQL, reason="the simple fallback search runs where PostgreSQL is absent"
)

ENGLISH_FIELDS = ("title", "slug", "summary", "body", "dateline_place")


def written_in(language, title, body, **fields):
    """A public release in ``language`` only, its body one paragraph."""
    only = {} if language == "en" else {f"{f}_en": "" for f in ENGLISH_FIELDS}
    return ReleaseFactory(
        original_language=language,
        **only,
        **{f"title_{language}": title, f"body_{language}": f"<p>{body}</p>"},
        **fields,
    )


def search_page(client, language, query, **params):
    return client.get(f"/{language}/releases/", {"q": query, **params})


def found(client, language, query, **params):
    """The releases the reader of ``language`` finds, in the order shown."""
    response = search_page(client, language, query, **params)
    assert response.status_code == 200
    return [release.pk for release in response.context["releases"]]


def snippet_of(response, release):
    """The highlighted passage shown under ``release``'s title."""
    title = re.escape(release.for_reader()["title"])
    card = re.search(
        rf"{title}</a>.*?<p class=\"release-card__lead snippet\"[^>]*>(.*?)</p>",
        response.text,
        re.S,
    )
    assert card, "no snippet under the release's title"
    return card.group(1)


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

    assert [r.pk for r in response.context["releases"]] == [release.pk]
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

    shown = [r.pk for r in first.context["releases"]]
    shown_next = [r.pk for r in second.context["releases"]]
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


# ----- bad input -----


NO_RESULTS = "No release matches"


@pytest.mark.parametrize(
    "query",
    [
        pytest.param('"border management', id="unbalanced-quote"),
        pytest.param('border management"', id="closing-quote-only"),
        pytest.param("\u202eborder\u200f management", id="bidi-marks"),
        pytest.param("\u200fborder\u202c \u2066management\u2069", id="isolates"),
        pytest.param("!border management", id="bang"),
        pytest.param("border:* management", id="prefix-operator"),
        pytest.param("(border) (management)", id="parentheses"),
        pytest.param("border* management", id="star"),
        pytest.param("border & management", id="and"),
        pytest.param("border <-> management", id="followed-by"),
        pytest.param("border: management|", id="colon-pipe"),
    ],
)
def test_odd_characters_around_words_still_find_them(client, query):
    release = written_in("en", "Borders", "New border management rules")

    assert found(client, "en", query) == [release.pk]


@pytest.mark.parametrize(
    "query",
    ["& | ! : * ( ) <->", "<->", "!", "'", '"', "\\", "-", "--", "' OR 1=1 --"],
)
def test_operators_alone_give_a_page_never_an_error(client, query):
    ReleaseFactory(body_en="<p>Border management</p>")

    response = search_page(client, "en", query)

    assert response.status_code == 200
    assert response.context["releases"] or NO_RESULTS in response.text


@needs_postgresql
@pytest.mark.parametrize("query", ["-", "& | ! : * ( ) <->"])
def test_a_query_with_no_word_is_an_empty_page_that_says_so(client, query):
    ReleaseFactory(body_en="<p>Border management</p>")

    response = search_page(client, "en", query)

    assert response.context["releases"] == []
    assert NO_RESULTS in response.text


@needs_postgresql
def test_only_stop_words_is_an_empty_page_that_explains_why(client):
    ReleaseFactory(body_en="<p>The state of the art and more</p>")

    response = search_page(client, "en", "the of and")

    assert response.status_code == 200
    assert response.context["releases"] == []
    assert NO_RESULTS in response.text
    assert "Very common words" in response.text


def test_only_stop_words_is_never_an_error(client):
    ReleaseFactory(body_en="<p>The state of the art and more</p>")

    response = search_page(client, "en", "the of and")

    assert response.status_code == 200
    assert response.context["releases"] or NO_RESULTS in response.text


def test_a_1000_character_query_is_a_400_that_says_to_shorten_it(client):
    ReleaseFactory()

    response = search_page(client, "en", "word " * 200)

    assert response.status_code == 400
    assert "Shorten your search to 300 characters." in response.text
    assert response.context["releases"] == []


def test_a_query_of_the_longest_length_allowed_is_searched(client):
    release = written_in("en", "Borders", "New border management rules")

    query = ("border " * 50)[: search.MAX_QUERY_LENGTH]

    assert found(client, "en", query) == [release.pk]


def test_a_nul_byte_in_the_query_is_refused_with_a_message(client):
    response = search_page(client, "en", "border\x00")

    assert response.status_code == 400
    assert "not allowed" in response.text


def test_a_query_mixing_scripts_finds_text_with_both(client):
    release = written_in("ar", "عنوان", "أعلنت IOM المنظمة الدولية للهجرة")
    written_in("ar", "عنوان آخر", "أعلنت المنظمة الدولية للهجرة")
    written_in("ar", "عنوان ثالث", "أعلنت IOM اليوم")

    assert found(client, "ar", "IOM المنظمة") == [release.pk]


@pytest.mark.parametrize("query", ["", "   ", "\u200f\u202e"])
def test_an_empty_query_lists_every_release(client, query):
    releases = ReleaseFactory.create_batch(3)

    response = search_page(client, "en", query)

    assert {r.pk for r in response.context["releases"]} == {r.pk for r in releases}
    assert NO_RESULTS not in response.text


def test_a_word_found_nowhere_is_an_empty_page_that_says_so(client):
    ReleaseFactory()

    response = search_page(client, "en", "zanzibarian")

    assert response.status_code == 200
    assert response.context["releases"] == []
    assert "No release matches “zanzibarian”." in response.text


# ----- performance -----


@pytest.mark.parametrize(
    "extra", [{}, {"scope": "all"}, {"page": 2}], ids=["filters", "all", "page-2"]
)
def test_a_search_with_filters_runs_at_most_10_queries(
    client, django_assert_max_num_queries, extra
):
    theme = ThemeFactory()
    now = timezone.now()
    for n in range(30):
        ReleaseFactory(
            body_en="<p>Cyclone relief reaches the north</p>",
            countries=["PY", "BR"],
            themes=[theme],
            publish_at=now - timedelta(hours=n + 1),
        )

    with django_assert_max_num_queries(10):
        response = search_page(
            client, "en", "cyclone", country="PY", theme=theme.slug_en, **extra
        )

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 30
    assert response.text.count("<mark>") == len(response.context["releases"])


@needs_postgresql
def test_the_search_uses_the_gin_index():
    ReleaseFactory.create_batch(2, title_fr="Traite", body_fr="<p>La traite</p>")
    ReleaseFactory.create_batch(
        20, title_fr="Inondations", body_fr="<p>Les pluies continuent</p>"
    )
    releases = search.search(
        Release.objects.public().available_in("fr"), "traite", ["fr"]
    )

    with connection.cursor() as cursor:
        # What autovacuum does to a live table, which a test's transaction
        # never sees: new entries merged into the GIN index (the planner
        # avoids an index whose pending list is long) and statistics taken.
        cursor.execute(
            "SELECT gin_clean_pending_list('releases_release_search_fr_gin'::regclass)"
        )
        cursor.execute("ANALYZE releases_release")
        # A table this small is cheaper to read whole: forbid that to see
        # which index the planner chooses.
        cursor.execute("SET enable_seqscan = off")
    try:
        plan = releases.explain()
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET enable_seqscan")

    assert releases.count() == 2
    assert "releases_release_search_fr_gin" in plan


# ----- the index -----


@needs_postgresql
def test_rebuilding_the_index_finds_text_changed_behind_saves_back(client):
    release = written_in("fr", "Communiqué", "Un texte")
    Release.objects.filter(pk=release.pk).update(title_fr="Inondations au nord")

    assert found(client, "fr", "inondation") == []

    output = StringIO()
    call_command("rebuild_search_index", stdout=output)

    assert "rebuilt for 1 release" in output.getvalue()
    assert found(client, "fr", "inondation") == [release.pk]


@sqlite_only
def test_without_postgresql_text_changed_behind_saves_back_is_found_at_once(
    client,
):
    release = written_in("fr", "Communiqué", "Un texte")
    Release.objects.filter(pk=release.pk).update(title_fr="Inondations au nord")

    assert found(client, "fr", "inondation") == [release.pk]
