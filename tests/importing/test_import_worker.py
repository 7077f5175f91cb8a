"""A real worker: `manage.py db_worker`, in a process of its own, takes the
import an editor asked for in the admin from the queue in the database, and
the import's page then shows its report."""

import contextlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from releases.models import Release
from releases.roles import sync_groups
from tests.admin_people import logged_in
from tests.factories import user_in, visible_text
from tests.importing.sources import SAMPLES, SEED
from tests.servers import database_url, server_environment

pytestmark = pytest.mark.django_db(transaction=True)


@contextlib.contextmanager
def database_for_a_worker(tmp_path):
    """The test's database as another process reaches it. PostgreSQL's is
    reached as it is; SQLite's test database lives in this process's memory,
    so it is copied to a file for the worker, and the file copied back once
    the worker is done."""
    if connection.vendor == "postgresql":
        yield database_url()
        return
    connection.ensure_connection()
    path = tmp_path / "worker.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as copy:
        connection.connection.backup(copy)
    yield f"sqlite:///{path}"
    with contextlib.closing(sqlite3.connect(path)) as copy:
        copy.backup(connection.connection)


def run_worker(url, settings):
    """`manage.py db_worker --batch`: every job waiting, then it exits."""
    environment = server_environment(
        url,
        {
            "PRIVATE_MEDIA_ROOT": str(
                settings.STORAGES["originals"]["OPTIONS"]["location"]
            )
        },
    )
    return subprocess.run(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--batch",
            "--no-reload",
            "--no-startup-delay",
            "--interval",
            "0",
        ],
        cwd=Path(django_settings.BASE_DIR),
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_worker_process_runs_the_import_and_its_page_shows_the_report(
    client, tmp_path, settings
):
    # A transactional test starts with no groups: the roles are made anew.
    sync_groups()
    logged_in(client, user_in("Editor"))
    files = [
        SimpleUploadedFile(SEED.name, SEED.read_bytes()),
        SimpleUploadedFile(
            "sudan.txt", (SAMPLES / "ar-sudan-egypt-arrivals.txt").read_bytes()
        ),
        SimpleUploadedFile("empty.txt", b""),
    ]
    response = client.post(reverse("admin:importing_import"), {"files": files})
    page_url = response.url
    assert "waiting for a worker" in visible_text(client.get(page_url)).lower()

    with database_for_a_worker(tmp_path) as url:
        worker = run_worker(url, settings)

    assert worker.returncode == 0, worker.stdout + worker.stderr
    page = client.get(page_url)
    text = visible_text(page)
    assert "3 of 3 files read" in text
    assert "2 drafts created" in text
    assert "1 file refused" in text
    assert "The file is empty." in text
    assert 'http-equiv="refresh"' not in page.text
    release = Release.objects.get(title_fr__startswith="Séminaire")
    assert reverse("admin:releases_release_change", args=[release.pk]) in page.text
