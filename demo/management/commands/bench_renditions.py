"""How long a large photo takes from upload to every rendition.

Makes a photo-like JPEG (6000 × 4000, 24 megapixels, with grain so that it
compresses as a photograph does, an EXIF orientation and a GPS position),
then times Image.save(): cleaning (turned upright, metadata stripped) and
all renditions. Files go to a temporary folder; nothing is kept.
"""

import io
import statistics
import tempfile
import time
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import override_settings
from PIL import Image as Pillow
from PIL import ImageDraw, ImageFilter

from media import renditions
from media.images import validate_picture
from media.models import Image


def photo_like(width, height):
    """Gradients, shapes and grain: as hard to compress as a photograph."""
    base = Pillow.linear_gradient("L").resize((width, height))
    picture = Pillow.merge(
        "RGB", (base, base.transpose(Pillow.Transpose.ROTATE_180), base.rotate(90))
    )
    draw = ImageDraw.Draw(picture)
    for n in range(40):
        x, y = (n * 997) % width, (n * 613) % height
        draw.ellipse((x, y, x + width // 8, y + height // 8), fill=(n * 6, 120, 200))
    grain = Pillow.effect_noise((width, height), 40).convert("RGB")
    picture = Pillow.blend(picture, grain, 0.25).filter(ImageFilter.SMOOTH)
    exif = Pillow.Exif()
    exif[0x0112] = 6
    exif[0x8825] = {1: "S", 2: (25.0, 17.0, 0.0), 3: "W", 4: (57.0, 38.0, 0.0)}
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=92, exif=exif)
    return buffer.getvalue()


class Command(BaseCommand):
    help = "Time the check, cleaning and renditions of a 24-megapixel JPEG."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=3)
        parser.add_argument("--width", type=int, default=6000)
        parser.add_argument("--height", type=int, default=4000)

    def handle(self, *args, runs, width, height, **options):
        data = photo_like(width, height)
        self.stdout.write(
            f"{width} × {height} JPEG, {len(data) / 1e6:.1f} MB, "
            f"{len(renditions.RECIPES)} renditions, {runs} runs"
        )
        checks, saves = [], []
        with tempfile.TemporaryDirectory() as folder:
            storages = {
                "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                "staticfiles": {
                    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
                },
                "originals": {
                    "BACKEND": "django.core.files.storage.FileSystemStorage",
                    "OPTIONS": {"location": Path(folder) / "private"},
                },
            }
            with override_settings(
                MEDIA_ROOT=Path(folder) / "media", STORAGES=storages
            ):
                for _run in range(runs):
                    upload = SimpleUploadedFile("photo.jpg", data)
                    started = time.perf_counter()
                    validate_picture(upload)
                    checked = time.perf_counter()
                    with transaction.atomic():
                        Image(
                            credit="Benchmark", alt_text_en="A test", file=upload
                        ).save()
                        transaction.set_rollback(True)
                    checks.append(checked - started)
                    saves.append(time.perf_counter() - checked)
        self.stdout.write(
            f"check (decode every pixel): median {statistics.median(checks):.2f} s\n"
            f"clean + all renditions:     median {statistics.median(saves):.2f} s "
            f"(runs: {', '.join(f'{s:.2f}' for s in saves)})"
        )
