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

from media.uploads import naming_the_file, unexpected

FORMATS = ("JPEG", "PNG", "WEBP")
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
FORMAT_OF_EXTENSION = {extension: name for name, extension in EXTENSIONS.items()}
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# How many times longer than wide (or wide than tall) a picture may be.
MAX_ASPECT = 20
LABELS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
# Our own kinds, known from their signature and first header when Pillow
# cannot open them (anything else behind a signature is not a picture).
OUR_KINDS = (
    (lambda head: head.startswith(b"\xff\xd8\xff"), "JPEG"),
    (lambda head: head.startswith(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"), "PNG"),
    (
        lambda head: (
            head[:4] == b"RIFF"
            and head[8:12] == b"WEBP"
            and head[12:16] in (b"VP8 ", b"VP8L", b"VP8X")
        ),
        "WebP",
    ),
)
# Pictures of other kinds, known from their first bytes, to say what they are.
OTHER_KINDS = (
    (lambda head: head.startswith((b"GIF87a", b"GIF89a")), "GIF"),
    (lambda head: head.startswith(b"BM"), "BMP"),
    (lambda head: head.startswith((b"II*\x00", b"MM\x00*")), "TIFF"),
    (lambda head: head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS, "HEIC"),
    (lambda head: head[4:12] in (b"ftypavif", b"ftypavis"), "AVIF"),
    (lambda head: head.startswith(b"8BPS"), "Photoshop (PSD)"),
    (lambda head: head.startswith(b"%PDF-"), "PDF"),
)
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1"}
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
    """JPEG, PNG or WebP only (never SVG), of a sane size and shape, whole,
    and readable to its end: every refusal names the file and says why.

    A file that declares more pixels than the limit is refused from its
    header, before a single pixel is decoded: a few kilobytes may claim
    30,000 × 30,000 and would take gigabytes to open. The picture is then
    cleaned as it will be stored (``clean_picture``), so that nothing that
    breaks only when it is saved reaches the save; the result is kept on
    the upload for that save.
    """
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        cleaned = read_picture(upload)
    except ValidationError as error:
        raise naming_the_file(upload, error) from error
    except Exception as error:
        # Pillow reads pictures made to break readers: whatever it raises
        # that no rule foresaw, the editor gets a form error, not a 500.
        unexpected(upload, error)
        raise naming_the_file(upload, not_a_picture()) from error
    finally:
        if hasattr(upload, "seek"):
            upload.seek(position)
    setattr(upload, CLEANED, (upload.size, cleaned))


def not_a_picture():
    return ValidationError(
        _(
            "This file is not a whole JPEG, PNG or WebP picture (it may be "
            "damaged, cut short or of another kind). Upload a JPEG, PNG or "
            "WebP picture."
        ),
        code="not_a_picture",
    )


def read_picture(upload):
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; a picture may be at most %(limit)s."),
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(MAX_BYTES),
            },
            code="too_large",
        )
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
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
    found, step = None, "pixels"
    with warnings.catch_warnings():
        # Our own limit, lower than Pillow's, decides; Pillow's guard still
        # stops anything far beyond it. Pillow warns of damaged metadata
        # it skips: the picture is cleaned of it anyway.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        warnings.simplefilter("ignore", UserWarning)
        try:
            with Image.open(upload, formats=FORMATS) as image:
                found = LABELS.get(image.format, image.format)
                check_shape(image.width, image.height)
                # Decoding every pixel finds a truncated or corrupt file.
                image.load()
            step = "metadata"
            return clean_picture(upload)
        except Image.DecompressionBombError as error:
            raise ValidationError(
                _(
                    "The picture declares far more than %(limit)s "
                    "megapixels; it was refused before being opened."
                ),
                params={"limit": _megapixels(MAX_PIXELS)},
                code="too_many_pixels",
            ) from error
        except BROKEN as error:
            raise broken(found, step, upload, error) from error


def broken(found, step, upload, error):
    """Why a file Pillow could not read is refused, as precisely as it is
    known: another kind of file, cut short, damaged pixels or metadata."""
    upload.seek(0)
    head = upload.read(32)
    found = found or next(
        (label for signature, label in OUR_KINDS if signature(head)), None
    )
    if found is None:
        other = next((kind for signature, kind in OTHER_KINDS if signature(head)), None)
        if other is None:
            return not_a_picture()
        return ValidationError(
            _(
                "This file is not a whole JPEG, PNG or WebP picture: it is a "
                "%(kind)s file, which pages cannot show. Save it as JPEG, PNG "
                "or WebP and upload it again."
            ),
            params={"kind": other},
            code="other_kind",
        )
    if step == "pixels" and ("truncated" in str(error) or cut_short(found, upload)):
        return ValidationError(
            _(
                "This file is not a whole JPEG, PNG or WebP picture: this "
                "%(format)s is cut short (its end is missing). Upload the whole "
                "file again."
            ),
            params={"format": found},
            code="truncated",
        )
    if step == "pixels":
        return ValidationError(
            _(
                "This file is not a whole JPEG, PNG or WebP picture: this "
                "%(format)s is damaged and cannot be read. Export it again, or "
                "upload another copy."
            ),
            params={"format": found},
            code="damaged",
        )
    return ValidationError(
        _(
            "This file is not a whole JPEG, PNG or WebP picture: the metadata "
            "(EXIF, XMP) of this %(format)s is damaged and cannot be read. "
            "Export it again from a photo editor."
        ),
        params={"format": found},
        code="damaged_metadata",
    )


def cut_short(label, upload):
    """True when the file lacks the end its format always has."""
    upload.seek(max(upload.size - 32, 0))
    tail = upload.read()
    if label == "JPEG":
        return b"\xff\xd9" not in tail
    if label == "PNG":
        return b"IEND" not in tail
    upload.seek(4)
    return int.from_bytes(upload.read(4), "little") + 8 > upload.size


def check_shape(width, height):
    if width * height > MAX_PIXELS:
        raise_too_many_pixels(width, height)
    # A crop of a very thin picture is enlarged to fill the card's shorter
    # side first: 2 × 4,000 pixels would be resized to 960 × 1,920,000.
    if max(width, height) > MAX_ASPECT * min(width, height):
        raise ValidationError(
            _(
                "The picture is %(width)s × %(height)s pixels: one side is more "
                "than %(ratio)s times the other, too thin for the crops pages "
                "show. Crop it and upload it again."
            ),
            params={
                "width": number_format(width, force_grouping=True),
                "height": number_format(height, force_grouping=True),
                "ratio": MAX_ASPECT,
            },
            code="too_thin",
        )


# Where a cleaned picture waits between the form's check and the save.
CLEANED = "_newsroom_clean_picture"


def cleaned_before(upload):
    """The picture ``validate_picture`` cleaned, if this upload (or the file
    a model's field wraps around it) is the one it checked."""
    for checked in (upload, getattr(upload, "_file", None)):
        size, cleaned = getattr(checked, CLEANED, (None, None))
        if cleaned is not None and size == upload.size:
            return cleaned
    return None


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
    A picture ``validate_picture`` has cleaned already is not cleaned again.
    """
    if (cleaned := cleaned_before(upload)) is not None:
        return cleaned
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
