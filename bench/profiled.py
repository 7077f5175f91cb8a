"""`make profile`: where a page made afresh spends its time, in-process.

    python bench/profiled.py [--releases 1000] [--page release] [--requests 200]

Against the benchmark's database at that size (``make bench`` builds it),
with production's settings and the page cache off, as ``make bench``
serves pages made afresh (``--whole``: with nothing kept either, as the
first request after a change): requests each address of the page (from
``manage.py bench_urls``) through Django's test client, after a warm-up,

1. unprofiled, and prints the median and the 95th percentile;
2. under cProfile, and prints the functions that took the most time, by
   their own time and with what they called.

docs/performance.md, "Where a page made afresh spends its time", reads it.
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import secrets
import statistics
import sys
import time

from server import ROOT

DATABASE_SERVER = os.environ.get(
    "BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432"
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", default="1000", help="The database's size")
    parser.add_argument("--page", default="release", help="A page of bench_urls")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--sort", default="tottime", help="pstats' order")
    parser.add_argument(
        "--whole",
        action="store_true",
        help="Nothing kept either: fragments off, as after a change",
    )
    options = parser.parse_args()
    os.environ.update(
        {
            "DJANGO_ENV": "production",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "testserver",
            "DATABASE_URL": f"{DATABASE_SERVER}/newsroom_bench_{options.releases}",
            "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
            "CACHE_KEY_PREFIX": f"profile-{secrets.token_hex(4)}",
            "PAGE_CACHE": "0",
            "FRAGMENT_CACHE": "0" if options.whole else "1",
            "SECURE_SSL_REDIRECT": "0",
            "LOG_LEVEL": "WARNING",
            "DEMO": "1",
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        }
    )
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    out = io.StringIO()
    call_command("bench_urls", stdout=out)
    urls = json.loads(out.getvalue())
    # The references make bench measures pages against, by name as pages.
    references = {"trivial view": ["/healthz/live"], "static file": [urls["static"]]}
    paths = references.get(options.page) or urls["pages"][options.page]["paths"]
    client = Client()

    def request(n):
        path = paths[n % len(paths)]
        response = client.get(path)
        if response.status_code != 200:
            sys.exit(f"{path} answered {response.status_code}")

    for n in range(50):
        request(n)
    timings = []
    for n in range(options.requests):
        started = time.perf_counter()
        request(n)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[round(0.95 * len(timings)) - 1]
    print(
        f"{options.page}: {len(paths)} addresses, {options.requests} requests, "
        f"median {statistics.median(timings):.2f} ms, p95 {p95:.2f} ms"
    )
    profile = cProfile.Profile()
    profile.enable()
    for n in range(options.requests):
        request(n)
    profile.disable()
    if os.environ.get("PROFILE_OUT"):
        profile.dump_stats(os.environ["PROFILE_OUT"])
    stats = pstats.Stats(profile).strip_dirs().sort_stats(options.sort)
    stats.print_stats(options.top)


if __name__ == "__main__":
    main()
