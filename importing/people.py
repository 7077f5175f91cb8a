"""People a release names with what they do.

Three ways releases print them, in English, French and Spanish:

- "Name, position": "Javier Diaz Verón, Procureur général du Paraguay";
- "position, Name": "le Procureur général du Costa Rica, Jorge Chabarria
  Guzman"; and with a capitalised title and no comma, "Director General
  António Vitorino";
- staff of an organisation: "Gaby Rengifo de l'OIM en Colombie", "Jane Doe
  of IOM Ecuador".

Arabic has no capitals to find a name by: there, a name is the two to four
words beside a position, between commas ("خافيير دياز، النائب العام في
باراغواي").
"""

import re
from dataclasses import dataclass

from importing.words import (
    AFTER_POSITION,
    ARABIC_POSITION_WORDS,
    NOT_NAMES,
    POSITION_WORDS,
    TITLE_BEFORE_NAME,
    word_set,
)
from newsroom.core.text import fold

UPPER = "".join(
    chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha()
)
LOWER_WORD = r"[^\W\d_]"
# One capitalised part of a name: "Verón", "O'Brien", "Jean-Pierre".
CAP = rf"[{UPPER}][^\W\d_]*(?:['’\-][{UPPER}]?[^\W\d_]+)*"
PARTICLES = word_set(
    "de del la los lo da das do dos di du van von der den ter le bin ibn al el y"
)
# Titles before a name, with or without their full stop: "M. Jean Dupont".
HONORIFIC = (
    r"(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|Prof|Sr|Sra|Srta|Dra|Me|H\.E|S\.E)\.?\s+)"
)
PARTICLE = (
    r"(?:de\s+la|de\s+los|" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")"
)
NAME = rf"{HONORIFIC}?{CAP}(?:\s+(?:{PARTICLE}\s+){{0,2}}{CAP}){{1,4}}"
# An organisation known by its acronym: IOM, OIM, UNHCR, OMS.
ACRONYM = rf"[{UPPER}]{{2,8}}"
PLACE = rf"{CAP}(?:\s+(?:de\s+|del\s+|d['’])?{CAP}){{0,3}}"


def _words_pattern(words):
    """Folded words → a pattern matching them printed with accents and any
    case at a word's start: "procureur general" matches "Procureur général"."""
    alternatives = sorted({fold(word) for word in words}, key=len, reverse=True)
    return "|".join(_accented(word) for word in alternatives)


ACCENTED = {
    "a": "aàáâäã", "e": "eéèêë", "i": "iíìîï", "o": "oóòôöõ", "u": "uúùûü",
    "c": "cç", "n": "nñ",
}  # fmt: skip


def _accented(word):
    parts = []
    for char in word:
        if char in ACCENTED:
            letters = ACCENTED[char]
            parts.append(f"[{letters}{letters.upper()}]")
        elif char == " ":
            parts.append(r"\s+")
        elif char in "-'":
            parts.append(r"[\-'’\s]")
        else:
            letters = f"[{char}{char.upper()}]"
            parts.append(letters if char.isalpha() else re.escape(char))
    return "".join(parts)


POSITION_WORDS_PATTERN = _words_pattern(POSITION_WORDS)
POSITION_START = rf"(?:(?:{ACRONYM}(?:['’]s)?\s+)?(?:{POSITION_WORDS_PATTERN}))(?!\w)"
ARTICLE = (
    r"(?:(?:le|la|les|the|el|los|las|lo|un|une|a|an|su|sa|son|leur)\b\s*|l['’]\s*)"
)
STOP = rf"(?:{_words_pattern(AFTER_POSITION)})"
# Where a position ends: punctuation, or a word that opens a new phrase.
POSITION_END = (
    rf"(?=\s*[,;:.()«»\"“”\n]|\s+(?:{STOP})\b"
    rf"|\s+(?:et|and|y|ainsi|as\s+well)\s+(?:{ARTICLE}|par\b|by\b|por\b)|$)"
)
NAME_END = r"(?=\s*[,;:.()«»\"“”\n]|\s+[^\W\d_]*[a-zà-ÿ]|$)"

