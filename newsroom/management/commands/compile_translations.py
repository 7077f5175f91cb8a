"""Compile locale/*/LC_MESSAGES/*.po into .mo files without GNU gettext.

Django's own ``compilemessages`` needs the ``msgfmt`` program; a fresh machine
may not have it, so the set-up uses polib, a pure-Python library, instead.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile every .po file under LOCALE_PATHS into a .mo file."

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if (
                    mo_path.exists()
                    and mo_path.stat().st_mtime >= po_path.stat().st_mtime
                ):
                    continue
                catalogue = polib.pofile(str(po_path))
                # Fuzzy entries are guesses; gettext leaves them out, so do we.
                for entry in catalogue.fuzzy_entries():
                    catalogue.remove(entry)
                catalogue.save_as_mofile(str(mo_path))
                compiled += 1
        self.stdout.write(f"Translations: {compiled} catalogue(s) compiled.")
