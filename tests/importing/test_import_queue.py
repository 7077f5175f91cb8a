"""Imports from the admin run on the job queue: the editor lands on the
import's page, which shows its progress and then its report; every file that
cannot be read is named with the reason; an import stops at its caps."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from importing.jobs import start_import
from importing.models import ImportedText, ImportJob, ImportUpload
from releases.models import Release
from tests.admin_people import logged_in
from tests.factories import visible_text
from tests.importing.broken_zips import DAMAGES, GOOD_TEXT, archive
from tests.importing.queue import work_off_the_queue
from tests.importing.sources import SEED

pytestmark = pytest.mark.django_db


def release_text(number):
    return (
        f"Press Release\n\nTest release number {number} for the archive\n\n"
        f"Geneva, 3 March 2020 – Paragraph {number} of the text.\n"
    ).encode()


def zip_upload(members, damage=None, name="archive.zip"):
    return SimpleUploadedFile(name, archive(members, damage), "application/zip")


def submit(client, files, **data):
    response = client.post(reverse("admin:importing_import"), {"files": files, **data})
    assert response.status_code == 302, visible_text(response)
    return response.url


def test_the_editor_lands_on_the_imports_page_which_refreshes_until_done(editing):
    page_url = submit(editing, [SimpleUploadedFile(SEED.name, SEED.read_bytes())])

    waiting = editing.get(page_url)
    assert "waiting for a worker" in visible_text(waiting).lower()
    assert '<meta http-equiv="refresh" content="2">' in waiting.text
    assert "<script" not in waiting.text.split('id="content-main"')[1]
    assert Release.objects.count() == 0

    assert work_off_the_queue() == 1

    done = editing.get(page_url)
    text = visible_text(done)
    assert 'http-equiv="refresh"' not in done.text
    assert "1 of 1 file read" in text
    assert "1 draft created" in text
    assert Release.objects.filter(status="draft").count() == 1
    assert "no-store" in done["Cache-Control"]


def test_every_damaged_member_of_a_zip_is_named_with_its_reason(editing):
    members = {"a-good.txt": GOOD_TEXT}
    members |= {f"{kind}.txt": release_text(kind) for kind in DAMAGES}
    damage = {f"{kind}.txt": kind for kind in DAMAGES}
    page_url = submit(editing, [zip_upload(members, damage)])
    work_off_the_queue()

    page = editing.get(page_url)

    assert page.status_code == 200
    rows = page.text.split("<tbody>")[1].split("</tr>")
    for kind, reason in DAMAGES.items():
        row = next(row for row in rows if f"archive.zip/{kind}.txt" in row)
        assert "refused" in row
        assert reason in row
    assert "1 draft created" in visible_text(page)
    assert "4 files refused" in visible_text(page)
    assert Release.objects.count() == ImportedText.objects.count() == 1


def test_an_archive_cut_short_or_without_text_files_is_reported(editing):
    whole = archive({"a.txt": GOOD_TEXT})
    cut = SimpleUploadedFile("cut.zip", whole[: len(whole) // 2])
    word = zip_upload({"word/document.xml": b"<w:document/>"}, name="release.zip")
    page_url = submit(editing, [cut, word])
    work_off_the_queue()

    text = visible_text(editing.get(page_url))

    assert "Not a ZIP archive, or a damaged one." in text
    assert "The archive holds no .txt file." in text
    assert Release.objects.count() == 0


def test_an_import_rolled_back_leaves_no_job_on_the_queue_and_no_file(editor):
    upload = SimpleUploadedFile(SEED.name, SEED.read_bytes())

    with pytest.raises(RuntimeError), transaction.atomic():
        start_import(files=[upload], language="", dry_run=False, by=editor)
        assert DBTaskResult.objects.count() == 1
        raise RuntimeError("the change that asked for it failed")

    assert ImportJob.objects.count() == 0
    assert DBTaskResult.objects.count() == 0
    assert work_off_the_queue() == 0


def test_an_import_committed_has_its_job_and_its_files_stored(editor):
    job = start_import(
        files=[SimpleUploadedFile(SEED.name, SEED.read_bytes())],
        language="",
        dry_run=False,
        by=editor,
    )

    task = DBTaskResult.objects.get()
    assert str(task.id) == job.task_id
    assert task.args_kwargs["args"] == [job.pk]
    stored = job.uploads.get()
    assert stored.file.read() == SEED.read_bytes()

    work_off_the_queue()

    # Read: the file goes, its name stays in the report.
    assert not ImportUpload.objects.get().file
    assert not stored.file.storage.exists(stored.file.name)
    assert job.lines.get().source == SEED.name


def test_a_job_run_twice_imports_once(editor):
    job = start_import(
        files=[SimpleUploadedFile(SEED.name, SEED.read_bytes())],
        language="",
        dry_run=False,
        by=editor,
    )
    work_off_the_queue()
    from importing.jobs import run_import

    run_import(job.pk)

    assert job.lines.count() == 1
    assert Release.objects.count() == 1


def test_an_import_stops_at_its_number_of_files(editing, settings):
    settings.IMPORT_MAX_FILES = 2
    members = {f"{number}.txt": release_text(number) for number in range(1, 5)}
    page_url = submit(editing, [zip_upload(members)])
    work_off_the_queue()

    text = visible_text(editing.get(page_url))

    assert "2 drafts created" in text
    assert "2 files not imported: a limit was reached" in text
    assert text.count("Not imported: an import reads at most 2 files.") == 3
    assert Release.objects.count() == 2


def test_an_import_stops_at_its_bytes_of_text(editing, settings):
    settings.IMPORT_MAX_BYTES = 3 * 1024
    members = {f"{number}.txt": release_text(number) * 10 for number in range(1, 5)}
    page_url = submit(editing, [zip_upload(members)])
    work_off_the_queue()

    text = visible_text(editing.get(page_url))

    assert "Not imported: an import reads at most 3.0 KB of text." in text
    assert Release.objects.count() == 2


def test_an_import_stops_at_its_seconds_of_work(editing, settings):
    settings.IMPORT_MAX_SECONDS = 0
    page_url = submit(editing, [zip_upload({"1.txt": release_text(1)})])
    work_off_the_queue()

    text = visible_text(editing.get(page_url))

    assert "Not imported: an import works at most 0 seconds." in text
    assert Release.objects.count() == 0


def test_a_file_that_outlasts_the_imports_seconds_is_stopped_and_not_saved(
    editing, settings
):
    settings.IMPORT_MAX_SECONDS = 1
    # Two megabytes on one line: several seconds of reading (about one a
    # half megabyte here), were it not stopped.
    slow = b"Press Release\n\nA slow one\n\n" + LONG_LINE * 16000
    members = {"1-slow.txt": slow, "2-next.txt": release_text(2)}
    page_url = submit(editing, [zip_upload(members)])
    began = time.monotonic()
    work_off_the_queue()

    assert time.monotonic() - began < 3
    text = visible_text(editing.get(page_url))
    assert text.count("Not imported: an import works at most 1 second.") == 3
    assert "2 files not imported: a limit was reached" in text
    assert Release.objects.count() == 0


LONG_LINE = (
    "Geneva, 3 March 2020 – The Director General of IOM, António Vitorino, "
    "said the word Paraguay and Ministère public. "
).encode()


def test_a_dry_run_on_the_queue_saves_nothing(editing):
    page_url = submit(
        editing, [SimpleUploadedFile(SEED.name, SEED.read_bytes())], dry_run="on"
    )
    work_off_the_queue()

    text = visible_text(editing.get(page_url))

    assert "Check (nothing was saved)" in text
    assert "1 file checked without saving" in text
    assert Release.objects.count() == 0


def test_the_report_is_in_the_editors_language(client, editor):
    logged_in(client, editor)
    client.cookies["django_language"] = "fr"
    page_url = submit(client, [SimpleUploadedFile("empty.txt", b"")])
    work_off_the_queue()

    # Read in English: the words the worker wrote stay in the editor's French.
    client.cookies["django_language"] = "en"
    text = visible_text(client.get(page_url))

    assert "Le fichier est vide." in text
    assert "1 file refused" in text


def test_an_imports_page_is_for_staff_who_may_add_releases(client, editor):
    job = start_import(files=[], language="", dry_run=False, by=editor)
    url = reverse("admin:importing_import_job", args=[job.pk])

    assert client.get(url).status_code == 302  # to the login page
    logged_in(client, editor)
    assert client.get(url).status_code == 200
    assert client.get(reverse("admin:importing_import_job", args=[0])).status_code == (
        404
    )
