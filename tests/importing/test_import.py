"""Importing old releases into drafts: what lands in the database, what an
editor finds in the admin, and what readers see (nothing, until published
and confirmed)."""

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from contacts.models import Official, Organisation, PressContact
from importing import saving
from importing.models import ImportedText
from releases import workflow
from releases.models import Mention, Release, ReleaseContact, Status
from tests.admin_people import logged_in
from tests.factories import OfficialFactory, PressContactFactory, visible_text

pytestmark = pytest.mark.django_db

SEED = (
    Path(__file__).parent / "seed" / "iom-paraguay-counter-trafficking-seminar.fr.txt"
)
SAMPLES = Path(__file__).parent / "import_samples"
TITLE = "Séminaire sur la lutte contre la traite au Paraguay"
ATTORNEYS_GENERAL = {
    "Javier Diaz Verón": "Procureur général du Paraguay",
    "Jorge Chabarria Guzman": "Procureur général du Costa Rica",
    "Jorge Diaz Almeida": "Procureur général de l’Uruguay",
    "Rodrigo Janot Monteiro De Barros": "Procureur général du Brésil",
}
EXPERTS = {"Argentina Santacruz", "Gaby Rengifo", "Erika Rojas"}


def run(*paths, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_releases", *map(str, paths), stdout=out, stderr=err, **options)
    return out.getvalue() + err.getvalue()


def seed_release():
    return Release.objects.get(title_fr=TITLE)


def people_listed(response):
    """The "People in this release" box, as text ("" when there is none)."""
    found = re.search(
        r'<aside class="release__people".*?</aside>', response.content.decode(), re.S
    )
    return strip_tags(found.group()) if found else ""


# ----- the seed, imported -----


def test_the_seed_becomes_one_french_draft_with_its_facts():
    report = run(SEED)

    release = seed_release()
    assert "1 draft created" in report
    assert release.status == Status.DRAFT
    assert release.publish_at is None
    assert release.original_language == "fr"
    assert release.languages() == ["fr"]
    assert release.kind == "press_release"
    assert release.region == "global"
    assert release.dateline_place_fr == "Paraguay"
    assert {c.code for c in release.countries} >= {
        "PY", "CR", "UY", "BR", "EC", "CO", "AR", "MX", "ES"
    }  # fmt: skip
    assert release.summary_fr.startswith("Organisée par le Ministère public")
    body = release.body_fr
    assert body.startswith("<p>Organisée par le Ministère public")
    assert body.count("<li>") == 3
    assert "Pour plus d" not in body
    assert "ecarrillo@iom.int" not in body
    assert release.imported_from.source.endswith(SEED.name)


def test_the_seeds_press_contact_keeps_every_number_as_printed():
    run(SEED)

    (contact,) = seed_release().press_contacts.all()
    assert contact.full_name == "Eduardo Carrillo"
    assert contact.email == "ecarrillo@iom.int"
    assert str(contact.office) == "IOM Paraguay"
    assert contact.office.country.code == "PY"
    assert contact.landline == "+595-21-296-882"
    assert contact.landline_e164 == "+59521296882"
    # Too many digits: kept exactly as printed, flagged, never "corrected".
    assert contact.mobile == "+595 21 981-50-90-20"
    assert contact.mobile_e164 == ""
    assert contact.needs_review


def test_the_officials_named_are_proposed_not_confirmed():
    run(SEED)

    release = seed_release()
    mentions = list(release.mentions.select_related("official"))
    named = {mention.official.full_name: mention.official for mention in mentions}
    assert set(named) == set(ATTORNEYS_GENERAL) | EXPERTS
    for name, position in ATTORNEYS_GENERAL.items():
        assert named[name].position_fr == position
    assert named["Javier Diaz Verón"].country.code == "PY"
    assert named["Gaby Rengifo"].organisation.name_fr == "OIM en Colombie"
    assert named["Gaby Rengifo"].organisation.country.code == "CO"
    assert not any(mention.confirmed for mention in mentions)
    assert not any(official.confirmed for official in named.values())


def test_importing_the_same_file_twice_leaves_one_draft():
    run(SEED)
    first = seed_release()

    report = run(SEED)

    assert "1 draft updated" in report
    assert Release.objects.count() == 1
    assert seed_release().pk == first.pk
    assert PressContact.objects.count() == 1
    assert Official.objects.count() == 7
    assert Mention.objects.count() == 7
    assert ReleaseContact.objects.count() == 1
    assert (
        Organisation.objects.filter(name_en="IOM Paraguay").count()
        + (Organisation.objects.filter(name_fr="IOM Paraguay").count())
        == 1
    )
    assert ImportedText.objects.count() == 1


def test_a_corrected_file_updates_its_draft(tmp_path):
    run(SEED)
    corrected = tmp_path / "seminaire.txt"
    corrected.write_text(
        SEED.read_text().replace(
            "Le séminaire a connu", "Le séminaire, très suivi, a connu"
        )
    )

    run(corrected)

    assert Release.objects.count() == 1
    assert "très suivi" in seed_release().body_fr


def test_a_draft_edited_since_its_import_is_left_alone():
    run(SEED)
    release = seed_release()
    release.summary_fr = "Résumé écrit par un éditeur."
    release.save()

    report = run(SEED)

    assert "edited after the last import" in report
    assert seed_release().summary_fr == "Résumé écrit par un éditeur."


def test_a_published_release_is_never_changed_by_an_import(publisher):
    run(SEED)
    workflow.publish_release(release=seed_release(), by=publisher)

    report = run(SEED)

    assert "skipped" in report
    assert seed_release().status == Status.PUBLISHED
    assert Release.objects.count() == 1


def test_known_people_and_contacts_are_linked_not_duplicated():
    known_official = OfficialFactory(full_name="Javier Díaz Verón", position_fr="")
    known_contact = PressContactFactory(
        full_name="Eduardo Carrillo",
        email="ECarrillo@iom.int",
        landline="+595 21 296 882",
        mobile="",
    )

    report = run(SEED)

    assert Official.objects.filter(name_key="javier diaz veron").count() == 1
    known_official.refresh_from_db()
    assert known_official.confirmed
    # A blank filled, nothing overwritten.
    assert known_official.position_fr == "Procureur général du Paraguay"
    assert list(seed_release().press_contacts.all()) == [known_contact]
    known_contact.refresh_from_db()
    assert known_contact.landline == "+595 21 296 882"
    assert known_contact.mobile == "+595 21 981-50-90-20"
    assert PressContact.objects.count() == 1
    mention = Mention.objects.get(official=known_official)
    assert not mention.confirmed
    assert "+ press contact" not in report


def test_a_different_number_on_file_is_kept_and_the_printed_one_reported():
    PressContactFactory(
        full_name="Eduardo Carrillo",
        email="ecarrillo@iom.int",
        landline="+41 22 717 91 11",
    )

    report = run(SEED)

    contact = PressContact.objects.get()
    assert contact.landline == "+41 22 717 91 11"
    assert "+595-21-296-882" in report
    assert "+595-21-296-882" in " ".join(seed_release().imported_from.warnings)


def test_a_dry_run_writes_nothing():
    out = io.StringIO()
    call_command(
        "import_releases",
        str(SEED),
        dry_run=True,
        json=True,
        stdout=out,
        stderr=io.StringIO(),
    )

    (entry,) = json.loads(out.getvalue())
    assert entry["title"] == TITLE
    assert Release.objects.count() == 0
    assert PressContact.objects.count() == 0
    assert Official.objects.count() == 0
    assert Organisation.objects.count() == 0


def test_a_date_printed_in_the_text_is_the_drafts_publication_date(tmp_path):
    text = tmp_path / "geneva.txt"
    text.write_text(
        "Press Release\nGlobal\n\nIOM Welcomes New Funding\n\n"
        "Geneva, 11 September 2019 – The International Organization for Migration "
        "welcomes the new funding announced today for its work in the Sahel.\n"
    )

    run(text)

    release = Release.objects.get()
    assert release.status == Status.DRAFT
    assert release.publish_at.date().isoformat() == "2019-09-11"
    assert release.dateline_place_en == "Geneva"
    assert not Release.objects.public().exists()


# ----- bad files among good ones -----


def test_a_failure_in_one_file_rolls_back_that_file_only(tmp_path, monkeypatch):
    second = tmp_path / "second.txt"
    second.write_text(
        "Statement\n\nA statement that will fail\n\n"
        "Geneva – The text of the statement, long enough to be read as English by "
        "the importer, which is what we need here.\n\n"
        "For more information, please contact Jane Roe, IOM Geneva, "
        "Email: jroe@iom.int\n"
    )
    link = saving.Importer._link_officials

    def failing(self, release, parsed, outcome):
        if parsed.title.startswith("A statement"):
            raise RuntimeError("the database went away")
        return link(self, release, parsed, outcome)

    monkeypatch.setattr(saving.Importer, "_link_officials", failing)

    with pytest.raises(CommandError, match="1 file"):
        run(SEED, second)

    assert Release.objects.count() == 1
    assert seed_release()
    # The failed file's contact went with it.
    assert not PressContact.objects.filter(email="jroe@iom.int").exists()


def test_empty_binary_and_title_only_files_are_reported_and_the_rest_imported(
    tmp_path,
):
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp_path / "c-title.txt").write_text("Just a title\n")
    (tmp_path / "d-seed.txt").write_bytes(SEED.read_bytes())

    report = run(tmp_path)

    assert "4 files read" in report
    assert "empty" in report
    assert "PNG" in report
    assert "title alone" in report
    assert Release.objects.count() == 1


