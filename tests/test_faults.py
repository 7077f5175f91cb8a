"""The database lost and back: readers get 503 with Retry-After (never a
500), pages kept in the page cache are still served, the servers answer 200
again within moments of its return, and a save cut short leaves nothing half
written.

The outage test runs a PostgreSQL cluster of its own (initdb and pg_ctl into
a temporary folder, on a free port), never the machine's server, and the
production server (gunicorn, with persistent connections) on it.
"""

import contextlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from glob import glob
from pathlib import Path
from uuid import uuid4

import pytest
import redis
from django.conf import settings
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext

from tests.servers import free_port, server_environment, wait_until_it_answers

BASE_DIR = Path(settings.BASE_DIR)
REDIS = "redis://127.0.0.1:6379/15"
SEED = BASE_DIR / "tests/importing/seed/iom-paraguay-counter-trafficking-seminar.fr.txt"
SEED_TITLE = "Séminaire sur la lutte contre la traite au Paraguay"
# Requests to a database that refuses connections (nothing listens on port 1).
NO_DATABASE = "postgres://postgres@127.0.0.1:1/newsroom"

PROBE = """
import json
from django.test import Client, override_settings

def answer(client, path, **headers):
    response = client.get(path, headers=headers)
    return {
        "status": response.status_code,
        "retry_after": response.get("Retry-After"),
        "cache_control": response.get("Cache-Control"),
        "content_type": response.get("Content-Type"),
        "body": response.content.decode(),
    }

client = Client(raise_request_exception=False)
found = {path: answer(client, path) for path in PATHS}
found["sitemap (Spanish browser)"] = answer(
    client, "/sitemap.xml", accept_language="es"
)
signed_in = Client(raise_request_exception=False)
signed_in.cookies["sessionid"] = "abc"
found["session"] = answer(signed_in, "/en/releases/")
middleware = [*settings.MIDDLEWARE, "tests.test_faults.ReadsTheDatabase"]
with override_settings(MIDDLEWARE=middleware):
    found["middleware"] = answer(Client(raise_request_exception=False), "/ar/")
print(json.dumps(found))
"""
HEADING = "Sorry, the service is unavailable"
PATHS = ["/fr/releases/", "/ar/", "/es/events/", "/en/releases/feed/", "/sitemap.xml"]


