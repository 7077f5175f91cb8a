"""The demo's drawings: flat illustrations made with Pillow, never photos,
and the seminar's programme as a PDF. The same drawing comes out every time."""

import functools
import io
import random
import textwrap
from pathlib import Path

import PIL.Image
from PIL import ImageDraw, ImageFont

BANNER = "Seminario internacional · Asunción 2016"
# Where the main picture says it was taken, until saving removes it.
GPS_ASUNCION = {1: "S", 2: (25.0, 17.0, 0.0), 3: "W", 4: (57.0, 38.0, 0.0)}
FONTS = {
    False: ("noto/NotoSans-Regular.ttf", "dejavu/DejaVuSans.ttf"),
    True: ("noto/NotoSans-Bold.ttf", "dejavu/DejaVuSans-Bold.ttf"),
}

NAVY, GOLD, WHITE, INK = (28, 56, 100), (222, 178, 82), (248, 246, 240), (40, 44, 52)
WOOD, DARK_WOOD = (160, 108, 66), (112, 72, 44)
SKINS = [(241, 200, 168), (214, 160, 120), (176, 118, 82), (128, 84, 58)]
HAIR = [(44, 32, 28), (92, 60, 36), (28, 24, 22), (150, 140, 130), (120, 70, 40)]
CLOTHES = [(52, 60, 82), (120, 44, 52), (62, 92, 80), (88, 88, 96), (150, 110, 70)]


@functools.cache
def font(size, bold=False):
    for name in FONTS[bold]:
        if (path := Path("/usr/share/fonts/truetype") / name).exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


class Sketch:
    """A picture drawn at twice its size, then reduced: smooth edges."""

    def __init__(self, width, height, scale=2):
        self.k = scale
        self.image = PIL.Image.new("RGB", (width * scale, height * scale))
        self.draw = ImageDraw.Draw(self.image)

    def at(self, values):
        return [round(value * self.k) for value in values]

    def rect(self, box, fill, radius=0):
        self.draw.rounded_rectangle(self.at(box), radius * self.k, fill=fill)

    def ellipse(self, box, fill):
        self.draw.ellipse(self.at(box), fill=fill)

    def polygon(self, points, fill):
        self.draw.polygon(self.at(points), fill=fill)

    def line(self, points, fill, width):
        self.draw.line(self.at(points), fill=fill, width=width * self.k)

    def text(self, xy, text, size, fill, bold=False, width=None):
        face = font(size * self.k, bold)
        while width and face.getlength(text) > width * self.k:
            size -= 1
            face = font(size * self.k, bold)
        self.draw.text(self.at(xy), text, fill=fill, font=face, anchor="mm")

    def gradient(self, box, top, bottom):
        box = self.at(box)
        size = (box[2] - box[0], box[3] - box[1])
        self.image.paste(top, box)
        self.image.paste(bottom, box, PIL.Image.linear_gradient("L").resize(size))

    def light(self, box, color, strength):
        """A soft pool of ``color`` fading out from the middle of ``box``."""
        box = self.at(box)
        size = (box[2] - box[0], box[3] - box[1])
        # The gradient reaches 255 in the corners: 181 on the inscribed circle.
        mask = PIL.Image.radial_gradient("L").resize(size)
        mask = mask.point(lambda v: round(255 * strength * max(0, 1 - v / 181) ** 2))
        self.image.paste(color, box, mask)

    def vignette(self, strength=0.35):
        mask = PIL.Image.radial_gradient("L").resize(self.image.size)
        mask = mask.point(lambda v: round(strength * v * v / 255))
        self.image.paste((20, 16, 12), (0, 0, *self.image.size), mask)

    def finish(self):
        return self.image.reduce(self.k)


