"""A large newsroom made up from a seed, for benchmarks on PostgreSQL.

``manage.py generate_newsroom`` makes a whole press room with it (themes,
offices, officials, press contacts, pictures, events and releases linked to
them); ``manage.py bench_search`` uses its releases only. Release texts are
the demo releases' own words drawn in their natural frequencies; releases go
in by thousands with ``bulk_create`` and PostgreSQL computes their search
vectors (``index_in_sql``).

The same seed makes the same newsroom. Running again tops up: people, offices,
themes, pictures and events are found again by their slug or name, and only
the releases missing are added.
"""

import io
import random
import re
import time as clock
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import phonenumbers
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django_countries import countries
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from contacts.models import Official, Organisation, OrganisationKind, PressContact
from demo.content import RELEASES, THEMES
from demo.drawings import GOLD, NAVY, Sketch
from demo.drawings import person as figure
from demo.people import ORGANISATIONS, organisation, person, translate
from demo.pictures import CREDIT, USAGE
from events.models import Event, EventKind, Speaker
from media.models import Image
from newsroom.core.languages import LANGUAGE_CODES
from newsroom.core.text import normalise, plain_text
from releases import search
from releases.models import (
    Kind,
    Mention,
    Region,
    Release,
    ReleaseContact,
    Status,
    Theme,
)

DEMO = Path(__file__).resolve().parent
COUNTRIES = ["PY", "BR", "CO", "EC", "CR", "GT", "HT", "SD", "YE", "LY", "IQ", "BD",
             "MM", "TH", "SO", "ET", "UA", "AF", "NE", "CH"]  # fmt: skip
BODY_WORDS = 350
BATCH = 2000
START = datetime(2010, 1, 1, tzinfo=UTC)


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


# The whole newsroom.


@dataclass(frozen=True)
class Sizes:
    """How much of everything besides releases (smaller in tests)."""

    officials: int = 300
    contacts_per_office: int = 2
    pictures: int = 24
    portraits: int = 8  # of the pictures: head-and-shoulders, for officials
    events: int = 2000
    upcoming: int = 50  # of the events


