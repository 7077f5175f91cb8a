"""Files for translation agencies: a thing's texts in one language as a PO
file (gettext's format, read and written by polib), and the translated file
brought back into that language only.

Each unit is one field (its name is the unit's context), the original's
text its ``msgid``, the translation so far its ``msgstr``. The header names
the thing and the two languages, so that a file is never brought into the
wrong release or language. A file brought back whose originals are older
than the current original leaves the translation outdated, as it is.
"""

import polib
from django.utils.translation import gettext as _

from newsroom.core.languages import LANGUAGE_NAMES
from translations.models import Standing
from translations.states import fingerprint

# Beside the fields a translation follows, what else a translator writes.
MORE_UNITS = {"release": ("dateline_place",)}
ITEM = "X-Newsroom-Item"
SOURCE = "X-Newsroom-Source-Language"


class FileRefused(Exception):
    """Why a file cannot be brought in; nothing was changed."""


def units(kind):
    return (*kind.fields, *MORE_UNITS.get(kind.key, ()))


def item_key(kind, item):
    return f"{kind.key} {item.pk}"


def export(kind, item, language):
    """The PO file (bytes) of ``item``'s texts, for translation into ``language``."""
    original = kind.original_language(item)
    document = polib.POFile(wrapwidth=0)
    document.metadata = {
        "Project-Id-Version": "Newsroom",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        ITEM: item_key(kind, item),
        SOURCE: original,
    }
    for name in units(kind):
        label = type(item)._meta.get_field(name).verbose_name
        document.append(
            polib.POEntry(
                msgctxt=name,
                msgid=getattr(item, f"{name}_{original}") or "",
                msgstr=getattr(item, f"{name}_{language}") or "",
                comment=str(label),
            )
        )
    return str(document).encode()


def read(kind, item, language, data):
    """The translated texts of a PO file for ``item`` in ``language``:
    ``({field: text}, {field: original text as exported})``. Raises
    FileRefused, saying why, for anything else."""
    try:
        text = data.decode("utf-8")
        document = polib.pofile(text, wrapwidth=0)
    except (UnicodeDecodeError, OSError, ValueError) as error:
        raise FileRefused(
            _("This is not a PO file that can be read (%(error)s).") % {"error": error}
        ) from error
    if not document.metadata and not len(document):
        raise FileRefused(_("This is not a PO file that can be read (it is empty)."))
    if document.metadata.get(ITEM) != item_key(kind, item):
        raise FileRefused(
            _("This file is for something else (%(found)s), not this one.")
            % {"found": document.metadata.get(ITEM) or _("nothing named")}
        )
    found_language = document.metadata.get("Language", "")
    if found_language != language:
        raise FileRefused(
            _("This file is in %(found)s; it can only be brought into %(expected)s.")
            % {
                "found": LANGUAGE_NAMES.get(found_language, found_language or "?"),
                "expected": LANGUAGE_NAMES[language],
            }
        )
    expected = set(units(kind))
    names = [entry.msgctxt for entry in document]
    problems = []
    if missing := sorted(expected - set(names)):
        problems.append(_("missing units: %s") % ", ".join(missing))
    if extra := sorted(set(names) - expected):
        problems.append(_("units this file should not have: %s") % ", ".join(extra))
    if doubled := sorted({name for name in names if names.count(name) > 1}):
        problems.append(_("units given twice: %s") % ", ".join(doubled))
    entries = {entry.msgctxt: entry for entry in document}
    if fuzzy := sorted(name for name, entry in entries.items() if entry.fuzzy):
        problems.append(_("still marked as needing review: %s") % ", ".join(fuzzy))
    empty = sorted(
        name
        for name, entry in entries.items()
        if name in expected and entry.msgid.strip() and not entry.msgstr.strip()
    )
    if empty:
        problems.append(_("not translated: %s") % ", ".join(empty))
    if problems:
        raise FileRefused(
            _("This file cannot be brought in: %s.")
            % "; ".join(str(p) for p in problems)
        )
    return (
        {name: entries[name].msgstr for name in units(kind)},
        {name: entries[name].msgid for name in kind.fields},
    )


def outdate_if_older(state, kind, item, exported):
    """After a file's texts are saved: if they were translated from an
    older original than the current one, the translation is outdated, with
    what it was translated from kept for the side-by-side view."""
    original = kind.original_language(item)
    if fingerprint(exported) == fingerprint(kind.texts(item, original)):
        return
    state.refresh_from_db()
    state.standing = Standing.OUTDATED
    state.source_fingerprint = fingerprint(exported)
    state.source_text = exported
    # Saved, not updated in bulk: the page cache hears of it (the page's note).
    state.save(update_fields=["standing", "source_fingerprint", "source_text"])
