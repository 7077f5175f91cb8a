"""A release's texts out to a translation agency as a PO file and back into
one language: every other language untouched; a wrong, broken or incomplete
file refused with a clear message, changing nothing."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from releases.models import Release
from releases.models import Status as ReleaseStatus
from tests.factories import ReleaseFactory, user_in
from translations.models import Standing, TranslationState

pytestmark = pytest.mark.django_db

BOARD = "/admin/translations/translationstate/"
LANGUAGE_FIELDS = [
    f"{name}_{code}"
    for name in ("title", "slug", "summary", "body", "dateline_place")
    for code in ("en", "fr", "es", "ar")
]


@pytest.fixture
def editor(client):
    user = user_in("Editor")
    client.force_login(user)
    return user


@pytest.fixture
def release(editor):
    return ReleaseFactory(
        original_language="fr",
        title_fr="Séminaire sur la traite",
        slug_fr="seminaire-sur-la-traite",
        summary_fr="Un séminaire.",
        body_fr="<p>Les procureurs se sont réunis.</p><p>Ils ont signé.</p>",
        dateline_place_fr="Asunción",
        title_en="Seminar on trafficking",
        slug_en="seminar-on-trafficking",
        body_en="<p>Prosecutors met.</p>",
        title_ar="ندوة",
        slug_ar="nadwa",
        body_ar="<p>نص.</p>",
        status=ReleaseStatus.DRAFT,
        publish_at=None,
        first_published_at=None,
        created_by=editor,
    )


def state(release, language):
    return TranslationState.objects.get(object_id=release.pk, language=language)


def exported(client, release, language):
    response = client.get(f"{BOARD}{state(release, language).pk}/file/")
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def bring_in(client, release, language, document, name="back.po"):
    data = str(document).encode() if isinstance(document, polib.POFile) else document
    response = client.post(
        f"{BOARD}{state(release, language).pk}/file/",
        {"file": SimpleUploadedFile(name, data)},
        follow=True,
    )
    assert response.status_code == 200
    return " ".join(m.message for m in response.context["messages"])


def translated(document, texts):
    for entry in document:
        entry.msgstr = texts.get(entry.msgctxt, entry.msgstr)
    return document


def snapshot(release):
    release = Release.objects.get(pk=release.pk)
    return {name: getattr(release, name) for name in LANGUAGE_FIELDS}


SPANISH = {
    "title": "Seminario sobre la trata",
    "summary": "Un seminario.",
    "body": "<p>Los fiscales se reunieron.</p><p>Firmaron.</p>",
    "dateline_place": "Asunción",
}


def test_the_file_holds_the_original_and_names_the_release_and_languages(
    client, release
):
    document = exported(client, release, "en")

    assert document.metadata["Language"] == "en"
    assert document.metadata["X-Newsroom-Source-Language"] == "fr"
    assert document.metadata["X-Newsroom-Item"] == f"release {release.pk}"
    units = {entry.msgctxt: (entry.msgid, entry.msgstr) for entry in document}
    assert units["title"] == ("Séminaire sur la traite", "Seminar on trafficking")
    assert units["body"][0] == (
        "<p>Les procureurs se sont réunis.</p><p>Ils ont signé.</p>"
    )
    assert set(units) == {"title", "summary", "body", "dateline_place"}


def test_a_round_trip_fills_one_language_and_leaves_every_other_untouched(
    client, release
):
    before = snapshot(release)
    document = translated(exported(client, release, "es"), SPANISH)

    said = bring_in(client, release, "es", document)

    assert "brought in" in said
    after = snapshot(release)
    changed = {name for name in LANGUAGE_FIELDS if before[name] != after[name]}
    assert changed == {
        "title_es",
        "slug_es",
        "summary_es",
        "body_es",
        "dateline_place_es",
    }
    assert after["body_es"] == SPANISH["body"]
    assert state(release, "es").standing == Standing.CURRENT


def test_a_file_translated_from_an_older_original_leaves_it_outdated(client, release):
    document = translated(exported(client, release, "es"), SPANISH)
    release.body_fr = "<p>Les procureurs se sont réunis à Asunción.</p>"
    release.save()

    bring_in(client, release, "es", document)

    es = state(release, "es")
    assert es.standing == Standing.OUTDATED
    assert es.source_text["body"] == (
        "<p>Les procureurs se sont réunis.</p><p>Ils ont signé.</p>"
    )


def refused(client, release, language, document):
    before = snapshot(release)
    said = bring_in(client, release, language, document)
    assert snapshot(release) == before
    assert "Nothing was changed." in said
    return said


def test_a_file_for_another_release_is_refused(client, release, editor):
    other = ReleaseFactory(title_fr="Autre", slug_fr="autre", body_fr="<p>x</p>")
    document = translated(exported(client, other, "es"), SPANISH)

    said = refused(client, release, "es", document)

    assert f"for something else (release {other.pk})" in said


def test_a_file_in_another_language_is_refused(client, release):
    document = translated(exported(client, release, "es"), SPANISH)

    said = refused(client, release, "en", document)

    assert "This file is in Spanish; it can only be brought into English." in said


def test_missing_and_extra_units_are_refused_naming_them(client, release):
    document = translated(exported(client, release, "es"), SPANISH)
    document.remove(next(entry for entry in document if entry.msgctxt == "summary"))
    document.append(polib.POEntry(msgctxt="slug", msgid="x", msgstr="y"))

    said = refused(client, release, "es", document)

    assert "missing units: summary" in said
    assert "units this file should not have: slug" in said


def test_untranslated_and_fuzzy_units_are_refused(client, release):
    document = translated(exported(client, release, "es"), {"title": "Seminario"})
    next(entry for entry in document if entry.msgctxt == "title").flags.append("fuzzy")

    said = refused(client, release, "es", document)

    assert "not translated: body" in said
    assert "still marked as needing review: title" in said


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe not text", b'msgid "unterminated', b"<xliff/>"],
    ids=["empty", "not utf-8", "broken", "another format"],
)
def test_a_broken_file_is_refused_with_a_clear_message(client, release, data):
    said = refused(client, release, "es", data)

    assert "not a PO file" in said or "This file is for something else" in said


def test_html_brought_in_is_cleaned_as_the_admin_cleans_it(client, release):
    document = translated(
        exported(client, release, "es"),
        {**SPANISH, "body": '<p onclick="x()">Texto<script>alert(1)</script></p>'},
    )

    bring_in(client, release, "es", document)

    body = Release.objects.get(pk=release.pk).body_es
    assert "script" not in body and "onclick" not in body
    assert "Texto" in body


def test_a_contributor_may_download_but_not_bring_in(client, release):
    client.force_login(user_in("Contributor", username="writer"))
    es = state(release, "es")

    assert client.get(f"{BOARD}{es.pk}/file/").status_code == 200
    response = client.post(
        f"{BOARD}{es.pk}/file/", {"file": SimpleUploadedFile("x.po", b"")}
    )
    assert response.status_code == 403