def person(sk, x, y, size, rng, back=False):
    """Someone seated, from the waist up; ``(x, y)`` is the top of their head."""
    s = size / 72
    hair, clothes = rng.choice(HAIR), rng.choice(CLOTHES)
    skin = rng.choice(SKINS)
    if rng.random() < 0.4:
        sk.rect((x - 40 * s, y + 16 * s, x + 40 * s, y + 126 * s), hair, 30 * s)
    sk.rect((x - 82 * s, y + 96 * s, x + 82 * s, y + 320 * s), clothes, 58 * s)
    sk.rect((x - 15 * s, y + 68 * s, x + 15 * s, y + 104 * s), skin)
    if back:
        sk.ellipse((x - 37 * s, y, x + 37 * s, y + 88 * s), hair)
        return
    sk.polygon((x - 24 * s, y + 97 * s, x + 24 * s, y + 97 * s, x, y + 140 * s), WHITE)
    sk.ellipse((x - 38 * s, y - 4 * s, x + 38 * s, y + 70 * s), hair)
    sk.ellipse((x - 33 * s, y + 14 * s, x + 33 * s, y + 86 * s), skin)


def chair(sk, x, top, width, height, color=(50, 56, 70)):
    sk.rect((x - width / 2, top, x + width / 2, top + height), color, width / 5)
    pad = width / 9
    lighter = tuple(min(255, c + 22) for c in color)
    sk.rect(
        (x - width / 2 + pad, top + pad, x + width / 2 - pad, top + 2 * pad),
        lighter,
        pad / 2,
    )


def microphone(sk, x, y, height):
    head_x, head_y = x - height / 3, y - height
    sk.line((x, y, head_x, head_y), INK, 4)
    sk.ellipse((head_x - 9, head_y - 14, head_x + 9, head_y + 4), INK)


def seminar_room():
    """The main picture: speakers at a long table under the seminar's banner."""
    rng, sk = random.Random(2016), Sketch(2400, 1350)
    sk.gradient((0, 0, 2400, 930), (232, 220, 200), (204, 188, 164))
    sk.rect((0, 0, 2400, 56), (190, 174, 150))
    sk.rect((0, 780, 2400, 930), (186, 166, 138))
    sk.rect((0, 776, 2400, 788), (214, 200, 178))
    for x in range(430, 1980, 220):
        sk.rect((x, 810, x + 180, 900), (194, 175, 148), 6)
    for x in (70, 2130):
        sk.rect((x, 190, x + 200, 760), (240, 236, 228))
        sk.gradient((x + 16, 206, x + 184, 744), (160, 200, 230), (222, 234, 238))
        sk.rect((x + 94, 206, x + 106, 744), (240, 236, 228))
        sk.rect((x + 16, 420, x + 184, 432), (240, 236, 228))
        for side in (x - 36, x + 176):
            sk.rect((side, 160, side + 60, 790), (128, 42, 50), 8)
            for pleat in (14, 32, 48):
                sk.line((side + pleat, 170, side + pleat, 780), (108, 32, 40), 3)
    sk.light((300, -400, 2100, 1100), (255, 246, 226), 0.55)
    for x in (700, 1700):
        sk.line((x, 56, x, 160), (120, 110, 96), 3)
    sk.rect((600, 150, 1800, 330), NAVY, 10)
    sk.rect((600, 306, 1800, 318), GOLD)
    sk.text((1200, 232), BANNER, 64, WHITE, width=1080)
    for x in (760, 980, 1200, 1420, 1640):
        person(sk, x, 520, 80, rng)
    sk.polygon((580, 690, 1820, 690, 1860, 722, 540, 722), (56, 102, 160))
    sk.gradient((540, 722, 1860, 940), (34, 76, 130), (22, 50, 92))
    sk.rect((540, 722, 1860, 740), (46, 92, 150))
    for x in range(600, 1860, 90):
        sk.line((x, 745, x, 935), (28, 62, 110), 3)
    for x in (760, 980, 1200, 1420, 1640):
        sk.rect((x - 120, 700, x - 20, 712), WHITE)
        sk.polygon((x - 54, 664, x + 54, 664, x + 58, 704, x - 58, 704), WHITE)
        sk.rect((x - 34, 680, x + 34, 688), (150, 150, 150))
        sk.rect((x + 64, 652, x + 80, 700), (200, 226, 236), 3)
        microphone(sk, x + 100, 700, 70)
    sk.polygon((1970, 700, 2130, 700, 2116, 960, 1984, 960), WOOD)
    sk.rect((1996, 730, 2104, 930), (176, 124, 80), 6)
    sk.ellipse((2026, 790, 2074, 838), GOLD)
    sk.polygon((1946, 676, 2154, 676, 2140, 708, 1960, 708), DARK_WOOD)
    microphone(sk, 2070, 680, 80)
    for _ in range(14):
        x, y = 380 + rng.randint(-70, 70), 800 - rng.randint(0, 150)
        green = rng.choice([(70, 120, 70), (92, 146, 84), (60, 104, 64)])
        sk.ellipse((x - 46, y - 46, x + 46, y + 46), green)
    sk.polygon((330, 840, 430, 840, 418, 945, 342, 945), (176, 96, 64))
    sk.gradient((0, 930, 2400, 1350), (124, 90, 64), (86, 60, 42))
    sk.rect((0, 926, 2400, 936), (96, 70, 50))
    for row, (top, width, gap) in enumerate([(1090, 170, 220), (1210, 236, 300)]):
        for n, x in enumerate(range(120 + row * 150, 2400, gap)):
            if (n + row) % 3:
                person(
                    sk, x, top - 150 * width / 170, 100 * width / 170, rng, back=True
                )
            chair(sk, x, top, width, 230 * width / 170)
    sk.vignette()
    return sk.finish()


