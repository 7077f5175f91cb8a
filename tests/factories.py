import json
import re
from datetime import timedelta
from html import unescape

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone, translation
from django.utils.html import strip_tags

from contacts.models import Official, Organisation, OrganisationKind, PressContact
from events.models import Event, EventKind, Speaker
from releases.models import Kind, Mention, Release, ReleaseContact, Status, Theme


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name_en = factory.Sequence(lambda n: f"Theme {n}")
    slug_en = factory.Sequence(lambda n: f"theme-{n}")
    name_fr = factory.Sequence(lambda n: f"Thème {n}")
    slug_fr = factory.Sequence(lambda n: f"theme-fr-{n}")


class ReleaseFactory(factory.django.DjangoModelFactory):
    """A public English release; pass other fields for other states."""

    class Meta:
        model = Release
        skip_postgeneration_save = True

    kind = Kind.PRESS_RELEASE
    title_en = factory.Sequence(lambda n: f"Release number {n}")
    slug_en = factory.Sequence(lambda n: f"release-number-{n}")
    summary_en = "A short summary of the release."
    body_en = "<p>The body of the release.</p>"
    dateline_place_en = "Geneva"
    original_language = "en"
    status = Status.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    first_published_at = factory.SelfAttribute("publish_at")

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


def user_in(group_name, username=None, **kwargs):
    """A staff user in one of the three roles the data migration creates."""
    user = get_user_model().objects.create_user(
        username=username or group_name.lower(),
        password="correct horse battery staple",
        is_staff=True,
        **kwargs,
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A press office in Paraguay, unless told otherwise."""

    class Meta:
        model = Organisation

    name_en = factory.Sequence(lambda n: f"Office {n}")
    kind = OrganisationKind.OWN_OFFICE
    country = "PY"


class OfficialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Official

    full_name = factory.Sequence(lambda n: f"Official Number{n}")
    position_en = "Attorney General"
    organisation = factory.SubFactory(OrganisationFactory)
    country = "PY"


class PressContactFactory(factory.django.DjangoModelFactory):
    """An active press officer with an email and a landline that validates."""

    class Meta:
        model = PressContact

    full_name = factory.Sequence(lambda n: f"Press Officer{n}")
    office = factory.SubFactory(OrganisationFactory)
    job_title_en = "Communications officer"
    email = factory.Sequence(lambda n: f"press{n}@example.org")
    landline = "+595-21-296-882"
    languages = ["es", "en"]


class EventFactory(factory.django.DjangoModelFactory):
    """A public seminar in ten days, in UTC; pass ``organisers``/``supporters``."""

    class Meta:
        model = Event
        skip_postgeneration_save = True

    kind = EventKind.SEMINAR
    title_en = factory.Sequence(lambda n: f"Event number {n}")
    slug_en = factory.Sequence(lambda n: f"event-number-{n}")
    starts_at = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) + timedelta(days=10)
    )
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=3))
    venue_en = "Conference hall"
    city_en = "Asunción"
    country = "PY"

    @factory.post_generation
    def organisers(self, create, extracted, **kwargs):
        if create and extracted:
            self.organisers.set(extracted)

    @factory.post_generation
    def supporters(self, create, extracted, **kwargs):
        if create and extracted:
            self.supporters.set(extracted)


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    event = factory.SubFactory(EventFactory)
    official = factory.SubFactory(OfficialFactory)
    topic_en = factory.Sequence(lambda n: f"Topic {n}")


class MentionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mention

    release = factory.SubFactory(ReleaseFactory)
    official = factory.SubFactory(OfficialFactory)


class ReleaseContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReleaseContact

    release = factory.SubFactory(ReleaseFactory)
    contact = factory.SubFactory(PressContactFactory)


def in_english(method, *args):
    """``method(*args)`` with English active, as on an ``/en/`` page: a request
    made earlier in the thread may have left another language active."""
    with translation.override("en"):
        return method(*args)


def visible_text(response):
    """What a reader of a 200 page sees, in one line of plain text."""
    assert response.status_code == 200
    return " ".join(unescape(strip_tags(response.text)).split())


def jsonld(response, of_type):
    """The page's schema.org JSON-LD objects of ``@type`` ``of_type``."""
    found = []
    for script in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S
    ):
        data = json.loads(script)
        found += [item for item in as_list(data) if item.get("@type") == of_type]
    return found


def as_list(value):
    return value if isinstance(value, list) else [value]


def physical_lines(body):
    """A vCard's or iCalendar's lines as sent, each checked to be whole UTF-8.

    Both RFCs fold lines at 75 octets; a fold inside a multi-byte character
    would make the line undecodable.
    """
    lines = body.split(b"\r\n")
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")
    return lines
