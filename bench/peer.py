"""`make bench-peer`: Newsroom beside a Wagtail site of the same size, in
the same run, on the same machine and stack.

    python bench/peer.py --items 1000 --dir ~/.cache/newsroom-bench-peer
                         [--seconds 10] [--connections 32] [--workers 2]

1. Builds the peer in DIR, outside the repository, reusing what is there: a
   virtualenv (DIR/venv) with Wagtail from PyPI, gunicorn, psycopg and
   WhiteNoise; Wagtail's own starter project (`wagtail start peer
   DIR/site`); and, copied over it from bench/peer/, an app `news` (press
   releases as pages: NewsPage with a date, dateline, intro, rich-text body,
   3 tags and 3 people; NewsIndexPage listing the latest 20) and production
   settings (peer/settings/bench.py: PostgreSQL database
   newsroom_peer_<items>, persistent connections as ours, WhiteNoise, no
   page cache). `manage.py generate_news` fills it with --items releases;
   `manage.py bench_news_urls` names the addresses to load and counts their
   SQL queries.
2. Prepares our site at the same size as bench/run.py does
   (newsroom_bench_<items>, `manage.py bench_urls`).
3. Serves each in turn, never both at once (the machine has 2 cores), with
   gunicorn, the same gunicorn.conf.py and the same number of sync workers;
   ours with the page cache off, so every page is made, and once more with
   nothing kept either (fragments off too: the first reader after a
   change), for the record. For each site, wrk
   loads the release page (ours: several releases; the peer: ~50 news
   pages), the list of 20 (ours: the releases list; the peer: the news
   index) and a static file (the ceiling, through WhiteNoise for both):
   1 s of warming, then 32 connections (req/s, p50/p95), then 1 connection
   (p50/p95). Each page's SQL queries per request and size in bytes are
   recorded beside. The machine is shared (2 cores): each site waits for a
   quiet second before it is served, the CPU that other work takes during
   each load is measured, and a site disturbed by more than 10% in any
   load is served once more; the report says when figures are still
   disturbed.
4. Prints a table (Wagtail req/s, Newsroom req/s, their ratio), and writes it
   as Markdown and JSON under bench/results/, with the date, commit and
   machine; the two targets are marked met or not. Exits non-zero if a
   request failed (an answer other than 200) on either site.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from report import commit, machine, say
from run import DATABASE_SERVER, Bench
from server import PYTHON, RESULTS, ROOT, Server

# What the peer installs from PyPI: changing this list reinstalls.
REQUIREMENTS = ["wagtail==8.0.1", "psycopg[binary]", "gunicorn", "whitenoise"]
# The peer's own files, copied over Wagtail's starter project.
SOURCE = ROOT / "bench" / "peer"
# Our pages and the peer's counterparts: (our name in bench_urls, the peer's
# name in bench_news_urls, how the report calls the row).
PAGES = (
    ("release", "article", "Release page / NewsPage"),
    ("list", "list", "List of 20 / news index"),
)
TARGET = 2  # Ours made afresh at least this many times Wagtail's req/s.
# Above this share of the machine's CPU taken by other work while a site was
# loaded, its figures are said to be unreliable.
BUSY = 0.1
CLOCK = os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument(
        "--dir",
        type=Path,
        default=Path.home() / ".cache" / "newsroom-bench-peer",
        help="Where the peer is built (outside the repository)",
    )
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8123, help="Ours")
    parser.add_argument("--peer-port", type=int, default=8124, help="The peer's")
    parser.add_argument("--tag", default="", help="Added to the result files' names")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk (make bench does).")
    directory = options.dir.expanduser().resolve()
    if directory.is_relative_to(ROOT):
        sys.exit(f"--dir must be outside the repository, not {directory}")
    started = time.time()
    peer = Peer(directory, options)
    peer_urls = peer.build()
    # Bench wants the options of bench/run.py: ours at the same size, page
    # cache off, the same workers.
    bench = Bench(
        argparse.Namespace(
            releases=options.items,
            compare=0,
            seconds=options.seconds,
            connections=options.connections,
            port=options.port,
            cold_samples=15,
            workers=str(options.workers),
            threads="",
            pool=False,
            only="",
            tag=options.tag,
        )
    )
    our_urls = bench.prepare(options.items)
    ours = loaded(our_urls, [ours_ for ours_, _theirs, _row in PAGES])
    measured_ours, _checks = serve(
        "Newsroom, page cache off: every page made",
        lambda: Server(bench.environment(options.items, page_cache=False)),
        f"newsroom_bench_{options.items}",
        bench,
        ours,
    )
    # For the record, not the targets: ours with nothing kept either, as
    # the first reader after a change gets it.
    measured_whole, _checks = serve(
        "Newsroom, page cache and fragments off: every page made whole",
        lambda: Server(
            {
                **bench.environment(options.items, page_cache=False),
                "FRAGMENT_CACHE": "0",
            }
        ),
        f"newsroom_bench_{options.items}",
        bench,
        ours,
    )
    theirs = loaded(peer_urls, [theirs_ for _ours, theirs_, _row in PAGES])
    measured_peer, checks = serve(
        f"Wagtail {peer.version()}, no page cache: every page made",
        lambda: Server(
            peer.environment(),
            gunicorn=peer.bin / "gunicorn",
            app="peer.wsgi",
            cwd=peer.site,
            log="peer-server.log",
            ready="/",
        ),
        peer.database,
        PeerLoad(bench.options, options.peer_port, theirs["static"]),
        theirs,
        check=peer.check,
    )
    result = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit(),
        "machine": machine(),
        "settings": {
            "items": options.items,
            "newsroom public releases": our_urls["public"],
            "wagtail news pages": peer_urls["items"],
            "wagtail": peer.version(),
            "workers": options.workers,
            "load": f"wrk -t2 -c{options.connections} -d{options.seconds}s",
            "peer": str(directory),
        },
        "newsroom": measured_ours,
        "newsroom made whole": measured_whole,
        "wagtail": measured_peer,
        "wagtail checks": checks,
        "wagtail sql": {
            theirs_: peer_urls["pages"][theirs_]["sql"] for _o, theirs_, _r in PAGES
        },
        "minutes": round((time.time() - started) / 60, 1),
    }
    write(result, options.tag)
    errors = failures(result)
    if errors:
        sys.exit(
            f"Requests failed: {', '.join(errors)} (see bench/results/server.log "
            "and bench/results/peer-server.log)"
        )


def loaded(urls, names):
    """What is loaded of a site, from what its `bench_urls` command said:
    the named pages' addresses and queries, and its static file."""
    return {
        "pages": {
            name: {
                "paths": urls["pages"][name]["paths"],
                "queries": urls["pages"][name]["queries"],
            }
            for name in names
        },
        "static": urls["static"],
    }