class ReadsTheDatabase:
    """A middleware that reaches the database on every request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return self.get_response(request)


@pytest.fixture(scope="module")
def without_a_database():
    """What a server whose database refuses connections answers."""
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            f"from django.conf import settings\nPATHS = {PATHS!r}\n{PROBE}",
        ],
        cwd=BASE_DIR,
        env={**os.environ, "DATABASE_URL": NO_DATABASE, "DEBUG": "0"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("path", PATHS)
def test_pages_are_503_with_retry_after_when_the_database_is_unreachable(
    without_a_database, path
):
    answer = without_a_database[path]
    assert answer["status"] == 503
    assert int(answer["retry_after"]) > 0
    # Never kept by a CDN once the database is back.
    assert answer["cache_control"] == "no-store"
    assert answer["content_type"].startswith("text/html")


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("/fr/releases/", "fr"),
        ("/ar/", "ar"),
        ("/es/events/", "es"),
        ("sitemap (Spanish browser)", "es"),
    ],
)
def test_the_503_page_is_in_the_readers_language(without_a_database, path, language):
    body = without_a_database[path]["body"]
    assert f'<html lang="{language}"' in body
    assert ('dir="rtl"' in body) == (language == "ar")
    with translation.override(language):
        assert f"<h1>{gettext(HEADING)}</h1>" in body


def test_the_503_page_has_no_inline_style_or_script(without_a_database):
    body = without_a_database["/fr/releases/"]["body"]
    assert "<h1>" in body
    for forbidden in ("<script", "<style", "style=", "onload=", "onclick="):
        assert forbidden not in body


def test_a_signed_in_reader_gets_503_too(without_a_database):
    assert without_a_database["session"]["status"] == 503


def test_a_database_error_in_a_middleware_is_503_not_500(without_a_database):
    answer = without_a_database["middleware"]
    assert answer["status"] == 503
    assert '<html lang="ar"' in answer["body"]


# The outage, on a cluster of the test's own.

PG_BIN = sorted(glob("/usr/lib/postgresql/*/bin/pg_ctl"))


class Cluster:
    """A PostgreSQL cluster in a temporary folder, run by an unprivileged
    user (PostgreSQL refuses to run as root)."""

    def __init__(self):
        self.bin = Path(PG_BIN[-1]).parent
        self.folder = Path(tempfile.mkdtemp(prefix="newsroom-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres" if has_user("postgres") else "nobody")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self.as_user = [
                "setpriv",
                f"--reuid={owner.pw_uid}",
                f"--regid={owner.pw_gid}",
                "--clear-groups",
            ]
        self.run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, program, *arguments):
        subprocess.run(
            [*self.as_user, self.bin / program, *map(str, arguments)],
            check=True,
            capture_output=True,
            timeout=60,
            cwd=self.folder,
        )

    def start(self):
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        self.run("pg_ctl", "-D", self.data, "-o", options, "-l", "log", "-w", "start")

    def stop(self, mode="fast"):
        self.run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError):  # stopped already
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def has_user(name):
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture
def cluster():
    if not PG_BIN:
        pytest.skip("PostgreSQL's binaries (/usr/lib/postgresql/*/bin) are missing.")
    made = Cluster()
    try:
        made.start()
        manage("migrate", "--noinput", "--skip-checks", database=made.url)
        yield made
    finally:
        made.remove()


@pytest.fixture
def redis_prefix():
    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(f"Redis is required (REQUIRE_REDIS=1): {error}")
        pytest.skip(f"Redis is unreachable at {REDIS}: {error}")
    prefix = f"test-faults-{uuid4().hex}"
    yield prefix
    keys = redis.Redis.from_url(REDIS)
    for key in keys.scan_iter(match=f"{prefix}:*"):
        keys.delete(key)


def manage(*arguments, database):
    subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=BASE_DIR,
        env={**server_environment(database, {}), "DEBUG": "0"},
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture
def gunicorn(cluster, redis_prefix, tmp_path):
    """The production server on the cluster: two sync workers, each keeping
    its database connection between requests (CONN_MAX_AGE), pages kept in
    Redis."""
    port = free_port()
    log = tmp_path / "gunicorn.log"
    environment = server_environment(
        cluster.url,
        {
            "PORT": str(port),
            "WEB_CONCURRENCY": "2",
            "CONN_MAX_AGE": "600",
            "REDIS_URL": REDIS,
            "CACHE_KEY_PREFIX": redis_prefix,
        },
    )
    with log.open("w") as output:
        process = subprocess.Popen(
            [
                BASE_DIR / ".venv/bin/gunicorn",
                "-c",
                "gunicorn.conf.py",
                "newsroom.wsgi",
            ],
            cwd=BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    origin = f"http://127.0.0.1:{port}"
    try:
        wait_until_it_answers(process, origin, log)
        yield origin
    finally:
        process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        process.wait(timeout=20)


WRITER = f"""
import json, os, time
from pathlib import Path
from django.db import Error, close_old_connections, transaction
from importing.models import ImportedText
from importing.reading import Source
from importing.saving import Importer
from releases.models import Release

seed = Path({str(SEED)!r}).read_text()
stop, down = Path(os.environ["STOP_FILE"]), Path(os.environ["DOWN_FILE"])

def imported(title):
    text = seed.replace({SEED_TITLE!r}, title, 1)
    source = Source(f"{{title}}.txt", lambda: text.encode())
    return Importer(language="fr").run(source).status

for number in range(2):
    print("before", imported(f"{SEED_TITLE} {{number}}"), flush=True)
# A save in progress when the database goes down: written, not committed.
try:
    with transaction.atomic():
        print("holding", imported(f"{SEED_TITLE} held"), flush=True)
        while not down.exists():
            time.sleep(0.02)
except Error:
    print("held failed", flush=True)
else:
    print("held committed", flush=True)
number = 2
while not stop.exists():
    # As a job worker does between jobs: a connection lost is opened anew.
    close_old_connections()
    outcome = imported(f"{SEED_TITLE} {{number}}")
    print("after", outcome, flush=True)
    if outcome != "failed":
        number += 1
    time.sleep(0.02)
