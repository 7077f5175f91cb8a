"""Checks every uploaded picture goes through before it is stored."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

FORMATS = ("JPEG", "PNG", "WEBP")
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000


def validate_picture(upload):
    """JPEG, PNG or WebP only (never SVG), of a sane size, really an image."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(size)s MB."),
            params={"size": MAX_BYTES // (1024 * 1024)},
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        with Image.open(upload, formats=FORMATS) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(
                    _("The picture has too many pixels."), code="too_many_pixels"
                )
            image.verify()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError) as error:
        raise ValidationError(
            _("Upload a JPEG, PNG or WebP picture."), code="not_a_picture"
        ) from error
    finally:
        if hasattr(upload, "seek"):
            upload.seek(position)
