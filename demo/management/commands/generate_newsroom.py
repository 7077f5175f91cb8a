"""Fill a PostgreSQL database with a large, made-up newsroom, for benchmarks.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_bench \\
        python manage.py generate_newsroom --releases 100000

Themes, offices, officials, press contacts, pictures and events, then the
releases, in four languages, all from the seed (demo/generated/).
Run again, it tops up: nothing is made twice, and only the releases missing
to reach --releases are added.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from demo.generated.newsroom import generate, vacuum_analyze
from translations.states import KINDS, sync_all


class Command(BaseCommand):
    help = "Fill a bench database with a whole made-up newsroom (PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("--releases", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=20261127)

    def handle(self, *args, releases, seed, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "Generating a newsroom needs PostgreSQL: search vectors are "
                "computed in SQL."
            )
        name = settings.DATABASES["default"]["NAME"]
        if "bench" not in name:
            raise CommandError(
                f"Refusing to fill “{name}”: use a database whose name says bench "
                f"(e.g. newsroom_bench), it gets {releases:,} made-up releases."
            )
        started = time.perf_counter()
        result = generate(releases=releases, seed=seed, say=self.stdout.write)
        # Made in bulk, without a save each: their translations' states too.
        self.stdout.write("Translation states…")
        for kind in KINDS.values():
            sync_all(kind)
        self.stdout.write("VACUUM ANALYZE…")
        vacuum_analyze()
        for what, count in result["counts"].items():
            self.stdout.write(f"{what:>18}: {count:,}")
        public = ", ".join(f"{code} {n:,}" for code, n in result["public"].items())
        self.stdout.write(f"Public releases by language: {public}")
        self.stdout.write(
            f"Not public: {result['drafts']:,} drafts, {result['embargoed']:,} "
            f"under embargo, {result['withdrawn']:,} withdrawn"
        )
        self.stdout.write(f"Done in {time.perf_counter() - started:.0f} s.")
