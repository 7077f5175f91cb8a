"""`make bench`: the site under load, as production serves it.

    python bench/run.py --releases 100000 [--compare 1000] [--seconds 10]

1. Builds (or tops up) a PostgreSQL database per size, newsroom_bench_<n>,
   with `manage.py generate_newsroom`, and collects the static files.
2. Serves it with the production command (gunicorn, gunicorn.conf.py,
   DJANGO_ENV=production) and loads it from another process, wrk, over the
   pages readers reach: home, list, filtered list, search, release,
   official, event, feed, sitemap. For each: requests per second and
   latency under 32 connections, latency at one connection, with the page
   cache off (every page made) and on (cold: the first request after a
   change; warm: from the cache); SQL queries per request; and, in the same
   run, a trivial Django view and a static file served by the same stack:
   every budget is a ratio to these or to another page of the same run, so
   that a slow day's run judges as a fast day's.
3. Loads the list pages of a small database (--compare) the same way, to
   show whether they slow down with the archive's size.
4. Prints a table, and writes it as Markdown and JSON under bench/results/,
   with the date, commit and machine; each target is marked met or not.

docs/performance.md explains the figures.
"""

import argparse
import contextlib
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime

import redis
from report import LISTS, commit, machine, say, verdicts, write
from server import PYTHON, ROOT, Server, fetch