def test_a_windows_1252_file_is_decoded_and_said_so(tmp_path):
    text = tmp_path / "ancien.txt"
    text.write_bytes(
        "Communiqué\n\nL’OIM salue l’accord régional\n\n"
        "Genève – L’Organisation internationale pour les migrations a salué "
        "l’accord signé hier par les ministres de la région.\n".encode("cp1252")
    )

    report = run(text)

    release = Release.objects.get()
    assert release.title_fr == "L’OIM salue l’accord régional"
    assert "Windows-1252" in report


def test_a_zip_of_releases_is_imported_file_by_file(tmp_path):
    archive = tmp_path / "archive.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
            zipped.write(sample, f"old-site/{sample.name}")
        zipped.writestr("old-site/readme.md", "not a release")

    report = run(archive)

    assert "3 files read" in report
    assert Release.objects.count() == 3


def test_json_streams_one_object_per_file_with_its_outcome(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    out = io.StringIO()

    call_command(
        "import_releases", str(tmp_path), json=True, stdout=out, stderr=io.StringIO()
    )

    empty, seed = json.loads(out.getvalue())
    assert empty["status"] == "refused"
    assert empty["title"] is None
    assert empty["warnings"] == ["The file is empty."]
    assert seed["status"] == "created"
    assert seed["release"] == seed_release().pk


def test_each_language_is_imported_into_its_own_fields():
    run(SAMPLES)

    arabic = Release.objects.get(title_ar__contains="فرّوا من السودان إلى مصر")
    assert arabic.original_language == "ar"
    assert arabic.region == "mena"
    assert arabic.languages() == ["ar"]
    spanish = Release.objects.filter(original_language="es")
    assert spanish.count() == 6
    assert all(release.languages() == ["es"] for release in spanish)
    assert (
        Release.objects.filter(status=Status.DRAFT).count() == Release.objects.count()
    )


# ----- what readers see -----


def test_proposed_mentions_are_in_the_preview_and_hidden_from_readers(
    client, publisher, django_assert_max_num_queries
):
    run(SEED)
    release = seed_release()
    workflow.publish_release(release=release, by=publisher)
    url = release.url_in("fr")

    with django_assert_max_num_queries(8):
        public = client.get(url)

    assert public.status_code == 200
    assert people_listed(public) == ""
    assert "Eduardo Carrillo" in visible_text(public)
    official = Official.objects.get(full_name="Javier Diaz Verón")
    assert client.get(official.get_absolute_url()).status_code == 404

    logged_in(client, publisher)
    preview = client.get(release.preview_url_in("fr"))
    assert "Javier Diaz Verón" in people_listed(preview)
    # Each marked as proposed, in the page's language.
    assert preview.content.decode().count('class="proposed"') == 7
    assert "proposée par l’importation" in people_listed(preview)
    # The summary the import took from the first paragraph is shown once.
    assert visible_text(preview).count("Organisée par le Ministère public") == 1


def test_confirmed_officials_and_mentions_reach_readers(client, publisher):
    run(SEED)
    release = seed_release()
    workflow.publish_release(release=release, by=publisher)
    official = Official.objects.get(full_name="Javier Diaz Verón")
    official.confirmed = True
    official.save()
    Mention.objects.filter(official=official).update(confirmed=True)

    page = client.get(release.url_in("fr"))

    assert "Javier Diaz Verón" in people_listed(page)
    assert "Jorge Diaz Almeida" not in people_listed(page)
    with translation.override("fr"):
        assert client.get(official.get_absolute_url()).status_code == 200


# ----- the admin's import page -----


def import_url():
    return reverse("admin:importing_import")


def test_an_editor_imports_files_from_the_admin_and_reads_the_report(client, editor):
    logged_in(client, editor)
    seed = SimpleUploadedFile(SEED.name, SEED.read_bytes(), "text/plain")
    arabic = SimpleUploadedFile(
        "sudan.txt", (SAMPLES / "ar-sudan-egypt-arrivals.txt").read_bytes()
    )
    empty = SimpleUploadedFile("empty.txt", b"")

    response = client.post(import_url(), {"files": [seed, arabic, empty]})

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    text = visible_text(response)
    assert "3 files read" in text
    assert "2 drafts created" in text
    assert "1 file refused" in text
    assert "The file is empty." in text
    assert "Officials to confirm:" in text
    release = seed_release()
    assert release.created_by == editor
    assert release.imported_from.imported_by == editor
    assert reverse("admin:releases_release_change", args=[release.pk]) in (
        response.content.decode()
    )


def test_a_zip_uploaded_in_the_admin_is_imported(client, editor):
    logged_in(client, editor)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        zipped.writestr("seed.txt", SEED.read_bytes())
    upload = SimpleUploadedFile("archive.zip", buffer.getvalue(), "application/zip")

    response = client.post(import_url(), {"files": [upload], "dry_run": "on"})

    assert "checked" in visible_text(response)
    assert Release.objects.count() == 0


def test_the_import_page_refuses_other_files_with_a_message(client, editor):
    logged_in(client, editor)
    upload = SimpleUploadedFile("release.docx", b"PK\x03\x04 not text")

    response = client.post(import_url(), {"files": [upload]})

    assert response.status_code == 200
    assert "neither a .txt file nor a .zip archive" in visible_text(response)
    assert Release.objects.count() == 0


def test_the_import_page_is_for_staff_who_may_add_releases(client, editor):
    assert client.get(import_url()).status_code == 302  # to the login page
    logged_in(client, editor)
    page = client.get(reverse("admin:releases_release_changelist"))
    assert import_url() in page.content.decode()
    assert client.get(import_url()).status_code == 200


def test_the_drafts_admin_page_shows_what_the_import_could_not_file(client, editor):
    run(SEED)
    logged_in(client, editor)
    release = seed_release()

    page = client.get(reverse("admin:releases_release_change", args=[release.pk]))

    text = visible_text(page)
    assert SEED.name in text
    assert "+595 21 981-50-90-20" in text


def test_an_editor_confirms_imported_officials_from_their_list(client, editor):
    run(SEED)
    logged_in(client, editor)
    waiting = reverse("admin:contacts_official_changelist") + "?confirmed__exact=0"
    assert "Javier Diaz Verón" in visible_text(client.get(waiting))
    chosen = Official.objects.filter(full_name__in=list(ATTORNEYS_GENERAL))

    client.post(
        reverse("admin:contacts_official_changelist"),
        {
            "action": "confirm_selected",
            "_selected_action": [official.pk for official in chosen],
        },
    )

    assert Official.objects.filter(confirmed=True).count() == 4
    assert Official.objects.filter(confirmed=False).count() == 3