# One office per country: its time zone, the main language its press
# officers speak besides English, and the city its events are in.
OFFICES = [
    ("PY", "America/Asuncion", "es", "Asunción", "Asunción", "Asunción", "أسونسيون"),
    ("BR", "America/Sao_Paulo", "pt", "Brasília", "Brasilia", "Brasilia", "برازيليا"),
    ("CO", "America/Bogota", "es", "Bogotá", "Bogota", "Bogotá", "بوغوتا"),
    ("EC", "America/Guayaquil", "es", "Quito", "Quito", "Quito", "كيتو"),
    ("CR", "America/Costa_Rica", "es", "San José", "San José", "San José", "سان خوسيه"),
    ("GT", "America/Guatemala", "es", "Guatemala City", "Guatemala",
     "Ciudad de Guatemala", "مدينة غواتيمالا"),
    ("HT", "America/Port-au-Prince", "fr", "Port-au-Prince", "Port-au-Prince",
     "Puerto Príncipe", "بورت أو برنس"),
    ("SD", "Africa/Khartoum", "ar", "Khartoum", "Khartoum", "Jartum", "الخرطوم"),
    ("YE", "Asia/Aden", "ar", "Aden", "Aden", "Adén", "عدن"),
    ("LY", "Africa/Tripoli", "ar", "Tripoli", "Tripoli", "Trípoli", "طرابلس"),
    ("IQ", "Asia/Baghdad", "ar", "Baghdad", "Bagdad", "Bagdad", "بغداد"),
    ("BD", "Asia/Dhaka", "bn", "Dhaka", "Dacca", "Daca", "دكا"),
    ("MM", "Asia/Yangon", "my", "Yangon", "Rangoun", "Rangún", "يانغون"),
    ("TH", "Asia/Bangkok", "th", "Bangkok", "Bangkok", "Bangkok", "بانكوك"),
    ("SO", "Africa/Mogadishu", "so", "Mogadishu", "Mogadiscio", "Mogadiscio", "مقديشو"),
    ("ET", "Africa/Addis_Ababa", "en", "Addis Ababa", "Addis-Abeba", "Adís Abeba",
     "أديس أبابا"),
    ("UA", "Europe/Kiev", "uk", "Kyiv", "Kyiv", "Kiev", "كييف"),
    ("AF", "Asia/Kabul", "ps", "Kabul", "Kaboul", "Kabul", "كابول"),
    ("NE", "Africa/Niamey", "fr", "Niamey", "Niamey", "Niamey", "نيامي"),
    ("CH", "Europe/Zurich", "fr", "Geneva", "Genève", "Ginebra", "جنيف"),
    ("MX", "America/Mexico_City", "es", "Mexico City", "Mexico", "Ciudad de México",
     "مكسيكو سيتي"),
    ("SV", "America/El_Salvador", "es", "San Salvador", "San Salvador",
     "San Salvador", "سان سلفادور"),
    ("HN", "America/Tegucigalpa", "es", "Tegucigalpa", "Tegucigalpa", "Tegucigalpa",
     "تيغوسيغالبا"),
    ("PE", "America/Lima", "es", "Lima", "Lima", "Lima", "ليما"),
    ("AR", "America/Argentina/Buenos_Aires", "es", "Buenos Aires", "Buenos Aires",
     "Buenos Aires", "بوينس آيرس"),
    ("EG", "Africa/Cairo", "ar", "Cairo", "Le Caire", "El Cairo", "القاهرة"),
    ("JO", "Asia/Amman", "ar", "Amman", "Amman", "Amán", "عمّان"),
    ("LB", "Asia/Beirut", "ar", "Beirut", "Beyrouth", "Beirut", "بيروت"),
    ("TN", "Africa/Tunis", "ar", "Tunis", "Tunis", "Túnez", "تونس"),
    ("SN", "Africa/Dakar", "fr", "Dakar", "Dakar", "Dakar", "داكار"),
]  # fmt: skip
# The demo's themes, and five more.
MORE_THEMES = [
    ("Displacement", "Déplacements", "Desplazamiento", "النزوح"),
    ("Migration data", "Données migratoires", "Datos sobre migración",
     "بيانات الهجرة"),
    ("Border management", "Gestion des frontières", "Gestión de fronteras",
     "إدارة الحدود"),
    ("Diaspora and remittances", "Diaspora et envois de fonds",
     "Diáspora y remesas", "المغتربون والتحويلات المالية"),
    ("Migration governance", "Gouvernance des migrations",
     "Gobernanza de la migración", "حوكمة الهجرة"),
]  # fmt: skip
GIVEN = {
    "f": ["Ana", "María", "Fatima", "Amina", "Claire", "Sofía", "Leila", "Grace",
          "Nadia", "Olga", "Priya", "Mariam", "Camille", "Lucía", "Aisha", "Hanna",
          "Ngozi", "Yasmin", "Elena", "Thandiwe"],
    "m": ["Carlos", "Ahmed", "Jean", "Luis", "Omar", "Pierre", "Diego", "Yusuf",
          "Andriy", "Ravi", "Karim", "Mamadou", "José", "Samuel", "Tariq", "Marco",
          "Ibrahim", "Julien", "Mateo", "Kofi"],
}  # fmt: skip
FAMILY = ["García", "Haddad", "Diallo", "Martínez", "Nguyen", "Rahman", "Dubois",
          "Mensah", "Kovalenko", "Silva", "Mansour", "Okafor", "Rojas", "Benali",
          "Fernández", "Sato", "Abebe", "Moreau", "Hussein", "Castillo", "Ndiaye",
          "Petrenko", "Ortega", "Farah", "Lambert", "Chowdhury", "Vargas", "Salem",
          "Duarte", "Keita"]  # fmt: skip