DATABASE_SERVER = os.environ.get(
    "BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432"
)
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
PAGES = (
    "home",
    "list",
    "filtered list",
    "search",
    "release",
    "official",
    "event",
    "feed",
    "sitemap",
)
# The least a request costs through the same stack: every middleware, no
# database, no cache (newsroom/views.py, healthz_live).
TRIVIAL = "/healthz/live"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=100_000)
    parser.add_argument("--compare", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument("--cold-samples", type=int, default=15)
    parser.add_argument("--workers", default=os.environ.get("WEB_CONCURRENCY", ""))
    parser.add_argument("--threads", default=os.environ.get("GUNICORN_THREADS", ""))
    parser.add_argument("--pool", action="store_true", help="psycopg's pool")
    parser.add_argument(
        "--only", help="Comma-separated pages to load (default: all)", default=""
    )
    parser.add_argument("--tag", default="", help="Added to the result files' names")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk (make bench does).")
    pages = [p for p in PAGES if not options.only or p in options.only.split(",")]
    bench = Bench(options)
    report = bench.run(pages)
    write(report, options.tag)
    failed = [what for what, _aim, met, _figure in verdicts(report) if not met]
    if any(what.startswith("Error answers") for what in failed):
        sys.exit("Requests failed: see bench/results/server.log")


class Bench:
    def __init__(self, options):
        self.options = options
        self.prefix = f"bench-{secrets.token_hex(4)}"
        self.redis = redis.Redis.from_url(REDIS)

    def environment(self, size, page_cache):
        env = {
            **os.environ,
            "DJANGO_ENV": "production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DATABASE_URL": f"{DATABASE_SERVER}/newsroom_bench_{size}",
            "REDIS_URL": REDIS,
            "CACHE_KEY_PREFIX": self.prefix,
            "PAGE_CACHE": "1" if page_cache else "0",
            # Plain HTTP on the loopback: no redirect to HTTPS.
            "SECURE_SSL_REDIRECT": "0",
            "PORT": str(self.options.port),
            "LOG_LEVEL": "WARNING",
            # What the page renditions need: served by Django here.
            "SERVE_MEDIA": "0",
        }
        if self.options.workers:
            env["WEB_CONCURRENCY"] = str(self.options.workers)
        if self.options.threads:
            env["GUNICORN_THREADS"] = str(self.options.threads)
        if self.options.pool:
            env["DATABASE_POOL"] = "1"
        return env

    def manage(self, size, *args, capture=False):
        result = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env={**self.environment(size, page_cache=False), "DEMO": "1"},
            check=True,
            text=True,
            stdout=subprocess.PIPE if capture else None,
        )
        return result.stdout

    def prepare(self, size):
        say(f"Database newsroom_bench_{size}: {size} releases")
        self.manage(size, "ensure_database")
        self.manage(size, "migrate", "--noinput", "--verbosity", "0")
        self.manage(size, "generate_newsroom", "--releases", str(size))
        self.manage(size, "collectstatic", "--noinput", "--verbosity", "0")
        return json.loads(self.manage(size, "bench_urls", capture=True))

    def run(self, pages):
        options = self.options
        started = time.time()
        big = self.prepare(options.releases)
        small = None
        if options.compare and options.compare != options.releases:
            small = self.prepare(options.compare)
            # The queries of the small archive's list addresses, counted in
            # the large one too: the same addresses must cost the same.
            for name in LISTS:
                paths = small["pages"][name]["paths"]
                if paths:
                    counts = json.loads(
                        self.manage(
                            options.releases,
                            "bench_urls",
                            "--count",
                            *paths,
                            capture=True,
                        )
                    )
                    big["pages"][name]["same addresses queries"] = max(counts.values())
        # A page with no address in this archive (too small to fill a
        # filtered list) is left out, and said so.
        missing = [name for name in pages if not big["pages"][name]["paths"]]
        if missing:
            say(f"Left out, no address for them at this size: {', '.join(missing)}")
        pages = [name for name in pages if name not in missing]
        results = {
            name: {
                key: big["pages"][name][key]
                for key in ("queries", "same addresses queries")
                if key in big["pages"][name]
            }
            for name in pages
        }
        with Server(self.environment(options.releases, page_cache=False)) as server:
            say("References: a trivial Django view and a static file")
            references = {}
            for name, path in (
                ("trivial view", TRIVIAL),
                ("static file", big["static"]),
            ):
                self.load([path], seconds=1)
                references[name] = {
                    "uncached": self.load([path]),
                    "one connection": self.load([path], connections=1),
                }
            say("Page cache off: every page made")
            for name in pages:
                paths = big["pages"][name]["paths"]
                self.load(paths, seconds=1)
                results[name]["uncached"] = self.load(paths)
                results[name]["one connection"] = self.load(paths, connections=1)
                if small and name in LISTS and small["pages"][name]["paths"]:
                    # The same addresses as in the small archive: compared.
                    results[name]["same addresses"] = self.load(
                        small["pages"][name]["paths"]
                    )
            kinds = {}
            if "search" in pages:
                say("Searches by kind, 1 connection; and each never made before")
                for kind, paths in big["search kinds"].items():
                    # Warmed as every page is: the last kind's first request
                    # after a change ended the generation.
                    self.load(paths, seconds=1)
                    kinds[kind] = self.load(paths, connections=1)
                    kinds[kind]["cold"] = self.cold(paths[0])
            errors = server.errors()
            memory = server.memory()
        with Server(self.environment(options.releases, page_cache=True)) as server:
            say("Page cache on")
            for name in pages:
                paths = big["pages"][name]["paths"]
                # Every worker warmed (templates, connection) before the first
                # request after a change is timed.
                self.load(paths, seconds=1)
                results[name]["cold"] = self.cold(paths[0])
                if name in LISTS:
                    results[name]["cold, recounted"] = self.cold(paths[0], True)
                self.load(paths, seconds=1)
                results[name]["cached"] = self.load(paths)
            say("Static file (the ceiling)")
            static = self.load([big["static"]])
            errors += server.errors()
            memory = [max(a, b) for a, b in zip(memory, server.memory(), strict=False)]
        compared = {}
        if small:
            with Server(self.environment(options.compare, page_cache=False)) as server:
                say(f"Lists at {options.compare} releases, page cache off")
                for name in LISTS:
                    if name in pages and small["pages"][name]["paths"]:
                        compared[name] = {
                            "queries": small["pages"][name]["queries"],
                            "uncached": self.load(small["pages"][name]["paths"]),
                        }
                errors += server.errors()
        return {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "commit": commit(),
            "machine": machine(),
            "settings": {
                "releases": options.releases,
                "public releases": big["public"],
                "compared with": options.compare if small else None,
                "workers": options.workers or f"default ({2 * (os.cpu_count() or 1)})",
                "threads": options.threads or "1",
                "connections": "psycopg pool" if options.pool else "persistent",
                "load": f"wrk -t2 -c{options.connections} -d{options.seconds}s",
            },
            "pages": results,
            "static": static,
            "references": references,
            "search kinds": kinds,
            "compared": compared,
            "worker_rss_mb": memory,
            "server_errors": errors,
            "minutes": round((time.time() - started) / 60, 1),
        }

    def load(self, paths, connections=None, seconds=None):
        connections = connections or self.options.connections
        seconds = seconds or (
            self.options.seconds
            if connections > 1
            else max(2, self.options.seconds // 2)
        )
        threads = min(2, connections)
        output = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "-s",
                str(ROOT / "bench" / "report.lua"),
                f"http://127.0.0.1:{self.options.port}",
                "--",
                *paths,
            ],
            check=True,
            text=True,
            capture_output=True,
        ).stdout
        self.settle()
        line = [row for row in output.splitlines() if row.startswith("{")][-1]
        raw = json.loads(line)
        return {
            "rps": round(raw["requests"] / (raw["duration_us"] / 1e6), 1),
            "p50_ms": raw["latency_us"]["p50"] / 1000,
            "p95_ms": raw["latency_us"]["p95"] / 1000,
            "p99_ms": raw["latency_us"]["p99"] / 1000,
            "requests": raw["requests"],
            "errors": sum(raw["errors"].values()),
        }

    def forget(self, pattern):
        """Delete the cache's keys that match ``pattern``."""
        keys = list(self.redis.scan_iter(match=pattern, count=1000))
        if keys:
            self.redis.delete(*keys)

    # What answers at once when the server is idle.
    quick_path = "/healthz"

    def settle(self):
        """Wait until the server has answered what wrk left queued (up to
        32 requests of a slow page: seconds), so that the next load starts
        on an idle server."""
        deadline = time.monotonic() + 30
        quick = 0
        while quick < 3 and time.monotonic() < deadline:
            started = time.perf_counter()
            # A peer that refuses a moment is not yet idle.
            with contextlib.suppress(OSError):
                fetch(f"http://127.0.0.1:{self.options.port}{self.quick_path}")
            quick = quick + 1 if time.perf_counter() - started < 0.02 else 0
            time.sleep(0.05)

    def cold(self, path, recount=False):
        """The first request after a change: the page made, then stored;
        with ``recount``, after a change that moves the facets' counts too
        (a release published), which are kept across generations while it
        does not."""
        timings = []
        for _ in range(self.options.cold_samples):
            # What a change does: the content's generation ends.
            self.forget(f"{self.prefix}:1:pages:generation*")
            if recount:
                self.forget(f"{self.prefix}:1:lasting:*")
            # As for a change made in another process: the server trusts the
            # generation it read last for PAGE_CACHE_LOCAL_SECONDS.
            time.sleep(1.1)
            started = time.perf_counter()
            fetch(f"http://127.0.0.1:{self.options.port}{path}")
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        return {
            "p50_ms": round(statistics.median(timings), 2),
            "p95_ms": round(timings[max(0, round(0.95 * len(timings)) - 1)], 2),
        }


if __name__ == "__main__":
    main()
