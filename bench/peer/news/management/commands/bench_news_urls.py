"""The addresses bench/peer.py loads on the peer, and the SQL queries each
page runs: the peer's counterpart of Newsroom's `manage.py bench_urls`.

    python manage.py bench_news_urls            (JSON on standard output)

A sample of news pages spread over the archive, the news index (its first
page, 20 items) and a static file of the starter's, served by WhiteNoise.
Each address is requested once in this process, after one request of
the same page that warms it (content types, the site's root paths), to
count its queries; the most any address ran is the page's count.
"""

import json

from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from news.models import NewsIndexPage, NewsPage

SAMPLE = 50


class Command(BaseCommand):
    help = "Print, as JSON, the pages bench/peer.py loads and their query counts."

    def handle(self, *args, **options):
        index = NewsIndexPage.objects.live().first()
        if index is None:
            raise CommandError("No news index: run generate_news first.")
        news = NewsPage.objects.live().public().order_by("-date", "-pk")
        total = news.count()
        step = max(1, total // SAMPLE)
        chosen = list(news.values_list("pk", flat=True))[::step][:SAMPLE]
        articles = [page.url for page in news.filter(pk__in=chosen)]
        pages = {"article": articles, "list": [index.url]}
        client = Client()
        result = {}
        for name, paths in pages.items():
            # The first request of a kind of page also fills the process's
            # caches (content types, the site's root paths): not counted.
            client.get(paths[0])
            counts = []
            for path in paths:
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(path)
                if response.status_code != 200:
                    raise CommandError(f"{path} answered {response.status_code}")
                counts.append(len(queries))
            # What one request of the page asks the database, for the report.
            sql = [query["sql"] for query in queries.captured_queries]
            result[name] = {"paths": paths, "queries": max(counts), "sql": sql}
        self.stdout.write(
            json.dumps(
                {
                    "pages": result,
                    "static": staticfiles_storage.url("css/welcome_page.css"),
                    "items": total,
                }
            )
        )
