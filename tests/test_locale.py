"""Every interface string is translated, and compiles without GNU gettext."""

import shutil
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_every_interface_string_has_a_translation(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))

    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert len(catalogue) > 100
    assert missing == []
    assert fuzzy == []


def test_translations_compile_with_the_pure_python_command(tmp_path, settings):
    copy = tmp_path / "locale"
    shutil.copytree(LOCALE, copy, ignore=shutil.ignore_patterns("*.mo"))
    settings.LOCALE_PATHS = [copy]

    call_command("compile_translations", stdout=StringIO())

    for language in ("fr", "es", "ar"):
        assert (copy / language / "LC_MESSAGES" / "django.mo").stat().st_size > 1000
    catalogue = polib.mofile(str(copy / "fr" / "LC_MESSAGES" / "django.mo"))
    assert catalogue.find("Latest releases").msgstr == "Derniers communiqués"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "Derniers communiqués"), ("es", None), ("ar", None)],
)
def test_the_running_site_uses_the_compiled_catalogues(language, expected):
    with translation.override(language):
        text = translation.gettext("Latest releases")

    assert text != "Latest releases"
    if expected:
        assert text == expected
