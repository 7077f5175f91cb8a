"""Backups: the database and the media files in one dated archive, and their
return into an empty database and media folders.

An archive (``newsroom-2026-12-03T103012Z.tar``) is a plain tar holding

    manifest.json       what it holds: when and from what it was made, the
                        database's vendor and migrations, the rows of every
                        table, and each file's size and SHA-256
    database.pgdump     PostgreSQL: pg_dump's custom format (compressed)
    database.sqlite3    SQLite: a copy made by its online backup API
    media/...           MEDIA_ROOT (renditions)
    private/...         the originals of pictures and documents
                        (PRIVATE_MEDIA_ROOT)

It is written under a temporary name and renamed once whole: an archive
with its final name is complete. A restore checks everything first (the
archive whole, the database empty, no media file that would be replaced by
other bytes) and changes nothing when a check fails.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from newsroom.backups import database

FORMAT = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or a restore that cannot be done; the message says why and
    what to do."""


@dataclass
class Restored:
    """What a backup holds, and a restore brought back."""

    made_at: str
    tables: int
    rows: int
    files: int
    replaced: list = field(default_factory=list)
    # The backup of what a forced restore replaced.
    kept: Path | None = None


def media_folders():
    """The folders of files a backup holds, by their name in the archive."""
    folders = {"media": Path(settings.MEDIA_ROOT)}
    originals = storages["originals"]
    if not isinstance(originals, FileSystemStorage):
        raise BackupError(
            "The originals are not in a folder of this machine "
            f"({type(originals).__name__}); back them up with the store's own "
            "tools."
        )
    folders["private"] = Path(originals.location)
    return folders


def archive_name(moment):
    return f"newsroom-{moment:%Y-%m-%dT%H%M%SZ}.tar"


def write_backup(*, folder, moment=None):
    """Write an archive of the database and the media files into ``folder``;
    its path."""
    moment = (moment or timezone.now()).astimezone(datetime.UTC).replace(microsecond=0)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / archive_name(moment)
    if target.exists():
        raise BackupError(f"{target} exists already; nothing was written.")
    kind = database.vendor()
    manifest = {
        "format": FORMAT,
        "made_at": moment.isoformat().replace("+00:00", "Z"),
        "site": settings.SITE_NAME,
        "database": {"vendor": kind, "file": database.DUMP_NAMES[kind]},
        "migrations": applied_migrations(),
        "files": [],
    }
    # Hidden, and named for what it will be: an archive being written.
    partial = folder / f".{target.name}.partial"
    try:
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / database.DUMP_NAMES[kind]
            try:
                manifest["database"]["tables"] = database.dump(copy)
            except database.DatabaseError as error:
                raise BackupError(str(error)) from error
            manifest["database"]["sha256"] = digest(copy)
            with tarfile.open(partial, "w") as archive:
                archive.add(copy, arcname=copy.name)
                # After the database: a file added since is only an orphan.
                for name, root in media_folders().items():
                    for path in sorted(root.rglob("*")) if root.is_dir() else []:
                        if path.is_file() and not path.is_symlink():
                            inside = f"{name}/{path.relative_to(root).as_posix()}"
                            archive.add(path, arcname=inside)
                            manifest["files"].append(
                                {
                                    "path": inside,
                                    "size": path.stat().st_size,
                                    "sha256": digest(path),
                                }
                            )
                add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def applied_migrations():
    applied = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def digest(path):
    found = hashlib.sha256()
    with open(path, "rb") as opened:
        while chunk := opened.read(CHUNK):
            found.update(chunk)
    return found.hexdigest()


def add_bytes(archive, name, content):
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(timezone.now().timestamp())
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(content))


def read_manifest(archive):
    try:
        member = archive.getmember(MANIFEST)
    except KeyError:
        raise BackupError(
            f"This is not a Newsroom backup: it holds no {MANIFEST}."
        ) from None
    try:
        manifest = json.load(archive.extractfile(member))
    except ValueError as error:
        raise BackupError(f"Its {MANIFEST} cannot be read: {error}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            f"This backup is of format {manifest.get('format')!r}; this "
            f"version of Newsroom reads format {FORMAT}."
        )
    try:
        kind = manifest["database"]["vendor"]
        assert manifest["database"]["file"] == database.DUMP_NAMES[kind]
        assert isinstance(manifest["database"]["tables"], dict)
        assert all(isinstance(entry["path"], str) for entry in manifest["files"])
        assert isinstance(manifest["migrations"], dict)
    except (AssertionError, KeyError, TypeError):
        raise BackupError(
            f"Its {MANIFEST} is incomplete; nothing was changed."
        ) from None
    return manifest