close_old_connections()
shapes = {{
    release.title_fr: {{
        "body": bool(release.body_fr),
        "imported": ImportedText.objects.filter(release=release).exists(),
        "contacts": release.release_contacts.count(),
        "mentions": release.mentions.count(),
        "event": release.event_id is not None,
    }}
    for release in Release.objects.filter(title_fr__startswith={SEED_TITLE!r})
}}
print(json.dumps(shapes), flush=True)
"""


class Writer:
    """A process importing the seed release under new titles, each in a
    transaction (as the admin's import does): two before the outage, one
    left uncommitted until the database goes down, then more and more; at
    the end, the shape of every release it saved, by title."""

    def __init__(self, database, folder):
        self.stop_file = folder / "stop"
        self.down_file = folder / "down"
        self.log = folder / "writer.log"
        with self.log.open("w") as output:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "shell", "-c", WRITER],
                cwd=BASE_DIR,
                env={
                    **server_environment(database, {}),
                    "STOP_FILE": str(self.stop_file),
                    "DOWN_FILE": str(self.down_file),
                    "LOG_LEVEL": "CRITICAL",
                },
                stdout=output,
                stderr=subprocess.DEVNULL,
            )

    def outcomes(self):
        said = ("before ", "holding ", "held ", "after ")
        lines = self.log.read_text().splitlines()
        return [line for line in lines if line.startswith(said)]

    def database_went_down(self):
        self.down_file.touch()

    def finish(self):
        """Stops it; the shapes of the releases it saved."""
        self.stop_file.touch()
        self.down_file.touch()
        self.process.wait(timeout=30)
        return json.loads(self.log.read_text().splitlines()[-1])


@pytest.fixture
def writer(cluster, tmp_path):
    started = Writer(cluster.url, tmp_path)
    yield started
    if started.process.poll() is None:
        started.process.kill()
        started.process.wait()


class Load:
    """Readers fetching pages from a few threads: every answer's status,
    and when it came."""

    def __init__(self, origin, paths):
        self.origin, self.paths = origin, paths
        self.answers = []
        self.running = True
        self.threads = [
            threading.Thread(target=self.read, args=(offset,)) for offset in range(3)
        ]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        for thread in self.threads:
            thread.join()

    def read(self, offset):
        count = offset
        while self.running:
            name, path = self.paths[count % len(self.paths)]
            path = path.replace("{n}", uuid4().hex)
            count += 1
            began = time.monotonic()
            try:
                with urllib.request.urlopen(self.origin + path, timeout=5) as response:
                    status, headers = response.status, response.headers
            except urllib.error.HTTPError as error:
                status, headers = error.code, error.headers
            except OSError:
                status, headers = None, {}
            self.answers.append((began, time.monotonic(), name, status, headers))
            time.sleep(0.02)

    def statuses(self, name, since, until=float("inf")):
        """What was answered to requests for ``name`` made from ``since``
        and answered before ``until``."""
        return [
            (status, headers)
            for began, answered, kind, status, headers in self.answers
            if kind == name and since <= began and answered < until
        ]


def wait_for(check, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def fetch_status(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return None, ""


def test_the_site_answers_503_while_the_database_is_down_and_200_once_it_is_back(
    cluster, writer, gunicorn
):
    cached = [("cached", "/en/"), ("cached", "/fr/releases/")]
    fresh = [("fresh", "/en/releases/?q=migration{n}"), ("health", "/healthz")]
    try:
        assert wait_for(lambda: "holding created" in writer.outcomes(), 20)
        for _name, path in cached:
            # Twice: the first stores it, the second is served from Redis.
            for _ in range(2):
                assert fetch_status(gunicorn + path)[0] == 200
        with Load(gunicorn, cached + fresh) as load:
            time.sleep(0.5)
            went_down = time.monotonic()
            cluster.stop("immediate")
            stopped = time.monotonic()
            writer.database_went_down()
            health_down = fetch_status(gunicorn + "/healthz")
            time.sleep(2)
            # Down until now: it answers again at some moment of its start.
            restarting = time.monotonic()
            cluster.start()
            back = time.monotonic()
            recovered = wait_for(
                lambda: fetch_status(gunicorn + "/en/releases/?q=back")[0] == 200, 5
            )
            recovered_after = time.monotonic() - back
            assert wait_for(lambda: "after created" in writer.outcomes(), 5)
            time.sleep(0.5)
    finally:
        saved = writer.finish()

    assert health_down == (503, "database unreachable\n")
    assert recovered, "No page made afresh answered 200 within 5 s of the return."
    every = [answer[3] for answer in load.answers]
    assert 500 not in every
    assert None not in every, "A request went unanswered."
    down_fresh = load.statuses("fresh", stopped, restarting)
    assert down_fresh, "No page was asked for while the database was down."
    assert [status for status, _h in down_fresh] == [503] * len(down_fresh)
    assert all(int(headers["Retry-After"]) > 0 for _s, headers in down_fresh)
    down_health = load.statuses("health", stopped, restarting)
    assert [status for status, _h in down_health] == [503] * len(down_health)
    # Pages kept in Redis are served all along.
    down_cached = load.statuses("cached", went_down, back)
    assert [status for status, _h in down_cached] == [200] * len(down_cached)
    after = [status for status, _h in load.statuses("fresh", back + recovered_after)]
    assert after and after == [200] * len(after)

    outcomes = writer.outcomes()
    assert outcomes[:3] == ["before created", "before created", "holding created"]
    assert "held failed" in outcomes
    # The save in progress is absent; each other one is whole.
    assert f"{SEED_TITLE} held" not in saved
    assert f"{SEED_TITLE} 2" in saved, "Nothing was saved once the database was back."
    whole = saved[f"{SEED_TITLE} 0"]
    assert whole["imported"] and whole["body"] and whole["contacts"]
    assert all(shape == whole for shape in saved.values())
