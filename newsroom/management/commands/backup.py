"""Write the database and the media files into one dated archive.

    python manage.py backup [--folder var/backups]

See newsroom/backups/ for what the archive holds.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from newsroom.backups import BackupError, write_backup


class Command(BaseCommand):
    help = (
        "Write the database (pg_dump, or SQLite's online backup) and the media "
        "files into one dated archive, with a manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--folder",
            default=settings.BACKUP_ROOT,
            help="Where to write the archive (default: BACKUP_ROOT, var/backups).",
        )

    def handle(self, *args, folder, **options):
        try:
            archive = write_backup(folder=folder)
        except BackupError as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            raise CommandError(f"The database cannot be read: {error}") from error
        size = archive.stat().st_size
        self.stdout.write(f"Backup written: {archive} ({size / 1e6:.1f} MB)")
