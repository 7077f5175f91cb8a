"""The whole generated newsroom: made or topped up, summed up, vacuumed."""

import time as clock
from dataclasses import dataclass

from django.db import connection
from django.utils import timezone

from contacts.models import Official, Organisation, PressContact
from demo.generated import part_rng
from demo.generated.events import make_events
from demo.generated.offices import make_offices, make_themes
from demo.generated.people import make_people
from demo.generated.pictures import make_pictures
from demo.generated.releases import Links, demo_vocabulary, fill
from events.models import Event, Speaker
from media.models import Image
from newsroom.core.languages import LANGUAGE_CODES
from releases.models import Mention, Release, ReleaseContact, Theme


@dataclass(frozen=True)
class Sizes:
    """How much of everything besides releases (smaller in tests)."""

    officials: int = 300
    contacts_per_office: int = 2
    pictures: int = 24
    portraits: int = 8  # of the pictures: head-and-shoulders, for officials
    events: int = 2000
    upcoming: int = 50  # of the events


# Counted in the summary; VACUUM ANALYZE'd after a fill.
FILLED = {
    "themes": Theme,
    "organisations": Organisation,
    "officials": Official,
    "press contacts": PressContact,
    "pictures": Image,
    "events": Event,
    "event organisers": Event.organisers.through,
    "event supporters": Event.supporters.through,
    "speakers": Speaker,
    "releases": Release,
    "release themes": Release.themes.through,
    "mentions": Mention,
    "release contacts": ReleaseContact,
}


def generate(*, releases, seed, sizes=Sizes(), say=None):
    """Make the newsroom, or top it up to ``releases`` releases in all; return
    a summary of what the database holds. ``say`` reports progress."""
    say = say or (lambda text: None)
    started = clock.perf_counter()
    now = timezone.now()
    vocabulary = demo_vocabulary()
    themes = make_themes()
    offices = make_offices()
    portraits, scenes = make_pictures(seed, sizes)
    say(f"{len(themes)} themes, {len(offices)} offices, {sizes.pictures} pictures")
    officials, contacts = make_people(seed, sizes, offices, portraits)
    say(f"{len(officials)} officials, {len(contacts)} press contacts")
    events = make_events(
        seed, sizes, now, vocabulary, themes, offices, officials, scenes
    )
    say(f"{len(events)} events")
    first = Release.objects.count()
    if releases > first:
        links = Links(
            part_rng(seed, f"releases:{first}"),
            now=now,
            themes=themes,
            pictures=scenes,
            events=events,
            offices=offices,
            officials=officials,
            contacts=contacts,
        )
        missing = releases - first

        def progress(made):
            if made % 10_000 == 0 or made == missing:
                elapsed = clock.perf_counter() - started
                say(f"  {made:,} of {missing:,} releases ({elapsed:.0f} s)")

        say(f"Writing {missing:,} releases…")
        fill(
            missing, vocabulary, links.rng, prefix="gen", links=links, progress=progress
        )
    content_changed()
    return summary()


def content_changed():
    """bulk_create sends no signals: tell the page cache itself."""
    try:
        from newsroom.core.pages import content_changed as changed
    except ImportError:
        # The page cache is not there yet: nothing to tell.
        return
    changed()


def summary():
    """``{"counts": {what: n}, "public": {language: n}, "drafts",
    "embargoed", "withdrawn"}``."""
    public = Release.objects.public()
    return {
        "counts": {name: model.objects.count() for name, model in FILLED.items()},
        "public": {code: public.available_in(code).count() for code in LANGUAGE_CODES},
        "drafts": Release.objects.drafts().count(),
        "embargoed": Release.objects.embargoed().count(),
        "withdrawn": Release.objects.withdrawn().count(),
    }


def vacuum_analyze():
    """Reclaim and re-plan after a fill. Outside any transaction only."""
    with connection.cursor() as cursor:
        for model in FILLED.values():
            cursor.execute(
                f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}"
            )
