"""The database's part of a backup: a copy made at one moment, the rows each
table held at that moment, and its return into an empty database.

PostgreSQL is copied by pg_dump (custom format, compressed, restored by
pg_restore in one transaction: whole or not at all); SQLite by its online
backup API, which copies a consistent image while the site keeps writing.
"""

import os
import shutil
import sqlite3
import subprocess
from glob import glob
from pathlib import Path

from django.db import connection, transaction

# What migrations put in a database before anyone has used it: a database
# holding rows in these tables only is empty as far as a restore goes. Any
# other row is data, and a restore refuses to replace it (a new table whose
# rows migrations make belongs here: else a restore into a new database
# needs --force, which keeps a backup of what it replaces).
MADE_BY_MIGRATIONS = {
    "django_migrations",
    "django_content_type",
    "auth_permission",
    "auth_group",
    "auth_group_permissions",
    "django_session",
    # The page cache's count of content changes (newsroom/core/pages).
    "pages_contentversion",
}
# The name of the database's copy in the archive, by vendor.
DUMP_NAMES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class DatabaseError(Exception):
    """A copy that could not be made or brought back; the message says why."""


def vendor():
    if connection.vendor not in DUMP_NAMES:
        raise DatabaseError(f"Backups of {connection.vendor} are not supported.")
    return connection.vendor


def dump(path):
    """Copy the database to ``path``; the rows of each table as copied."""
    if vendor() == "postgresql":
        return _pg_dump(path)
    return _sqlite_dump(path)


def _pg_dump(path):
    # The counts and pg_dump read one snapshot: the same moment of the data.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = table_counts(cursor, "postgresql")
        _run(
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            f"--snapshot={snapshot}",
            f"--file={path}",
        )
    return counts


def _sqlite_dump(path):
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    try:
        connection.connection.backup(copy)
        return table_counts(copy.cursor(), "sqlite")
    finally:
        copy.close()


def table_counts(cursor, kind):
    """Rows per table of the ``kind`` of database ``cursor`` reads."""
    if kind == "sqlite":
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    else:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
    counts = {}
    for (table,) in sorted(cursor.fetchall()):
        cursor.execute(f'SELECT count(*) FROM "{table}"')
        counts[table] = cursor.fetchone()[0]
    return counts


def current_counts():
    with connection.cursor() as cursor:
        return table_counts(cursor, vendor())


def holding_data():
    """The tables that hold rows migrations do not make: what a restore
    would destroy."""
    return sorted(
        table
        for table, rows in current_counts().items()
        if rows and table not in MADE_BY_MIGRATIONS
    )


def load(path, *, source_vendor):
    """Replace the database's content with the copy at ``path``. The caller
    has checked that nothing is lost by it."""
    if source_vendor != vendor():
        raise DatabaseError(
            f"The archive holds a {source_vendor} database; this site's is "
            f"{vendor()}. Restore it into a {source_vendor} database."
        )
    if vendor() == "postgresql":
        _pg_load(path)
    else:
        _sqlite_load(path)
    connection.close()


def _pg_load(path):
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_schema()")
        schema = cursor.fetchone()[0]
        if connection.introspection.table_names(cursor):
            # What migrations made (or what --force gives up) goes first:
            # the copy brings its own tables, with their rows.
            quoted = connection.ops.quote_name(schema)
            cursor.execute(f"DROP SCHEMA {quoted} CASCADE")
            cursor.execute(f"CREATE SCHEMA {quoted}")
    connection.close()
    _run(
        "pg_restore",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        f"--dbname={connection.settings_dict['NAME']}",
        str(path),
    )


def _sqlite_load(path):
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    try:
        # Page by page over the whole database: what was there is replaced.
        copy.backup(connection.connection)
    finally:
        copy.close()


def _run(program, *arguments):
    """A PostgreSQL client program on this site's database; the password
    goes through the environment, never the command line."""
    settings = connection.settings_dict
    options = settings.get("OPTIONS", {})
    environment = {
        **os.environ,
        "PGHOST": settings.get("HOST") or "",
        "PGPORT": str(settings.get("PORT") or ""),
        "PGUSER": settings.get("USER") or "",
        "PGPASSWORD": settings.get("PASSWORD") or "",
        "PGDATABASE": settings["NAME"],
    }
    if options.get("sslmode"):
        environment["PGSSLMODE"] = options["sslmode"]
    environment = {key: value for key, value in environment.items() if value != ""}
    result = subprocess.run(
        [client_program(program), *arguments],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise DatabaseError(f"{program} failed: {result.stderr.strip()}")


def client_program(name):
    """PostgreSQL's ``name`` (pg_dump, pg_restore): the one on PATH, else
    the newest Debian installs under /usr/lib/postgresql."""
    found = shutil.which(name) or next(
        iter(
            sorted(
                glob(f"/usr/lib/postgresql/*/bin/{name}"),
                key=lambda found: int(Path(found).parts[-3]),
                reverse=True,
            )
        ),
        None,
    )
    if found is None:
        raise DatabaseError(
            f"{name} is not installed (Debian: apt-get install postgresql-client)."
        )
    return found