POSITION_THEN_NAME = re.compile(
    rf"(?<![\w'’])(?P<position>(?:{CAP}\s+){{0,3}}{POSITION_START}[^,;.()\n]{{0,80}}?),\s+"
    rf"(?P<name>{NAME}){NAME_END}"
)
# After a name, a position may open with capitalised words of its own:
# "Missing Migrants Project Coordinator at IOM's Global Data Institute".
NAME_THEN_POSITION = re.compile(
    rf"(?<!\w)(?P<name>{NAME}),\s+{ARTICLE}?"
    rf"(?P<position>(?:{CAP}\s+){{0,4}}{POSITION_START}[^,;.()\n]{{0,100}}?){POSITION_END}"
)
TITLE_THEN_NAME = re.compile(
    rf"(?<![\w'’])(?:(?P<org>{ACRONYM})(?:['’]s)?\s+)?"
    rf"(?P<position>(?:Deputy\s+|Acting\s+)?(?:{_words_pattern(TITLE_BEFORE_NAME)}))\s+"
    rf"(?P<name>{NAME}){NAME_END}"
)
STAFF = re.compile(
    rf"(?<!\w)(?P<name>{NAME}),?\s+(?:de\s+l['’]\s*|de\s+la\s+|del\s+|de\s+|of\s+(?:the\s+)?|from\s+(?:the\s+)?|with\s+(?:the\s+)?|at\s+(?:the\s+)?)"
    rf"(?P<org>{ACRONYM}(?:\s+(?:en|in|au|aux|à|a|de|du|d['’]|para|for)\s*(?:l['’]|la\s+|le\s+|el\s+)?{PLACE}|\s+{PLACE})?)"
    r"(?!\w)"
)

ARABIC_WORD = r"[\u0621-\u064a\u0671-\u06d3]+"
# The folded words, matched however they are spelt: أ/إ/آ/ا, ة/ه, ى/ي.
ARABIC_SPELLINGS = {"ا": "[اأإآ]", "ه": "[هة]", "ي": "[يىئ]", "و": "[وؤ]"}
ARABIC_POSITION = "|".join(
    "".join(ARABIC_SPELLINGS.get(char, re.escape(char)) for char in word)
    for word in sorted(ARABIC_POSITION_WORDS, key=len, reverse=True)
)
ARABIC_HONORIFICS = word_set("الدكتور الدكتورة السيد السيدة معالي سعادة د.")
ARABIC_STOP = word_set(
    """
    في من على الى إلى عن مع ان أن إن هذا هذه ذلك التي الذي الذين قال قالت وقال
    وقالت اكد أكد وأكد اكدت أكدت وأكدت اشار أشار وأشار اشارت أشارت السيد السيدة
    السيده معالي سعادة سعاده الدكتور الدكتورة الدكتوره د و او أو كما ايضا أيضا
    حيث بين خلال بعد قبل عند كل تم وقد قد لقد شارك شاركت حضر حضرت
    """
)


# Capitalised words that open a sentence before a name: "Selon Fatou
# Ndiaye, …", "According to…".
LEAD_INS = word_set(
    """
    selon according segun también tambien however cependant ainsi aujourd'hui
    today yesterday hier hoy ayer meanwhile also said says declared added
    noted explained dijo declaro afirmo anadio indico senalo explico
    """
)


@dataclass
class Person:
    name: str
    position: str = ""
    organisation: str = ""

    def as_json(self):
        return {
            "name": self.name,
            "position": self.position,
            "organisation": self.organisation,
        }


def find_people(paragraphs, language):
    """The people the paragraphs name, each once, in the order first named."""
    people = {}
    for text in paragraphs:
        found = _arabic_people(text) if language == "ar" else _latin_people(text)
        for person in found:
            key = fold(person.name)
            known = people.setdefault(key, person)
            known.position = known.position or person.position
            known.organisation = known.organisation or person.organisation
    return list(people.values())


