"""Backups: `backup` writes the demo newsroom's database and files into one
archive, and `restore` brings every release (in every language), picture
file and contact back into an empty database, on SQLite and on PostgreSQL;
it refuses, changing nothing, a database that holds data, and a damaged
archive."""

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.files.storage import storages
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from psycopg import sql

from contacts.models import Official, Organisation, PressContact
from events.models import Event
from media.models import Attachment, Image
from releases.models import Release

pytestmark = pytest.mark.django_db(transaction=True)

BASE_DIR = Path(settings.BASE_DIR)
# What is compared: every column of these, and their links.
RECORDS = (Release, Release.themes.through, Release.officials.through, Image,
           Attachment, PressContact, Official, Organisation, Event)  # fmt: skip


def snapshot():
    """What a reader and an editor see of the newsroom: every column of its
    releases (each language's title, slug, summary, body…), contacts,
    people, events, pictures and documents, and the bytes of every file."""
    records = {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in RECORDS
    }
    files = {}
    for name, root in (
        ("media", Path(settings.MEDIA_ROOT)),
        ("private", Path(storages["originals"].location)),
    ):
        for path in sorted(root.rglob("*")):
            if path.is_file():
                relative = f"{name}/{path.relative_to(root).as_posix()}"
                files[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return json.loads(
        json.dumps({"records": records, "files": files}, cls=DjangoJSONEncoder)
    )


SNAPSHOT = """
import json
from django.core.serializers.json import DjangoJSONEncoder
from tests.test_backup import snapshot
print(json.dumps(snapshot(), cls=DjangoJSONEncoder))
"""


@pytest.fixture
def elsewhere(tmp_path):
    """An empty database of the same kind as the test's, and empty media
    folders, as another server would reach them: its environment."""
    folders = {
        "MEDIA_ROOT": str(tmp_path / "restored-media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "restored-private"),
        "BACKUP_ROOT": str(tmp_path / "restored-backups"),
    }
    if connection.vendor == "sqlite":
        yield {"DATABASE_URL": f"sqlite:///{tmp_path / 'restored.sqlite3'}", **folders}
        return
    name = f"{connection.settings_dict['NAME']}_restored"
    with server() as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)
            )
        )
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield {"DATABASE_URL": database_url(name), **folders}
    finally:
        with server() as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(name)
                )
            )


def server():
    db = connection.settings_dict
    params = {
        "host": db["HOST"] or None,
        "port": db["PORT"] or None,
        "user": db["USER"] or None,
        "password": db["PASSWORD"] or None,
    }
    return psycopg.connect(
        dbname="postgres",
        autocommit=True,
        **{key: value for key, value in params.items() if value is not None},
    )


def database_url(name):
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}{port}/{name}"


def manage(*arguments, environment):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=BASE_DIR,
        env={
            **{k: v for k, v in os.environ.items() if k != "REDIS_URL"},
            "DJANGO_ENV": "development",
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def backup(folder):
    out = io.StringIO()
    call_command("backup", folder=folder, stdout=out)
    (archive,) = folder.glob("newsroom-*.tar")
    assert str(archive) in out.getvalue()
    return archive


@pytest.fixture
def demo_archive(tmp_path):
    call_command("load_demo", stdout=io.StringIO())
    return backup(tmp_path / "backups")


@pytest.fixture
def small_archive(tmp_path):
    """The demo without its pictures: quicker to make."""
    call_command("load_demo", "--no-pictures", stdout=io.StringIO())
    return backup(tmp_path / "backups")


def test_a_backup_of_the_demo_restores_whole_into_an_empty_database(
    demo_archive, elsewhere
):
    before = snapshot()
    assert len(before["records"]["releases.Release"]) >= 30
    assert any(name.startswith("private/") for name in before["files"])
    assert any(name.startswith("media/") for name in before["files"])
    with tarfile.open(demo_archive) as archive:
        manifest = json.load(archive.extractfile("manifest.json"))
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["database"]["tables"]["releases_release"] == len(
        before["records"]["releases.Release"]
    )
    assert {entry["path"] for entry in manifest["files"]} == set(before["files"])

    restored = manage("restore", str(demo_archive), environment=elsewhere)
    assert restored.returncode == 0, restored.stderr
    assert "Restored the backup of" in restored.stdout

    after = manage("shell", "-c", SNAPSHOT, environment=elsewhere)
    assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout.strip().splitlines()[-1]) == before


def test_restore_goes_into_a_database_migrated_by_make_setup(small_archive, elsewhere):
    # What migrations put in a new database (permissions, groups) is no data.
    migrated = manage("migrate", "--noinput", environment=elsewhere)
    assert migrated.returncode == 0, migrated.stderr
    restored = manage("restore", str(small_archive), environment=elsewhere)
    assert restored.returncode == 0, restored.stderr
    releases = manage("shell", "-c", COUNT_RELEASES, environment=elsewhere)
    assert releases.stdout.strip().splitlines()[-1] == str(Release.objects.count())


COUNT_RELEASES = """
from releases.models import Release
print(Release.objects.count())
"""


def test_restore_refuses_a_database_that_holds_data_and_changes_nothing(
    small_archive,
):
    Release.objects.filter(pk=Release.objects.order_by("pk").first().pk).update(
        title_en="Edited after the backup"
    )
    before = snapshot()
    out = io.StringIO()
    call_command("restore", str(small_archive), "--check", stdout=out)
    assert "is whole" in out.getvalue()
    with pytest.raises(CommandError, match="holds data already"):
        call_command("restore", str(small_archive), stdout=io.StringIO())
    assert snapshot() == before


def test_restore_refuses_a_damaged_archive_and_changes_nothing(
    small_archive, elsewhere, tmp_path
):
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(small_archive) as source, tarfile.open(damaged, "w") as copy:
        for member in source.getmembers():
            content = source.extractfile(member).read()
            if member.name.startswith("database."):
                content = content[:-10] + b"0123456789"
            copy.addfile(member, io.BytesIO(content))
    with pytest.raises(CommandError, match="is damaged"):
        call_command("restore", str(damaged), "--check")
    refused = manage("restore", str(damaged), environment=elsewhere)
    assert refused.returncode == 1
    assert "is damaged; nothing was changed" in refused.stderr
    tables = manage("shell", "-c", COUNT_TABLES, environment=elsewhere)
    assert tables.stdout.strip().splitlines()[-1] == "0"


COUNT_TABLES = """
from django.db import connection
print(len(connection.introspection.table_names()))
"""


def test_restore_explains_what_is_not_a_backup(tmp_path):
    text = tmp_path / "notes.tar"
    text.write_text("not an archive")
    with pytest.raises(CommandError, match="is not a backup archive"):
        call_command("restore", str(text))
    with pytest.raises(CommandError, match="There is no file"):
        call_command("restore", str(tmp_path / "missing.tar"))
