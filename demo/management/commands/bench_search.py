"""Measure full-text search over a large archive, on PostgreSQL.

    make bench-search        (or, by hand, on a database whose name says bench:)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_bench \\
        python manage.py bench_search --releases 100000

Fills the database with public releases spread over the four languages,
written with the demo releases' own words in their natural frequencies, then
runs a mix of searches (one common word, one rare word, two words, a quoted
phrase, an exclusion, in every language) through the list page, and reports
the database time of the search query itself and of whole result pages
(count, facets and snippets included): median and 95th percentile.
"""

import random
import statistics
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.utils import translation

from demo.generated.releases import demo_vocabulary, fill, index_in_sql
from newsroom.core.languages import LANGUAGE_CODES
from releases import search
from releases.models import Release


class Command(BaseCommand):
    help = "Build a large archive on PostgreSQL and time searches over it."

    def add_arguments(self, parser):
        parser.add_argument("--releases", type=int, default=100_000)
        parser.add_argument("--searches", type=int, default=200)
        parser.add_argument("--seed", type=int, default=20261127)
        parser.add_argument(
            "--reindex",
            action="store_true",
            help="Make every release's search vectors again first (in SQL).",
        )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("The search benchmark needs PostgreSQL.")
        name = settings.DATABASES["default"]["NAME"]
        if "bench" not in name:
            raise CommandError(
                f"Refusing to fill “{name}”: use a database whose name says bench "
                "(e.g. newsroom_bench), it gets 100,000 made-up releases."
            )
        rng = random.Random(options["seed"])
        vocabulary = demo_vocabulary()
        missing = options["releases"] - Release.objects.count()
        if missing > 0:
            self.stdout.write(f"Writing {missing} releases…")
            started = time.perf_counter()
            fill(missing, vocabulary, rng)
            self.stdout.write(f"  done in {time.perf_counter() - started:.0f} s")
        if options["reindex"]:
            self.stdout.write("Indexing every release again…")
            index_in_sql()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE releases_release")
        total = Release.objects.count()
        by_language = {
            code: Release.objects.public().available_in(code).count()
            for code in LANGUAGE_CODES
        }
        self.stdout.write(f"{total} releases; public by language: {by_language}")
        queries = sample_queries(vocabulary, rng, options["searches"])
        searched = time_search(queries)
        self.report("search query (top 20)", searched)
        for shape in SHAPES:
            self.report(
                f"  {shape}",
                [ms for ms, q in zip(searched, queries, strict=True) if q[2] == shape],
            )
        self.report("count of matches", time_count(queries))
        self.report("whole result page (all its queries)", time_pages(queries))

    def report(self, label, timings):
        ms = sorted(timings)
        p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
        self.stdout.write(
            f"{label}: {len(ms)} searches, median {statistics.median(ms):.1f} ms, "
            f"p95 {p95:.1f} ms, max {ms[-1]:.1f} ms (database time)"
        )


SHAPES = ("one common word", "one rare word", "two words", "a phrase", "an exclusion")


def sample_queries(vocabulary, rng, count):
    """``[(language, query, shape)]``: common and rare words, pairs, phrases,
    exclusions."""
    queries = []
    for n in range(count):
        code = LANGUAGE_CODES[n % len(LANGUAGE_CODES)]
        words, _weights = vocabulary[code]
        common = [w for w in words[:400] if len(w) > 3]
        rare = [w for w in words[400:] if len(w) > 3] or common
        shape = n // len(LANGUAGE_CODES) % len(SHAPES)
        a, b = rng.choice(common), rng.choice(common)
        text = [a, rng.choice(rare), f"{a} {b}", f'"{a} {b}"', f"{a} -{b}"][shape]
        queries.append((code, text, SHAPES[shape]))
    return queries


@contextmanager
def database_time():
    """Sum the time spent in SQL inside the block, in milliseconds."""
    spent = [0.0]

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent[0] += (time.perf_counter() - started) * 1000

    with connection.execute_wrapper(timed):
        yield spent


def found_in(code, query):
    """The search the list page makes, in one language."""
    return search.search(Release.objects.public().available_in(code), query, [code])


def time_search(queries):
    """The page's search query as the list page runs it: ranked, or newest
    first when more than search.RANKED_AT_MOST releases match."""
    timings = []
    for code, query, _shape in queries:
        with translation.override(code):
            found = found_in(code, query)
            if found.count() > search.RANKED_AT_MOST:
                found = found.order_by("-publish_at", "-pk")
            with database_time() as spent:
                list(found[:20])
        timings.append(spent[0])
    return timings


def time_count(queries):
    timings = []
    for code, query, _shape in queries:
        found = found_in(code, query)
        with database_time() as spent:
            found.count()
        timings.append(spent[0])
    return timings


def time_pages(queries):
    client, timings = Client(), []
    for code, query, _shape in queries:
        with database_time() as spent:
            response = client.get(f"/{code}/releases/", {"q": query})
        assert response.status_code == 200, response.status_code
        timings.append(spent[0])
    return timings
