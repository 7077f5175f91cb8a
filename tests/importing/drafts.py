"""The seed imported for real: the command run, and the draft it makes."""

import io
import re

from django.core.management import call_command
from django.utils.html import strip_tags

from releases.models import Release

TITLE = "Séminaire sur la lutte contre la traite au Paraguay"
ATTORNEYS_GENERAL = {
    "Javier Diaz Verón": "Procureur général du Paraguay",
    "Jorge Chabarria Guzman": "Procureur général du Costa Rica",
    "Jorge Diaz Almeida": "Procureur général de l’Uruguay",
    "Rodrigo Janot Monteiro De Barros": "Procureur général du Brésil",
}
EXPERTS = {"Argentina Santacruz", "Gaby Rengifo", "Erika Rojas"}


def run(*paths, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_releases", *map(str, paths), stdout=out, stderr=err, **options)
    return out.getvalue() + err.getvalue()


def seed_release():
    return Release.objects.get(title_fr=TITLE)


def people_listed(response):
    """The "People in this release" box, as text ("" when there is none)."""
    found = re.search(
        r'<aside class="release__people".*?</aside>', response.content.decode(), re.S
    )
    return strip_tags(found.group()) if found else ""
