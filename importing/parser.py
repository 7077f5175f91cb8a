"""A legacy release, as plain text, read into its parts.

The layout, every part optional but the title::

    Communiqué                              kind line
    Global                                  scope line
    Séminaire sur la lutte contre la traite title (printed twice: kept once)
    Participants in Asunción. Photo: IOM    photo caption
    Date Publish: 12/05/2016                date line
    Paraguay - Organisée par …              dateline, then the first paragraph
    • …                                     bullets (•, -, *), numbered items
    Pour plus d'informations, veuillez contacter …   contact block

Nothing is dropped: each line ends up in a part, or in a warning.
"""

import re
import unicodedata

from django.utils.translation import gettext as _

from importing.contact_block import contact_intro, read_contacts
from importing.dateline import read_dateline
from importing.dates import find_date
from importing.language import detect_language
from importing.parsed import ParsedRelease
from importing.people import find_people
from importing.places import find_countries
from importing.words import lookup_kind, lookup_region
from newsroom.core.text import INVISIBLE, fold

BULLET = re.compile(
    r"^(?:(?P<mark>[•·▪◦●‣⁃∙*\-–—])|(?P<number>\d{1,2})[.)])\s+(?P<text>\S.*)$"
)
CAPTION = re.compile(
    r"(?i)(?:\b(?:photo|photos|foto|fotos|photo\s+credit|cr[ée]dit\s+photo|"
    r"cr[ée]dits?|cr[ée]dito)\s*[:：]|©|(?:^|\s)(?:صورة|الصورة)\s*[:：])"
)
DATE_LABEL = re.compile(
    r"(?i)^\W*(?:date\s*(?:publish|published|of\s+publication|de\s+publication)?|"
    r"published(?:\s+on)?|publication\s+date|publi[ée]e?\s+le|fecha(?:\s+de\s+publicaci[oó]n)?|"
    r"publicad[oa](?:\s+el)?|(?:ال)?تاريخ(?:\s+النشر)?|نشر\s+في)\s*[:：]?\s*"
)
END_MARK = re.compile(
    r"(?i)^\W*(?:#+|\*+|-+|–+|(?:-+|–+)?\s*(?:ends?|fin|fin\s+del\s+comunicado|"
    r"انتهى|النهاية)\s*(?:-+|–+)?)\W*$"
)
TERMINAL = (".", "!", "?", "…", ":", "؟", "»", "”", '"', ")", ";")


def parse(text, source, language=None):
    """Read ``text`` (a decoded file) into a ParsedRelease."""
    release = ParsedRelease(source=source)
    lines = [_clean(line) for line in text.splitlines()]
    detected = detect_language(text)
    release.language = language or detected or "en"
    if language and detected and detected != language:
        release.warnings.append(
            _("The text reads as %(detected)s, but was imported as %(given)s.")
            % {"detected": detected, "given": language}
        )
    elif not language and not detected:
        release.warnings.append(
            _("Too little text to tell its language: imported as English.")
        )
    wrapped = is_hard_wrapped(lines)
    body_start = _read_header(lines, release, wrapped)
    if not release.title:
        return release
    contact_start, rest = _find_contact_block(lines, body_start)
    _read_body(lines[body_start:contact_start], release, wrapped)
    if contact_start < len(lines):
        block = lines[contact_start:]
        if wrapped:
            block = _unwrap(block)
            rest = contact_intro(block[0]) or ""
        contact_lines, notes = _split_notes([rest, *block[1:]])
        contact_lines = [line for line in contact_lines if not _end_mark(line, release)]
        _read_contact_block(contact_lines, release)
        # Notes to editors after the contacts belong to the release.
        _read_body(notes, release, wrapped)
    read_dateline(release)
    paragraphs = [
        text
        for kind, content in release.blocks
        for text in ([content] if kind == "p" else content)
    ]
    release.people = find_people(paragraphs, release.language)
    names = [person.name for person in release.people]
    release.countries = _unique(
        find_countries(release.place, any_case=True)
        + find_countries("\n".join([release.title, *paragraphs]), exclude=names)
    )
    if not release.blocks:
        release.warnings.append(_("The file holds a title and no text."))
    return release


NOTES = re.compile(
    r"(?i)^\W*(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|notes?\s+aux\s+r[ée]dactions|"
    r"notes?\s+(?:à\s+l['’]intention\s+des|aux)\s+(?:r[ée]dacteurs|journalistes|m[ée]dias)|"
    r"notas?\s+(?:para|a)\s+(?:los\s+)?(?:editores|redactores|medios|periodistas)|"
    r"ملاحظات?\s+(?:للمحررين|للمحرر|للصحفيين)|background|contexte|antecedentes)\W*$"
)


def is_hard_wrapped(lines):
    """Lines broken at a fixed width (72, 76, 80 columns), as old email
    archives keep them: most long lines end near the same column."""
    long = [len(line) for line in lines if len(line) >= 40]
    if len(long) < 5 or max(long) > 100:
        return False
    widest = max(long)
    near = sum(1 for length in long if length >= widest - 20)
    return near / len(long) >= 0.6


def _unwrap(lines):
    """Contact lines joined again where a long line was wrapped."""
    joined = []
    for line in lines:
        if joined and line and len(joined[-1]) >= 60:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _split_notes(lines):
    """``(contact lines, notes to editors)``: a "Notes to editors" heading
    after the contacts starts text for the body."""
    for index, line in enumerate(lines):
        if line and NOTES.match(line):
            return lines[:index], lines[index:]
    return lines, []