def safe_member_path(name):
    """A path inside the archive's own folders, or BackupError."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or len(path.parts) < 2:
        raise BackupError(f"The archive holds a file outside its folders: {name}")
    return path


def restore_backup(*, path, force=False, keep_to=None):
    """Bring the database and the media files of the archive at ``path``
    back; refuses, changing nothing, when the database holds data or a media
    file would be replaced by other bytes. With ``force`` it replaces them,
    after writing a backup of them into ``keep_to``."""
    return _opened(path, _restore, force=force, keep_to=keep_to)


def check_backup(*, path):
    """Read the archive at ``path`` through, as a restore would before
    changing anything; what it holds."""
    return _opened(path, _check)


def _opened(path, action, **options):
    if not Path(path).is_file():
        raise BackupError(f"There is no file {path}.")
    if not tarfile.is_tarfile(path):
        raise BackupError(f"{path} is not a backup archive (a tar file).")
    try:
        with tarfile.open(path, "r:") as archive:
            return action(archive, path=path, **options)
    except tarfile.TarError as error:
        raise BackupError(f"{path} is damaged: {error}. Nothing was changed.") from None


def _check(archive, *, path):
    manifest = read_manifest(archive)
    check_migrations(manifest)
    source_vendor = manifest["database"]["vendor"]
    if source_vendor != database.vendor():
        raise BackupError(
            f"This backup holds a {source_vendor} database; this site's is "
            f"{database.vendor()}. Nothing was changed."
        )
    check_files(archive, manifest)
    return manifest


def summary(manifest, **more):
    tables = manifest["database"]["tables"]
    return Restored(
        made_at=manifest["made_at"],
        tables=len(tables),
        rows=sum(tables.values()),
        files=len(manifest["files"]),
        **more,
    )


def _restore(archive, *, path, force, keep_to):
    manifest = _check(archive, path=path)
    folders = media_folders()
    holding = database.holding_data()
    if holding and not force:
        raise BackupError(
            "The database holds data already (in "
            f"{', '.join(holding[:5])}{'…' if len(holding) > 5 else ''}); "
            "nothing was changed. Restore into an empty database, or "
            "give --force to replace what it holds."
        )
    replaced = conflicts(manifest, folders)
    if replaced and not force:
        raise BackupError(
            f"{len(replaced)} media file(s) would be replaced by other "
            f"bytes (first: {replaced[0]}); nothing was changed. Restore "
            "into empty media folders, or give --force."
        )
    kept = None
    if holding or replaced:
        kept = write_backup(folder=keep_to or Path(path).parent)
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / manifest["database"]["file"]
        extract(archive, manifest["database"]["file"], dump)
        if digest(dump) != manifest["database"]["sha256"]:
            raise BackupError("The database's copy is damaged; nothing changed.")
        try:
            database.load(dump, source_vendor=manifest["database"]["vendor"])
        except database.DatabaseError as error:
            raise BackupError(str(error)) from error
    check_counts(manifest)
    for entry in manifest["files"]:
        name, inside = entry["path"].split("/", 1)
        extract(archive, entry["path"], folders[name] / inside)
    return summary(manifest, replaced=replaced, kept=kept)


def check_migrations(manifest):
    """A backup made by a newer Newsroom holds tables this one does not know."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    unknown = [
        f"{app}.{name}"
        for app, names in manifest["migrations"].items()
        for name in names
        if (app, name) not in known
    ]
    if unknown:
        raise BackupError(
            "This backup was made by a newer version of Newsroom (migrations "
            f"{', '.join(unknown[:3])} are unknown here); restore it with that "
            "version. Nothing was changed."
        )


def check_files(archive, manifest):
    """Every file the manifest lists is in the archive, with its bytes."""
    for entry in manifest["files"]:
        safe_member_path(entry["path"])
        if entry["path"].split("/", 1)[0] not in ("media", "private"):
            raise BackupError(f"Unknown folder in the archive: {entry['path']}")
    names = set(archive.getnames())
    copy = manifest["database"]
    expected = [(copy["file"], copy.get("sha256"))]
    expected += [(entry["path"], entry.get("sha256")) for entry in manifest["files"]]
    for name, sha256 in expected:
        if name not in names or not archive.getmember(name).isfile():
            raise BackupError(f"The archive lacks {name}; nothing was changed.")
        found = hashlib.sha256()
        opened = archive.extractfile(name)
        while chunk := opened.read(CHUNK):
            found.update(chunk)
        if found.hexdigest() != sha256:
            raise BackupError(f"{name} is damaged; nothing was changed.")


def conflicts(manifest, folders):
    """The media files there already with other bytes than the archive's."""
    found = []
    for entry in manifest["files"]:
        name, inside = entry["path"].split("/", 1)
        target = folders[name] / inside
        if target.exists() and (
            not target.is_file() or digest(target) != entry["sha256"]
        ):
            found.append(str(target))
    return found


def extract(archive, name, target):
    """Write member ``name`` to ``target`` under a temporary name, then
    rename it: no half-written file ever has its name."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    source = archive.extractfile(name)
    with tempfile.NamedTemporaryFile(
        dir=target.parent, prefix=f".{target.name}-", delete=False
    ) as written:
        shutil.copyfileobj(source, written, CHUNK)
    os.chmod(written.name, 0o644)
    os.replace(written.name, target)


def check_counts(manifest):
    """Every table holds the rows it held when the backup was made."""
    now = database.current_counts()
    wrong = [
        f"{table} ({rows} rows, {now.get(table)} now)"
        for table, rows in manifest["database"]["tables"].items()
        if now.get(table) != rows
    ]
    if wrong:
        raise BackupError(
            f"The restored database differs from the backup: {', '.join(wrong[:5])}."
        )