def _latin_people(text):
    found = []
    taken = set()  # the characters of names already found

    def add(start, end, name, position="", organisation=""):
        name = _clean_name(name)
        if not name or not taken.isdisjoint(range(start, end)):
            return
        taken.update(range(start, end))
        found.append(
            (start, Person(name, _clean_position(position), organisation.strip()))
        )

    for match in POSITION_THEN_NAME.finditer(text):
        add(*match.span("name"), match["name"], match["position"])
    for match in TITLE_THEN_NAME.finditer(text):
        add(*match.span("name"), match["name"], match["position"], match["org"] or "")
    for match in NAME_THEN_POSITION.finditer(text):
        add(*match.span("name"), match["name"], match["position"])
    for match in STAFF.finditer(text):
        add(*match.span("name"), match["name"], "", match["org"])
    return [person for _start, person in sorted(found, key=lambda item: item[0])]


def find_acronym(text):
    """The first acronym in ``text`` ("OIM en Equateur" → "OIM"), or ""."""
    match = re.search(rf"(?<!\w){ACRONYM}(?!\w)", text)
    return match.group() if match else ""


# What a name may not start with, and what may not stand inside it.
NOT_FIRST = NOT_NAMES | LEAD_INS
NOT_INSIDE = NOT_NAMES - PARTICLES


def _clean_name(name):
    """The name, less capitalised words that start a sentence or name a
    thing ("The", "Ministry", "Selon") and its honorific ("M.", "Dr");
    None if what is left is not two words."""
    words = name.split()
    while words and fold(words[0]).rstrip(".") in NOT_FIRST:
        words = words[1:]
    if len(words) < 2 or fold(words[-1]) in PARTICLES:
        return None
    if any(fold(word) in NOT_INSIDE for word in words[1:]):
        return None
    if any(word.isupper() and len(word) > 1 for word in words):
        return None
    return " ".join(words)


def _clean_position(position):
    words = position.split()
    # "The Civil Surgeon" → "Civil Surgeon"; "UN High Commissioner" stays.
    while words and fold(words[0]) in NOT_NAMES and not words[0].isupper():
        words = words[1:]
    position = " ".join(words).strip(" ,;-–—")
    if len(position.split()) > 14:
        return ""
    return position


def _arabic_people(text):
    found = {}
    # position، Name
    for match in re.finditer(
        rf"(?<!\w)(?P<position>(?:[وف]?)(?:{ARABIC_POSITION})(?!\w)[^،,.؛:\n]{{0,80}}?)\s*[،,]\s*"
        rf"(?P<name>(?:د\.\s*)?{ARABIC_WORD}(?:\s+{ARABIC_WORD}){{1,4}})"
        r"(?=\s*[،,.؛:\n]|\s+و|$)",
        text,
    ):
        name = _arabic_name(match["name"].split())
        if name:
            found.setdefault(name, (match.start(), match["position"].lstrip("وف")))
    # Name، position
    for match in re.finditer(
        rf"[،,]\s*(?P<position>(?:{ARABIC_POSITION})(?!\w)[^،,.؛:\n]{{0,80}})",
        text,
    ):
        before = re.split(r"[،,.؛:\n«»\"]", text[: match.start()])[-1].split()
        words = []
        for word in reversed(before[-4:]):
            if _is_stop(word):
                break
            words.insert(0, word)
        name = _arabic_name(words)
        if name:
            found.setdefault(name, (match.start(), match["position"].strip()))
    return [
        Person(name, " ".join(position.split()))
        for name, (_start, position) in sorted(found.items(), key=lambda i: i[1][0])
    ]


def _is_stop(word):
    folded = fold(word)
    return folded in ARABIC_STOP or folded.removeprefix("و") in ARABIC_STOP


def _arabic_name(words):
    """Two to four words that can be a name: not a position, not a stop word,
    the first not a definite noun ("المنظمة"). An honorific before it goes."""
    while words and fold(words[0]) in ARABIC_HONORIFICS:
        words = words[1:]
    if not 2 <= len(words) <= 4:
        return None
    if words[0].startswith("ال") or any(_is_stop(word) for word in words):
        return None
    if re.match(ARABIC_POSITION, " ".join(words)):
        return None
    return " ".join(words)
