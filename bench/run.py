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
   run, a static file served by the same stack, the ceiling.
3. Loads the list pages of a small database (--compare) the same way, to
   show whether they slow down with the archive's size.
4. Prints a table, and writes it as Markdown and JSON under bench/results/,
   with the date, commit and machine; each target is marked met or not.

docs/performance.md explains the figures.
"""

import argparse
import json
import os
import platform
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
RESULTS = ROOT / "bench" / "results"
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
# The pages whose speed must not depend on the archive's size.
LISTS = ("list", "filtered list")


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

    def settle(self):
        """Wait until the server has answered what wrk left queued (up to
        32 requests of a slow page: seconds), so that the next load starts
        on an idle server."""
        deadline = time.monotonic() + 30
        quick = 0
        while quick < 3 and time.monotonic() < deadline:
            started = time.perf_counter()
            fetch(f"http://127.0.0.1:{self.options.port}/healthz")
            quick = quick + 1 if time.perf_counter() - started < 0.02 else 0
            time.sleep(0.05)

    def cold(self, path):
        """The first request after a change: the page made, then stored."""
        timings = []
        for _ in range(self.options.cold_samples):
            # What a change does: the content's generation ends.
            self.redis.delete(f"{self.prefix}:1:pages:generation")
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


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        return response.status


class Server:
    """gunicorn as `make serve` runs it, until the block ends."""

    def __init__(self, env):
        self.env = env
        self.log = RESULTS / "server.log"

    def __enter__(self):
        self.log_file = self.log.open("w")
        self.process = subprocess.Popen(
            [
                str(Path(PYTHON).parent / "gunicorn"),
                "-c",
                "gunicorn.conf.py",
                "newsroom.wsgi",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{self.env['PORT']}/healthz"
        for _ in range(100):
            time.sleep(0.2)
            try:
                if fetch(url) == 200:
                    return self
            except OSError:
                if self.process.poll() is not None:
                    break
        raise SystemExit(f"The server did not start: see {self.log}")

    def workers(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def memory(self):
        """Resident memory of each worker, in MB."""
        sizes = []
        for pid in self.workers():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(round(int(line.split()[1]) / 1024, 1))
        return sorted(sizes, reverse=True)

    def errors(self):
        """Tracebacks the server logged (a 5xx leaves one)."""
        self.log_file.flush()
        return self.log.read_text().count("Traceback")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)
        self.log_file.close()


def commit():
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine():
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    postgres = subprocess.run(
        ["psql", "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(int(memory) / 1024 / 1024, 1),
        "system": platform.platform(),
        "python": platform.python_version(),
        "postgresql": postgres,
    }


# ----- the report -----

TARGETS = [
    # (what, how it is read, target)
    ("Release page, page cache off, 32 connections", "release_rps", ">= 300 req/s"),
    ("Release page, page cache off, 1 connection", "release_median", "<= 15 ms"),
    ("Release page, cached, share of the static ceiling", "cached_share", ">= 80%"),
    ("List pages at full size vs small, req/s", "lists_ratio", "within 10%"),
    ("List pages, queries at both sizes", "lists_queries", "identical"),
    ("Search p95, page cache off, 1 connection", "search_p95", "<= 50 ms"),
    ("Largest worker after the run", "rss", "<= 150 MB"),
    ("Error answers (4xx, 5xx), failed requests, tracebacks", "errors", "0"),
]


def verdicts(report):
    pages, static = report["pages"], report["static"]
    found = {}
    if "release" in pages:
        release = pages["release"]
        found["release_rps"] = (
            release["uncached"]["rps"] >= 300,
            f"{release['uncached']['rps']:.0f} req/s",
        )
        found["release_median"] = (
            release["one connection"]["p50_ms"] <= 15,
            f"{release['one connection']['p50_ms']:.1f} ms",
        )
        share = release["cached"]["rps"] / static["rps"]
        found["cached_share"] = (
            share >= 0.8,
            f"{share:.0%} ({release['cached']['rps']:.0f} of {static['rps']:.0f})",
        )
    compared = report["compared"]
    if compared:
        ratios = {
            name: pages[name]["same addresses"]["rps"]
            / compared[name]["uncached"]["rps"]
            for name in compared
        }
        found["lists_ratio"] = (
            all(ratio >= 0.9 for ratio in ratios.values()),
            ", ".join(f"{name} {ratio:.0%}" for name, ratio in ratios.items()),
        )
        found["lists_queries"] = (
            all(
                pages[n]["same addresses queries"] == compared[n]["queries"]
                for n in compared
            ),
            ", ".join(
                f"{n} {pages[n]['same addresses queries']} / {compared[n]['queries']}"
                for n in compared
            ),
        )
    if "search" in pages:
        # The time a search takes, not the queue before it: one connection.
        p95 = pages["search"]["one connection"]["p95_ms"]
        found["search_p95"] = (p95 <= 50, f"{p95:.1f} ms")
    rss = max(report["worker_rss_mb"] or [0])
    found["rss"] = (rss <= 150, f"{rss:.0f} MB")
    errors = report["server_errors"] + sum(
        page.get(mode, {}).get("errors", 0)
        for page in pages.values()
        for mode in ("uncached", "cached", "one connection")
    )
    found["errors"] = (errors == 0, str(errors))
    return [
        (what, target, *found[key]) for what, key, target in TARGETS if key in found
    ]


def markdown(report):
    s = report["settings"]
    machine_ = report["machine"]
    lines = [
        f"# Benchmark, {report['date']} (commit {report['commit']})",
        "",
        f"{s['releases']:,} releases ({s['public releases']:,} public); "
        f"gunicorn {s['workers']} workers × {s['threads']} thread(s), "
        f"{s['connections']} database connections; load `{s['load']}` "
        "from another process on the same machine.",
        f"Machine: {machine_['cpu']}, {machine_['cores']} cores, "
        f"{machine_['memory_gb']} GB; {machine_['system']}; Python "
        f"{machine_['python']}; {machine_['postgresql']}.",
        "",
        "| page | queries | off: req/s | off: p50 / p95 / p99 ms "
        "| off, 1 conn: p50 / p95 ms | cold: p50 ms | cached: req/s "
        "| cached: p50 / p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, page in report["pages"].items():
        off, one, cold, cached = (
            page[k] for k in ("uncached", "one connection", "cold", "cached")
        )
        lines.append(
            f"| {name} | {page['queries']} | {off['rps']:.0f} "
            f"| {off['p50_ms']:.1f} / {off['p95_ms']:.1f} / {off['p99_ms']:.1f} "
            f"| {one['p50_ms']:.1f} / {one['p95_ms']:.1f} | {cold['p50_ms']:.1f} "
            f"| {cached['rps']:.0f} "
            f"| {cached['p50_ms']:.1f} / {cached['p99_ms']:.1f} |"
        )
    static = report["static"]
    lines.append(
        f"| static file (ceiling) | 0 | | | | | {static['rps']:.0f} "
        f"| {static['p50_ms']:.1f} / {static['p99_ms']:.1f} |"
    )
    if report["compared"]:
        lines += [
            "",
            f"Lists at {s['compared with']:,} releases, page cache off:",
            "",
            "| page | queries | req/s | p50 / p95 ms "
            "| same addresses at full size: req/s | p50 / p95 ms |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for name, page in report["compared"].items():
            off, big = page["uncached"], report["pages"][name]["same addresses"]
            lines.append(
                f"| {name} | {page['queries']} | {off['rps']:.0f} "
                f"| {off['p50_ms']:.1f} / {off['p95_ms']:.1f} "
                f"| {big['rps']:.0f} | {big['p50_ms']:.1f} / {big['p95_ms']:.1f} |"
            )
    lines += [
        "",
        "| target | aim | measured | |",
        "|---|---|---|---|",
    ]
    for what, target, met, figure in verdicts(report):
        verdict = "met" if met else "NOT met"
        lines.append(f"| {what} | {target} | {figure} | {verdict} |")
    lines += [
        "",
        f"Workers' resident memory after the run (MB): {report['worker_rss_mb']}; "
        f"server tracebacks: {report['server_errors']}; "
        f"the run took {report['minutes']} minutes.",
    ]
    return "\n".join(lines) + "\n"


def write(report, tag):
    text = markdown(report)
    print()
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = report["date"][:10]
    name = f"{stamp}-{report['commit']}-{report['settings']['releases']}"
    if tag:
        name += f"-{tag}"
    (RESULTS / f"{name}.md").write_text(text)
    (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n")
    say(f"Written: bench/results/{name}.md and .json")


def say(text):
    print(f"== {text}", flush=True)


if __name__ == "__main__":
    main()
