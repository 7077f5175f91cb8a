"""`make soak`: a minute of heavy load on every kind of page, as production
serves it, with the page cache off and then on.

    python bench/soak.py --releases 100000 [--seconds 60] [--connections 64]

Builds (or tops up) newsroom_bench_<n> as `make bench` does, serves it with
gunicorn as `make serve` does, and loads it with wrk cycling through every
address `make bench` uses (home, lists, searches, releases, officials,
events, feeds, sitemaps). It counts answers in error (wrk counts any status
of 400 or more), socket errors (connect, read, write, timeout) and the
server's tracebacks, and reads each worker's resident memory before and
after. It fails when anything failed. Results go to bench/results/ as
Markdown.
"""

import argparse
import json
import shutil
import sys
from datetime import UTC, datetime

from report import commit, machine, say
from run import Bench
from server import RESULTS, Server


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--port", type=int, default=8124)
    parser.add_argument("--workers", default="")
    parser.add_argument("--threads", default="")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk (make soak does).")
    options.pool = False
    options.cold_samples = 0
    bench = Bench(options)
    pages = bench.prepare(options.releases)["pages"]
    paths = [path for page in pages.values() for path in page["paths"]]
    rows = []
    for page_cache in (False, True):
        with Server(bench.environment(options.releases, page_cache)) as server:
            label = "on" if page_cache else "off"
            say(f"Page cache {label}: {options.seconds} s at {options.connections}")
            bench.load(paths, seconds=2)
            before = server.memory()
            result = bench.load(
                paths, connections=options.connections, seconds=options.seconds
            )
            rows.append(
                {
                    "page cache": label,
                    **result,
                    "tracebacks": server.errors(),
                    "memory before (MB)": before,
                    "memory after (MB)": server.memory(),
                }
            )
    write(options, len(paths), rows)
    if any(row["errors"] or row["tracebacks"] for row in rows):
        sys.exit("Requests failed: see bench/results/server.log")


def on(machine_):
    return (
        f"{machine_['cpu']}, {machine_['cores']} cores, {machine_['memory_gb']} GB; "
        f"{machine_['system']}; Python {machine_['python']}; {machine_['postgresql']}"
    )


def write(options, addresses, rows):
    stamp = datetime.now(UTC)
    lines = [
        f"# Soak, {stamp.isoformat(timespec='seconds')} (commit {commit()})",
        "",
        f"{options.releases:,} releases; `wrk -t2 -c{options.connections} "
        f"-d{options.seconds}s` over {addresses} addresses of every kind of page; "
        f"gunicorn as `make serve` runs it (a worker is replaced after "
        f"`GUNICORN_MAX_REQUESTS`). Machine: {on(machine())}.",
        "",
        "| page cache | requests | req/s | p50 / p99 ms | errors (status and socket)"
        " | tracebacks | worker memory before → after (MB) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        memory = ", ".join(
            f"{a} → {b}"
            for a, b in zip(
                row["memory before (MB)"], row["memory after (MB)"], strict=False
            )
        )
        lines.append(
            f"| {row['page cache']} | {row['requests']:,} | {row['rps']} | "
            f"{row['p50_ms']:.1f} / {row['p99_ms']:.1f} | {row['errors']} | "
            f"{row['tracebacks']} | {memory} |"
        )
    name = f"{stamp:%Y-%m-%d}-{commit()}-soak-{options.releases}"
    (RESULTS / f"{name}.md").write_text("\n".join(lines) + "\n")
    (RESULTS / f"{name}.json").write_text(json.dumps(rows, indent=2))
    say("\n".join(lines))
    say(f"== Written: bench/results/{name}.md and .json")


if __name__ == "__main__":
    main()
