"""What every uploaded picture goes through before it is stored.

``validate_picture`` refuses what is not a photo we can publish, recognised
from the bytes and never from the file's name; ``clean_picture`` then turns
it upright and strips what could say where it was taken.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, JpegImagePlugin, UnidentifiedImageError

FORMATS = ("JPEG", "PNG", "WEBP")
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
FORMAT_OF_EXTENSION = {extension: name for name, extension in EXTENSIONS.items()}
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# What opening a file may raise when it is not the picture it claims to be.
BROKEN = (
    UnidentifiedImageError,
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    TypeError,
)

# What a picture may carry and still be stored byte for byte: its colour
# profile and how to lay it out. Anything else (EXIF with its GPS position,
# XMP, IPTC, comments, PNG text) means the file is written anew without it.
HARMLESS_INFO = {
    "icc_profile",
    "dpi",
    "jfif",
    "jfif_version",
    "jfif_unit",
    "jfif_density",
    "adobe",
    "adobe_transform",
    "progressive",
    "progression",
    "interlace",
    "gamma",
    "srgb",
    "chromaticity",
    "transparency",
    "aspect",
    "background",
    "loop",
    "duration",
    "timestamp",
    "bbox",
}
HARMLESS_JPEG_SEGMENTS = {
    ("APP0", b"JFIF"),
    ("APP2", b"ICC_PROFILE"),
    ("APP14", b"Adobe"),
}


def _megapixels(pixels):
    return number_format(round(pixels / 1_000_000, 1), decimal_pos=1)


def sniff_markup(head):
    """True when the bytes are text markup: SVG, XML or HTML."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<?xml", b"<svg", b"<!doctype", b"<html", b"<!--"))


def validate_picture(upload):
    """JPEG, PNG or WebP only (never SVG), of a sane size, and whole.

    A file that declares more pixels than the limit is refused from its
    header, before a single pixel is decoded: a few kilobytes may claim
    30,000 × 30,000 and would take gigabytes to open.
    """
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; a picture may be at most %(limit)s."),
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(MAX_BYTES),
            },
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        if sniff_markup(upload.read(512)):
            raise ValidationError(
                _(
                    "This is an SVG drawing or a web page, not a photo. "
                    "Upload a JPEG, PNG or WebP picture."
                ),
                code="markup",
            )
        upload.seek(0)
        with warnings.catch_warnings():
            # Our own limit, lower than Pillow's, decides; Pillow's guard
            # still stops anything far beyond it.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            try:
                with Image.open(upload, formats=FORMATS) as image:
                    pixels = image.width * image.height
                    if pixels > MAX_PIXELS:
                        raise_too_many_pixels(image.width, image.height)
                    # Decoding every pixel finds a truncated or corrupt file.
                    image.load()
            except Image.DecompressionBombError as error:
                raise ValidationError(
                    _(
                        "The picture declares far more than %(limit)s "
                        "megapixels; it was refused before being opened."
                    ),
                    params={"limit": _megapixels(MAX_PIXELS)},
                    code="too_many_pixels",
                ) from error
    except ValidationError:
        raise
    except BROKEN as error:
        raise ValidationError(
            _(
                "This file is not a whole JPEG, PNG or WebP picture (it may be "
                "damaged, cut short or of another kind). Upload a JPEG, PNG or "
                "WebP picture."
            ),
            code="not_a_picture",
        ) from error
    finally:
        if hasattr(upload, "seek"):
            upload.seek(position)


def raise_too_many_pixels(width, height):
    raise ValidationError(
        _(
            "The picture is %(width)s × %(height)s pixels (%(pixels)s "
            "megapixels); the limit is %(limit)s megapixels."
        ),
        params={
            "width": number_format(width, force_grouping=True),
            "height": number_format(height, force_grouping=True),
            "pixels": _megapixels(width * height),
            "limit": _megapixels(MAX_PIXELS),
        },
        code="too_many_pixels",
    )


class CleanPicture:
    """A picture as it will be stored: upright, with no metadata but its
    colour profile, and its format, size and extension."""

    def __init__(self, content, image_format, width, height):
        self.content = content
        self.format = image_format
        self.width = width
        self.height = height

    @property
    def extension(self):
        return EXTENSIONS[self.format]

    def as_file(self, name):
        return ContentFile(self.content, name=f"{name}.{self.extension}")


def needs_rewriting(image):
    """True when the file carries more than pixels, a profile and layout, or
    must be turned to stand upright."""
    if image.getexif():
        return True
    if set(image.info) - HARMLESS_INFO:
        return True
    for marker, data in getattr(image, "applist", ()):
        if not any(
            marker == name and data.startswith(prefix)
            for name, prefix in HARMLESS_JPEG_SEGMENTS
        ):
            return True
    return False


def clean_picture(upload):
    """The upload, upright and without its location or any other metadata.

    A file with nothing to remove is kept byte for byte. Otherwise it is
    written again: a JPEG with its own quantisation tables and chroma
    subsampling (so the photo keeps its quality), a PNG losslessly, a WebP
    losslessly when it was lossless. Only the colour profile is carried over.
    """
    upload.seek(0)
    original = upload.read()
    with Image.open(io.BytesIO(original), formats=FORMATS) as image:
        # A phone's JPEG may hold a second picture (MPO, for depth or a
        # preview): only the first is kept, as a plain JPEG.
        image_format = "JPEG" if image.format == "MPO" else image.format
        if image.format != "MPO" and not needs_rewriting(image):
            return CleanPicture(original, image_format, image.width, image.height)
        options = {}
        if icc := image.info.get("icc_profile"):
            options["icc_profile"] = icc
        if "transparency" in image.info:
            # A palette PNG's transparent colour is layout, not metadata.
            options["transparency"] = image.info["transparency"]
        if image_format == "JPEG":
            image.seek(0)
            options["qtables"] = image.quantization
            sampling = JpegImagePlugin.get_sampling(image)
            if sampling != -1:
                options["subsampling"] = sampling
            options["optimize"] = True
            if image.info.get("progressive"):
                options["progressive"] = True
        elif image_format == "WEBP":
            if b"VP8L" in original[12:64]:
                options["lossless"] = True
            else:
                options["quality"] = 92
        upright = ImageOps.exif_transpose(image)
        if upright is None or upright is image:
            upright = image.copy()
        # Nothing of the original's metadata travels with the copy.
        upright.info = {}
        buffer = io.BytesIO()
        upright.save(buffer, format=image_format, **options)
        return CleanPicture(
            buffer.getvalue(), image_format, upright.width, upright.height
        )
