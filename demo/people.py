"""Demo people and events, loaded by ``manage.py load_demo`` after the releases.

The seed release is modelled in full: its seminar, the officials it names (names
spelt as the press office printed them), the experts who spoke and its press
contact. The other contacts, their offices' events and the one official speaking
at them are invented: their names mean "example" in some language, their emails
are at example.org and their numbers are libphonenumber's example numbers, so no
real person or line is ever reached.

Loading changes nothing that is already there: a record is looked up first (by
its slug, or an organisation by its English name) and only created when missing.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.text import slugify

from contacts.models import Official, Organisation, PressContact
from demo.content import RELEASES
from demo.people_data import (
    EVENTS,
    OFFICIALS,
    ORGANISATIONS,
    PRESS_CONTACTS,
    RELEASE_LINKS,
)
from events.models import Event, Speaker
from releases.models import Mention, Release, ReleaseContact


def load_people():
    """Create the demo organisations, officials, contacts and events that are
    missing, and link the demo releases to them."""
    organisations = {}
    for item in ORGANISATIONS:
        organisations[item["key"]] = organisation(item, organisations)
    officials = {item["key"]: official(item, organisations) for item in OFFICIALS}
    contacts = {item["key"]: contact(item, organisations) for item in PRESS_CONTACTS}
    events = {item["key"]: event(item, organisations, officials) for item in EVENTS}
    for links in RELEASE_LINKS:
        link_release(links, events, officials, contacts)


def translate(obj, item, fields):
    """Copy ``item[field][code]`` to ``obj.<field>_<code>``."""
    for field in fields:
        for code, value in item.get(field, {}).items():
            setattr(obj, f"{field}_{code}", value)
    return obj


def saved(obj, item, fields):
    translate(obj, item, fields).save()
    return obj


def organisation(item, organisations):
    found = Organisation.objects.filter(name_en=item["name"]["en"]).first()
    return found or saved(
        Organisation(
            kind=item["kind"],
            country=item.get("country", ""),
            parent=organisations.get(item.get("parent")),
            website=item.get("website", ""),
        ),
        item,
        ("name", "acronym"),
    )


def official(item, organisations):
    return person(
        Official,
        item,
        ("position",),
        organisation=organisations[item["organisation"]],
        country=item["country"],
    )


def contact(item, organisations):
    # Saving checks the phone numbers: E.164 forms, or a flag for review.
    return person(
        PressContact,
        item,
        ("job_title",),
        office=organisations[item["office"]],
        email=item["email"],
        mobile=item["mobile"],
        landline=item["landline"],
        languages=item["languages"],
    )


def person(model, item, fields, **values):
    """An official or a press contact, found by the slug of their name."""
    slug = slugify(item["full_name"], allow_unicode=True)
    found = model.objects.filter(slug=slug).first()
    return found or saved(
        model(full_name=item["full_name"], slug=slug, **values), item, fields
    )


def event(item, organisations, officials):
    slugs = [slugify(title, allow_unicode=True) for title in item["title"].values()]
    found = Event.objects.with_slug(*slugs).first()
    if found:
        return found
    starts_at, ends_at = event_times(item)
    new = saved(
        Event(
            kind=item["kind"],
            starts_at=starts_at,
            ends_at=ends_at,
            time_zone=item["time_zone"],
            country=item["country"],
        ),
        item,
        ("title", "description", "venue", "city"),
    )
    new.organisers.set(organisations[key] for key in item.get("organisers", []))
    new.supporters.set(organisations[key] for key in item.get("supporters", []))
    for order, speaker in enumerate(item.get("speakers", [])):
        saved(
            Speaker(event=new, official=officials[speaker["official"]], order=order),
            speaker,
            ("topic",),
        )
    return new


def event_times(item):
    """Start and end in the venue's time zone: on a given date, or a number of
    days after today so that the demo always has upcoming events."""
    zone = ZoneInfo(item["time_zone"])
    if "date" in item:
        first = date.fromisoformat(item["date"])
    else:
        first = timezone.localdate(timezone=zone) + timedelta(days=item["in_days"])
    last = first + timedelta(days=item.get("days", 1) - 1)
    return (
        datetime.combine(first, time.fromisoformat(item["starts"]), zone),
        datetime.combine(last, time.fromisoformat(item["ends"]), zone),
    )


def link_release(links, events, officials, contacts):
    """Give a demo release what it lacks; what an editor has set stays."""
    slugs = next(item["slug"] for item in RELEASES if item["key"] == links["release"])
    release = Release.objects.with_slug(*slugs.values()).first()
    if release is None:
        return
    if "event" in links:
        # An update, not a save: linking is not an edit readers should see.
        Release.objects.filter(pk=release.pk, event=None).update(
            event=events[links["event"]]
        )
    if not release.mentions.exists():
        Mention.objects.bulk_create(
            translate(
                Mention(release=release, official=officials[m["official"]], order=n),
                m,
                ("role",),
            )
            for n, m in enumerate(links.get("mentions", []))
        )
    if not release.release_contacts.exists():
        ReleaseContact.objects.bulk_create(
            ReleaseContact(release=release, contact=contacts[key], order=n)
            for n, key in enumerate(links.get("contacts", []))
        )
