"""How fast the alerts of one release reach their subscribers.

    make bench-alerts            (SUBSCRIBERS=10000 by default)

On PostgreSQL (a database of its own, newsroom_bench_alerts): subscribes
SUBSCRIBERS confirmed addresses that follow every release, publishes one
release, and times how long until the last email is accepted by a local
SMTP server, with one worker process and then with two (each
``manage.py db_worker --queue-name alerts``, as ``make worker`` runs them).
Checks that no email was lost or sent twice, and reports each worker's peak
memory. Results in bench/results/ (docs/performance.md).
"""

import argparse
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

from report import commit
from server import RESULTS, ROOT


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2", help="worker counts to run")
    parser.add_argument(
        "--database",
        default="postgres://postgres@127.0.0.1:5432/newsroom_bench_alerts",
    )
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--tag", default="")
    return parser.parse_args()


class Counter:
    """An SMTP server's handler that only counts who got what."""

    def __init__(self):
        self.lock = threading.Lock()
        self.accepted = []
        self.last_at = None

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.accepted.extend(envelope.rcpt_tos)
            self.last_at = time.monotonic()
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def peak_memory_kib(pid):
    """The process's peak resident memory (VmHWM), in KiB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def prepare(subscribers):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from alerts.models import Alert, Subscriber, Subscription

    name = connection.settings_dict["NAME"]
    if connection.vendor != "postgresql" or "bench" not in name:
        sys.exit(f"Refusing to use “{name}”: a PostgreSQL database named …bench….")
    call_command("migrate", verbosity=0, interactive=False)
    Alert.objects.all().delete()
    Subscriber.objects.all().delete()
    DBTaskResult.objects.all().delete()
    now = timezone.now()
    people = Subscriber.objects.bulk_create(
        [
            Subscriber(email=f"reader{n}@bench.example.org", language="en")
            for n in range(subscribers)
        ],
        batch_size=2000,
    )
    Subscription.objects.bulk_create(
        [
            Subscription(subscriber=person, language="en", confirmed_at=now)
            for person in people
        ],
        batch_size=2000,
    )
    publisher, _created = get_user_model().objects.get_or_create(
        username="bench-publisher", defaults={"is_superuser": True, "is_staff": True}
    )
    return publisher


def new_release(number):
    from releases.models import Release

    return Release.objects.create(
        title_en=f"Bench release {number}: displacement in the Sahel",
        slug_en=f"bench-alerts-{number}-{time.time_ns()}",
        summary_en="A summary of the kind press officers write, in two lines.",
        body_en="<p>The body of the release.</p>",
        dateline_place_en="Geneva",
        original_language="en",
    )


def run(workers, subscribers, database, timeout, publisher, number):
    from aiosmtpd.controller import Controller
    from django.db.models import Count

    from alerts.models import Delivery, DeliveryState
    from releases import workflow

    counter = Counter()
    port = free_port()
    controller = Controller(counter, hostname="127.0.0.1", port=port)
    controller.start()
    environment = {
        **os.environ,
        "DATABASE_URL": database,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "SITE_URL": "https://news.example.org",
        "DEBUG": "0",
        "DJANGO_ENV": "development",
    }
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--queue-name",
                "alerts",
                "--interval",
                "0.1",
                "--no-reload",
                "--no-startup-delay",
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(workers)
    ]
    time.sleep(3)  # the workers start up
    release = new_release(number)
    started = time.monotonic()
    workflow.publish_release(release=release, by=publisher)
    deadline = started + timeout
    while time.monotonic() < deadline and len(counter.accepted) < subscribers:
        time.sleep(0.05)
    last = (counter.last_at or time.monotonic()) - started
    time.sleep(1)  # anything sent twice would arrive now
    memory = [peak_memory_kib(process.pid) for process in processes]
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    controller.stop()
    accepted = list(counter.accepted)
    states = dict(
        Delivery.objects.filter(alert__release=release)
        .values_list("state")
        .annotate(Count("pk"))
    )
    return {
        "workers": workers,
        "subscribers": subscribers,
        "accepted": len(accepted),
        "distinct": len(set(accepted)),
        "sent_twice": len(accepted) - len(set(accepted)),
        "seconds_to_last": round(last, 2),
        "per_second": round(len(accepted) / last, 1) if last else None,
        "delivery_states": states,
        "all_sent": states.get(DeliveryState.SENT, 0) == subscribers,
        "peak_memory_mib": [round(kib / 1024, 1) for kib in memory if kib],
    }


def report(results, options):
    stamp = f"{date.today():%Y-%m-%d}-{commit()}-alerts-{options.subscribers}"
    if options.tag:
        stamp += f"-{options.tag}"
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{stamp}.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [
        f"# Alerts: {options.subscribers} subscribers, one release",
        "",
        "| workers | accepted | sent twice | all marked sent | seconds to the last "
        "| emails/s | peak memory per worker (MiB) |",
        "|---:|---:|---:|---|---:|---:|---|",
    ]
    for row in results:
        lines.append(
            f"| {row['workers']} | {row['accepted']} | {row['sent_twice']} "
            f"| {'yes' if row['all_sent'] else 'no'} | {row['seconds_to_last']} "
            f"| {row['per_second']} | {', '.join(map(str, row['peak_memory_mib']))} |"
        )
    if len(results) == 2 and results[1]["seconds_to_last"]:
        ratio = results[0]["seconds_to_last"] / results[1]["seconds_to_last"]
        lines += ["", f"Two workers against one: {ratio:.2f}× as fast."]
    text = "\n".join(lines) + "\n"
    (RESULTS / f"{stamp}.md").write_text(text)
    print(text)
    print(f"== Written: bench/results/{stamp}.md and .json")


def main():
    options = arguments()
    # aiosmtpd tells of every command it reads.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    os.environ["DATABASE_URL"] = options.database
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    results = []
    for number, workers in enumerate(int(w) for w in options.workers.split(",")):
        publisher = prepare(options.subscribers)
        print(f"== {workers} worker(s), {options.subscribers} subscribers")
        results.append(
            run(
                workers,
                options.subscribers,
                options.database,
                options.timeout,
                publisher,
                number,
            )
        )
        print(json.dumps(results[-1]))
    report(results, options)
    if any(r["sent_twice"] or not r["all_sent"] for r in results):
        sys.exit("Some emails were lost or sent twice.")


if __name__ == "__main__":
    main()