def serve(title, start, database, loader, site, check=None):
    """One site served and measured, alone on the machine as far as can be:
    after a quiet second, and once more if other work took a share of the
    CPU meanwhile (the second try is kept, however disturbed). Returns its
    figures, and what `check` found of its pages."""
    for attempt in (1, 2):
        quiet()
        with start() as server:
            say(title)
            checks = check(site) if check else None
            measured = measure(loader, site, server, database)
            measured["server errors"] = server.errors()
            measured["worker_rss_mb"] = server.memory()
        others = max(page["others' cpu"] for page in measured["pages"].values())
        if attempt == 2 or others <= BUSY or failed(measured):
            return measured, checks
        say(f"Other work took {others:.0%} of the CPU during a load: once more")


def quiet(limit=120):
    """Wait, up to `limit` seconds, for a second in which other work uses
    less than BUSY of the machine's CPU."""
    deadline = time.monotonic() + limit
    while busy() > BUSY and time.monotonic() < deadline:
        pass


class Peer:
    """The Wagtail site in DIR: built, filled, and how to serve it."""

    def __init__(self, directory, options):
        self.directory = directory
        self.options = options
        self.venv = directory / "venv"
        self.bin = self.venv / "bin"
        self.site = directory / "site"
        self.database = f"newsroom_peer_{options.items}"
        # One secret for the run: the workers and the commands agree.
        self.secret = secrets.token_urlsafe(50)

    def environment(self):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "peer.settings.bench",
            "SECRET_KEY": self.secret,
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DATABASE_URL": f"{DATABASE_SERVER}/{self.database}",
            "PORT": str(self.options.peer_port),
            "WEB_CONCURRENCY": str(self.options.workers),
            "GUNICORN_THREADS": "1",
            "LOG_LEVEL": "WARNING",
        }
        # Not our virtualenv's, nor our settings.
        for name in ("VIRTUAL_ENV", "PYTHONPATH", "DJANGO_ENV"):
            env.pop(name, None)
        return env

    def manage(self, *args, capture=False):
        result = subprocess.run(
            [str(self.bin / "python"), "manage.py", *args],
            cwd=self.site,
            env=self.environment(),
            check=True,
            text=True,
            stdout=subprocess.PIPE if capture else None,
        )
        return result.stdout

    def build(self):
        """Everything the peer needs, made only where missing; returns the
        addresses to load and their queries (bench_news_urls)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = self.venv / ".stamp-peer"
        wanted = "\n".join(REQUIREMENTS) + "\n"
        if not (stamp.exists() and stamp.read_text() == wanted):
            say(f"Peer: virtualenv {self.venv} with {' '.join(REQUIREMENTS)}")
            if not (self.bin / "python").exists():
                subprocess.run([PYTHON, "-m", "venv", str(self.venv)], check=True)
            subprocess.run(
                [
                    *(str(self.bin / "python"), "-m", "pip", "install", "--quiet"),
                    *("--upgrade", "pip", *REQUIREMENTS),
                ],
                check=True,
            )
            stamp.write_text(wanted)
        if not (self.site / "manage.py").exists():
            say(f"Peer: Wagtail's starter project in {self.site}")
            self.site.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [str(self.bin / "wagtail"), "start", "peer", str(self.site)],
                check=True,
            )
        # Ours, over the starter: always, so that a change in bench/peer/
        # reaches the peer.
        shutil.copytree(
            SOURCE,
            self.site,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
        self.ensure_database()
        say(f"Peer: database {self.database}: {self.options.items} news pages")
        self.manage("makemigrations", "news", "--verbosity", "0")
        self.manage("migrate", "--noinput", "--verbosity", "0")
        self.manage("generate_news", "--items", str(self.options.items))
        self.manage("collectstatic", "--noinput", "--verbosity", "0")
        return json.loads(self.manage("bench_news_urls", capture=True))

    def ensure_database(self):
        with psycopg.connect(f"{DATABASE_SERVER}/postgres", autocommit=True) as db:
            found = db.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [self.database]
            ).fetchone()
            if not found:
                # A name of ours, from an integer: safe to put in the SQL.
                db.execute(f'CREATE DATABASE "{self.database}"')

    def version(self):
        return subprocess.run(
            [
                str(self.bin / "python"),
                "-c",
                "import wagtail; print(wagtail.__version__)",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    def check(self, theirs):
        """The peer's pages, read as a reader gets them: a news page with a
        body of ~600 words, 3 people and 3 tags; an index of 20 items. A
        comparison with a page that lacks them would mean nothing."""
        port = self.options.peer_port
        _status, article = get(port, theirs["pages"]["article"]["paths"][0])
        _status, index = get(port, theirs["pages"]["list"]["paths"][0])
        body = re.search(r'<div class="body">(.*?)</div>', article, re.S)
        found = {
            "body words": len(re.sub(r"<[^>]+>", " ", body[1]).split()) if body else 0,
            "body paragraphs": body[1].count("<p") if body else 0,
            "people": len(re.findall(r"<li><strong>", article)),
            "tags": article.count("?tag="),
            "index items": len(re.findall(r"<h2><a href=", index)),
        }
        expected = {"people": 3, "tags": 3, "index items": min(20, self.options.items)}
        wrong = [
            f"{k} {found[k]} (not {v})" for k, v in expected.items() if found[k] != v
        ]
        if found["body words"] < 500:
            wrong.append(f"body of {found['body words']} words")
        if wrong:
            raise SystemExit(f"The peer's pages are not what they should be: {wrong}")
        say(f"Peer's pages checked: {found}")
        return found


class PeerLoad(Bench):
    """Bench's load with wrk and bench/report.lua, aimed at the peer's port;
    it tells the server is idle by a static file answering quickly (the peer
    has no /healthz)."""

    def __init__(self, options, port, quick_path):
        super().__init__(argparse.Namespace(**{**vars(options), "port": port}))
        self.quick_path = quick_path


def get(port, path):
    """(status, body) of one request, redirects not followed: a redirect
    is no page, and counts as a failed request."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def measure(loader, site, server, database):
    """Each page of a site, and its static file, loaded: warmed 1 s, at 32
    connections, at one; with its queries, its size (the mean of its
    addresses, in bytes) and the CPU other work took meanwhile."""
    port = loader.options.port
    pages = {**site["pages"], "static": {"paths": [site["static"]], "queries": 0}}
    results = {}
    for name, page in pages.items():
        paths = page["paths"]
        answers = [get(port, path) for path in paths]
        loader.load(paths, seconds=1)
        with Others(server, database) as others:
            loaded = loader.load(paths)
            one = loader.load(paths, connections=1)
        results[name] = {
            "paths": paths,
            "queries": page["queries"],
            "bytes": round(
                sum(len(body.encode()) for _s, body in answers) / len(paths)
            ),
            "not 200": sum(status != 200 for status, _body in answers),
            "loaded": loaded,
            "one connection": one,
            "others' cpu": others.share,
        }
    return {"pages": results}