def working_table():
    """Participants around a working table, papers and laptops open."""
    rng, sk = random.Random(511), Sketch(1800, 1200)
    sk.gradient((0, 0, 1800, 900), (222, 228, 222), (196, 204, 198))
    sk.gradient((0, 900, 1800, 1200), (150, 128, 104), (112, 94, 76))
    sk.rect((140, 110, 500, 380), (236, 232, 222), 4)
    sk.rect((156, 126, 484, 364), NAVY)
    sk.text((320, 220), "Asunción", 46, WHITE, bold=True)
    sk.text((320, 290), "2016", 40, GOLD)
    sk.line((1300, 560, 1240, 900), INK, 8)
    sk.line((1500, 560, 1560, 900), INK, 8)
    sk.rect((1230, 150, 1570, 580), WHITE, 6)
    notes = [(250, 214, 110), (160, 210, 230), (240, 170, 160), (180, 220, 160)]
    for n in range(12):
        x, y = 1262 + (n % 3) * 104, 190 + (n // 3) * 94
        sk.rect((x, y, x + 84, y + 74), notes[rng.randrange(4)], 4)
    sk.light((200, -300, 1600, 900), (255, 250, 236), 0.45)
    for x in (520, 900, 1280):
        person(sk, x, 410, 96, rng)
    sk.polygon((340, 640, 1460, 640, 1620, 860, 180, 860), (214, 178, 132))
    sk.rect((180, 860, 1620, 890), (168, 130, 90))
    for x in (220, 1560):
        sk.rect((x, 890, x + 28, 1110), (150, 116, 82))
    for x in (420, 800, 1180):
        sk.polygon((x, 700, x + 150, 700, x + 170, 770, x - 10, 770), WHITE)
        sk.polygon(
            (x + 20, 760, x + 190, 760, x + 200, 810, x + 16, 810), (236, 236, 230)
        )
        sk.rect((x + 40, 640, x + 180, 716), (70, 74, 84), 6)
        sk.rect((x + 200, 680, x + 222, 740), (200, 226, 236), 3)
    sk.rect((690, 630, 750, 716), (200, 226, 236), 10)
    for x in (440, 1340):
        person(sk, x, 780, 150, rng, back=True)
    sk.vignette(0.3)
    return sk.finish()


def speaker_at_lectern():
    """A speaker at the lectern, the seminar's banner behind."""
    rng, sk = random.Random(1005), Sketch(1200, 1600)
    sk.gradient((0, 0, 1200, 1420), (44, 76, 126), (22, 40, 76))
    for x in range(0, 1200, 100):
        sk.line((x, 0, x, 1420), (40, 68, 114), 3)
    sk.rect((0, 120, 1200, 280), NAVY)
    sk.rect((0, 270, 1200, 282), GOLD)
    sk.text((600, 176), "Seminario internacional", 62, WHITE, bold=True)
    sk.text((600, 240), "Asunción · mayo de 2016", 40, (214, 222, 236))
    sk.light((160, 300, 1040, 1200), (255, 236, 200), 0.5)
    sk.gradient((0, 1420, 1200, 1600), (96, 70, 50), (70, 50, 36))
    person(sk, 600, 520, 190, rng)
    sk.polygon((290, 1000, 910, 1000, 870, 1600, 330, 1600), WOOD)
    sk.rect((380, 1070, 820, 1560), (178, 126, 82), 10)
    sk.ellipse((552, 1180, 648, 1276), GOLD)
    sk.polygon((250, 960, 950, 960, 920, 1010, 280, 1010), DARK_WOOD)
    for x in (440, 760):
        sk.ellipse((x - 40, 930, x + 40, 975), rng.choice(SKINS))
    sk.line((640, 962, 690, 860, 660, 780), INK, 8)
    sk.ellipse((640, 750, 680, 800), INK)
    sk.vignette(0.3)
    return sk.finish()


def conference_hall():
    """A conference hall, ready: stage, screen, lectern and rows of seats."""
    rng, sk = random.Random(1211), Sketch(1600, 900)
    sk.gradient((0, 0, 1600, 600), (58, 66, 82), (84, 92, 108))
    sk.rect((0, 0, 1600, 90), (40, 46, 58))
    for x in range(100, 1600, 200):
        sk.ellipse((x - 24, 70, x + 24, 90), (255, 240, 200))
        sk.light((x - 140, 20, x + 140, 300), (255, 236, 190), 0.28)
    for side in (0, 1):
        for n in range(9):
            x = 20 + n * 22 if side == 0 else 1580 - n * 22
            sk.line((x, 110 + n * 8, x, 620 - n * 4), (150, 112, 76), 10)
    sk.rect((480, 130, 1120, 490), (236, 240, 244), 6)
    sk.rect((530, 170, 900, 190), (140, 150, 166))
    bars = [rng.randint(80, 240) for _ in range(6)]
    for n, height in enumerate(bars):
        sk.rect((560 + n * 90, 450 - height, 620 + n * 90, 450), (40, 110, 170), 4)
    sk.rect((540, 452, 1080, 456), (120, 130, 146))
    sk.gradient((0, 600, 1600, 900), (70, 76, 90), (44, 48, 58))
    sk.polygon((200, 560, 1400, 560, 1440, 610, 160, 610), (120, 86, 60))
    sk.rect((160, 610, 1440, 650), (84, 60, 42))
    sk.rect((340, 500, 700, 522), NAVY)
    sk.rect((350, 522, 690, 562), (38, 70, 120))
    for x in (420, 620):
        microphone(sk, x, 500, 46)
    sk.polygon((1170, 470, 1290, 470, 1280, 562, 1180, 562), WOOD)
    sk.polygon((1156, 456, 1304, 456, 1292, 476, 1168, 476), DARK_WOOD)
    for row in range(4):
        # Nearer rows: larger, lighter, and the aisle wider.
        width, top, blue = 70 + row * 24, 650 + row * 66, (28 + row * 6, 62 + row * 12)
        for x in range(800 + 50 + row * 14 + width // 2, 1700, width + 24):
            for seat in (x, 1600 - x):
                chair(sk, seat, top, width, width, (blue[0], blue[1], 118 + row * 18))
    sk.vignette(0.35)
    return sk.finish()


# Each day, then its sessions: start | topic | who speaks; an indented line
# goes on from the one before.
PROGRAMME = """
Martes 10 de mayo de 2016
08:30 | Acreditación de participantes
09:00 | Apertura | Fiscal General del Estado, Ministerio Público; OIM
09:45 | La Ley N.º 4788/12 y los avances del Paraguay en la lucha contra la trata
    de personas | Fiscales Generales de Costa Rica, Uruguay y Brasil, en
    representación de la AIAMP
11:00 | Pausa
11:15 | Fortalecer el protocolo nacional unificado de protección y asistencia
    integral a las víctimas de trata | OIM Ecuador
12:30 | Almuerzo
14:00 | La participación de todos los sectores de la sociedad en la atención a
    las víctimas: alianzas público-privadas | OIM Colombia
15:30 | Resultados de un estudio sobre la trata con fines de trabajo forzoso en
    Centroamérica | OIM Costa Rica
17:00 | Cierre de la jornada

Miércoles 11 de mayo de 2016
09:00 | Reintegración y asistencia a las víctimas | Argentina y Colombia
10:30 | Pausa
10:45 | La trata de personas en las zonas fronterizas | Argentina y México
12:30 | Almuerzo
14:00 | Las dimensiones de la investigación sobre la trata | México y España
15:15 | Evaluación de riesgos en la investigación de casos de trata | España
16:15 | Conclusiones y compromisos | Ministerio Público y OIM
17:00 | Clausura
"""


def programme():
    """``[(day, [(start, topic, who), …]), …]`` read from PROGRAMME."""
    days = []
    for block in PROGRAMME.strip().split("\n\n"):
        day, *rows = block.replace("\n    ", " ").splitlines()
        days.append((day, [([*row.split(" | "), ""])[:3] for row in rows]))
    return days


def programme_pdf():
    """The seminar's programme, in Spanish: one A4 page at 150 dpi."""
    page = PIL.Image.new("RGB", (1240, 1754), WHITE)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1240, 220), fill=NAVY)
    draw.rectangle((0, 220, 1240, 228), fill=GOLD)
    draw.text((90, 52), "Seminario internacional", font=font(48, True), fill=WHITE)
    subtitle = "sobre la lucha contra la trata de personas"
    draw.text((90, 116), subtitle, font=font(32), fill=WHITE)
    draw.text((90, 166), "Asunción, 10 y 11 de mayo de 2016", font=font(26), fill=GOLD)
    organisers = (
        "Organiza: Ministerio Público de la República del Paraguay\n"
        "Con el apoyo de la Organización Internacional para las Migraciones (OIM)"
    )
    draw.multiline_text((90, 260), organisers, font=font(22), fill=INK, spacing=12)
    draw.text((90, 350), "Programa", font=font(38, True), fill=NAVY)
    y = 425
    for day, sessions in programme():
        draw.rectangle((90, y, 1150, y + 46), fill=(230, 236, 244))
        draw.text((110, y + 9), day, font=font(24, True), fill=NAVY)
        y += 62
        for start, topic, who in sessions:
            draw.text((110, y), start, font=font(22, True), fill=INK)
            for line in textwrap.wrap(topic, 76):
                draw.text((230, y), line, font=font(22), fill=INK)
                y += 30
            if who:
                draw.text((230, y), who, font=font(19), fill=(96, 100, 110))
                y += 27
            y += 9
        y += 18
    draw.line((90, 1660, 1150, 1660), fill=(200, 200, 200), width=2)
    draw.text((90, 1678), "Programa sujeto a cambios.", font=font(20), fill=INK)
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=150, quality=90, title="Programa")
    return buffer.getvalue()


@functools.cache
def drawn(draw, located=False):
    """``draw``'s picture as a JPEG, with Asunción's GPS position in its EXIF
    if ``located``. Drawn once a process: it comes out the same every time."""
    options = {}
    if located:
        options["exif"] = PIL.Image.Exif()
        options["exif"][0x8825] = GPS_ASUNCION
    buffer = io.BytesIO()
    draw().save(buffer, "JPEG", quality=88, optimize=True, **options)
    return buffer.getvalue()
