"""Text files to import: found in folders and ZIP archives, one at a time,
and decoded — or refused with the reason."""

import codecs
import lzma
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# Enough for any release; a bigger "text" file is something else.
MAX_FILE_BYTES = 2 * 1024 * 1024
# A ZIP may hold an archive's worth of releases, but not a bomb.
MAX_ZIP_MEMBERS = 20_000
MAX_ZIP_BYTES = 500 * 1024 * 1024

SIGNATURES = {
    b"\x89PNG": gettext_lazy("a PNG picture"),
    b"\xff\xd8\xff": gettext_lazy("a JPEG picture"),
    b"GIF8": gettext_lazy("a GIF picture"),
    b"RIFF": gettext_lazy("a WebP picture or a sound file"),
    b"%PDF": gettext_lazy("a PDF document"),
    b"PK\x03\x04": gettext_lazy("a ZIP archive or an Office document"),
    b"\xd0\xcf\x11\xe0": gettext_lazy("an old Word or Excel document"),
    b"{\\rtf": gettext_lazy("an RTF document"),
}
# "Ã©" for "é": UTF-8 read as Windows-1252 once, and saved again.
MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â€[\u0080-\u00bf™œ\u009d]|Ø[\u00a0-\u00bf]")


class Refused(Exception):
    """A file that cannot be imported; the message says why."""


@dataclass
class Source:
    """A file to import: its name as the report shows it, and its bytes."""

    name: str
    read: object  # () -> bytes
    # Its size in bytes as known before reading it (a ZIP member's declared
    # size), for the caps on an import's work; None when unknown.
    size: int | None = None

    def decode(self):
        """``(text, warnings)``; Refused when it is not text."""
        return decode(self.read())


def sources(paths):
    """The text files under ``paths`` (files, folders, ZIP archives), one at a
    time, in name order within a folder. A path that is none of those gives
    a Source whose read() raises Refused."""
    for path in map(Path, paths):
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and _is_text_name(found.name):
                    yield _file_source(found)
        elif path.is_file() and path.suffix.lower() == ".zip":
            with path.open("rb") as archive:
                yield from zip_sources(archive, str(path))
        elif path.is_file():
            yield _file_source(path)
        else:
            yield Source(str(path), _refuse(_("No such file or folder.")))


def zip_sources(archive, name):
    """The ``.txt`` files of a ZIP archive (a file object)."""
    try:
        with zipfile.ZipFile(archive) as opened:
            members = [
                member
                for member in opened.infolist()
                if _is_text_name(member.filename) and not member.is_dir()
            ]
            if not members:
                yield Source(name, _refuse(_("The archive holds no .txt file.")))
                return
            if len(members) > MAX_ZIP_MEMBERS:
                yield Source(name, _refuse(_("The archive holds too many files.")))
                return
            if sum(member.file_size for member in members) > MAX_ZIP_BYTES:
                too_large = _("The archive is too large once unpacked.")
                yield Source(name, _refuse(too_large))
                return
            for member in sorted(members, key=lambda m: m.filename):
                reader = _member_reader(opened, member)
                yield Source(f"{name}/{member.filename}", reader, member.file_size)
    except (*UNREADABLE, NotImplementedError, RuntimeError):
        # NotImplementedError: a ZIP "version" zipfile does not read.
        yield Source(name, _refuse(_("Not a ZIP archive, or a damaged one.")))


def _is_text_name(name):
    base = name.rsplit("/", 1)[-1]
    return base.lower().endswith(".txt") and not base.startswith((".", "__MACOSX"))


def _file_source(path):
    def read():
        if path.stat().st_size > MAX_FILE_BYTES:
            raise Refused(_("Too large for a release (over 2 MB)."))
        return path.read_bytes()

    return Source(str(path), read)


# What reading a damaged archive or member raises: zipfile's own error (a bad
# CRC, a bad header), the decompressors' (zlib, bz2's OSError, lzma), a
# stream cut short (EOFError), and what zipfile lets through from a header
# it cannot make sense of (ValueError, struct's error is a ValueError too).
UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    OSError,
    EOFError,
    ValueError,
)


def _member_reader(opened, member):
    def read():
        if member.file_size > MAX_FILE_BYTES:
            raise Refused(_("Too large for a release (over 2 MB)."))
        if member.flag_bits & 0x1:
            raise Refused(_("Encrypted (protected by a password): it cannot be read."))
        if member.compress_type not in READABLE_METHODS:
            raise Refused(
                _("Compressed with a method this site cannot read (method %d).")
                % member.compress_type
            )
        try:
            return opened.read(member)
        except (RuntimeError, NotImplementedError) as error:
            # zipfile's words for an encrypted member or an unknown method,
            # should its header disagree with the directory read above.
            raise Refused(
                _("It cannot be read from the archive: %s") % error
            ) from error
        except UNREADABLE as error:
            raise Refused(
                _("Damaged in the archive (corrupt or cut short): %s") % error
            ) from error

    return read


READABLE_METHODS = {
    zipfile.ZIP_STORED,
    zipfile.ZIP_DEFLATED,
    zipfile.ZIP_BZIP2,
    zipfile.ZIP_LZMA,
}


def _refuse(message):
    def read():
        raise Refused(message)

    return read


def decode(data):
    """``(text, warnings)`` from a file's bytes: UTF-8 (with or without a
    byte-order mark), UTF-16 with its mark, else Windows-1252, else Latin-1,
    said in a warning. Refused when empty or not text."""
    if not data.strip():
        raise Refused(_("The file is empty."))
    for signature, what in SIGNATURES.items():
        if data.startswith(signature):
            raise Refused(_("Not a text file: it looks like %s.") % what)
    warnings = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise Refused(
                _("Marked as UTF-16 but not UTF-16 (byte %(position)d).")
                % {"position": error.start}
            ) from error
    elif b"\x00" in data[:4096]:
        raise Refused(_("Not a text file: it holds binary data."))
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            text, encoding = _legacy(data)
            warnings.append(
                _(
                    "Not UTF-8 (byte %(position)d): read as %(encoding)s. Check "
                    "the accents."
                )
                % {"position": error.start, "encoding": encoding}
            )
    if _looks_binary(text):
        raise Refused(_("Not a text file: it holds binary data."))
    repaired = _repair_mojibake(text)
    if repaired != text:
        text = repaired
        warnings.append(
            _("The text had been garbled by a wrong encoding (“Ã©” for “é”): repaired.")
        )
    if not text.strip():
        raise Refused(_("The file is empty."))
    return text, warnings


def _legacy(data):
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1 (ISO 8859-1)"


def _looks_binary(text):
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)


def _repair_mojibake(text):
    if not MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
