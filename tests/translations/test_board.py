"""The translation board and the side-by-side view, as a translator and an
editor use them."""

import re

import pytest

from releases.models import Status as ReleaseStatus
from tests.factories import (
    OrganisationFactory,
    PressContactFactory,
    ReleaseContactFactory,
    ReleaseFactory,
    user_in,
)
from translations.models import Standing, TranslationState

pytestmark = pytest.mark.django_db

BOARD = "/admin/translations/translationstate/"
# Session, user, permissions, the page of things, its count, its cells, the
# counts and the offices to filter by: the same for 5 items as for 50.
BOARD_QUERIES = 12


def french_original(number=0, **fields):
    return ReleaseFactory(
        original_language="fr",
        title_fr=f"Séminaire {number}",
        slug_fr=f"seminaire-{number}",
        body_fr="<p>Les procureurs se sont réunis à Asunción.</p>",
        title_en=f"Seminar {number}",
        slug_en=f"seminar-{number}",
        body_en="<p>Prosecutors met in Asunción.</p>",
        **fields,
    )


def outdate(release):
    release.body_fr = "<p>Les procureurs se sont réunis à Encarnación.</p>"
    release.save()


def cells(page):
    """``{title: [status words by language]}`` as the board shows them."""
    rows = {}
    page = re.search(r'<table class="board".*?</table>', page, re.S).group(0)
    for row in re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", page, re.S):
        title = re.search(r'dir="auto">(.*?)</a>', row).group(1)
        rows[title] = re.findall(r'class="board-cell[^"]*">(?:<a [^>]*>)?([^<—]*)', row)
    return rows


@pytest.fixture
def editor(client):
    user = user_in("Editor")
    client.force_login(user)
    return user


def test_the_board_shows_each_release_in_each_language(client, editor):
    french_original(1)
    outdate(french_original(2))

    page = client.get(BOARD).content.decode()

    assert cells(page) == {
        "Séminaire 1": ["Current", "Original", "Missing", "Missing"],
        "Séminaire 2": ["Outdated", "Original", "Missing", "Missing"],
    }


def test_the_board_filters_by_language_and_status_and_counts(client, editor):
    for number in range(3):
        french_original(number)
    outdate(french_original(9))

    page = client.get(BOARD, {"language": "en", "status": "outdated"}).content.decode()

    assert cells(page) == {"Séminaire 9": ["Outdated"]}
    counts = re.search(r'<table class="board-counts".*?</table>', page, re.S).group(0)
    english = re.search(r"<th scope=\"row\">English</th>(.*?)</tr>", counts).group(1)
    assert re.findall(r">(\d+)</a>", english) == ["0", "0", "3", "1"]


def test_the_board_filters_by_office_date_and_title(client, editor):
    asuncion = OrganisationFactory(name_en="IOM Paraguay")
    contact = PressContactFactory(office=asuncion)
    ReleaseContactFactory(release=french_original(1), contact=contact)
    french_original(2)

    by_office = client.get(BOARD, {"office": asuncion.pk}).content.decode()
    by_title = client.get(BOARD, {"q": "naire 2"}).content.decode()

    assert list(cells(by_office)) == ["Séminaire 1"]
    assert list(cells(by_title)) == ["Séminaire 2"]


def test_the_board_asks_as_many_queries_for_fifty_as_for_five(
    client, editor, django_assert_max_num_queries
):
    for number in range(5):
        french_original(number)
    with django_assert_max_num_queries(BOARD_QUERIES):
        client.get(BOARD)
    for number in range(5, 50):
        french_original(number)

    with django_assert_max_num_queries(BOARD_QUERIES):
        page = client.get(BOARD, {"status": "current"}).content.decode()
    assert len(cells(page)) == 50


@pytest.mark.parametrize(
    "query",
    [
        {"since": "not a date"},
        {"kind": "nothing"},
        {"status": "lost"},
        {"office": "x"},
        {"page": "9999"},
        {"sort": "pk; drop"},
    ],
)
def test_bad_filters_are_said_never_a_500(client, editor, query):
    french_original()

    response = client.get(BOARD, query)

    assert response.status_code == 200


def test_readers_and_strangers_cannot_see_the_board(client):
    assert client.get(BOARD).status_code == 302  # to the admin's sign-in


def test_side_by_side_marks_what_changed_in_the_original_and_confirms(client, editor):
    release = french_original()
    outdate(release)
    english = TranslationState.objects.get(object_id=release.pk, language="en")
    address = f"{BOARD}{english.pk}/side-by-side/"

    page = client.get(address).content.decode()

    assert "<del>Asunción.</del><ins>Encarnación.</ins>" in page
    assert "Prosecutors met in Asunción." in page
    response = client.post(address, {"confirm": "1"})
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.standing == Standing.CURRENT
    assert english.confirmed_by == editor
    # The English itself is untouched.
    release.refresh_from_db()
    assert release.body_en == "<p>Prosecutors met in Asunción.</p>"
    assert "<ins>" not in client.get(address).content.decode()


def test_side_by_side_saves_a_fixed_translation_as_confirmed(client, editor):
    release = french_original(
        status=ReleaseStatus.DRAFT,
        publish_at=None,
        first_published_at=None,
        created_by=editor,
    )
    outdate(release)
    english = TranslationState.objects.get(object_id=release.pk, language="en")

    response = client.post(
        f"{BOARD}{english.pk}/side-by-side/",
        {
            "title_en": "Seminar 0",
            "summary_en": "",
            "body_en": "<p>Prosecutors met in Encarnación.</p>",
            "save": "1",
        },
    )

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.body_en == "<p>Prosecutors met in Encarnación.</p>"
    # Only English was written: the French and every other language as they were.
    assert release.body_fr == "<p>Les procureurs se sont réunis à Encarnación.</p>"
    assert release.title_fr == "Séminaire 0"
    english.refresh_from_db()
    assert english.standing == Standing.CURRENT


def test_a_contributor_sees_but_cannot_confirm(client):
    client.force_login(user_in("Contributor"))
    release = french_original()
    outdate(release)
    english = TranslationState.objects.get(object_id=release.pk, language="en")
    address = f"{BOARD}{english.pk}/side-by-side/"

    assert client.get(address).status_code == 200
    assert client.post(address, {"confirm": "1"}).status_code == 403
    english.refresh_from_db()
    assert english.standing == Standing.OUTDATED


def test_the_kept_counts_follow_a_change_at_once(
    client, editor, settings, django_capture_on_commit_callbacks
):
    settings.SHARED_CACHE = settings.FRAGMENT_CACHE = True
    release = french_original()
    query = {"language": "en", "status": "outdated"}
    assert cells(client.get(BOARD, query).content.decode()) == {}

    with django_capture_on_commit_callbacks(execute=True):
        outdate(release)

    page = client.get(BOARD, query).content.decode()
    assert cells(page) == {"Séminaire 0": ["Outdated"]}
    assert "1 item" in page


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Tableau des traductions", "Statut", "Périmée", "Tous les bureaux"]),
        ("ar", ["لوحة الترجمات", "الحالة", "قديمة", "كل المكاتب"]),
    ],
)
def test_the_board_speaks_the_editors_language(client, editor, language, words):
    outdate(french_original())
    client.cookies["django_language"] = language

    page = client.get(BOARD).content.decode()

    for word in words:
        assert word in page
    for english in ["Status", "Outdated", "All offices", "Standing"]:
        assert f">{english}<" not in page
