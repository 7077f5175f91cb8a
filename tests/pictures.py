"""Pictures and documents made on the spot, and factories that store them.

Every file here is made with Pillow or zipfile in memory: no fixture file to
keep, and each test says what its picture holds.
"""

import io
import struct
import zipfile
import zlib

import factory
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image as PillowImage
from PIL.PngImagePlugin import PngInfo

from media.models import Attachment, GalleryImage, Image
from tests.factories import ReleaseFactory

RED = (220, 20, 20)
WHITE = (255, 255, 255)


@pytest.fixture
def media_dirs(settings, tmp_path):
    """Renditions and originals go to a temporary folder, never the repository's."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "originals": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private"},
        },
    }


@pytest.fixture
def english():
    """English active in the test's own code, for messages, sizes and
    addresses: a request made in an earlier test may have left another
    language active in this thread."""
    with translation.override("en"):
        yield


# ----- pictures as bytes -----


def picture_bytes(
    width=600, height=400, image_format="JPEG", mode="RGB", color="white", **options
):
    """A plain picture of one colour, encoded by Pillow."""
    buffer = io.BytesIO()
    PillowImage.new(mode, (width, height), color).save(
        buffer, format=image_format, **options
    )
    return buffer.getvalue()


def jpeg(width=600, height=400, **options):
    return picture_bytes(width, height, "JPEG", **options)


def png_with_alpha(width=600, height=400):
    return picture_bytes(width, height, "PNG", mode="RGBA", color=(0, 128, 255, 100))


def webp(width=600, height=400):
    return picture_bytes(width, height, "WEBP")


def red_corner(width=1200, height=400, side=300):
    """A white JPEG with a red square in its top-left corner."""
    picture = PillowImage.new("RGB", (width, height), WHITE)
    picture.paste(RED, (0, 0, side, side))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=95)
    return buffer.getvalue()


XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b"<rdf:Description>Home address</rdf:Description>"
    b"</rdf:RDF></x:xmpmeta>"
)


def gps():
    """EXIF saying where the picture was taken (in Paraguay)."""
    exif = PillowImage.Exif()
    exif[0x8825] = {1: "S", 2: (25.0, 17.0, 0.0), 3: "W", 4: (57.0, 38.0, 0.0)}
    return exif


def located_jpeg(width=600, height=400):
    """A JPEG a phone could have taken: where (GPS), an XMP packet, a comment,
    and an orientation saying it must be turned a quarter to stand upright."""
    exif = gps()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to view
    return jpeg(width, height, exif=exif, comment=b"Taken at home", xmp=XMP)


def located_png():
    """A PNG with GPS in an eXIf chunk and the XMP packet and a comment as text."""
    text = PngInfo()
    text.add_text("Comment", "Taken at home")
    text.add_itxt("XML:com.adobe.xmp", XMP.decode())
    return picture_bytes(image_format="PNG", exif=gps(), pnginfo=text)


def located_webp(lossless=False):
    return picture_bytes(image_format="WEBP", exif=gps(), xmp=XMP, lossless=lossless)


def multi_picture_jpeg(width=600, height=400):
    """A JPEG holding a second picture after the first (MPO), as phones and
    3D cameras write, each with the GPS position where it was taken."""
    return picture_bytes(
        width,
        height,
        "MPO",
        save_all=True,
        append_images=[PillowImage.new("RGB", (width, height), RED)],
        exif=gps(),
    )


def declaring(png, width, height):
    """``png`` with its header rewritten to declare ``width`` × ``height``
    pixels, its checksum recomputed so that decoders believe it."""
    header = png[12:16] + struct.pack(">II", width, height) + png[24:29]
    assert header.startswith(b"IHDR")
    return png[:12] + header + struct.pack(">I", zlib.crc32(header)) + png[33:]


def upload(content, name="photo.jpg"):
    return SimpleUploadedFile(name, content)


def opened(content):
    return PillowImage.open(io.BytesIO(content))


# ----- what is stored -----


def stored_original(picture):
    with picture.file.storage.open(picture.file.name, "rb") as file:
        return file.read()


def stored_rendition(picture, name):
    """The rendition's file as readers get it, opened with Pillow."""
    made = picture.rendition(name)
    with default_storage.open(made.file.name, "rb") as file:
        return opened(file.read())


# ----- documents as bytes -----

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n"
WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
EXCEL_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def office(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def content_types(main_type):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Override PartName="/main" '
        f'ContentType="{main_type}"/></Types>'
    )


def docx():
    return office(
        {
            "[Content_Types].xml": content_types(f"{WORD_TYPE}.document.main+xml"),
            "word/document.xml": "<w:document/>",
        }
    )


def docm():
    return office(
        {
            "[Content_Types].xml": content_types(
                "application/vnd.ms-word.document.macroEnabled.main+xml"
            ),
            "word/document.xml": "<w:document/>",
            "word/vbaProject.bin": "macro",
        }
    )


def xlsx():
    return office(
        {
            "[Content_Types].xml": content_types(f"{EXCEL_TYPE}.sheet.main+xml"),
            "xl/workbook.xml": "<workbook/>",
        }
    )


# ----- factories -----


class ImageFactory(factory.django.DjangoModelFactory):
    """A 600 × 400 JPEG with English alt text and a credit, saved with its
    renditions; pass ``file=upload(...)`` for another picture."""

    class Meta:
        model = Image

    file = factory.LazyFunction(lambda: upload(jpeg()))
    language = "en"
    alt_text_en = factory.Sequence(lambda n: f"People at a meeting, picture {n}")
    credit = factory.Sequence(lambda n: f"IOM / Photographer {n}")


class GalleryImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GalleryImage

    release = factory.SubFactory(ReleaseFactory)
    image = factory.SubFactory(ImageFactory)
    order = factory.Sequence(lambda n: n)


class AttachmentFactory(factory.django.DjangoModelFactory):
    """A small PDF report attached to a public release."""

    class Meta:
        model = Attachment

    release = factory.SubFactory(ReleaseFactory)
    title_en = factory.Sequence(lambda n: f"Annual report {n}")
    language = "en"
    file = factory.LazyFunction(lambda: ContentFile(PDF, name="report.pdf"))


def sharing_the_file_of(picture, **kwargs):
    """Another picture row over the same stored original: its renditions
    exist already, so pages that need many pictures are quick to set up."""
    fields = {
        "file": picture.file.name,
        "language": "en",
        "alt_text_en": "Another view of the same scene",
        "credit": picture.credit,
        "file_size": picture.file_size,
        "width": picture.width,
        "height": picture.height,
    }
    return Image.objects.create(**(fields | kwargs))
