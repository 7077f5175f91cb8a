"""What every uploaded document goes through: PDF, Word or Excel only,
recognised from the bytes, of a sane size, under a clean name."""

import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from newsroom.core.text import filename_words

MAX_BYTES = 50 * 1024 * 1024


class Kind:
    def __init__(self, name, extension, content_type, label):
        self.name = name
        self.extension = extension
        self.content_type = content_type
        self.label = label


PDF = Kind("pdf", "pdf", "application/pdf", "PDF")
DOCX = Kind(
    "docx",
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "Word",
)
XLSX = Kind(
    "xlsx",
    "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "Excel",
)
KINDS = {kind.name: kind for kind in (PDF, DOCX, XLSX)}
# The part of an Office file that says which kind of document it is.
OFFICE_PARTS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX}


def not_allowed():
    return ValidationError(
        _(
            "Only PDF, Word (.docx) and Excel (.xlsx) documents can be attached; "
            "this file is not one of them."
        ),
        code="not_allowed",
    )


def document_kind(upload):
    """The kind of document the bytes hold, or a ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; a document may be at most %(limit)s."),
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(MAX_BYTES),
            },
            code="too_large",
        )
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    position = upload.tell()
    try:
        upload.seek(0)
        head = upload.read(1024)
        if head.startswith(b"%PDF-"):
            upload.seek(-1024, 2) if upload.size > 1024 else upload.seek(0)
            if b"%%EOF" not in upload.read():
                raise ValidationError(
                    _("This PDF is cut short: its end is missing."),
                    code="truncated",
                )
            return PDF
        if head.startswith(b"PK\x03\x04"):
            return office_kind(upload)
        raise not_allowed()
    finally:
        upload.seek(position)


def office_kind(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" not in names:
                raise not_allowed()
            for part, kind in OFFICE_PARTS.items():
                if part in names:
                    with archive.open("[Content_Types].xml") as types:
                        declared = types.read(1024 * 1024)
                    if b"macroEnabled" in declared:
                        raise ValidationError(
                            _(
                                "Documents with macros (.docm, .xlsm) cannot be "
                                "attached: save it as .docx or .xlsx."
                            ),
                            code="macros",
                        )
                    return kind
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise ValidationError(
            _("This Office document is damaged or cut short."), code="damaged"
        ) from error
    raise not_allowed()


# Characters no file name should carry on any system, or in a header.
RESERVED = set('<>:"/\\|?*%;')


def clean_filename(name, kind, fallback="document"):
    """A file name safe to store and to send: no folders, no control or
    reserved characters, letters of every script kept, the right extension."""
    stem = PurePath(str(name).replace("\\", "/")).name
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    stem = filename_words(stem, 120, keep=lambda ch: ch not in RESERVED)
    return f"{stem or fallback}.{kind.extension}"