HONORIFICS = {
    "f": ("Ms", "Mme", "Sra.", "السيدة"),
    "m": ("Mr", "M.", "Sr.", "السيد"),
    "dr": ("Dr", "Dr", "Dr.", "د."),
}
POSITIONS = [
    ("Chief of Mission", "Chef de mission", "Jefe de Misión", "رئيس البعثة"),
    ("Programme Officer", "Chargé de programme", "Oficial de programas",
     "موظف البرامج"),
    ("Protection Specialist", "Spécialiste de la protection",
     "Especialista en protección", "أخصائي الحماية"),
    ("Regional Director", "Directeur régional", "Director Regional",
     "المدير الإقليمي"),
    ("Emergency Coordinator", "Coordonnateur des urgences",
     "Coordinador de emergencias", "منسق الطوارئ"),
    ("Migration Health Officer", "Responsable de la santé des migrants",
     "Oficial de salud y migración", "موظف صحة المهاجرين"),
    ("Minister of the Interior", "Ministre de l’Intérieur", "Ministro del Interior",
     "وزير الداخلية"),
    ("Attorney General", "Procureur général", "Fiscal General", "النائب العام"),
    ("Director of Migration", "Directeur des migrations", "Director de Migraciones",
     "مدير الهجرة"),
]  # fmt: skip
JOB_TITLES = [
    ("Communications Officer", "Chargé de communication",
     "Oficial de comunicación", "مسؤول الاتصال"),
    ("Media and Communications Officer", "Responsable des médias et de la "
     "communication", "Oficial de medios y comunicación", "مسؤول الإعلام والاتصال"),
    ("Spokesperson", "Porte-parole", "Portavoz", "المتحدث الرسمي"),
]  # fmt: skip
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
WITHDRAWAL_NOTE = {
    "en": "Withdrawn: the figures it gave were wrong. A corrected release follows.",
    "fr": "Retiré : les chiffres donnés étaient faux. Un communiqué corrigé suit.",
    "es": "Retirado: las cifras que daba eran erróneas. Sigue un comunicado corregido.",
    "ar": "سُحب: الأرقام الواردة فيه كانت خاطئة. سيصدر بيان مصحح.",
}
MEETING = {
    "alt_text": {
        "en": "Illustration: {n} people sit at a long table under a banner, "
        "facing an audience seen from behind.",
        "fr": "Illustration : {n} personnes assises à une longue table sous une "
        "banderole, face à un public vu de dos.",
        "es": "Ilustración: {n} personas sentadas a una larga mesa bajo una "
        "pancarta, frente a un público de espaldas.",
        "ar": "رسم توضيحي: {n} أشخاص يجلسون إلى طاولة طويلة تحت لافتة، أمام جمهور "
        "يُرى من الخلف.",
    },
    "caption": {
        "en": "A meeting at the IOM office in {city} (illustration)",
        "fr": "Réunion au bureau de l’OIM à {city} (illustration)",
        "es": "Reunión en la oficina de la OIM en {city} (ilustración)",
        "ar": "اجتماع في مكتب المنظمة الدولية للهجرة في {city} (رسم توضيحي)",
    },
}
CAMP = {
    "alt_text": {
        "en": "Illustration: {n} people stand in front of tents in a camp, under "
        "a clear sky.",
        "fr": "Illustration : {n} personnes debout devant des tentes dans un camp, "
        "sous un ciel dégagé.",
        "es": "Ilustración: {n} personas de pie frente a tiendas de campaña en un "
        "campamento, bajo un cielo despejado.",
        "ar": "رسم توضيحي: {n} أشخاص يقفون أمام خيام في مخيم، تحت سماء صافية.",
    },
    "caption": {
        "en": "A camp for displaced people near {city} (illustration)",
        "fr": "Un camp de personnes déplacées près de {city} (illustration)",
        "es": "Un campamento de personas desplazadas cerca de {city} (ilustración)",
        "ar": "مخيم للنازحين قرب {city} (رسم توضيحي)",
    },
}
PORTRAIT = {
    "alt_text": {
        "en": "Illustration: head-and-shoulders portrait of a person against a "
        "plain backdrop.",
        "fr": "Illustration : portrait en buste d’une personne sur un fond uni.",
        "es": "Ilustración: retrato de medio cuerpo de una persona sobre un fondo "
        "liso.",
        "ar": "رسم توضيحي: صورة نصفية لشخص أمام خلفية سادة.",
    },
}


WALLS = [(232, 220, 200), (222, 228, 222), (214, 222, 236), (236, 226, 214)]
BANNERS = [NAVY, (120, 44, 52), (62, 92, 80), (88, 60, 120)]
TENTS = [(236, 232, 222), (210, 220, 230), (226, 206, 170), (120, 150, 180)]
BACKDROPS = [(176, 190, 204), (204, 196, 184), (150, 170, 160), (120, 130, 150)]
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


def in_languages(values):
    """``("Chief of Mission", "Chef de mission", …)`` → ``{"en": …, "fr": …}``."""
    return dict(zip(LANGUAGE_CODES, values, strict=True))


