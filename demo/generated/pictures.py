"""The generated pictures: meetings, camps and portraits, drawn from a seed."""

import io

from django.core.files.base import ContentFile

from demo.drawings import GOLD, NAVY, Sketch
from demo.drawings import person as figure
from demo.generated import in_languages, part_rng
from demo.generated.offices import OFFICES
from demo.pictures import CREDIT, USAGE
from media.models import Image
from newsroom.core.languages import LANGUAGE_CODES

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
