"""The generated events, their organisers, supporters and speakers."""

from collections import defaultdict
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import translation

from demo.generated import in_languages, part_rng
from demo.generated.offices import OFFICES
from demo.generated.releases import START, sentence
from events.models import Event, EventKind, Speaker
from newsroom.core.languages import LANGUAGE_CODES

VENUES = [
    ("IOM office", "Bureau de l’OIM", "Oficina de la OIM",
     "مكتب المنظمة الدولية للهجرة"),
    ("Conference centre", "Centre de conférences", "Centro de conferencias",
     "مركز المؤتمرات"),
    ("Ministry of Foreign Affairs", "Ministère des Affaires étrangères",
     "Ministerio de Relaciones Exteriores", "وزارة الخارجية"),
]  # fmt: skip
EVENT_TITLE = {
    "en": "{kind}: {theme}, {city}",
    "fr": "{kind} : {theme}, {city}",
    "es": "{kind}: {theme}, {city}",
    "ar": "{kind}: {theme}، {city}",
}


def make_events(seed, sizes, now, vocabulary, themes, offices, officials, scenes):
    """``[(starts_at, pk)]`` of the generated events, oldest first: made once
    (most of them past, ``sizes.upcoming`` to come), then found by slug."""
    generated = Event.objects.filter(slug_en__startswith="gen-en-event-")
    if not generated.exists():
        with transaction.atomic():
            write_events(
                part_rng(seed, "events"),
                sizes,
                now,
                vocabulary,
                themes,
                offices,
                officials,
                scenes,
            )
    return list(generated.order_by("starts_at", "pk").values_list("starts_at", "pk"))


def write_events(rng, sizes, now, vocabulary, themes, offices, officials, scenes):
    """The events, their organisers, supporters and speakers, in bulk."""
    kinds = defaultdict(dict)
    for code in LANGUAGE_CODES:
        with translation.override(code):
            for kind in EventKind:
                kinds[kind][code] = str(kind.label)
    venues = [in_languages(names) for names in VENUES]
    places = {code: (zone, in_languages(cities)) for code, zone, _l, *cities in OFFICES}
    speakers_in = defaultdict(list)
    for official in officials:
        speakers_in[official.country.code].append(official)
    codes = list(offices)
    events, plans = [], []
    for n in range(sizes.events):
        code, kind = rng.choice(codes), rng.choice(list(EventKind))
        theme, venue = rng.choice(themes), rng.choice(venues)
        zone, city = places[code]
        upcoming = n >= sizes.events - sizes.upcoming
        starts_at, ends_at = event_times(rng, ZoneInfo(zone), now, upcoming)
        event = Event(
            kind=kind,
            starts_at=starts_at,
            ends_at=ends_at,
            time_zone=zone,
            country=code,
            image=rng.choice(scenes) if scenes and rng.random() < 0.2 else None,
            is_public=True,
        )
        for language in LANGUAGE_CODES:
            title = EVENT_TITLE[language].format(
                kind=kinds[kind][language],
                theme=getattr(theme, f"name_{language}"),
                city=city[language],
            )
            setattr(event, f"title_{language}", title)
            setattr(event, f"slug_{language}", f"gen-{language}-event-{n}")
            description = sentence(vocabulary, language, rng, 40)
            setattr(event, f"description_{language}", description)
            setattr(event, f"venue_{language}", venue[language])
            setattr(event, f"city_{language}", city[language])
        local = speakers_in[code] or officials
        speakers = rng.sample(local, min(rng.choice([0, 1, 2, 2, 3]), len(local)))
        supporter = rng.choice(codes) if rng.random() < 0.25 else None
        events.append(event)
        plans.append((code, rng.random() < 1 / 3, supporter, speakers, theme))
    Event.objects.bulk_create(events)
    organisers, supporters, talks = [], [], []
    for event, (code, with_head, supporter, speakers, theme) in zip(
        events, plans, strict=True
    ):
        office = offices[code]
        organisers.append(
            Event.organisers.through(event_id=event.pk, organisation_id=office.pk)
        )
        if with_head:
            organisers.append(
                Event.organisers.through(
                    event_id=event.pk, organisation_id=office.parent_id
                )
            )
        if supporter and supporter != code:
            supporters.append(
                Event.supporters.through(
                    event_id=event.pk, organisation_id=offices[supporter].pk
                )
            )
        for order, official in enumerate(speakers):
            talk = Speaker(event=event, official=official, order=order)
            for language in LANGUAGE_CODES:
                setattr(talk, f"topic_{language}", getattr(theme, f"name_{language}"))
            talks.append(talk)
    Event.organisers.through.objects.bulk_create(organisers)
    Event.supporters.through.objects.bulk_create(supporters)
    Speaker.objects.bulk_create(talks)


def event_times(rng, zone, now, upcoming):
    """Start and end, in the venue's time zone: on a day since 2010, or in
    the next six months for an upcoming event."""
    if upcoming:
        day = now.astimezone(zone).date() + timedelta(days=rng.randint(1, 180))
    else:
        day = START.date() + timedelta(days=rng.randrange((now - START).days - 7))
    hour = rng.choice([9, 9, 10, 14])
    last = day + timedelta(days=rng.choice([0, 0, 0, 1, 2]))
    return (
        datetime.combine(day, time(hour), zone),
        datetime.combine(last, time(min(hour + rng.choice([2, 3, 8]), 18)), zone),
    )
