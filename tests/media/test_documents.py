"""Documents attached to releases: PDF, Word and Excel only, under clean
names, downloadable once the release is public."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone

from media import documents
from media.models import Attachment
from releases.models import Status
from tests.factories import ReleaseFactory
from tests.pictures import (
    PDF,
    AttachmentFactory,
    docm,
    docx,
    english,  # noqa: F401 (a fixture)
    media_dirs,  # noqa: F401 (a fixture)
    xlsx,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_dirs", "english")]

WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def attach(content, name, **kwargs):
    return AttachmentFactory(file=ContentFile(content, name=name), **kwargs)


def refusal(content, name):
    """The message a document gets when an editor attaches it."""
    attachment = Attachment(
        release=ReleaseFactory(),
        title_en="Figures",
        file=ContentFile(content, name=name),
    )
    with pytest.raises(ValidationError) as caught:
        attachment.full_clean()
    return " ".join(caught.value.message_dict["file"])


def body(response):
    return b"".join(response.streaming_content)


# ----- what is accepted and what is refused -----


@pytest.mark.parametrize(
    ("content", "name", "kind", "label"),
    [
        (PDF, "report.pdf", "pdf", "PDF"),
        (docx(), "programme.docx", "docx", "Word"),
        (xlsx(), "figures.xlsx", "xlsx", "Excel"),
    ],
)
def test_pdf_word_and_excel_are_attached_as_what_they_are(content, name, kind, label):
    attachment = attach(content, name)

    assert attachment.kind == kind
    assert attachment.document_kind.label == label
    assert attachment.file_size == len(content)


def test_kind_is_read_from_the_bytes_not_the_name():
    assert attach(docx(), "programme.pdf").kind == "docx"


def test_word_file_with_macros_is_refused():
    assert "Documents with macros (.docm, .xlsm) cannot be attached" in refusal(
        docm(), "programme.docm"
    )


def test_program_renamed_pdf_is_refused():
    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 200

    assert "Only PDF, Word (.docx) and Excel (.xlsx)" in refusal(program, "report.pdf")


def test_pdf_cut_short_is_refused():
    cut = PDF.replace(b"%%EOF", b"")

    assert "This PDF is cut short" in refusal(cut, "report.pdf")


def test_zip_that_is_not_an_office_document_is_refused():
    archive = xlsx().replace(b"xl/workbook.xml", b"xl/notebook.xml")

    assert "Only PDF, Word (.docx) and Excel (.xlsx)" in refusal(archive, "data.xlsx")


def test_file_over_50_mb_is_refused_with_its_size():
    padded = PDF + b"\0" * (51 * 1024 * 1024)
    upload = ContentFile(padded, name="big.pdf")

    with pytest.raises(ValidationError) as caught:
        documents.document_kind(upload)

    assert "The file is 51.0\xa0MB" in caught.value.messages[0]


def test_file_name_is_cleaned_and_the_stored_path_is_random():
    attachment = attach(PDF, "../../etc/Rapport annuel\x00 2024.pdf")

    assert attachment.filename == "Rapport-annuel-2024.pdf"
    stored = attachment.file.name
    assert stored.startswith("documents/")
    assert stored.endswith(".pdf")
    for part in ("Rapport", "etc", "..", "\x00"):
        assert part not in stored


def test_no_break_spaces_and_tabs_in_a_file_name_still_separate_its_words():
    # Word and macOS put a no-break space before French colons and in dates.
    attachment = attach(PDF, "Rapport\u00a0annuel\t2024\u202f: chiffres.pdf")

    assert attachment.filename == "Rapport-annuel-2024-chiffres.pdf"


def test_file_name_in_another_script_keeps_its_letters():
    attachment = attach(PDF, "التقرير السنوي.pdf")

    assert attachment.filename == "التقرير-السنوي.pdf"


# ----- downloads -----


@pytest.mark.parametrize(
    "release",
    [
        {"status": Status.DRAFT, "publish_at": None, "first_published_at": None},
        {"publish_at": timezone.now() + timedelta(days=3)},
    ],
    ids=["draft", "embargoed"],
)
def test_document_of_a_release_not_yet_public_is_404(client, release):
    attachment = AttachmentFactory(release=ReleaseFactory(**release))

    assert client.get(attachment.get_download_url()).status_code == 404


@pytest.mark.parametrize(
    ("content", "name", "content_type"),
    [
        (PDF, "Annual report.pdf", "application/pdf"),
        (docx(), "Annual report.docx", WORD),
        (xlsx(), "Annual report.xlsx", EXCEL),
    ],
)
def test_document_of_a_public_release_downloads_under_its_name(
    client, content, name, content_type
):
    attachment = attach(content, name)

    response = client.get(attachment.get_download_url())

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == (
        f'attachment; filename="{name.replace(" ", "-")}"'
    )
    assert body(response) == content


def test_wrong_file_name_in_the_address_moves_to_the_right_one(client):
    attachment = attach(PDF, "Annual report.pdf")

    response = client.get(f"/en/documents/{attachment.pk}/old-name.pdf")

    assert response.status_code == 301
    assert response["Location"] == f"/en/documents/{attachment.pk}/Annual-report.pdf"
