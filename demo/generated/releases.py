"""The generated releases: their words, and what each refers to."""

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.db import connection, transaction

from demo.content import RELEASES
from newsroom.core.languages import LANGUAGE_CODES
from newsroom.core.text import normalise, plain_text
from releases import search
from releases.models import Kind, Mention, Region, Release, ReleaseContact, Status

DEMO = Path(__file__).resolve().parent.parent
COUNTRIES = ["PY", "BR", "CO", "EC", "CR", "GT", "HT", "SD", "YE", "LY", "IQ", "BD",
             "MM", "TH", "SO", "ET", "UA", "AF", "NE", "CH"]  # fmt: skip
BODY_WORDS = 350
BATCH = 2000
START = datetime(2010, 1, 1, tzinfo=UTC)

WITHDRAWAL_NOTE = {
    "en": "Withdrawn: the figures it gave were wrong. A corrected release follows.",
    "fr": "Retiré : les chiffres donnés étaient faux. Un communiqué corrigé suit.",
    "es": "Retirado: las cifras que daba eran erróneas. Sigue un comunicado corregido.",
    "ar": "سُحب: الأرقام الواردة فيه كانت خاطئة. سيصدر بيان مصحح.",
}


def demo_vocabulary():
    """``{language: (words, weights)}`` from the demo releases, by frequency."""
    counts = {code: Counter() for code in LANGUAGE_CODES}
    for release in RELEASES:
        for field in ("title", "summary", "body"):
            for code, value in release.get(field, {}).items():
                if value.startswith("file:"):
                    value = (DEMO / value.removeprefix("file:")).read_text()
                counts[code].update(re.findall(r"\w+", plain_text(value)))
    return {
        code: (list(counter), list(counter.values()))
        for code, counter in counts.items()
    }


def sentence(vocabulary, code, rng, length):
    """Normalised already, so that vectors made in SQL match save()'s."""
    words, weights = vocabulary[code]
    return normalise(" ".join(rng.choices(words, weights, k=length)))


def fill(count, vocabulary, rng, *, prefix="bench", links=None, progress=None):
    """``count`` releases, each in one or two languages, in batches; search
    vectors are made in SQL from the same normalised text. Slugs are
    ``<prefix>-<language>-<number>``. All are public unless ``links`` says
    otherwise.

    ``links`` (a ``Links``) may change each release before it is written and
    add what refers to it in the same transaction; ``progress(made)`` is
    called after each batch.
    """
    kinds, regions = [k for k, _ in Kind.choices], [r for r, _ in Region.choices]
    made, first = 0, Release.objects.count()
    while made < count:
        rows = []
        for n in range(min(BATCH, count - made)):
            languages = rng.sample(LANGUAGE_CODES, rng.choice([1, 1, 1, 2]))
            published = START + timedelta(minutes=rng.randrange(16 * 365 * 24 * 60))
            release = Release(
                kind=rng.choice(kinds),
                region=rng.choice(regions),
                countries=rng.sample(COUNTRIES, rng.choice([1, 1, 2])),
                original_language=languages[0],
                status=Status.PUBLISHED,
                publish_at=published,
                first_published_at=published,
            )
            for code in languages:
                title = sentence(vocabulary, code, rng, 9)
                setattr(release, f"title_{code}", title)
                setattr(release, f"slug_{code}", f"{prefix}-{code}-{first + made + n}")
                setattr(release, f"summary_{code}", sentence(vocabulary, code, rng, 30))
                body = sentence(vocabulary, code, rng, BODY_WORDS)
                setattr(release, f"body_{code}", f"<p>{body}</p>")
            if links is not None:
                links.dress(release, languages)
            rows.append(release)
        with transaction.atomic():
            created = Release.objects.bulk_create(rows)
            index_in_sql([r.pk for r in created])
            if links is not None:
                links.attach(created)
        made += len(rows)
        if progress is not None:
            progress(made)


