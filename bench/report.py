"""The report of bench/run.py: the targets met or not, the table, the files."""

import json
import os
import platform
import subprocess
from pathlib import Path

from server import RESULTS, ROOT


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
