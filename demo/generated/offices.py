"""The generated themes and offices: one of our offices in each country."""

from django.utils import translation
from django.utils.text import slugify
from django_countries import countries

from contacts.models import OrganisationKind
from demo.content import THEMES
from demo.generated import in_languages
from demo.people import ORGANISATIONS, organisation, translate
from newsroom.core.languages import LANGUAGE_CODES
from releases.models import Theme

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
