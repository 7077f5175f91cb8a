"""The contact block that closes a release: who to call, and how.

On several lines, as in the seed::

    Pour plus d'informations, veuillez contacter
    Eduardo Carrillo
    IOM Paraguay
    Email ecarrillo@iom.int
    Téléphone mobile : +595 21 981-50-90-20

or on one: "For more information please contact Joe Lowry at IOM Geneva,
Tel: +41 22 717 9435, Email: jlowry@iom.int or Jorge Galindo, …". Every
phone number is kept as printed with its E.164 form when it validates;
every line the reader does not understand comes back to be warned about.
"""

import itertools
import re
from dataclasses import dataclass, field

import phonenumbers
from django.utils.translation import gettext as _
from phonenumbers import PhoneNumberType

from contacts.phones import check_number
from importing.dates import DIGITS
from importing.people import ACRONYM, POSITION_WORDS_PATTERN, find_acronym
from importing.places import find_countries
from importing.words import (
    CONTACT_INTRO,
    EMAIL_LABEL,
    FAX_WORDS,
    LANDLINE_WORDS,
    MOBILE_WORDS,
    PHONE_WORDS,
)
from newsroom.core.text import fold

EMAIL = re.compile(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
PHONE = re.compile(
    r"(?<![\w@.\-])(?:\+|00)?\s?\(?\d[\d\s().\-/]{5,24}\d"
    r"(?:[\s,(]*(?i:ext|extn|extension|x|poste|anexo|int)\.?\s*\d{1,5}\)?)?"
)
# "In N'Djamena, Ibrahima Diane, …": where a contact is, before their name.
LOCATION = re.compile(
    r"^(?:in|en|à|a|au|at|from|desde|depuis|في)\s+(?P<place>[^\W\d_].*?)\s*:?$",
    re.IGNORECASE,
)
JOB_WORDS = re.compile(rf"(?<!\w)(?:{POSITION_WORDS_PATTERN})(?!\w)")
URL = re.compile(r"(?:https?://|www\.)\S+")
# "or" between two contacts, in the four languages.
OR = re.compile(r"\s+(?:or|ou|o|u|أو|او|or:|ou :|o:)\s+(?=\S)|\s+(?:or|ou|o|أو|او)\s*$")
# "Eduardo Carrillo at IOM Paraguay", "… de l'OIM Colombie", "… (OIM)".
AT_OFFICE = re.compile(
    r"^(?P<name>.+?)(?:\s+(?:at|from|of|with|à|de|chez|en|del|de\s+la|لدى|في|من)\s+"
    r"(?:l['’]\s*|la\s+|el\s+|the\s+)?|\s*\()(?P<office>(?:"
    + ACRONYM
    + r"|[\u0621-\u064a]).*?)\)?$"
)
LABEL_ONLY = re.compile(r"^[\W_]*(?:[^\W\d_]+\.?\s*){0,3}[:\-–]?\W*$")
OFFICE_WORDS = re.compile(
    r"(?i)\b(?:office|bureau|oficina|mission|misi[oó]n|headquarters|si[eè]ge|sede|"
    r"regional|unit|unité|unidad|ministry|ministère|ministerio|country)\b|مكتب|المنظمة|بعثة"
)


@dataclass
class Phone:
    as_printed: str
    kind: str  # "mobile", "landline", "fax" or "phone" (no label)
    e164: str = ""
    problem: str = ""

    @property
    def valid(self):
        return bool(self.e164)

    def as_json(self):
        return {
            "as_printed": self.as_printed,
            "e164": self.e164,
            "valid": self.valid,
            "kind": self.kind,
            "problem": self.problem,
        }


@dataclass
class Contact:
    name: str = ""
    office: str = ""
    job_title: str = ""
    email: str = ""
    phones: list = field(default_factory=list)
    more_emails: list = field(default_factory=list)
    # "In N'Djamena": where they are, the office's stand-in when none is printed.
    place: str = ""

    def is_empty(self):
        return not (self.name or self.office or self.email or self.phones)

    def can_be_reached(self):
        return bool(self.email or self.phones)

    def office_country(self):
        codes = find_countries(self.office, any_case=True) if self.office else []
        return codes[0] if codes else None

    def check_phones(self):
        if not self.office and self.place:
            self.office = self.place
        region = self.office_country()
        for phone in self.phones:
            checked = check_number(phone.as_printed.translate(DIGITS), region)
            phone.e164 = checked.stored()
            phone.problem = checked.problem
            if phone.kind == "phone" and phone.e164:
                # "Tel." says nothing of the line: the number does.
                phone.kind = _line_kind(phone.e164) or "phone"

    def as_json(self):
        return {
            "name": self.name,
            "office": self.office,
            "job_title": self.job_title,
            "email": self.email,
            "phones": [phone.as_json() for phone in self.phones],
        }


def contact_intro(line):
    """The rest of ``line`` after its contact-block opening, or None if it
    does not open the contact block."""
    match = CONTACT_INTRO.match(fold(line).replace("’", "'"))
    if not match:
        return None
    # fold() keeps lengths for the scripts press releases use, but a
    # ligature can shift them: find the rest by its words, not its offset.
    rest_folded = fold(line).replace("’", "'")[match.end() :].strip()
    if not rest_folded:
        return ""
    # "الاتصال بـ رنا": the tatweel after the preposition is not the name's.
    return _tail_matching(line, rest_folded).lstrip("ـ :")


def _tail_matching(line, rest_folded):
    for start in range(len(line)):
        if fold(line[start:]).replace("’", "'").strip() == rest_folded:
            return line[start:].strip()
    return rest_folded


def read_contacts(lines):
    """``(contacts, unread)`` from the block's lines (after the opening):
    unread lines are returned as printed, for a warning."""
    contacts = [Contact()]
    unread = []
    for line in lines:
        if not line.strip():
            if contacts[-1].can_be_reached():
                contacts.append(Contact())
            continue
        if OR.fullmatch(f" {line.strip()} "):
            # "or" on a line of its own, between two contacts.
            if not contacts[-1].is_empty():
                contacts.append(Contact())
            continue
        for part_number, part in enumerate(_split_or(line)):
            if part_number and not contacts[-1].is_empty():
                contacts.append(Contact())
            for chunk in _chunks(part):
                leftover = _read_chunk(chunk, contacts)
                if leftover:
                    unread.append(leftover)
    found = [contact for contact in contacts if not contact.is_empty()]
    for contact in found:
        contact.check_phones()
    return found, unread


def _split_or(line):
    """ "Joe Lowry, Tel … or Jorge Galindo, Tel …" → the two contacts' parts.
    Only where what follows "or" reads as a new name, not "Tel or email"."""
    parts = OR.split(line)
    joined = [parts[0]]
    for part in parts[1:]:
        if _starts_with_name(part):
            joined.append(part)
        else:
            joined[-1] = f"{joined[-1]} {part}"
    return joined


def _starts_with_name(text):
    first = text.split(maxsplit=1)[0] if text.split() else ""
    if not first or _label_kind(first) or "@" in first or first[:1].isdigit():
        return False
    return first[:1].isupper() or bool(re.match(r"[\u0621-\u064a]", first))


def _chunks(line):
    """A line cut at commas and semicolons, but not inside a number."""
    return [chunk.strip() for chunk in re.split(r"[;،]|,(?!\s*\d{3}\b)", line)]


def _read_chunk(chunk, contacts):
    """File what ``chunk`` says under the current contact; return what could
    not be read, or ""."""
    contact = contacts[-1]
    text = chunk
    for email in EMAIL.findall(text):
        email = email.rstrip(".'")
        if contact.email and contact.name and email != contact.email:
            contact.more_emails.append(email)
        else:
            contact.email = contact.email or email
        text = text.replace(email, " ")
    read = text.translate(DIGITS)
    numbers = [m for m in PHONE.finditer(read) if _digit_count(m.group()) >= 7]
    if numbers:
        previous = 0
        for match in numbers:
            label = read[previous : match.start()]
            after = read[match.end() : match.end() + 20]
            kind = _label_kind(label) or _label_kind(after.split("+")[0]) or "phone"
            printed = chunk_number(text, match)
            contact.phones.append(Phone(printed, kind))
            previous = match.end()
        text = " ".join(
            [read[: numbers[0].start()]]
            + [read[a.end() : b.start()] for a, b in itertools.pairwise(numbers)]
            + [read[numbers[-1].end() :]]
        )
        # What is left are the labels.
        text = " ".join(
            word for word in text.split() if not _label_kind(word.strip("():.-"))
        )
    text = " ".join(text.split()).strip(" :.-–—()")
    if not text or _only_labels(text):
        return ""
    if URL.search(text):
        return chunk
    return _read_words(text, chunk, contacts)


def chunk_number(text, match):
    """The number as printed (the match was made on text with Latin digits)."""
    return text[match.start() : match.end()].strip(" ,(-/").removesuffix(")").strip()


def _read_words(text, chunk, contacts):
    contact = contacts[-1]
    location = LOCATION.match(text)
    starts_anew = not contact.name or contact.can_be_reached()
    if location and starts_anew and len(location["place"].split()) <= 4:
        if contact.can_be_reached():
            contact = Contact()
            contacts.append(contact)
        contact.place = location["place"]
        return ""
    if contact.can_be_reached() and _looks_like_name(text):
        contact = Contact()
        contacts.append(contact)
    if not contact.name:
        if not _looks_like_name(text):
            return chunk
        match = AT_OFFICE.match(text)
        if match and _looks_like_name(match["name"]):
            contact.name = match["name"].strip(" ,")
            contact.office = match["office"].strip(" ,()")
        else:
            contact.name = text
        return ""
    if not contact.job_title and _looks_like_job_title(text):
        contact.job_title = text
        return ""
    if not contact.office:
        contact.office = text
        return ""
    return chunk


def _looks_like_name(text):
    words = text.split()
    return (
        1 <= len(words) <= 8
        and not any(ch.isdigit() for ch in text)
        and "@" not in text
        and not _label_kind(words[0].strip(":."))
    )


def _looks_like_job_title(text):
    """ "Communications Officer", "Chargée de communication": a position word,
    and no acronym or office word (those make it an office)."""
    return bool(JOB_WORDS.search(text)) and not (
        find_acronym(text) or OFFICE_WORDS.search(text)
    )


def _label_kind(label):
    """ "mobile", "landline", "fax" or None, from a label such as "Téléphone
    mobile :" or "Tel.". Mobile words win: "Téléphone mobile" is a mobile."""
    words = re.findall(r"[^\W\d_]+", fold(label))
    if not words:
        return None
    joined = " ".join(words)
    if any(word in MOBILE_WORDS for word in words):
        return "mobile"
    if any(word in FAX_WORDS for word in words):
        return "fax"
    if any(word in LANDLINE_WORDS for word in words) or "ligne fixe" in joined:
        return "landline"
    if any(word in PHONE_WORDS for word in words):
        return "phone"
    return None


def _line_kind(e164):
    number = phonenumbers.parse(e164.partition(";")[0], None)
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.MOBILE:
        return "mobile"
    if kind == PhoneNumberType.FIXED_LINE:
        return "landline"
    return None


def _only_labels(text):
    """ "Email", "Tél. :", "البريد الإلكتروني:": a label left without its value."""
    folded = " ".join(fold(text).split()).strip(" :.-")
    if EMAIL_LABEL.fullmatch(folded):
        return True
    return bool(LABEL_ONLY.match(text)) and bool(_label_kind(text))


def _digit_count(text):
    return sum(ch.isdigit() for ch in text)


def describe(contact):
    """One line about a contact, for warnings."""
    return contact.name or contact.email or _("a contact without a name")
