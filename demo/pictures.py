"""Demo pictures and a document, loaded by ``manage.py load_demo`` after the people.

Flat illustrations drawn here with Pillow, never photos: the seminar in Asunción
(its main picture, a gallery of two and its programme as a PDF) and a conference
hall for the press briefing in Geneva. The same drawing comes out every time.

Loading changes nothing that is already there: each part is only added to a
release or event that lacks it.
"""

from django.core.files.base import ContentFile
from django.utils.text import slugify

from demo.content import RELEASES
from demo.drawings import (
    conference_hall,
    drawn,
    programme_pdf,
    seminar_room,
    speaker_at_lectern,
    working_table,
)
from demo.people import EVENTS, translate
from events.models import Event
from media.models import Attachment, GalleryImage, Image
from releases.models import Release

CREDIT = "Newsroom demo / illustration"
USAGE = {
    "fr": "Libre d'utilisation à des fins éditoriales, avec le crédit.",
    "en": "Free for editorial use with the credit.",
    "es": "Uso editorial libre, con el crédito.",
    "ar": "الاستخدام التحريري مجاني مع ذكر المصدر.",
}


def picture(draw, texts, usage, language, located=False, **focal):
    """A new demo picture, drawn by ``draw``, with its texts and the usage
    terms in the languages of ``usage``."""
    image = Image(
        file=ContentFile(drawn(draw, located), name=f"{draw.__name__}.jpg"),
        language=language,
        credit=CREDIT,
        **focal,
    )
    for code in usage:
        setattr(image, f"usage_terms_{code}", USAGE[code])
    translate(image, texts, ("alt_text", "caption"))
    image.full_clean()
    image.save()
    return image


HERO = {
    "alt_text": {
        "fr": "Illustration d'une salle de séminaire : sous une banderole « Seminario "
        "internacional · Asunción 2016 », cinq intervenants sont assis à une longue "
        "table nappée de bleu, un pupitre à droite ; au premier plan, le public, "
        "de dos, et des rangées de chaises.",
        "en": "Illustration of a seminar room: under a banner reading “Seminario "
        "internacional · Asunción 2016”, five speakers sit at a long table with a "
        "blue tablecloth, a lectern to the right; in the foreground, the audience "
        "seen from behind and rows of chairs.",
        "es": "Ilustración de una sala de seminario: bajo una pancarta con el texto "
        "«Seminario internacional · Asunción 2016», cinco ponentes sentados a una "
        "larga mesa con mantel azul y un atril a la derecha; en primer plano, el "
        "público de espaldas y filas de sillas.",
    },
    "caption": {
        "fr": "Séminaire international sur la traite des personnes, Asunción, mai "
        "2016 (illustration)",
        "en": "International seminar on trafficking in persons, Asunción, May 2016 "
        "(illustration)",
        "es": "Seminario internacional sobre la trata de personas, Asunción, mayo "
        "de 2016 (ilustración)",
    },
}
WORKING_TABLE = {
    "alt_text": {
        "fr": "Illustration : des participants travaillent autour d'une table "
        "couverte de documents et d'ordinateurs portables, devant un tableau de "
        "notes adhésives.",
        "en": "Illustration: participants work around a table covered with papers "
        "and laptops, in front of a board of sticky notes.",
        "es": "Ilustración: participantes trabajan alrededor de una mesa con "
        "documentos y computadoras portátiles, frente a una pizarra con notas "
        "adhesivas.",
    },
    "caption": {
        "fr": "Travail en groupe pendant le séminaire, Asunción, mai 2016 "
        "(illustration)",
        "en": "Group work during the seminar, Asunción, May 2016 (illustration)",
        "es": "Trabajo en grupo durante el seminario, Asunción, mayo de 2016 "
        "(ilustración)",
    },
}
LECTERN = {
    "alt_text": {
        "fr": "Illustration : une personne parle au pupitre, devant une toile "
        "bleue portant « Seminario internacional ».",
        "en": "Illustration: a speaker at the lectern, in front of a blue backdrop "
        "reading “Seminario internacional”.",
        "es": "Ilustración: una persona habla en el atril, ante un fondo azul con "
        "el texto «Seminario internacional».",
    },
    "caption": {
        "fr": "Prise de parole au pupitre, Asunción, mai 2016 (illustration)",
        "en": "A speaker at the lectern, Asunción, May 2016 (illustration)",
        "es": "Intervención en el atril, Asunción, mayo de 2016 (ilustración)",
    },
}
HALL = {
    "alt_text": {
        "en": "Illustration of an empty conference hall: a stage with a table, "
        "microphones, a lectern and a screen showing a bar chart, and rows of blue "
        "seats in the foreground.",
        "fr": "Illustration d'une salle de conférence vide : une estrade avec une "
        "table, des micros, un pupitre et un écran affichant un histogramme, et des "
        "rangées de sièges bleus au premier plan.",
        "es": "Ilustración de una sala de conferencias vacía: un escenario con una "
        "mesa, micrófonos, un atril y una pantalla con un gráfico de barras, y "
        "filas de butacas azules en primer plano.",
        "ar": "رسم توضيحي لقاعة مؤتمرات خالية: منصة عليها طاولة وميكروفونات ومنبر "
        "وشاشة تعرض رسماً بيانياً بالأعمدة، وصفوف من المقاعد الزرقاء في المقدمة.",
    },
    "caption": {
        "en": "Conference hall for the press briefing in Geneva (illustration)",
        "fr": "Salle de conférence du point de presse à Genève (illustration)",
        "es": "Sala de conferencias de la rueda de prensa en Ginebra (ilustración)",
        "ar": "قاعة المؤتمرات للإحاطة الصحفية في جنيف (رسم توضيحي)",
    },
}

GALLERY = [(working_table, WORKING_TABLE, 50), (speaker_at_lectern, LECTERN, 33)]


def load_pictures():
    """Give the seed release its pictures and programme, and the Geneva
    briefing its picture, where they are missing."""
    slugs = next(item["slug"] for item in RELEASES if item["key"] == "paraguay-seminar")
    release = Release.objects.with_slug(*slugs.values()).first()
    if release is not None:
        load_seminar(release)
    item = next(item for item in EVENTS if item["key"] == "geneva-briefing")
    titles = [slugify(title, allow_unicode=True) for title in item["title"].values()]
    event = Event.objects.with_slug(*titles).first()
    if event is not None and event.image_id is None:
        hall = picture(conference_hall, HALL, USAGE, "en")
        Event.objects.filter(pk=event.pk, image=None).update(image=hall)


def load_seminar(release):
    # Updates, not saves: adding pictures is not an edit readers should see.
    if release.hero_image_id is None:
        # Located, as a camera would do it: Image.save() strips the position,
        # so the stored original never says where it was taken.
        hero = picture(
            seminar_room, HERO, ("fr", "en"), "fr", located=True, focal_x=50, focal_y=45
        )
        Release.objects.filter(pk=release.pk, hero_image=None).update(hero_image=hero)
    if not release.gallery.exists():
        for order, (draw, texts, focal_y) in enumerate(GALLERY):
            image = picture(draw, texts, ("fr", "en", "es"), "fr", focal_y=focal_y)
            GalleryImage.objects.create(release=release, image=image, order=order)
    if not release.attachments.exists():
        attachment = Attachment(
            release=release,
            language="es",
            file=ContentFile(programme_pdf(), name="programa-del-seminario.pdf"),
            title_fr="Programme du séminaire",
            title_en="Seminar programme",
            title_es="Programa del seminario",
        )
        attachment.full_clean()
        attachment.save()
