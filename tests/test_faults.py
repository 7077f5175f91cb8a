"""The database out of reach: readers get 503 with Retry-After (never a
500), on a plain page in their language. The outage of a real cluster, and
the return, are in tests/test_outage.py."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext

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


def test_a_database_that_never_answers_is_503_within_the_connect_timeout():
    # A host that takes the connection and then says nothing: without a
    # timeout, the request would wait for gunicorn's 30 s.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    port = silent.getsockname()[1]
    probe = (
        "import json, time\n"
        "from django.test import Client\n"
        "started = time.monotonic()\n"
        "response = Client(raise_request_exception=False).get('/en/releases/')\n"
        "print(json.dumps([response.status_code, time.monotonic() - started]))\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", probe],
            cwd=BASE_DIR,
            env={
                **os.environ,
                "DATABASE_URL": f"postgres://postgres@127.0.0.1:{port}/newsroom",
                "DATABASE_CONNECT_TIMEOUT": "1",
                "DEBUG": "0",
            },
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    finally:
        silent.close()
    status, seconds = json.loads(result.stdout.strip().splitlines()[-1])

    assert status == 503
    assert seconds < 10
