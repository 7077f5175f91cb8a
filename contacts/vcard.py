"""Press contacts as vCards (RFC 2426, vCard 3.0), made with vobject.

3.0 is what phone and mail apps import most reliably. vobject escapes
commas, semicolons and line breaks; ``refold`` then folds every line at 75
octets without splitting a character, which vobject does not do for a short
line of long characters. LANG (from vCard 4.0, RFC 6350) is added for
the languages the contact speaks; 3.0 readers that do not know it skip it.
"""

import datetime
import re

import vobject

from contacts.phones import for_address_book


def vcard_for(contact, url="", uid=""):
    card = vobject.vCard()
    card.add("fn").value = contact.full_name
    given, family = contact.given_and_family()
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    office = contact.office
    units = [office.parent.name, office.name] if office.parent_id else [office.name]
    card.add("org").value = units
    if contact.job_title:
        card.add("title").value = contact.job_title
    if contact.email:
        email = card.add("email")
        email.value = contact.email
        email.type_param = "INTERNET"
    for phone in contact.phones():
        tel = card.add("tel")
        # E.164 when the number validates; as printed when it does not.
        tel.value = for_address_book(phone["tel"]) if phone["tel"] else phone["printed"]
        tel.type_param = (
            ["CELL", "VOICE"] if phone["kind"] == "mobile" else ["WORK", "VOICE"]
        )
    for position, code in enumerate(contact.languages, start=1):
        lang = card.add("lang")
        lang.value = code
        lang.pref_param = str(position)
    if url:
        card.add("url").value = url
    # The same in every language, so importing the card twice updates one contact.
    card.add("uid").value = uid or f"press-contact-{contact.pk}"
    revised = contact.updated_at.astimezone(datetime.UTC)
    card.add("rev").value = revised.strftime("%Y%m%dT%H%M%SZ")
    return refold(card.serialize())


def refold(text):
    """Every line folded at 75 octets, never inside a character (RFC 2426 §2.6).

    vobject folds only lines longer than 75 characters, so a shorter line of
    Arabic (two octets a letter) would go out too long: unfold, fold again.
    """
    lines = re.sub(r"\r\n[ \t]", "", text).split("\r\n")
    return "\r\n".join(fold_line(line) for line in lines)


def fold_line(line, limit=75):
    parts, current, size = [], "", 0
    for char in line:
        octets = len(char.encode())
        if size + octets > limit:
            parts.append(current)
            # A continuation line starts with one space, which counts.
            current, size = " ", 1
        current += char
        size += octets
    parts.append(current)
    return "\r\n".join(parts)
