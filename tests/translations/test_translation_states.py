"""A translation knows the original it was made from: changing the original
marks it outdated on the board and on its public page; saving the
translation, or confirming it as checked, makes it current again."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from releases.models import Release
from releases.models import Status as ReleaseStatus
from tests.admin_forms import change_url, form_data
from tests.factories import (
    EventFactory,
    OfficialFactory,
    ReleaseFactory,
    ThemeFactory,
    user_in,
)
from translations.models import Standing, TranslationState
from translations.states import KINDS, sync_all

pytestmark = pytest.mark.django_db

BOARD = "/admin/translations/translationstate/"


def french_original(**fields):
    return ReleaseFactory(
        original_language="fr",
        title_fr="Séminaire sur la traite",
        slug_fr="seminaire-sur-la-traite",
        summary_fr="Un séminaire.",
        body_fr="<p>Les procureurs se sont réunis à Asunción.</p>",
        dateline_place_fr="Asunción",
        title_en="Seminar on trafficking",
        slug_en="seminar-on-trafficking",
        summary_en="A seminar.",
        body_en="<p>Prosecutors met in Asunción.</p>",
        **fields,
    )


def states(item):
    return dict(
        TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(item), object_id=item.pk
        ).values_list("language", "standing")
    )


def note(client, release, language="en"):
    page = client.get(release.url_in(language)).content.decode()
    found = re.search(r'<p id="translation-status".*?</p>', page, re.S)
    return found and found.group(0)


def test_each_language_of_a_release_has_its_state():
    release = french_original()

    assert states(release) == {
        "fr": Standing.ORIGINAL,
        "en": Standing.CURRENT,
        "es": Standing.MISSING,
        "ar": Standing.MISSING,
    }


@pytest.mark.parametrize(
    "change",
    [
        {"title_fr": "Séminaire régional sur la traite"},
        {"summary_fr": "Un séminaire régional."},
        {"body_fr": "<p>Les procureurs se sont réunis à Encarnación.</p>"},
    ],
    ids=["title", "summary", "body"],
)
def test_changing_the_original_outdates_its_translation_on_the_board_and_page(
    client, change
):
    release = french_original()
    assert note(client, release) is None

    for name, value in change.items():
        setattr(release, name, value)
    release.save()

    assert states(release)["en"] == Standing.OUTDATED
    shown = note(client, release)
    assert "The original, in French, was updated on" in shown
    assert f'href="{release.url_in("fr")}"' in shown
    # The original's own page says nothing of it.
    assert note(client, release, "fr") is None


def test_what_is_not_the_text_leaves_translations_current(client):
    release = french_original()

    release.dateline_place_fr = "Encarnación"
    release.countries = ["PY", "AR"]
    release.body_fr = release.body_fr.replace("<p>", "<p>  ")
    release.save()

    assert states(release)["en"] == Standing.CURRENT


def test_saving_the_translation_makes_it_current_again(client):
    release = french_original()
    release.body_fr = "<p>Les procureurs se sont réunis à Encarnación.</p>"
    release.save()

    release.body_en = "<p>Prosecutors met in Encarnación.</p>"
    release.save()

    assert states(release)["en"] == Standing.CURRENT
    assert note(client, release) is None


def test_a_translation_emptied_is_missing_and_one_written_is_current():
    release = french_original()

    release.title_en = release.summary_en = release.body_en = ""
    release.slug_en = ""
    release.save()
    assert states(release)["en"] == Standing.MISSING

    release.title_es, release.slug_es = "Seminario", "seminario"
    release.body_es = "<p>Los fiscales se reunieron.</p>"
    release.save()
    assert states(release)["es"] == Standing.CURRENT


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: EventFactory(title_fr="Séminaire"), "title_en"),
        (lambda: OfficialFactory(position_fr="Procureur général"), "position_en"),
        (lambda: ThemeFactory(), "name_en"),
    ],
    ids=["event", "official's position", "theme"],
)
def test_events_positions_and_themes_are_followed_too(make, field):
    item = make()
    assert states(item)["en"] == Standing.ORIGINAL
    assert states(item)["fr"] == Standing.CURRENT

    setattr(item, field, getattr(item, field) + " (changed)")
    item.save()

    assert states(item)["fr"] == Standing.OUTDATED
    assert states(item)["es"] == Standing.MISSING


def test_a_deleted_release_leaves_no_state():
    release = french_original()
    pk = release.pk

    release.delete()

    assert not TranslationState.objects.filter(object_id=pk).exists()


def test_content_made_without_saving_each_thing_is_brought_in_by_the_command():
    release = french_original()
    TranslationState.objects.all().delete()
    Release.objects.bulk_create(
        [
            Release(
                title_en="Bulk",
                slug_en="bulk",
                body_en="<p>Bulk.</p>",
                original_language="en",
            )
        ]
    )

    call_command("sync_translations", stdout=None)

    assert states(release)["en"] == Standing.CURRENT
    bulk = Release.objects.get(slug_en="bulk")
    assert states(bulk) == {
        "en": Standing.ORIGINAL,
        "fr": Standing.MISSING,
        "es": Standing.MISSING,
        "ar": Standing.MISSING,
    }
    # Run again: nothing changes.
    before = list(
        TranslationState.objects.values_list("pk", "standing", "confirmed_at")
    )
    sync_all(KINDS["release"])
    after = list(TranslationState.objects.values_list("pk", "standing", "confirmed_at"))
    assert before == after


def test_an_admin_save_of_the_translation_records_who_made_it(client):
    editor = user_in("Editor")
    release = french_original(
        created_by=editor,
        status=ReleaseStatus.DRAFT,
        publish_at=None,
        first_published_at=None,
    )
    release.body_fr = "<p>Les procureurs se sont réunis à Encarnación.</p>"
    release.save()
    client.force_login(editor)

    response = client.post(
        change_url(release),
        form_data(release, _save="", body_en="<p>Prosecutors met in Encarnación.</p>"),
    )

    assert response.status_code == 302
    state = TranslationState.objects.get(object_id=release.pk, language="en")
    assert state.standing == Standing.CURRENT
    assert state.confirmed_by == editor
