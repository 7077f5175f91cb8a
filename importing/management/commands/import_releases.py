"""Import old releases from plain-text files into drafts.

    python manage.py import_releases PATH [PATH ...] [--language fr]
        [--dry-run] [--json] [--user USERNAME]

PATH is a .txt file, a folder (read recursively) or a ZIP archive of .txt
files. Files are read and saved one at a time: a run over thousands of
files streams, and a failure in one file rolls back that file only.
"""

import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from importing.reading import sources
from importing.report import Report
from importing.saving import Importer


class Command(BaseCommand):
    help = (
        "Import old releases from plain-text files (or folders, or ZIP "
        "archives of them) into drafts, with their contacts and officials."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="The files' language; detected from each file when not given.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and report; write nothing to the database.",
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print a JSON list, one object per file (the report goes to stderr).",
        )
        parser.add_argument(
            "--user", help="The username recorded as the drafts' author."
        )

    def handle(self, *args, **options):
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user named {options['user']!r}.")
        importer = Importer(
            language=options["language"], user=user, dry_run=options["dry_run"]
        )
        report = Report()
        as_json = options["json"]
        log = self.stderr if as_json else self.stdout
        if as_json:
            self.stdout.write("[", ending="")
        for number, source in enumerate(sources(options["paths"])):
            outcome = importer.run(source)
            report.add(outcome)
            if as_json:
                # One object at a time: a run over thousands of files
                # streams its JSON instead of holding it.
                separator = ",\n" if number else "\n"
                self.stdout.write(
                    separator + json.dumps(outcome.as_json(), ensure_ascii=False),
                    ending="",
                )
                self.stdout.flush()
            else:
                self._print_outcome(report.files[-1])
        if as_json:
            self.stdout.write("\n]")
        log.write(report.summary())
        if options["dry_run"]:
            log.write("Dry run: nothing was saved.")
        if report.failed:
            raise CommandError(f"{report.failed} file(s) failed: see above.")

    def _print_outcome(self, file):
        line = f"{file.status:<8} {file.source}"
        if file.release_id:
            line += f" → draft {file.release_id} “{file.title}” ({file.language})"
        self.stdout.write(line)
        for name in file.new_contacts:
            self.stdout.write(f"         + press contact: {name}")
        for name in file.new_officials:
            self.stdout.write(f"         + official, to confirm: {name}")
        for warning in file.warnings:
            self.stdout.write(f"         ! {warning}")