def part_rng(seed, part):
    """Each part draws from its own stream: a change to one part leaves the
    others as they were."""
    return random.Random(f"{seed}:{part}")


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


def make_themes():
    """The demo's themes and MORE_THEMES, found by their English slug or made."""
    items = [(item["name"], item["slug"]) for item in THEMES] + [
        (
            in_languages(names),
            {
                code: slugify(name, allow_unicode=code == "ar")
                for code, name in in_languages(names).items()
            },
        )
        for names in MORE_THEMES
    ]
    themes = []
    for names, slugs in items:
        theme = Theme.objects.filter(slug_en=slugs["en"]).first()
        if theme is None:
            theme = translate(Theme(), {"name": names, "slug": slugs}, ("name", "slug"))
            theme.save()
        themes.append(theme)
    return themes


def make_offices():
    """``{country: office}``: one of our offices in each country of OFFICES,
    found by its English name (as the demo's are) or made."""
    head = organisation(ORGANISATIONS[0], {})
    offices = {}
    for code, *_rest in OFFICES:
        names = {}
        for language in LANGUAGE_CODES:
            with translation.override(language):
                names[language] = str(countries.name(code))
        item = {
            "kind": OrganisationKind.OWN_OFFICE,
            "country": code,
            "parent": "iom",
            "name": {
                "en": f"IOM {names['en']}",
                "fr": f"OIM {names['fr']}",
                "es": f"OIM {names['es']}",
                "ar": f"المنظمة الدولية للهجرة في {names['ar']}",
            },
            "acronym": ORGANISATIONS[0]["acronym"],
        }
        offices[code] = organisation(item, {"iom": head})
    return offices


def make_pictures(seed, sizes):
    """``(portraits, scenes)``: found by the name they were uploaded under, or
    drawn and saved as an editor's upload is (cleaned, renditions made)."""
    portraits, scenes = [], []
    cities = [in_languages(cities) for _code, _zone, _language, *cities in OFFICES]
    for n in range(sizes.pictures):
        name = f"generated-{n + 1:02}.jpg"
        picture = Image.objects.filter(original_name=name).first()
        if picture is None:
            rng = part_rng(seed, f"picture:{n}")
            if n < sizes.portraits:
                drawing, texts, people = portrait(rng), PORTRAIT, 1
            else:
                draw, texts = rng.choice([(meeting, MEETING), (camp, CAMP)])
                people = rng.randint(3, 6)
                drawing = draw(rng, people)
            city = rng.choice(cities)
            picture = Image(
                file=ContentFile(jpeg(drawing), name=name),
                language="en",
                credit=CREDIT,
                focal_y=40,
            )
            for code in LANGUAGE_CODES:
                setattr(picture, f"usage_terms_{code}", USAGE[code])
                for field, text in texts.items():
                    value = text[code].format(n=people, city=city[code])
                    setattr(picture, f"{field}_{code}", value)
            picture.full_clean()
            picture.save()
        (portraits if n < sizes.portraits else scenes).append(picture)
    return portraits, scenes


def jpeg(drawing):
    buffer = io.BytesIO()
    drawing.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def spread(count, left, right):
    step = (right - left) / max(count - 1, 1)
    return [left + step * n for n in range(count)]


def darker(color, by=30):
    return tuple(max(0, c - by) for c in color)


def meeting(rng, people):
    """People at a table under a banner, an audience seen from behind."""
    sk = Sketch(1600, 1067)
    wall = rng.choice(WALLS)
    sk.gradient((0, 0, 1600, 700), wall, darker(wall))
    sk.gradient((0, 700, 1600, 1067), (124, 90, 64), (86, 60, 42))
    sk.rect((360, 80, 1240, 200), rng.choice(BANNERS), 8)
    sk.rect((360, 188, 1240, 198), GOLD)
    sk.light((200, -300, 1400, 700), (255, 246, 226), 0.45)
    for x in spread(people, 360, 1240):
        figure(sk, x, 330, 72, rng)
    cloth = rng.choice(BANNERS)
    sk.polygon((220, 560, 1380, 560, 1420, 590, 180, 590), cloth)
    sk.gradient((180, 590, 1420, 760), cloth, darker(cloth))
    for x in range(100 + rng.randrange(80), 1600, 260):
        figure(sk, x, 830, 110, rng, back=True)
    sk.vignette(0.3)
    return sk.finish()


