"""Broken files of every kind through the admin's import and a worker: text
that is not text, ZIP archives damaged anywhere, Word documents. The editor
always gets a page (never a server error), every file has its line in the
report, and nothing is saved of a file that was not imported."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from contacts.models import Official, PressContact
from importing.models import ImportedText, ImportJob
from releases.models import Release
from tests.importing.broken_zips import DAMAGES, GOOD_TEXT, archive
from tests.importing.queue import work_off_the_queue
from tests.importing.sources import SEED

pytestmark = pytest.mark.django_db

TEXTS = st.one_of(
    st.just(GOOD_TEXT),
    st.just(SEED.read_bytes()),
    st.binary(max_size=400),
    st.text(max_size=400).map(str.encode),
    st.text(max_size=200).map(lambda text: text.encode("utf-16")),
    # A UTF-16 mark before bytes that are not UTF-16.
    st.binary(max_size=41).map(lambda data: b"\xff\xfe" + data + b"\x00"),
    st.binary(max_size=200).map(lambda data: GOOD_TEXT + data),
    st.text(max_size=200).map(lambda text: text.encode("utf-8") + GOOD_TEXT),
)
NAMES = st.sampled_from(["a.txt", "b.TXT", "folder/c.txt", "d.xml", "e.txt"])


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        zipped.writestr("[Content_Types].xml", "<Types/>")
        zipped.writestr("word/document.xml", "<w:document><w:body/></w:document>")
    return buffer.getvalue()


@st.composite
def damaged_archives(draw):
    members = dict(
        draw(
            st.lists(
                st.tuples(NAMES, TEXTS),
                min_size=1,
                max_size=4,
                unique_by=lambda member: member[0],
            )
        )
    )
    damage = {
        name: draw(st.sampled_from(sorted(DAMAGES)))
        for name in members
        if draw(st.booleans())
    }
    data = bytearray(archive(members, damage))
    for position, value in draw(
        st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=4)
    ):
        data[position % len(data)] = value
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


UPLOADS = st.one_of(
    st.tuples(st.just("archive.zip"), damaged_archives()),
    st.tuples(st.just("release.txt"), TEXTS),
    st.tuples(st.just("release.txt"), damaged_archives()),
    st.tuples(
        st.sampled_from(["release.docx", "release.zip", "doc.txt"]), st.just(docx())
    ),
)


class RolledBack(Exception):
    """Each example's changes are undone, so the next starts from nothing."""


@hypothesis_settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(uploads=st.lists(UPLOADS, min_size=1, max_size=3))
def test_broken_files_never_give_a_server_error_nor_a_half_saved_draft(
    editing, uploads
):
    try:
        with transaction.atomic():
            check_import(editing, uploads)
            raise RolledBack
    except RolledBack:
        pass


def check_import(client, uploads):
    files = [SimpleUploadedFile(name, data) for name, data in uploads]
    response = client.post(reverse("admin:importing_import"), {"files": files})
    if response.status_code == 200:  # the form refused a file, and said why
        assert "errorlist" in response.text
        assert not ImportJob.objects.exists()
        return
    assert response.status_code == 302
    work_off_the_queue()
    page = client.get(response.url)
    assert page.status_code == 200

    job = ImportJob.objects.get()
    assert job.state == ImportJob.State.DONE
    lines = list(job.lines.all())
    assert len(lines) == job.files_found == job.files_done
    for line in lines:
        assert line.source in page.text
        if line.status in ("refused", "failed", "skipped"):
            assert line.warnings, line.source
            assert line.release_id is None
    saved = {line.release_id for line in lines if line.status in ("created", "updated")}
    assert set(Release.objects.values_list("pk", flat=True)) == saved
    assert ImportedText.objects.count() == len(saved)
    named_contacts = {name for line in lines for name in line.new_contacts}
    assert PressContact.objects.count() == len(named_contacts)
    named_officials = {name for line in lines for name in line.new_officials}
    assert Official.objects.count() == len(named_officials)
