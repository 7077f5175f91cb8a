from django.core.management.base import BaseCommand

from releases.models import Release
from releases.search import full_text, index_all


class Command(BaseCommand):
    help = (
        "Rebuild every release's full-text search vectors (PostgreSQL). Saving a "
        "release keeps its own vectors current; run this after a bulk import "
        "made with update() or raw SQL, or after changing how text is indexed."
    )

    def handle(self, *args, **options):
        if not full_text():
            self.stdout.write("SQLite searches the text directly: nothing to rebuild.")
            return
        count = index_all(Release)
        self.stdout.write(f"Search index rebuilt for {count} release(s).")
