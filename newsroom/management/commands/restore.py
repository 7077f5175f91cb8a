"""Bring a backup's database and media files back, into an empty database.

    python manage.py restore FILE [--force]
    python manage.py restore FILE --check    (read it through, change nothing)

Refuses, changing nothing, when the database already holds data or a media
file would be replaced by other bytes; --force replaces them, after writing
a backup of what is there now.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, InterfaceError, transaction

from newsroom.backups import BackupError, check_backup, restore_backup, summary
from newsroom.core.pages import content_changed


class Command(BaseCommand):
    help = (
        "Restore a backup (made by `backup`) into an empty database and the "
        "media folders."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The archive, e.g. var/backups/newsroom-….tar")
        parser.add_argument(
            "--force",
            action="store_true",
            help=(
                "Replace what the database and media folders hold (a backup "
                "of it is written first, into BACKUP_ROOT)."
            ),
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only read the archive through and say what it holds; change nothing.",
        )

    def handle(self, *args, file, force, check, **options):
        if check:
            try:
                found = summary(check_backup(path=file))
            except BackupError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(
                f"{file} is whole: the backup of {found.made_at}, {found.tables} "
                f"tables, {found.rows} rows, {found.files} files."
            )
            return
        try:
            restored = restore_backup(
                path=file, force=force, keep_to=settings.BACKUP_ROOT
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        except (DatabaseError, InterfaceError) as error:
            raise CommandError(f"The database cannot be reached: {error}") from error
        if restored.kept:
            self.stdout.write(f"What was there before is kept in {restored.kept}")
        self.stdout.write(
            f"Restored the backup of {restored.made_at}: {restored.tables} tables, "
            f"{restored.rows} rows, {restored.files} files."
        )
        # A backup made by an older version is brought up to this one's tables.
        call_command("migrate", interactive=False, verbosity=0)
        # Pages cached before the restore show what it replaced.
        with transaction.atomic():
            content_changed()
