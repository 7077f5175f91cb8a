"""Fill the peer with press releases: a news index under the home page and
N news pages in it, each with a ~600-word body, 3 tags and 3 people.

    python manage.py generate_news --items 1000

Tops up to N (a database with N news pages already is left as it is). The
same N gives the same content: each item's text comes from a generator
seeded with its number.
"""

import random
import time
from datetime import UTC, date, datetime, timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify
from home.models import HomePage

from news.models import NewsIndexPage, NewsPage, NewsPagePerson, Person

TAGS = [
    "migration", "health", "climate", "displacement", "border management",
    "counter-trafficking", "labour mobility", "remittances", "resettlement",
    "emergency response", "shelter", "water and sanitation", "data",
    "integration", "return", "youth", "gender", "diaspora", "protection",
    "funding", "flooding", "drought", "conflict", "food security", "camps",
    "vaccination", "education", "legal pathways", "search and rescue",
    "partnerships",
]  # fmt: skip
FIRST_NAMES = [
    "Amina", "Carlos", "Sofia", "Jean", "Leila", "Mateo", "Priya", "Samuel",
    "Ngozi", "Pierre", "Ahmed", "Julia", "Kofi", "Elena", "Omar", "Mei",
    "Daniel", "Fatima", "Lucas", "Hana", "Ibrahim", "Ana", "Yusuf", "Claire",
    "Tomas",
]  # fmt: skip
LAST_NAMES = ["Ndiaye", "Silva", "Moreau", "Abebe", "Nguyen", "Okafor"]
JOB_TITLES = [
    "Director General", "Chief of Mission", "Regional Director", "Spokesperson",
    "Head of Emergency Operations", "Senior Health Adviser", "Programme Manager",
    "Communications Officer", "Protection Specialist", "Deputy Director",
]  # fmt: skip
DATELINES = [
    "GENEVA", "NAIROBI", "BANGKOK", "DAKAR", "PANAMA CITY", "CAIRO", "VIENNA",
    "BRUSSELS", "PRETORIA", "SAN JOSÉ", "BUENOS AIRES", "AMMAN", "MANILA",
    "DHAKA", "KABUL", "PORT-AU-PRINCE", "KYIV", "ADDIS ABABA",
]  # fmt: skip

# Sentences are built from these parts: subject, verb, object, and a tail.
SUBJECTS = [
    "The organization", "Local authorities", "Humanitarian partners",
    "Field teams", "The regional office", "Community leaders",
    "National governments", "Health workers", "Donor countries",
    "The mission", "Volunteers from the region", "A joint assessment team",
    "Officials in the capital", "Civil society groups", "The new programme",
]  # fmt: skip
VERBS = [
    "called for", "welcomed", "announced", "warned of", "reported",
    "expressed concern over", "are working to expand", "have begun to assess",
    "highlighted", "committed to strengthening", "documented", "responded to",
    "are preparing for", "raised alarm about", "set out plans for",
]  # fmt: skip
OBJECTS = [
    "the rising number of displaced families", "new funding for shelter",
    "access to clean water and sanitation", "the needs of unaccompanied children",
    "safe and regular pathways for workers", "the impact of the floods",
    "cross-border cooperation", "emergency health services",
    "the protection of people on the move", "data on internal displacement",
    "the return of those who fled", "long-term recovery efforts",
    "the integration of newcomers", "the fight against trafficking",
    "support for host communities", "the distribution of relief items",
]  # fmt: skip
TAILS = [
    "in the coming months", "across the region", "despite severe shortages",
    "as the rainy season approaches", "with the support of local partners",
    "in the worst-affected districts", "for the third year in a row",
    "after a week of heavy fighting", "along the main migration routes",
    "in close coordination with the government", "before the end of the year",
    "in remote and hard-to-reach areas", "at a meeting in the capital",
]  # fmt: skip
OPENINGS = [
    "", "", "", "According to figures released on Monday, ",
    "In a statement issued today, ", "At a press conference, ",
    "For the first time, ", "Once again, ", "In a joint appeal, ",
]  # fmt: skip


def sentence(rng):
    opening, subject = rng.choice(OPENINGS), rng.choice(SUBJECTS)
    if opening and not subject.startswith("A "):
        subject = subject[0].lower() + subject[1:]
    elif opening:
        subject = "a" + subject[1:]
    words = (
        f"{opening}{subject} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
        f"{rng.choice(TAILS)}"
    )
    if rng.random() < 0.4:
        words += f", and {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    return words + "."


def paragraph(rng, words):
    """Sentences until the paragraph has about this many words."""
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(sentence(rng))
    return " ".join(sentences)


def body(rng):
    """About 600 words in six to eight paragraphs, one of them a quote."""
    count = rng.randint(6, 8)
    paragraphs = [paragraph(rng, 600 // count) for _ in range(count)]
    quote = rng.randrange(1, count)
    paragraphs[quote] = (
        f"“{paragraphs[quote]}” said the {rng.choice(JOB_TITLES).lower()}."
    )
    return "".join(f"<p>{text}</p>" for text in paragraphs)


class Command(BaseCommand):
    help = "Create a news index and N news pages (idempotent: tops up to N)."

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, default=1000)

    def handle(self, *args, items, **options):
        started = time.monotonic()
        home = HomePage.objects.get(depth=2)
        index = NewsIndexPage.objects.child_of(home).first()
        if index is None:
            index = home.add_child(
                instance=NewsIndexPage(
                    title="News", slug="news", intro="<p>Our press releases.</p>"
                )
            )
        people = self.people()
        have = NewsPage.objects.child_of(index).count()
        if have >= items:
            self.stdout.write(f"{have} news pages already: nothing to do.")
            return
        newest = date(2026, 11, 30)
        # Spread over the years: about one every two days back from `newest`,
        # over 1 to 15 years.
        spread = max(365, min(items * 2, 15 * 365))
        for number in range(have, items):
            rng = random.Random(number)
            # Distinct titles: the parts repeat, the number does not.
            words = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
            title = f"{words} ({number + 1})"
            released = newest - timedelta(days=rng.randrange(spread))
            published = datetime.combine(released, datetime.min.time(), UTC)
            page = NewsPage(
                title=title,
                slug=f"{slugify(words)[:80].rstrip('-')}-{number + 1}",
                date=released,
                dateline=rng.choice(DATELINES),
                intro=paragraph(rng, 35),
                body=body(rng),
                # The date it says, as a page published then would have.
                first_published_at=published,
                last_published_at=published,
            )
            # Child relations kept on the page until it is saved, the
            # modelcluster way (as the admin's form does).
            page.tags.add(*rng.sample(TAGS, 3))
            page.news_people = [
                NewsPagePerson(person=person, sort_order=order)
                for order, person in enumerate(rng.sample(people, 3))
            ]
            with transaction.atomic():
                index.add_child(instance=page)
            if (number + 1) % 500 == 0:
                self.stdout.write(f"  {number + 1} of {items}")
        self.stdout.write(
            f"{items - have} news pages created in {time.monotonic() - started:.0f} s."
        )

    def people(self):
        """The pool of 50 people: made once."""
        if not Person.objects.exists():
            rng = random.Random("people")
            Person.objects.bulk_create(
                Person(
                    name=f"{first} {last}",
                    job_title=rng.choice(JOB_TITLES),
                )
                for first, last in zip(FIRST_NAMES * 2, LAST_NAMES * 9, strict=False)
            )
        return list(Person.objects.order_by("pk"))
