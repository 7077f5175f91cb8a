"""The generated officials and press contacts, drawn from lists of names."""

import phonenumbers
from django.utils.text import slugify
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from contacts.models import Official, PressContact
from demo.generated import in_languages, part_rng
from demo.generated.offices import OFFICES
from demo.people import person

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
