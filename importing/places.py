"""Countries named in a text, in English, French, Spanish or Arabic.

The names come from Babel (CLDR) and django-countries in the four
languages, plus the short forms in ``words.COUNTRY_ALIASES``. Latin names
are matched with their capital ("Chad" the country, not "chad"), accents
ignored ("Equateur" is "Équateur"); Arabic ones with the prefixes Arabic
joins to a word (و، ب، ل، ال: "والأرجنتين", "للمكسيك").
"""

import re
import unicodedata
from functools import cache

from babel import Locale
from django.utils import translation
from django_countries import countries

from importing.words import (
    AMBIGUOUS_COUNTRIES,
    COUNTRY_ALIASES,
    LANGUAGES,
    NOT_COUNTRIES,
    NOT_NAMES,
)
from newsroom.core.text import fold, normalise

ARABIC = re.compile("[\u0600-\u06ff]")
# A capitalised word, as a following or preceding name part.
CAPITALISED = re.compile(r"[^\W\d_][\w'\-]*")


def prepare(text):
    """Text as names are matched in: no Latin accents, one apostrophe, one
    Arabic spelling; case kept. Lengths may change: positions are only
    compared within prepared text."""
    text = normalise(text).replace("’", "'").replace("ʼ", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


@cache
def _names():
    """``({latin name: code}, {arabic name: code})``, prepared."""
    latin, arabic = {}, {}

    def add(name, code):
        for variant in _variants(name):
            prepared = prepare(variant).strip()
            too_short = len(prepared) < 3 and prepared not in {"UK", "US"}
            if not prepared or too_short or fold(prepared) in NOT_COUNTRIES:
                continue
            (arabic if ARABIC.search(prepared) else latin).setdefault(prepared, code)

    for code, aliases in COUNTRY_ALIASES.items():
        for alias in aliases:
            add(alias, code)
    for language in LANGUAGES:
        territories = Locale.parse(language).territories
        with translation.override(language):
            for country in countries:
                add(str(country.name), country.code)
                if name := territories.get(country.code):
                    add(name, country.code)
    return latin, arabic


def _variants(name):
    """ "Palestine, État de" → "Palestine"; "Congo - Kinshasa" is left out (the
    aliases name both Congos); "Myanmar (Burma)" → "Myanmar", "Burma"."""
    if " - " in name:
        return []
    variants = [name]
    if "(" in name:
        bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
        inside = re.findall(r"\(([^)]*)\)", name)
        # "Myanmar (Burma)" gives Burma; "Bahamas (The)" does not give "The".
        variants = [
            bare,
            *(
                part
                for part in inside
                if part[:1].isupper() and len(part) > 3 and fold(part) not in NOT_NAMES
            ),
        ]
    if ", " in name:
        variants = [variant.split(", ")[0] for variant in variants]
    return variants


@cache
def _patterns():
    latin, arabic = _names()
    by_length = sorted(latin, key=len, reverse=True)
    latin_pattern = re.compile(
        r"(?<![\w.])(?:" + "|".join(map(re.escape, by_length)) + r")(?!\w)"
    )
    cores = {}
    for name in sorted(arabic, key=len, reverse=True):
        if name.startswith("ال") and len(name) > 4:
            cores[f"(?:ال|ل){re.escape(name[2:])}"] = arabic[name]
        else:
            cores[re.escape(name)] = arabic[name]
    alternatives = "|".join(f"(?:{core})" for core in cores)
    arabic_pattern = re.compile(rf"(?<!\w)(?:[وف]?[بلك]?)({alternatives})(?!\w)")
    folded = {prepare(name).casefold(): code for name, code in latin.items()}
    return latin_pattern, arabic_pattern, folded, arabic


def find_countries(text, *, exclude=(), any_case=False):
    """ISO codes of the countries ``text`` names, in the order first named.

    ``exclude``: spans of the text that are not places (people's names:
    "Argentina Santacruz" is a person). ``any_case``: the text may be in
    capitals ("PARAGUAY", a dateline).
    """
    latin_pattern, arabic_pattern, folded, arabic = _patterns()
    prepared = prepare(text)
    for span in exclude:
        prepared = prepared.replace(prepare(span), " ")
    found = []
    searched = prepared
    if any_case:
        searched = " ".join(
            word.title() if word.isupper() and len(word) > 3 else word
            for word in prepared.split(" ")
        )
    for match in latin_pattern.finditer(searched):
        name = match.group()
        if fold(name) in AMBIGUOUS_COUNTRIES and _part_of_a_name(searched, match):
            continue
        found.append((match.start(), folded[name.casefold()]))
    for match in arabic_pattern.finditer(prepared):
        found.append((match.start(), _arabic_code(match.group(1), arabic)))
    codes = []
    for _start, code in sorted(found):
        if code and code not in codes:
            codes.append(code)
    return codes


def _arabic_code(matched, arabic):
    return arabic.get(matched) or arabic.get("ال" + matched.removeprefix("ل"))


def _part_of_a_name(text, match):
    """ "Argentina Santacruz", "Michael Jordan", "New Jersey": the country's
    name is a part of a longer capitalised name."""
    after = CAPITALISED.match(text[match.end() :].lstrip(" "))
    spaced = text[match.end() : match.end() + 1] == " "
    if (
        after
        and spaced
        and after.group()[0].isupper()
        and fold(after.group()) not in NOT_NAMES
    ):
        return True
    before = text[: match.start()].rstrip(" ").rsplit(" ", 1)[-1]
    return bool(
        before
        and text[match.start() - 1 : match.start()] == " "
        and before[0].isupper()
        and not before.isupper()
        and fold(before) not in NOT_NAMES
    )
