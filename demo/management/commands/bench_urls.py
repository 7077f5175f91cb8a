"""The addresses `make bench` loads, and the SQL queries each page runs.

    python manage.py bench_urls            (JSON on standard output)

Run against the benchmark's database (bench/run.py does): picks, from what
is there, the pages a reader reaches most — home, the list with and without
filters, searches, releases, officials, events, the feed, the sitemap — a
handful of addresses for each, so that a load cycles through several, and a
static file for the ceiling. Each address is requested once in this process,
page cache off, to count its queries.
"""

import json

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import translation
from django.utils.http import urlencode

from contacts.models import Official
from events.models import Event
from releases.forms import ReleaseFilterForm
from releases.models import Mention, Release, Theme
from releases.views.release import PER_PAGE

# What a reader of the generated archive types, by kind of query and
# language: the benchmark times each kind on its own.
SEARCH_KINDS = {
    "one word": {
        "en": "migrants",
        "fr": "migrants",
        "es": "migrantes",
        "ar": "المهاجرين",
    },
    "two common words": {
        "en": "migrants health",
        "fr": "protection des",
        "es": "migrantes salud",
        "ar": "حماية الحدود",
    },
    "phrase": {
        "en": '"human trafficking"',
        "fr": '"traite des"',
        "es": '"trata de"',
        "ar": '"الاتجار بالبشر"',
    },
    "exclusion": {
        "en": "migrants -border",
        "fr": "migrants -frontières",
        "es": "migrantes -fronteras",
        "ar": "المهاجرين -الحدود",
    },
    "all languages": {
        "en": "trafficking",
        "fr": "traite",
        "es": "trata",
        "ar": "الاتجار",
    },
}
EACH = 12


class Command(BaseCommand):
    help = "Print, as JSON, the pages the benchmark loads and their query counts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--count",
            nargs="+",
            metavar="PATH",
            help="Only count the queries of these addresses: {path: queries}.",
        )

    def handle(self, *args, count=None, **options):
        if count:
            counted_ = counted({"given": count}, each=True)["given"]
            self.stdout.write(json.dumps(counted_, ensure_ascii=False))
            return
        with translation.override("en"):
            pages = addresses()
        self.stdout.write(
            json.dumps(
                {
                    "pages": counted(pages),
                    "static": staticfiles_storage.url("css/newsroom.css"),
                    "search kinds": search_kinds(),
                    "releases": Release.objects.count(),
                    "public": Release.objects.public().count(),
                    "database": settings.DATABASES["default"]["NAME"],
                },
                ensure_ascii=False,
            )
        )


def addresses():
    """``{page: [path, ...]}``: a few addresses of each kind of page."""
    return {
        "home": ["/en/", "/fr/", "/es/", "/ar/"],
        "list": ["/en/releases/", "/fr/releases/", "/es/releases/", "/ar/releases/"],
        "filtered list": filtered_lists(),
        "search": [path for paths in search_kinds().values() for path in paths],
        "release": releases(),
        "official": officials(),
        "event": events(),
        "feed": [f"/{code}/releases/feed/" for code in ("en", "fr", "es", "ar")],
        "sitemap": ["/sitemap.xml", "/sitemap-releases.xml"],
    }


def search_kinds():
    """``{kind: [path, ...]}``: each kind of query, in every language."""
    kinds = {}
    for kind, by_language in SEARCH_KINDS.items():
        scope = {"scope": "all"} if kind == "all languages" else {}
        kinds[kind] = [
            f"/{code}/releases/?{urlencode({'q': words, **scope})}"
            for code, words in by_language.items()
        ]
    return kinds


def counted(pages, each=False):
    """``{page: {"paths", "queries"}}``, the most queries any of its
    addresses ran, each requested once with the page cache off; with
    ``each``, ``{page: {path: queries}}``."""
    client = Client()
    result = {}
    # Made whole: no page and no fragment from the cache.
    with override_settings(PAGE_CACHE=False, FRAGMENT_CACHE=False):
        # Once before counting: the process's first request also begins the
        # content's generation, which is no page's cost.
        client.get(next(path for paths in pages.values() for path in paths))
        for name, paths in pages.items():
            counts = []
            for path in paths:
                # The fewer of two: a request may also confirm the content's
                # version (once a second, whatever the page).
                counted_ = []
                for _ in range(2):
                    with CaptureQueriesContext(connection) as queries:
                        response = client.get(path)
                    if response.status_code != 200:
                        raise CommandError(f"{path} answered {response.status_code}")
                    counted_.append(len(queries))
                counts.append(min(counted_))
            result[name] = (
                dict(zip(paths, counts, strict=True))
                if each
                else {"paths": paths, "queries": max(counts, default=0)}
            )
    return result


def filtered_lists():
    """The list filtered as readers filter it (by country, theme, kind,
    year, and two at once), each giving at least a page of results: a page
    half empty would be quicker for that alone, at any size of archive."""
    newest = Release.objects.public().order_by("-publish_at").first()
    year = newest.publish_at.year if newest else 2026
    themes = list(Theme.objects.order_by("pk").values_list("slug_en", flat=True))
    candidates = [
        ("en", {"theme": themes[0]}),
        ("en", {"country": "CO"}),
        ("en", {"kind": "press_release", "year": year - 1}),
        ("fr", {"country": "PY"}),
        ("es", {"theme": themes[1], "year": year - 2}),
        ("en", {"country": "BR", "theme": themes[2]}),
        ("ar", {"theme": themes[3]}),
        ("en", {"country": "SD"}),
        ("fr", {"kind": "press_release"}),
    ]
    chosen = []
    for language, filters in candidates:
        form = ReleaseFilterForm(filters)
        if not form.is_valid():
            continue
        found = form.filter(Release.objects.public().available_in(language))
        if found[:PER_PAGE].count() == PER_PAGE:
            chosen.append(f"/{language}/releases/?{urlencode(filters)}")
    return chosen[:6]


def releases():
    """Recent releases with everything a page can show: picture, people,
    contacts."""
    named = Mention.objects.values("release")
    found = (
        Release.objects.public()
        .available_in("en")
        .filter(pk__in=named, hero_image__isnull=False)
        .order_by("-publish_at")[: EACH * 4 : 4]
    )
    return [release.url_in("en") for release in found]


def officials():
    """Officials named in public releases, the most named first."""
    named = (
        Mention.objects.confirmed()
        .values("official")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("official", flat=True)[:EACH]
    )
    return [
        official.get_absolute_url()
        for official in Official.objects.filter(pk__in=list(named))
    ]


def events():
    """Public events, recent and upcoming, with speakers."""
    found = (
        Event.objects.public()
        .filter(speakers__isnull=False)
        .distinct()
        .order_by("-starts_at")[:EACH]
    )
    return [event.get_absolute_url() for event in found]
