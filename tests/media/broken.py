"""Broken pictures and documents, made at test time from valid ones.

Each file of the corpus is a valid file made by Pillow or zipfile (as in
tests/pictures.py), then broken the way real uploads are: cut short, a bit
flipped, a ZIP header field changed, a password set, a kind renamed. Nothing
is kept on disk: the bytes are made where they are used, and each entry says
what is wrong with it and what the editor must be told.
"""

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from tests.pictures import (
    PDF,
    content_types,
    declaring,
    docx,
    jpeg,
    located_jpeg,
    office,
    picture_bytes,
    png_with_alpha,
    webp,
    xlsx,
)

# ----- the fields of a ZIP's headers, to change them -----

# (offset in the header, struct format) in a local file header (signature
# PK\3\4) and in a central directory entry (PK\1\2).
LOCAL_FIELDS = {
    "version": (4, "<H"),
    "flags": (6, "<H"),
    "method": (8, "<H"),
    "crc": (14, "<I"),
    "compressed_size": (18, "<I"),
    "size": (22, "<I"),
}
CENTRAL_FIELDS = {
    "version": (6, "<H"),
    "flags": (8, "<H"),
    "method": (10, "<H"),
    "crc": (16, "<I"),
    "compressed_size": (20, "<I"),
    "size": (24, "<I"),
}


def header_offsets(content):
    """For each member, in order: where its local header and its central
    directory entry begin."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        locals_ = [info.header_offset for info in archive.infolist()]
        position = archive.start_dir
    centrals = []
    for _ in locals_:
        centrals.append(position)
        name, extra, comment = struct.unpack_from("<HHH", content, position + 28)
        position += 46 + name + extra + comment
    return list(zip(locals_, centrals, strict=True))


def with_field(content, member, field, value, where=("local", "central")):
    """``content`` with one header field of its ``member``-th part set to
    ``value``, in its local header, its central directory entry or both."""
    data = bytearray(content)
    local, central = header_offsets(content)[member]
    for place, start, fields in (
        ("local", local, LOCAL_FIELDS),
        ("central", central, CENTRAL_FIELDS),
    ):
        if place in where:
            offset, fmt = fields[field]
            struct.pack_into(fmt, data, start + offset, value)
    return bytes(data)


def member_data(content, member):
    """Where the ``member``-th part's packed bytes begin and end."""
    local, _central = header_offsets(content)[member]
    compressed, _size, name, extra = struct.unpack_from("<IIHH", content, local + 18)
    start = local + 30 + name + extra
    return start, start + compressed


def flipped(content, position, mask=0xFF):
    data = bytearray(content)
    data[position] ^= mask
    return bytes(data)


def deflated_office(kind="docx"):
    """A Word or Excel file whose parts are deflated, as Office writes them,
    with enough text in each that a flipped byte lands in packed data."""
    main = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}[kind]
    source = {"docx": docx, "xlsx": xlsx}[kind]()
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for info in original.infolist():
            text = original.read(info)
            if info.filename == main:
                text += b"<!-- " + b"Seminar in Asuncion. " * 40 + b"-->"
            archive.writestr(info.filename, text)
    return buffer.getvalue()


def stored_office():
    """A Word file whose parts are stored as they are, not compressed."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx())) as original,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive,
    ):
        for info in original.infolist():
            archive.writestr(info.filename, original.read(info))
    return buffer.getvalue()


def bzip2_office():
    """A Word file packed with bzip2: zipfile reads it, Word does not."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx())) as original,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_BZIP2) as archive,
    ):
        for info in original.infolist():
            archive.writestr(info.filename, original.read(info))
    return buffer.getvalue()


def corrupt_deflate():
    """Word's main part with its deflate stream scrambled in the middle."""
    content = deflated_office()
    start, _end = member_data(content, 1)
    data = bytearray(content)
    data[start : start + 8] = b"\xff" * 8
    return bytes(data)


def bad_crc():
    """A stored part with one letter changed: only its checksum tells."""
    content = stored_office()
    start, _end = member_data(content, 1)
    return flipped(content, start + 2, 0x20)


def ole(*streams):
    """An OLE compound file (the container of .doc, .xls and of Office
    files kept under a password) with streams of these names."""
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") for name in streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + directory.ljust(512)


def corrupt_exif_jpeg():
    """A phone's JPEG whose EXIF gives its latitude (three numbers) under the
    GPS tag of a compass reference (14, one letter): Pillow reads it, then
    cannot write it again."""
    content = located_jpeg(60, 40)
    latitude = b"\x00\x02\x00\x05\x00\x00\x00\x03"  # tag 2, 3 rationals
    assert content.count(latitude) == 1
    return content.replace(latitude, b"\x00\x0e" + latitude[2:])


def corrupt_png_pixels():
    """A PNG whose compressed pixels are scrambled, its checksums made to
    agree so that only decoding finds it."""
    png = picture_bytes(60, 40, "PNG", color=(10, 200, 30))
    start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[start - 8 : start - 4])[0]
    data = bytearray(png)
    data[start + 2 : start + 10] = b"\xff" * 8
    crc = zlib.crc32(bytes(data[start - 4 : start + length]))
    struct.pack_into(">I", data, start + length, crc)
    return bytes(data)


