"""What every uploaded document goes through: PDF, Word or Excel only,
recognised from the bytes, of a sane size, readable to its end (no password,
no packing Office does not use, every part whole), under a clean name.

A refusal names the file and says why; nothing a damaged file makes zipfile
or its decompressors raise reaches the editor as a server error."""

import lzma
import struct
import zipfile
import zlib
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from media.uploads import naming_the_file, unexpected
from newsroom.core.text import filename_words, printable

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
# How much an Office file may unpack to, all its parts together: a zip bomb
# of a few kilobytes can declare gigabytes. Real documents stay far below.
MAX_UNPACKED_BYTES = 10 * MAX_BYTES
# The only ways Word and Excel pack a part; zipfile knows others (bzip2,
# LZMA) that no Office program opens.
OFFICE_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream a password-protected .docx or .xlsx is kept in, inside an OLE
# container (its directory names streams in UTF-16).
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
CHUNK = 1024 * 1024
# Where the kind found by the form's check waits for the save.
CHECKED = "_newsroom_document_kind"
# What zipfile and its decompressors raise on a damaged archive or part.
DAMAGED = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    ValueError,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    KeyError,
    IndexError,
    OverflowError,
)


def not_allowed():
    return ValidationError(
        _(
            "Only PDF, Word (.docx) and Excel (.xlsx) documents can be attached; "
            "this file is not one of them."
        ),
        code="not_allowed",
    )


def damaged():
    return ValidationError(
        _("This Office document is damaged or cut short."), code="damaged"
    )


def protected():
    return ValidationError(
        _(
            "This document is protected by a password, so readers could not "
            "open it. Save a copy without a password and attach that."
        ),
        code="encrypted",
    )


def unsupported_packing():
    return ValidationError(
        _(
            "This document is compressed in a way Word and Excel do not use, so "
            "readers could not open it. Save it again from Word or Excel and "
            "attach the new copy."
        ),
        code="unsupported_compression",
    )


def damaged_part(name, error):
    if isinstance(error, zipfile.BadZipFile) and "CRC" in str(error):
        return ValidationError(
            _(
                "This document is damaged: its part “%(part)s” does not match "
                "its checksum."
            ),
            params={"part": shown_part(name)},
            code="bad_crc",
        )
    return ValidationError(
        _("This document is damaged: its part “%(part)s” cannot be unpacked."),
        params={"part": shown_part(name)},
        code="damaged",
    )


def shown_part(name):
    return " ".join(printable(name).split())[:120]


def document_kind(upload):
    """The kind of document the bytes hold, or a ValidationError that names
    the file and says why it cannot be attached."""
    size, kind = getattr(upload, CHECKED, (None, None))
    if kind is not None and size == upload.size:
        # Checked by the form already: a 50 MB document is read once.
        return kind
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        kind = read_kind(upload)
    except ValidationError as error:
        raise naming_the_file(upload, error) from error
    except Exception as error:
        # Whatever a reader raises on bytes no rule foresaw, the editor gets
        # a form error, never a server error.
        unexpected(upload, error)
        raise naming_the_file(upload, damaged()) from error
    finally:
        if hasattr(upload, "seek"):
            upload.seek(position)
    setattr(upload, CHECKED, (upload.size, kind))
    return kind


def read_kind(upload):
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
    if head.startswith(OLE_SIGNATURE):
        raise ole_refusal(upload)
    raise not_allowed()


def ole_refusal(upload):
    """Why an OLE container is refused: Word and Excel keep a document with a
    password in one, and wrote their old formats (.doc, .xls) in one."""
    upload.seek(0)
    tail = b""
    while chunk := upload.read(CHUNK):
        if ENCRYPTED_PACKAGE in tail + chunk:
            return protected()
        tail = chunk[-len(ENCRYPTED_PACKAGE) :]
    return ValidationError(
        _(
            "This is a Word or Excel document in the old format (.doc, .xls). "
            "Save it as .docx or .xlsx and attach that."
        ),
        code="old_format",
    )


def office_kind(upload):
    upload.seek(0)
    try:
        archive = zipfile.ZipFile(upload)
    except NotImplementedError as error:
        # A part that says it needs a ZIP reader newer than any there is.
        raise unsupported_packing() from error
    except DAMAGED as error:
        raise damaged() from error
    with archive:
        parts = archive.infolist()
        names = {part.filename for part in parts}
        kind = next(
            (kind for part, kind in OFFICE_PARTS.items() if part in names), None
        )
        if "[Content_Types].xml" not in names or kind is None:
            raise not_allowed()
        check_packing(parts)
        declared = read_part(archive, archive.getinfo("[Content_Types].xml"))
        if b"macroEnabled" in declared:
            raise ValidationError(
                _(
                    "Documents with macros (.docm, .xlsm) cannot be "
                    "attached: save it as .docx or .xlsx."
                ),
                code="macros",
            )
        for part in parts:
            read_part(archive, part, keep=0)
    return kind


def check_packing(parts):
    """Refuse, from the archive's directory alone, what no reader could
    open: a password, a compression Office does not use, a zip bomb."""
    for part in parts:
        # Bit 0: encrypted; bit 6: strong encryption; method 99: AES.
        if part.flag_bits & 0x41 or part.compress_type == 99:
            raise protected()
    for part in parts:
        if part.compress_type not in OFFICE_COMPRESSION:
            raise unsupported_packing()
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValidationError(
            _(
                "This document unpacks to %(size)s; a document may unpack to at "
                "most %(limit)s."
            ),
            params={
                "size": filesizeformat(unpacked),
                "limit": filesizeformat(MAX_UNPACKED_BYTES),
            },
            code="too_large_unpacked",
        )


def read_part(archive, part, keep=1024 * 1024):
    """The first ``keep`` bytes of a part, having read it all: zipfile checks
    its checksum only once the part has been read to its end."""
    kept = b""
    try:
        with archive.open(part) as data:
            while chunk := data.read(CHUNK):
                if len(kept) < keep:
                    kept += chunk[: keep - len(kept)]
    except NotImplementedError as error:
        raise unsupported_packing() from error
    except RuntimeError as error:
        raise protected() from error
    except DAMAGED as error:
        raise damaged_part(part.filename, error) from error
    return kept


# Characters no file name should carry on any system, or in a header.
RESERVED = set('<>:"/\\|?*%;')


def clean_filename(name, kind, fallback="document"):
    """A file name safe to store and to send: no folders, no control or
    reserved characters, letters of every script kept, the right extension."""
    stem = PurePath(str(name).replace("\\", "/")).name
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    stem = filename_words(stem, 120, keep=lambda ch: ch not in RESERVED)
    return f"{stem or fallback}.{kind.extension}"
