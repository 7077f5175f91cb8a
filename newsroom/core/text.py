"""Text as search sees it: the same folding for what is indexed and what is
asked, so that a reader's spelling finds the press office's."""

import re
import unicodedata
from html import unescape

from django.utils.html import strip_tags

# Bidi controls and invisible marks a pasted query may carry.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad]")
# Arabic: harakat, superscript alef, tatweel.
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ → ا
        "\u0625": "\u0627",  # إ → ا
        "\u0622": "\u0627",  # آ → ا
        "\u0671": "\u0627",  # ٱ → ا
        "\u0629": "\u0647",  # ة → ه
        "\u0649": "\u064a",  # ى → ي
        "\u0624": "\u0648",  # ؤ → و
        "\u0626": "\u064a",  # ئ → ي
    }
)
# Control characters (a Word line break is a vertical tab) and the two
# non-characters: XML 1.0 cannot carry them, and no reader sees them.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def printable(text):
    """``text`` with control characters turned into spaces."""
    return CONTROL.sub(" ", text or "")


def tidy(text):
    """A query as the reader wrote it, less what no one sees: control and
    bidi marks, runs of spaces."""
    text = INVISIBLE.sub("", printable(unicodedata.normalize("NFC", text or "")))
    return " ".join(text.split())


def normalise(text):
    """Text ready to index or to search with.

    Arabic is written many ways: with or without diacritics and tatweel, with
    hamza on the alef or not, taa marbuta as haa. All become one spelling.
    Invisible bidi marks go. Latin accents stay (the stemmers need them).
    """
    text = unicodedata.normalize("NFKC", printable(text))
    text = INVISIBLE.sub("", text)
    text = ARABIC_MARKS.sub("", text)
    return text.translate(ARABIC_LETTERS)


def fold(text):
    """``normalise`` plus no case and no Latin accents: the simple match used
    where there is no full-text engine (SQLite)."""
    decomposed = unicodedata.normalize("NFKD", normalise(text).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def plain_text(html):
    """The words of a sanitised HTML body, blocks kept apart."""
    spaced = re.sub(r"</(p|li|h[2-6]|blockquote|td|th)>|<br\s*/?>", " ", html or "")
    return " ".join(unescape(strip_tags(spaced)).split())


def filename_words(text, length, keep=str.isalnum):
    """``text`` as words of a file name, joined by hyphens, at most ``length``
    characters and whole words. Letters of every script are kept; spaces of
    any kind, control characters and whatever ``keep`` refuses separate
    words."""
    text = unicodedata.normalize("NFC", str(text))
    kept = "".join(
        ch if keep(ch) and unicodedata.category(ch)[0] not in "CZ" else " "
        for ch in text
    )
    joined = "-".join(kept.split())
    if len(joined) > length:
        # Whole words only: cut at the last hyphen that fits, unless the
        # first word alone is longer than ``length``.
        cut = joined[: length + 1].rfind("-")
        joined = joined[:cut] if cut > 0 else joined[:length]
    return joined.strip(".-_")