SLIDES_TYPE = "application/vnd.openxmlformats-officedocument.presentationml"

# ----- the corpus -----


@dataclass(frozen=True)
class Broken:
    name: str  # the file's name as uploaded
    make: object  # () -> bytes
    says: str  # words the editor's error must hold, beside the name

    def __str__(self):
        return self.name


DOCUMENTS = [
    Broken(
        "encrypted-types.docx",
        lambda: with_field(docx(), 0, "flags", 0x1),
        "protected by a password",
    ),
    Broken(
        "encrypted-sheet.xlsx",
        lambda: with_field(xlsx(), 1, "flags", 0x1),
        "protected by a password",
    ),
    Broken(
        "aes-method-99.docx",
        lambda: with_field(docx(), 0, "method", 99),
        "protected by a password",
    ),
    Broken(
        "strong-encryption.docx",
        lambda: with_field(docx(), 1, "flags", 0x40),
        "protected by a password",
    ),
    Broken(
        "method-77.docx",
        lambda: with_field(docx(), 0, "method", 77),
        "compressed in a way Word and Excel do not use",
    ),
    Broken("bzip2.docx", bzip2_office, "compressed in a way Word and Excel do not use"),
    Broken(
        "zip-version-9.9.docx",
        lambda: with_field(docx(), 0, "version", 99, where=("central",)),
        "compressed in a way Word and Excel do not use",
    ),
    Broken(
        "patched-data.docx",
        lambda: with_field(docx(), 1, "flags", 0x20),
        "compressed in a way Word and Excel do not use",
    ),
    Broken("corrupt-deflate.docx", corrupt_deflate, "cannot be unpacked"),
    Broken("bad-crc.docx", bad_crc, "does not match its checksum"),
    Broken(
        "truncated.docx",
        lambda: deflated_office()[: len(deflated_office()) // 2],
        "damaged or cut short",
    ),
    Broken(
        "no-directory.xlsx",
        lambda: deflated_office("xlsx")[:-22],
        "damaged or cut short",
    ),
    Broken(
        "zip-bomb.docx",
        lambda: with_field(deflated_office(), 1, "size", 4_000_000_000),
        "unpacks to 3.7",
    ),
    Broken(
        "password.docx",
        lambda: ole("Root Entry", "EncryptionInfo", "EncryptedPackage"),
        "protected by a password",
    ),
    Broken("report-1997.doc", lambda: ole("Root Entry", "WordDocument"), "old format"),
    Broken("cut.pdf", lambda: PDF[:-8], "This PDF is cut short"),
    Broken("empty.pdf", lambda: b"", "empty"),
    Broken("photo.docx", jpeg, "Only PDF, Word (.docx) and Excel (.xlsx)"),
    Broken(
        "slides.pptx",
        lambda: office(
            {
                "[Content_Types].xml": content_types(f"{SLIDES_TYPE}.main+xml"),
                "ppt/presentation.xml": "<p:presentation/>",
            }
        ),
        "Only PDF, Word (.docx) and Excel (.xlsx)",
    ),
]

PICTURES = [
    Broken("empty.jpg", lambda: b"", "empty"),
    Broken("cut.jpg", lambda: jpeg(800, 600)[:2000], "this JPEG is cut short"),
    Broken("cut.png", lambda: png_with_alpha(200, 100)[:300], "this PNG is cut short"),
    Broken("cut.webp", lambda: webp(200, 100)[:60], "this WebP is cut short"),
    Broken("pixels.png", corrupt_png_pixels, "this PNG is damaged and cannot be read"),
    Broken("exif.jpg", corrupt_exif_jpeg, "(EXIF, XMP) of this JPEG is damaged"),
    Broken(
        "bomb.png",
        lambda: declaring(picture_bytes(100, 100, "PNG", mode="1"), 30_000, 30_000),
        "megapixels",
    ),
    Broken(
        "eight-k-by-eight-k.png",
        lambda: declaring(picture_bytes(100, 100, "PNG", mode="1"), 8_000, 8_000),
        "64.0 megapixels",
    ),
    Broken(
        "thread.png",
        lambda: picture_bytes(2, 4000, "PNG", mode="L"),
        "more than 20 times the other",
    ),
    Broken("anim.gif", lambda: picture_bytes(60, 40, "GIF"), "it is a GIF file"),
    Broken("scan.tif", lambda: picture_bytes(60, 40, "TIFF"), "it is a TIFF file"),
    Broken(
        "IMG_0001.HEIC",
        lambda: b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64,
        "it is a HEIC file",
    ),
    Broken(
        "logo.svg",
        lambda: b'<svg xmlns="http://www.w3.org/2000/svg"/>',
        "SVG drawing",
    ),
    Broken("noise.jpg", lambda: bytes(range(256)) * 4, "not a whole"),
    Broken("report.jpg", lambda: PDF, "it is a PDF file"),
]