def _end_mark(line, release):
    if line and END_MARK.match(line):
        release.warnings.append(_("An end mark was left out: «%s».") % line)
        return True
    return False


def _clean(line):
    line = unicodedata.normalize("NFC", line).replace("\t", " ").replace("\xa0", " ")
    return INVISIBLE.sub("", line).strip()


def _read_header(lines, release, wrapped=False):
    """Kind, scope, title, caption and date lines; the index of the body's
    first line. In a hard-wrapped file, a title runs on to the lines after it."""
    index = 0
    title_open = False
    for index, line in enumerate(lines):
        if not line:
            title_open = False
            continue
        if title_open:
            release.title = f"{release.title} {line}"
            title_open = len(line) >= 40
            continue
        if release.title and _same_title(line, release.title):
            continue
        if release.kind is None and (kind := lookup_kind(line)):
            release.kind = str(kind)
            continue
        if release.region is None and (region := lookup_region(line)):
            release.region, release.region_code = line.strip(" .:"), str(region)
            continue
        if release.date is None and (found := _date_line(line)):
            _set_date(release, found, line)
            continue
        if _is_caption(line):
            release.captions.append(line)
            continue
        if _end_mark(line, release):
            continue
        if not release.title:
            release.title = line
            title_open = wrapped and len(line) >= 40 and not line.endswith(TERMINAL)
            continue
        return index
    return len(lines)


def _same_title(line, title):
    return fold(line).strip(" .") == fold(title).strip(" .")


def _date_line(line):
    """The date of a line that holds a date and nothing more, with or
    without a label ("Date Publish:", "Fecha:")."""
    label = DATE_LABEL.match(line)
    rest = line[label.end() :] if label else line
    return find_date(rest, whole=True) if len(rest) < 60 else None


def _set_date(release, found, printed):
    release.date = found.date
    if found.ambiguous:
        release.warnings.append(
            _("«%(printed)s» could be read two ways: it was read day first, as "
              "%(date)s.")
            % {"printed": printed, "date": found.date.isoformat()}
        )  # fmt: skip


def _is_caption(line):
    return bool(CAPTION.search(line)) and len(line) < 400


def _find_contact_block(lines, start):
    """``(index of the block's opening line, the rest of that line)``; the
    last opening counts, as a release ends with its contacts."""
    for index in range(len(lines) - 1, start - 1, -1):
        # An opening is a sentence, not a page: a very long line is text.
        line = lines[index]
        rest = contact_intro(line) if line and len(line) < 2000 else None
        if rest is not None:
            return index, rest
    return len(lines), ""


def _read_body(lines, release, wrapped=False):
    """Paragraphs and lists; hard-wrapped lines joined again."""
    blocks = release.blocks
    for group in _groups(lines):
        if len(group) == 1 and _is_caption(group[0]) and len(group[0]) < 200:
            release.captions.append(group[0])
            continue
        if len(group) == 1 and _end_mark(group[0], release):
            continue
        if not blocks and _same_title(group[0], release.title):
            group = group[1:]
        previous = None  # what the last line added to: "p", "li" or None
        for line in group:
            bullet = BULLET.match(line)
            if bullet:
                tag = "ol" if bullet["number"] else "ul"
                # Items separated by blank lines are still one list.
                if blocks and blocks[-1][0] == tag:
                    blocks[-1][1].append(bullet["text"])
                else:
                    blocks.append((tag, [bullet["text"]]))
                previous = "li"
            elif previous == "li" and (wrapped or _continues(blocks[-1][1][-1], line)):
                blocks[-1][1][-1] += " " + line
            elif previous == "p" and (wrapped or _continues(blocks[-1][1], line)):
                blocks[-1] = ("p", blocks[-1][1] + " " + line)
            else:
                blocks.append(("p", line))
                previous = "p"


def _groups(lines):
    group = []
    for line in lines:
        if line:
            group.append(line)
        elif group:
            yield group
            group = []
    if group:
        yield group


def _continues(previous, line):
    """A hard-wrapped line: the one before stops mid-sentence, and is long
    enough to have been wrapped."""
    return len(previous) >= 50 and not previous.endswith(TERMINAL)


def _read_contact_block(lines, release):
    contacts, unread = read_contacts(lines)
    release.contacts = contacts
    for line in unread:
        release.warnings.append(
            _("Not understood in the contact block, so not filed: «%s».") % line
        )
    for contact in contacts:
        if not contact.name:
            release.warnings.append(
                _("A contact without a name (%s): no press contact made for it.")
                % (contact.email or ", ".join(p.as_printed for p in contact.phones))
            )
        for email in contact.more_emails:
            release.warnings.append(
                _("%(name)s has a second email, not filed: %(email)s.")
                % {"name": contact.name, "email": email}
            )
        for phone in contact.phones:
            if phone.problem:
                release.warnings.append(
                    _("The number «%(number)s» of %(name)s does not validate: "
                      "%(problem)s It is kept as printed, and flagged for review.")
                    % {"number": phone.as_printed, "name": contact.name,
                       "problem": phone.problem}
                )  # fmt: skip


def _unique(codes):
    return list(dict.fromkeys(codes))
