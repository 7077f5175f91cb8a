"""The admin's import page: an editor uploads files and reads the report, then
confirms the officials the import proposed."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from contacts.models import Official
from releases.models import Release
from tests.admin_people import logged_in
from tests.factories import visible_text
from tests.importing.drafts import ATTORNEYS_GENERAL, run, seed_release
from tests.importing.queue import work_off_the_queue
from tests.importing.sources import SAMPLES, SEED

pytestmark = pytest.mark.django_db


# ----- the admin's import page -----


def import_url():
    return reverse("admin:importing_import")


def imported(client, data):
    """The import's page once a worker has run it, as the editor sees it."""
    response = client.post(import_url(), data)
    assert response.status_code == 302
    work_off_the_queue()
    return client.get(response.url)


def test_an_editor_imports_files_from_the_admin_and_reads_the_report(client, editor):
    logged_in(client, editor)
    seed = SimpleUploadedFile(SEED.name, SEED.read_bytes(), "text/plain")
    arabic = SimpleUploadedFile(
        "sudan.txt", (SAMPLES / "ar-sudan-egypt-arrivals.txt").read_bytes()
    )
    empty = SimpleUploadedFile("empty.txt", b"")

    response = imported(client, {"files": [seed, arabic, empty]})

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

    response = imported(client, {"files": [upload], "dry_run": "on"})

    assert "Check (nothing was saved)" in visible_text(response)
    assert "1 file checked without saving" in visible_text(response)
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