def ratios(result):
    """Newsroom's req/s at 32 connections ÷ Wagtail's, by row."""
    rows = [*PAGES, ("static", "static", "Static file (the ceiling)")]
    return [
        (
            row,
            result["wagtail"]["pages"][theirs]["loaded"]["rps"],
            result["newsroom"]["pages"][ours]["loaded"]["rps"],
            ours,
            theirs,
        )
        for ours, theirs, row in rows
    ]


def targets(result):
    """(what, ratio, the most CPU other work took in the loads compared)."""
    found = {}
    for _row, w_rps, n_rps, ours, theirs in ratios(result):
        disturbed = max(
            result["newsroom"]["pages"][ours]["others' cpu"],
            result["wagtail"]["pages"][theirs]["others' cpu"],
        )
        found[ours] = (n_rps / w_rps if w_rps else 0, disturbed)
    return [
        ("Release page made afresh ≥ 2× Wagtail's NewsPage", *found["release"]),
        ("List of 20 made afresh ≥ 2× Wagtail's index", *found["list"]),
    ]


def failed(measured):
    """How many requests failed on a site: answers other than 200 when read
    once, wrk's errors (4xx, 5xx, broken connections, time-outs), and the
    server's tracebacks."""
    return measured["server errors"] + sum(
        page["not 200"] + page["loaded"]["errors"] + page["one connection"]["errors"]
        for page in measured["pages"].values()
    )


