"""Broken pictures and documents uploaded through the admin's real forms.

Every surface that takes a file (the picture admin's add form; the release
forms' attachments, on the change and on the add form) gets a corpus of
files broken by hand (tests/media/broken.py, made at test time) and then
valid small files broken by hypothesis: bytes flipped, cut short, ZIP header
fields changed. Whatever arrives, the editor never meets a server error: the
file is either stored whole, or refused with an error naming it and saying
why, and then no row and no stored file is left behind.
"""

import re
from pathlib import Path

import pytest
from django.utils.html import escape
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from media.models import Attachment, Image
from releases.models import Release, Status
from tests.admin_forms import ADD as ADD_RELEASE
from tests.admin_forms import add_form_data, change_url, form_data
from tests.admin_people import field_errors, logged_in
from tests.factories import ReleaseFactory
from tests.media.broken import (
    CENTRAL_FIELDS,
    DOCUMENTS,
    PICTURES,
    deflated_office,
    header_offsets,
    with_field,
)
from tests.pictures import PDF, located_jpeg, picture_bytes, upload, webp

ADD_PICTURE = "/admin/media/image/add/"
EXAMPLES = settings(
    # A few dozen files a surface keeps the module near ten seconds; the
    # examples are the same on every run (derandomize), so a failure is
    # always the same file, and no example database is kept.
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def editor_client(client, editor):
    return logged_in(client, editor)


@pytest.fixture
def draft(db):
    return ReleaseFactory(status=Status.DRAFT, publish_at=None, first_published_at=None)


@pytest.fixture
def stored(settings):
    """Every file kept in the originals' storage or under MEDIA_ROOT (the
    renditions), read afresh each time it is called."""

    def files():
        roots = (
            Path(settings.MEDIA_ROOT),
            Path(settings.STORAGES["originals"]["OPTIONS"]["location"]),
        )
        return {
            path
            for root in roots
            if root.exists()
            for path in root.rglob("*")
            if path.is_file()
        }

    return files


# ----- posting a file through each form -----


def post_picture(client, content, name):
    return client.post(
        ADD_PICTURE,
        {
            "file": upload(content, name),
            "language": "en",
            "alt_text_en": "People at a seminar in Asunción",
            "credit": "IOM Paraguay / Juan Pérez",
            "focal_x": "50",
            "focal_y": "50",
        },
    )


def attachment_rows(release, content, name):
    return {
        "attachments-TOTAL_FORMS": "1",
        "attachments-0-release": release.pk or "",
        "attachments-0-file": upload(content, name),
        "attachments-0-title_en": "Figures of the seminar",
        "attachments-0-language": "en",
        "attachments-0-order": "0",
    }


def post_attachment(client, release, content, name, **changes):
    data = form_data(release, **changes) | attachment_rows(release, content, name)
    return client.post(change_url(release), data)


def refusal_of(response, name):
    """The error the form shows for the file ``name``: what follows its name."""
    assert response.status_code == 200, f"expected the form again, got {response}"
    errors = field_errors(response).replace("\xa0", " ")
    found = re.search(rf"“{re.escape(escape(name))}”: ([^<]+)", errors)
    assert found, f"no error naming “{name}” in: {errors or response.text[:2000]}"
    return found.group(1)


# ----- the corpus, made by hand -----


@pytest.mark.parametrize("broken", PICTURES, ids=str)
def test_a_broken_picture_is_refused_naming_it_and_saying_why(
    editor_client, stored, broken
):
    response = post_picture(editor_client, broken.make(), broken.name)

    assert broken.says in refusal_of(response, broken.name)
    assert not Image.objects.exists()
    assert stored() == set()


@pytest.mark.parametrize("broken", DOCUMENTS, ids=str)
def test_a_broken_document_is_refused_naming_it_and_saying_why(
    editor_client, stored, draft, broken
):
    response = post_attachment(
        editor_client, draft, broken.make(), broken.name, title_en="A new title"
    )

    assert broken.says in refusal_of(response, broken.name)
    assert not Attachment.objects.exists()
    assert stored() == set()
    # The release's own changes wait for the file: nothing half-saved.
    draft.refresh_from_db()
    assert draft.title_en != "A new title"


def test_a_broken_document_on_a_new_release_saves_no_release(editor_client, stored):
    encrypted, name = DOCUMENTS[0].make(), DOCUMENTS[0].name
    data = add_form_data(
        title_en="Seminar on trafficking", slug_en="seminar-on-trafficking"
    ) | attachment_rows(Release(), encrypted, name)

    response = editor_client.post(ADD_RELEASE, data)

    assert "protected by a password" in refusal_of(response, name)
    assert not Release.objects.exists()
    assert not Attachment.objects.exists()
    assert stored() == set()


def test_among_several_documents_the_error_is_on_the_broken_one(editor_client, draft):
    data = form_data(draft) | {
        "attachments-TOTAL_FORMS": "2",
        "attachments-0-file": upload(PDF, "programme.pdf"),
        "attachments-0-title_en": "Programme",
        "attachments-0-language": "en",
        "attachments-0-order": "0",
        "attachments-1-file": upload(DOCUMENTS[0].make(), "figures.docx"),
        "attachments-1-title_en": "Figures",
        "attachments-1-language": "en",
        "attachments-1-order": "1",
    }

    response = editor_client.post(change_url(draft), data)

    assert "protected by a password" in refusal_of(response, "figures.docx")
    assert "programme.pdf" not in field_errors(response)
    assert not Attachment.objects.exists()


def test_the_valid_files_the_mutations_start_from_are_accepted(
    editor_client, draft, stored
):
    for name, content in VALID_PICTURES:
        response = post_picture(editor_client, content, name)
        assert response.status_code == 302, field_errors(response)
    for name, content in VALID_DOCUMENTS:
        response = post_attachment(editor_client, draft, content, name)
        assert response.status_code == 302, field_errors(response)
        Attachment.objects.get().delete()
    assert Image.objects.count() == len(VALID_PICTURES)


# ----- valid files, broken by hypothesis -----

VALID_PICTURES = [
    ("phone.jpg", located_jpeg(60, 40)),
    ("chart.png", picture_bytes(60, 40, "PNG", mode="P")),
    ("banner.webp", webp(60, 40)),
]
VALID_DOCUMENTS = [
    ("report.pdf", PDF),
    ("programme.docx", deflated_office("docx")),
    ("figures.xlsx", deflated_office("xlsx")),
]
FIELD_RANGES = {"<H": 0xFFFF, "<I": 0xFFFFFFFF}
PLACES = [("local",), ("central",), ("local", "central")]
KEPT = 12  # the signature and the first header fields
NOT_A_WHOLE_PICTURE = "This file is not a whole JPEG, PNG or WebP picture: "


@st.composite
def mutated(draw, valid):
    """A valid file from ``valid``, broken once or a few times: a byte set to
    another value, cut short, or a field of a ZIP header changed. The first
    bytes, which say what kind of file it is, are left alone (the corpus
    has files of the wrong kind): what follows them is what readers trip on.
    """
    name, content = draw(st.sampled_from(valid))
    for _ in range(draw(st.integers(1, 3))):
        ways = ["flip", "cut"] + (["zip"] if is_zip(content) else [])
        way = draw(st.sampled_from(ways))
        if len(content) <= KEPT + 1:
            break
        if way == "cut":
            content = content[: draw(st.integers(KEPT, len(content) - 1))]
        elif way == "flip":
            data = bytearray(content)
            data[draw(st.integers(KEPT, len(data) - 1))] = draw(st.integers(0, 255))
            content = bytes(data)
        else:
            field = draw(st.sampled_from(sorted(CENTRAL_FIELDS)))
            content = with_field(
                content,
                draw(st.integers(0, len(header_offsets(content)) - 1)),
                field,
                draw(st.integers(0, FIELD_RANGES[CENTRAL_FIELDS[field][1]])),
                where=draw(st.sampled_from(PLACES)),
            )
    return name, content


def is_zip(content):
    """True when the ZIP's directory can still be read (to change it)."""
    try:
        return content.startswith(b"PK") and bool(header_offsets(content))
    except Exception:
        return False


def stored_whole_or_refused(response, name, rows, stored, before):
    """The one thing a user may see: the file kept (and its row, and its
    files), or a named refusal with nothing kept."""
    if response.status_code == 302:
        event("stored")
        assert rows.count() == 1
        assert stored() > before
        for row in rows.all():
            row.delete()
    else:
        reason = refusal_of(response, name)
        # --hypothesis-show-statistics tells how often each reason was given.
        event(reason.removeprefix(NOT_A_WHOLE_PICTURE)[:60])
        assert not rows.exists()
        assert stored() == before


@EXAMPLES
@given(file=mutated(VALID_PICTURES))
def test_mutated_pictures_are_stored_whole_or_refused_by_name(
    editor_client, stored, file
):
    name, content = file
    before = stored()

    response = post_picture(editor_client, content, name)

    stored_whole_or_refused(response, name, Image.objects, stored, before)


# The release's change form is the slower of the two: fewer files.
@settings(EXAMPLES, max_examples=30)
@given(file=mutated(VALID_DOCUMENTS))
def test_mutated_documents_are_stored_whole_or_refused_by_name(
    editor_client, stored, draft, file
):
    name, content = file
    before = stored()

    response = post_attachment(editor_client, draft, content, name)

    stored_whole_or_refused(response, name, Attachment.objects, stored, before)
