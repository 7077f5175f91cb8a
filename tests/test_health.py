"""/healthz tells a load balancer whether this server can reach its database."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

PROBE = """
from django.test import Client
response = Client().get("/healthz")
print(response.status_code, response.content.decode().strip())
"""


def healthz_with(database_url):
    """GET /healthz in a fresh process whose DATABASE_URL is ``database_url``."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        cwd=Path(settings.BASE_DIR),
        env={**os.environ, "DATABASE_URL": database_url, "DJANGO_ENV": "development"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def test_healthz_answers_503_when_the_database_is_unreachable():
    # Nothing listens on port 1: the connection is refused at once.
    assert healthz_with("postgres://postgres@127.0.0.1:1/newsroom") == (
        "503 database unreachable"
    )


def test_healthz_answers_200_when_the_database_answers(tmp_path):
    assert healthz_with(f"sqlite:///{tmp_path / 'health.sqlite3'}") == "200 ok"
