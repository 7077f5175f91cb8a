"""Press contacts as vCards (RFC 2426, vCard 3.0), made with vobject.

3.0 is what phone and mail apps import most reliably. vobject escapes
commas, semicolons and line breaks, and folds long lines at 75 octets
without splitting a character. LANG (from vCard 4.0, RFC 6350) is added for
the languages the contact speaks; 3.0 readers that do not know it skip it.
"""

import datetime

import vobject


def vcard_for(contact, url=""):
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
        tel.value = phone["tel"] or phone["printed"]
        tel.type_param = (
            ["CELL", "VOICE"] if phone["kind"] == "mobile" else ["WORK", "VOICE"]
        )
    for position, code in enumerate(contact.languages, start=1):
        lang = card.add("lang")
        lang.value = code
        lang.pref_param = str(position)
    if url:
        card.add("url").value = url
    card.add("uid").value = url or f"press-contact-{contact.pk}"
    revised = contact.updated_at.astimezone(datetime.UTC)
    card.add("rev").value = revised.strftime("%Y%m%dT%H%M%SZ")
    return card.serialize()