def camp(rng, people):
    """Tents under a wide sky, people standing in front of them."""
    sk = Sketch(1600, 1067)
    sk.gradient((0, 0, 1600, 640), (150, 196, 232), (226, 236, 240))
    sk.gradient((0, 640, 1600, 1067), (200, 176, 130), (160, 132, 92))
    for _tent in range(rng.randint(4, 8)):
        x, width = rng.randrange(-100, 1500), rng.randrange(180, 320)
        top, color = 640 - width * 0.55, rng.choice(TENTS)
        sk.polygon((x, 650, x + width / 2, top, x + width, 650), color)
        middle = x + width / 2
        sk.polygon(
            (middle - 30, 650, middle, top + width * 0.25, middle + 30, 650),
            darker(color, 60),
        )
    sk.light((0, -400, 1600, 600), (255, 250, 230), 0.35)
    for x in spread(people, 220, 1380):
        figure(sk, x, 560 + rng.randrange(60), 120, rng)
    sk.vignette(0.25)
    return sk.finish()


def portrait(rng):
    """Head and shoulders against a plain backdrop."""
    sk = Sketch(900, 1200)
    backdrop = rng.choice(BACKDROPS)
    sk.gradient((0, 0, 900, 1200), backdrop, darker(backdrop, 50))
    sk.light((100, 100, 800, 900), (255, 250, 240), 0.35)
    figure(sk, 450, 330, 250, rng)
    sk.vignette(0.3)
    return sk.finish()


def example_number(country, kind):
    """libphonenumber's example number, printed for dialling from abroad:
    it validates, and reaches no real line."""
    number = phonenumbers.example_number_for_type(country, kind)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def make_people(seed, sizes, offices, portraits):
    """Officials (about one in three with a portrait) and press contacts,
    found by their slug or made and saved one by one, so that names get
    their key and phone numbers their E.164 form."""
    rng = part_rng(seed, "people")
    combinations = [
        (gender, f"{given} {family}")
        for gender, names in GIVEN.items()
        for given in names
        for family in FAMILY
    ]
    contacts_count = sizes.contacts_per_office * len(offices)
    names = rng.sample(combinations, sizes.officials + contacts_count)
    codes = list(offices)
    officials = []
    for gender, full_name in names[: sizes.officials]:
        office = offices[rng.choice(codes)]
        position = in_languages(rng.choice(POSITIONS))
        if rng.random() < 0.5:
            del position["ar"]
        item = {
            "full_name": full_name,
            "honorific": in_languages(
                HONORIFICS["dr" if rng.random() < 0.25 else gender]
            ),
            "position": position,
        }
        picture = rng.choice(portraits) if portraits and rng.random() < 1 / 3 else None
        officials.append(
            person(
                Official,
                item,
                ("honorific", "position"),
                organisation=office,
                country=office.country,
                portrait=picture,
                confirmed=True,
            )
        )
    spoken = {code: language for code, _zone, language, *_cities in OFFICES}
    contacts = []
    for n, (_gender, full_name) in enumerate(names[sizes.officials :]):
        code = codes[n % len(codes)]
        item = {
            "full_name": full_name,
            "job_title": in_languages(rng.choice(JOB_TITLES)),
        }
        contacts.append(
            person(
                PressContact,
                item,
                ("job_title",),
                office=offices[code],
                email=f"{slugify(full_name).replace('-', '.')}@example.org",
                mobile=example_number(code, PhoneNumberType.MOBILE),
                landline=example_number(code, PhoneNumberType.FIXED_LINE),
                languages=sorted({"en", spoken[code]}),
                active=True,
            )
        )
    return officials, contacts


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
    now = timezone.now()
    public = Release.objects.public()
    return {
        "counts": {name: model.objects.count() for name, model in FILLED.items()},
        "public": {code: public.available_in(code).count() for code in LANGUAGE_CODES},
        "drafts": Release.objects.filter(status=Status.DRAFT).count(),
        "embargoed": Release.objects.filter(
            status=Status.PUBLISHED, publish_at__gt=now
        ).count(),
        "withdrawn": Release.objects.filter(status=Status.WITHDRAWN).count(),
    }


def vacuum_analyze():
    """Reclaim and re-plan after a fill. Outside any transaction only."""
    with connection.cursor() as cursor:
        for model in FILLED.values():
            cursor.execute(
                f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}"
            )