def failures(result):
    """What failed, on either site."""
    return [
        f"{site} {failed(result[site])}"
        for site in ("newsroom", "newsroom made whole", "wagtail")
        if site in result and failed(result[site])
    ]


def markdown(result):
    s, m = result["settings"], result["machine"]
    ours, theirs = result["newsroom"]["pages"], result["wagtail"]["pages"]
    lines = [
        f"# Newsroom beside Wagtail, {result['date']} (commit {result['commit']})",
        "",
        f"{s['items']:,} items each: Newsroom {s['newsroom public releases']:,} "
        f"public releases, Wagtail {s['wagtail']} {s['wagtail news pages']:,} news "
        f"pages. Both made afresh on every request (no page cache), served in "
        f"turn by gunicorn with the same gunicorn.conf.py, {s['workers']} sync "
        f"workers, PostgreSQL with persistent connections, static files by "
        f"WhiteNoise; load `{s['load']}` from another process on the same machine.",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; "
        f"{m['system']}; Python {m['python']}; {m['postgresql']}.",
        "",
        "| page | Wagtail req/s | Newsroom req/s | ratio (Newsroom ÷ Wagtail) "
        "| Wagtail 32 conn: p50 / p95 ms | Newsroom 32 conn: p50 / p95 ms "
        "| Wagtail 1 conn: p50 / p95 ms | Newsroom 1 conn: p50 / p95 ms "
        "| queries: Wagtail / Newsroom | bytes: Wagtail / Newsroom |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row, w_rps, n_rps, o, t in ratios(result):
        w, n = theirs[t], ours[o]
        ratio = f"{n_rps / w_rps:.2f}×" if w_rps else "–"
        lines.append(
            f"| {row} | {w_rps:.0f} | {n_rps:.0f} | {ratio} "
            f"| {w['loaded']['p50_ms']:.1f} / {w['loaded']['p95_ms']:.1f} "
            f"| {n['loaded']['p50_ms']:.1f} / {n['loaded']['p95_ms']:.1f} "
            f"| {w['one connection']['p50_ms']:.1f} / "
            f"{w['one connection']['p95_ms']:.1f} "
            f"| {n['one connection']['p50_ms']:.1f} / "
            f"{n['one connection']['p95_ms']:.1f} "
            f"| {w['queries']} / {n['queries']} | {w['bytes']:,} / {n['bytes']:,} |"
        )
    whole = result.get("newsroom made whole")
    if whole:
        lines += [
            "",
            "For the record, Newsroom with nothing kept either (page cache and "
            "fragments off: what the first reader after a change gets):",
            "",
            "| page | Wagtail req/s | Newsroom made whole req/s | ratio "
            "| Wagtail 1 conn: p50 ms | Newsroom made whole 1 conn: p50 ms |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for ours_, theirs_, row in PAGES:
            w, n = theirs[theirs_], whole["pages"][ours_]
            w_rps, n_rps = w["loaded"]["rps"], n["loaded"]["rps"]
            lines.append(
                f"| {row} | {w_rps:.0f} | {n_rps:.0f} "
                f"| {n_rps / w_rps:.2f}× | {w['one connection']['p50_ms']:.1f} "
                f"| {n['one connection']['p50_ms']:.1f} |"
            )
    lines += ["", "| target | measured | |", "|---|---|---|"]
    for what, ratio, disturbed in targets(result):
        verdict = "met" if ratio >= TARGET else "NOT met"
        if disturbed > BUSY:
            verdict += f" (unreliable: other work took {disturbed:.0%} of the CPU)"
        lines.append(f"| {what} | {ratio:.2f}× | {verdict} |")
    checks = result["wagtail checks"]
    lines += [
        "",
        f"Wagtail's pages as read: a news page of {checks['body words']} words in "
        f"{checks['body paragraphs']} paragraphs, {checks['people']} people, "
        f"{checks['tags']} tags; the index lists {checks['index items']} items.",
        f"Workers' resident memory after the run (MB): Newsroom "
        f"{result['newsroom']['worker_rss_mb']}, Wagtail "
        f"{result['wagtail']['worker_rss_mb']}; server tracebacks: Newsroom "
        f"{result['newsroom']['server errors']}, Wagtail "
        f"{result['wagtail']['server errors']}; the run took "
        f"{result['minutes']} minutes.",
    ]
    others = {
        site: {
            name: page["others' cpu"] for name, page in result[site]["pages"].items()
        }
        for site in ("newsroom", "wagtail")
    }
    lines.append(
        "Share of the machine's CPU taken by other work during each load: "
        + "; ".join(
            f"{site.capitalize()} "
            + ", ".join(f"{name} {share:.0%}" for name, share in shares.items())
            for site, shares in others.items()
        )
        + "."
    )
    if max(max(shares.values()) for shares in others.values()) > BUSY:
        lines.append(
            "**Something else was using the machine during the run: the figures "
            "of both sites, and their ratios, are less reliable. Run again on a "
            "quiet machine.**"
        )
    for name, sql in result["wagtail sql"].items():
        lines += ["", f"The SQL of one request of Wagtail's {name} page:", ""]
        lines += [f"{i}. `{shorten(query)}`" for i, query in enumerate(sql, 1)]
    return "\n".join(lines) + "\n"


def shorten(query, width=160):
    """A query on one line, without its list of columns, cut to width."""
    query = " ".join(query.split()).replace("`", "'")
    columns, found, rest = query.partition(" FROM ")
    if found and columns.startswith("SELECT ") and ", " in columns:
        query = f"SELECT … FROM {rest}"
    return query if len(query) <= width else query[: width - 1] + "…"


class Others:
    """The share of the machine's CPU that other work took during the block
    (0 to 1): the machine's busy time less what the site's server, its
    database connections, wrk and this program used. Such work competes with
    the site for the cores, and lowers its figures: another bench, a build,
    a profiler on the same machine."""

    def __init__(self, server, database):
        self.server = server
        self.database = database

    def ours(self):
        """{pid: CPU seconds so far} of the server (its reaped workers
        too) and of the database's backends serving it."""
        pids = [self.server.process.pid, *self.server.workers()]
        with psycopg.connect(f"{DATABASE_SERVER}/postgres", autocommit=True) as db:
            pids += [
                pid
                for (pid,) in db.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = %s",
                    [self.database],
                )
            ]
        return {pid: cpu_seconds(pid) for pid in pids}

    def mine(self):
        """This program and what it ran and waited for (wrk), in seconds."""
        times = os.times()
        return times.user + times.system + times.children_user + times.children_system

    def __enter__(self):
        self.started = time.monotonic()
        self.before = (machine_busy(), self.mine(), self.ours())
        return self

    def __exit__(self, *exc):
        busy, mine, ours = machine_busy(), self.mine(), self.ours()
        used = sum(
            seconds - self.before[2].get(pid, 0) for pid, seconds in ours.items()
        )
        others = busy - self.before[0] - (mine - self.before[1]) - used
        wall = time.monotonic() - self.started
        self.share = round(max(0.0, others) / (wall * (os.cpu_count() or 1)), 2)


def cpu_seconds(pid):
    """User and system CPU time of a process and of the children it reaped,
    in seconds; 0 if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    # After the command's name, in brackets: utime, stime, cutime, cstime are
    # the 12th to 15th fields.
    fields = stat.rsplit(")", 1)[1].split()
    return sum(int(field) for field in fields[11:15]) / CLOCK


def busy(seconds=1.0):
    """The share of the machine's CPU in use over the next second."""
    before, started = machine_busy(), time.monotonic()
    time.sleep(seconds)
    used = machine_busy() - before
    return used / ((time.monotonic() - started) * (os.cpu_count() or 1))


def machine_busy():
    """The CPU time all the machine's cores have been busy, in seconds."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split()[1:9]]
    return (sum(fields) - fields[3] - fields[4]) / CLOCK  # less idle, iowait


def write(result, tag):
    text = markdown(result)
    print()
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = (
        f"{result['date'][:10]}-{result['commit']}-peer-{result['settings']['items']}"
    )
    if tag:
        name += f"-{tag}"
    (RESULTS / f"{name}.md").write_text(text)
    (RESULTS / f"{name}.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    )
    say(f"Written: bench/results/{name}.md and .json")


if __name__ == "__main__":
    main()