def index_in_sql(pks=None):
    """The vectors releases/search.py makes (whole text, and head), computed
    by PostgreSQL in bulk; none for a language a release is not in."""
    sets = []
    for code in LANGUAGE_CODES:
        config = search.CONFIGS[code]
        parts = {
            field: f"setweight(to_tsvector('{config}', coalesce({field}_{code}, '')), "
            f"'{search.WEIGHTS[field]}')"
            for field in search.TEXT_FIELDS
        }
        whole = " || ".join(parts.values())
        head = " || ".join(v for k, v in parts.items() if k != "body")
        available = (
            f"coalesce(title_{code}, '') <> '' AND coalesce(body_{code}, '') <> ''"
        )
        sets.append(f"search_{code} = CASE WHEN {available} THEN {whole} END")
        sets.append(f"search_head_{code} = CASE WHEN {available} THEN {head} END")
    where, params = ("WHERE id = ANY(%s)", [pks]) if pks is not None else ("", [])
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE releases_release SET {', '.join(sets)} {where}", params)


class Links:
    """What a generated release is and refers to, drawn from the pools.

    Before it is written: whether it is public (a few are drafts, under
    embargo or withdrawn), its main picture, its event. After, when it has a
    key: its themes, the officials it names and its press contacts, chosen
    among those of its first country.
    """

    def __init__(
        self, rng, *, now, themes, pictures, events, offices, officials, contacts
    ):
        self.rng, self.now = rng, now
        self.themes = [theme.pk for theme in themes]
        self.pictures = [picture.pk for picture in pictures]
        self.event_starts = [starts_at for starts_at, _pk in events]
        self.event_pks = [pk for _starts_at, pk in events]
        self.officials = defaultdict(list)
        for official in officials:
            self.officials[official.country.code].append(official.pk)
        self.all_officials = [official.pk for official in officials]
        country_of = {office.pk: code for code, office in offices.items()}
        self.contacts = defaultdict(list)
        for contact in contacts:
            self.contacts[country_of[contact.office_id]].append(contact.pk)
        self.all_contacts = [contact.pk for contact in contacts]

    def dress(self, release, languages):
        rng = self.rng
        if self.pictures and rng.random() < 0.7:
            release.hero_image_id = rng.choice(self.pictures)
        if self.event_pks and rng.random() < 0.05:
            # One of the events held just before it was published.
            i = (
                bisect_left(self.event_starts, release.publish_at)
                - 1
                - rng.randrange(3)
            )
            release.event_id = self.event_pks[i] if i >= 0 else None
        share = rng.random()
        if share < 0.005:
            release.status = Status.DRAFT
            release.publish_at = release.first_published_at = None
        elif share < 0.010:
            # Under embargo: published, going public in days or weeks.
            release.publish_at = self.now + timedelta(
                minutes=rng.randrange(24 * 60, 42 * 24 * 60)
            )
            release.first_published_at = release.publish_at
        elif share < 0.012:
            release.status = Status.WITHDRAWN
            release.withdrawn_at = min(
                self.now, release.publish_at + timedelta(days=rng.randint(1, 60))
            )
            for code in languages:
                setattr(release, f"withdrawal_note_{code}", WITHDRAWAL_NOTE[code])

    def attach(self, releases):
        rng = self.rng
        themes, mentions, contacts = [], [], []
        for release in releases:
            country = release.countries[0].code
            for theme in rng.sample(self.themes, rng.choice([1, 1, 2, 2, 3])):
                themes.append(
                    Release.themes.through(release_id=release.pk, theme_id=theme)
                )
            named = self.officials[country] or self.all_officials
            count = min(rng.choice([0, 1, 1, 2, 3]), len(named))
            for order, official in enumerate(rng.sample(named, count)):
                mentions.append(
                    Mention(
                        release_id=release.pk,
                        official_id=official,
                        order=order,
                        confirmed=True,
                    )
                )
            callable_ = self.contacts[country] or self.all_contacts
            count = min(rng.choice([1, 1, 2]), len(callable_))
            for order, contact in enumerate(rng.sample(callable_, count)):
                contacts.append(
                    ReleaseContact(
                        release_id=release.pk, contact_id=contact, order=order
                    )
                )
        Release.themes.through.objects.bulk_create(themes)
        Mention.objects.bulk_create(mentions)
        ReleaseContact.objects.bulk_create(contacts)
