"""The report of bench/run.py: the targets met or not, the table, the files."""

import json
import os
import platform
import subprocess
from pathlib import Path

from server import RESULTS, ROOT

# The pages whose speed must not depend on the archive's size.
LISTS = ("list", "filtered list")


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


# Budgets as ratios within one run: a slow day's machine slows the
# references as much as the pages, so a run on any day judges the same.
# The absolute figures stay in the tables, for reference.
TARGETS = [
    # (what, how it is read, target)
    (
        "Release page made afresh, 32 connections: share of the trivial view's req/s",
        "release_share",
        ">= 8%",
    ),
    (
        "Release page made afresh, 1 connection: median, times the trivial view's",
        "release_median",
        "<= 15×",
    ),
    (
        "Release page, cached: share of the static file's req/s",
        "cached_share",
        ">= 90%",
    ),
    ("List pages at full size vs small, req/s", "lists_ratio", "within 10%"),
    ("List pages, queries at both sizes", "lists_queries", "identical"),
    (
        "Search p95, 1 connection, each kind of query: times the release page's "
        "made-afresh median",
        "search_p95",
        "<= 2×",
    ),
    (
        "Lists, first request after a change that moves no count (a word "
        "corrected): median, times the release page's",
        "cold_lists",
        "<= 3×",
    ),
    (
        "Lists, first request after a change that moves the counts (a release "
        "published): median, times the release page's",
        "cold_lists_recounted",
        "<= 3×",
    ),
    ("Largest worker after the run", "rss", "<= 150 MB"),
    ("Error answers (4xx, 5xx), failed requests, tracebacks", "errors", "0"),
]


def verdicts(report):
    pages, static = report["pages"], report["static"]
    trivial = report.get("references", {}).get("trivial view")
    found = {}
    if "release" in pages:
        release = pages["release"]
        if trivial:
            share = release["uncached"]["rps"] / trivial["uncached"]["rps"]
            found["release_share"] = (
                share >= 0.08,
                f"{share:.0%} ({release['uncached']['rps']:.0f} of "
                f"{trivial['uncached']['rps']:.0f} req/s)",
            )
            times = (
                release["one connection"]["p50_ms"]
                / trivial["one connection"]["p50_ms"]
            )
            found["release_median"] = (
                times <= 15,
                f"{times:.1f}× ({release['one connection']['p50_ms']:.1f} ms, "
                f"{trivial['one connection']['p50_ms']:.1f} ms)",
            )
        share = release["cached"]["rps"] / static["rps"]
        found["cached_share"] = (
            share >= 0.9,
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
    if "release" in pages:
        release = pages["release"]
        median = release["one connection"]["p50_ms"]
        # The time a search takes, not the queue before it: one connection.
        kinds = report.get("search kinds") or (
            {"all": pages["search"]["one connection"]} if "search" in pages else {}
        )
        if kinds:
            worst = max(kinds, key=lambda kind: kinds[kind]["p95_ms"])
            times = kinds[worst]["p95_ms"] / median
            found["search_p95"] = (
                times <= 2,
                f"{times:.1f}× at worst ({worst}: {kinds[worst]['p95_ms']:.1f} ms, "
                f"release {median:.1f} ms)",
            )
        for key, mode in (
            ("cold_lists", "cold"),
            ("cold_lists_recounted", "cold, recounted"),
        ):
            cold = {
                name: pages[name][mode]["p50_ms"]
                for name in LISTS
                if mode in pages.get(name, {})
            }
            if cold and "cold" in release:
                worst = max(cold, key=cold.get)
                times = cold[worst] / release["cold"]["p50_ms"]
                found[key] = (
                    times <= 3,
                    f"{times:.1f}× at worst ({worst}: {cold[worst]:.1f} ms, "
                    f"release {release['cold']['p50_ms']:.1f} ms)",
                )
    rss = max(report["worker_rss_mb"] or [0])
    found["rss"] = (rss <= 150, f"{rss:.0f} MB")
    errors = report["server_errors"] + sum(
        page.get(mode, {}).get("errors", 0)
        for page in [*pages.values(), *report.get("references", {}).values()]
        for mode in ("uncached", "cached", "one connection")
    )
    kinds = report.get("search kinds", {})
    errors += sum(kind.get("errors", 0) for kind in kinds.values())
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
    references = report.get("references")
    if references:
        trivial = references["trivial view"]["uncached"]["rps"]
        lines += [
            "",
            "Each page made afresh (page cache off) against the references "
            "served by the same stack in the same run:",
            "",
            "| page | off: req/s | share of the trivial view "
            "| share of the static file | off, 1 conn: p50 ms "
            "| times the trivial view's |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for name, page in [
            *((f"*{name}*", figures) for name, figures in references.items()),
            *report["pages"].items(),
        ]:
            off, one = page["uncached"], page["one connection"]
            static_rps = references["static file"]["uncached"]["rps"]
            one_trivial = references["trivial view"]["one connection"]["p50_ms"]
            lines.append(
                f"| {name} | {off['rps']:.0f} | {off['rps'] / trivial:.0%} "
                f"| {off['rps'] / static_rps:.0%} | {one['p50_ms']:.1f} "
                f"| {one['p50_ms'] / one_trivial:.1f}× |"
            )
    recounted = {
        name: page["cold, recounted"]
        for name, page in report["pages"].items()
        if "cold, recounted" in page
    }
    if recounted:
        lines += [
            "",
            "Lists, the first request after a change (page cache on), medians:",
            "",
            "| page | moving no count: ms | moving the counts: ms |",
            "|---|---:|---:|",
        ]
        for name, figures in recounted.items():
            lines.append(
                f"| {name} | {report['pages'][name]['cold']['p50_ms']:.1f} "
                f"| {figures['p50_ms']:.1f} |"
            )
    if report.get("search kinds"):
        lines += [
            "",
            "Searches by kind, page cache off, 1 connection:",
            "",
            "| kind | p50 ms | p95 ms | cold: p50 ms |",
            "|---|---:|---:|---:|",
        ]
        for kind, figures in report["search kinds"].items():
            cold = figures.get("cold", {}).get("p50_ms")
            lines.append(
                f"| {kind} | {figures['p50_ms']:.1f} | {figures['p95_ms']:.1f} "
                f"| {'' if cold is None else f'{cold:.1f}'} |"
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
