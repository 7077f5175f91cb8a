"""The dateline that opens a release's first paragraph: its place and date.

"Paraguay - …", "Geneva, 11 September 2019 – …", "عمّان، 21 مايو 2024 – …".
"""

import re

from django.utils.translation import gettext as _

from importing.dates import find_date
from importing.language import ARABIC_LETTER, LATIN_LETTER
from importing.people import CAP

DASH = r"(?:\s*[–—]\s*|\s+-\s*|\s*-\s+)"
PARENTHESES = re.compile(r"\s*\([^)]{1,40}\)")
DATELINE = re.compile(rf"^(?P<head>[^\s\d].{{0,100}}?){DASH}(?P<rest>\S.*)$", re.S)


def read_dateline(release):
    """The place and date taken out of the release's first paragraph."""
    for index, (kind, text) in enumerate(release.blocks):
        if kind != "p":
            return
        found = split_dateline(text)
        if not found:
            return
        place, date, rest = found
        if not rest:
            return
        release.place = place
        if date:
            if release.date and release.date != date.date:
                release.warnings.append(
                    _("The dateline's date (%(dateline)s) is not the date line's "
                      "(%(line)s): the dateline's was kept.")
                    % {"dateline": date.date.isoformat(),
                       "line": release.date.isoformat()}
                )  # fmt: skip
            release.date = date.date
        release.blocks[index] = ("p", rest)
        return


def split_dateline(text):
    """``(place, FoundDate or None, rest)`` or None when the paragraph does
    not open with a dateline."""
    match = DATELINE.match(text)
    if not match:
        return None
    head = PARENTHESES.sub("", match["head"]).strip(" ,،")
    parts = [part.strip() for part in re.split(r"\s*[,،]\s*", head)]
    date = None
    # "Nairobi, 3 March 2022", and "Nairobi, March 3, 2022" (its own comma).
    for taken in (2, 1):
        if len(parts) > taken and (
            found := find_date(", ".join(parts[-taken:]), whole=True)
        ):
            date = found
            parts = parts[:-taken]
            break
    place = ", ".join(parts)
    if not _is_place(place):
        return None
    return place, date, match["rest"].strip()


def _is_place(place):
    """A dateline's place: one to six words, each capitalised (but for
    particles) or Arabic; no sentence in it."""
    words = place.split()
    if not 1 <= len(words) <= 6 or re.search(r"[.;:!?\d\"«»]", place):
        return False
    if ARABIC_LETTER.search(place):
        return not LATIN_LETTER.search(place)
    small = {"de", "del", "la", "le", "les", "el", "los", "d", "du", "des", "of", "the",
             "and", "y", "et", "en", "sur", "al", "upon", "au", "aux"}  # fmt: skip
    return bool(re.match(CAP, words[0])) and all(
        re.match(CAP, word) or word.lower().split("'")[0].split("’")[0] in small
        for word in words
    )
