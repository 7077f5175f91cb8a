"""Make the renditions pictures lack: after a restore, a move of storage or
a change of the recipes in media/renditions.py."""

import time

from django.core.management.base import BaseCommand

from media.models import Image


class Command(BaseCommand):
    help = "Make every picture's missing renditions (existing ones are kept)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = 0
        for picture in Image.objects.order_by("pk").iterator(chunk_size=100):
            picture.make_renditions()
            count += 1
        self.stdout.write(
            f"Renditions checked for {count} picture(s) "
            f"in {time.perf_counter() - started:.1f} s."
        )
