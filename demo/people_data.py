"""The demo's organisations, officials, press contacts and events, and which
releases name them: the records ``demo.people`` loads."""

from contacts.models import OrganisationKind
from events.models import EventKind

OWN = OrganisationKind.OWN_OFFICE
PROSECUTION = OrganisationKind.PROSECUTION

ORGANISATIONS = [
    {
        "key": "iom",
        "kind": OWN,
        "website": "https://www.iom.int/",
        "name": {
            "en": "International Organization for Migration",
            "fr": "Organisation internationale pour les migrations",
            "es": "Organización Internacional para las Migraciones",
            "ar": "المنظمة الدولية للهجرة",
        },
        # Arabic has no acronym for IOM: readers know it by its name.
        "acronym": {
            "en": "IOM",
            "fr": "OIM",
            "es": "OIM",
            "ar": "المنظمة الدولية للهجرة",
        },
    },
    {
        "key": "iom-paraguay",
        "kind": OWN,
        "parent": "iom",
        "country": "PY",
        "name": {
            "en": "IOM Paraguay",
            "fr": "OIM Paraguay",
            "es": "OIM Paraguay",
            "ar": "المنظمة الدولية للهجرة في باراغواي",
        },
    },
    {
        "key": "iom-ecuador",
        "kind": OWN,
        "parent": "iom",
        "country": "EC",
        "name": {"en": "IOM Ecuador", "fr": "OIM Équateur", "es": "OIM Ecuador"},
    },
    {
        "key": "iom-colombia",
        "kind": OWN,
        "parent": "iom",
        "country": "CO",
        "name": {"en": "IOM Colombia", "fr": "OIM Colombie", "es": "OIM Colombia"},
    },
    {
        "key": "iom-costa-rica",
        "kind": OWN,
        "parent": "iom",
        "country": "CR",
        "name": {
            "en": "IOM Costa Rica",
            "fr": "OIM Costa Rica",
            "es": "OIM Costa Rica",
        },
    },
    {
        "key": "iom-mena",
        "kind": OWN,
        "parent": "iom",
        "country": "EG",
        "name": {
            "en": "IOM Regional Office for the Middle East and North Africa",
            "fr": "Bureau régional de l’OIM pour le Moyen-Orient et l’Afrique du Nord",
            "es": "Oficina Regional de la OIM para Oriente Medio y Norte de África",
            "ar": "المكتب الإقليمي للمنظمة الدولية للهجرة للشرق الأوسط وشمال أفريقيا",
        },
    },
    {
        "key": "iom-asia-pacific",
        "kind": OWN,
        "parent": "iom",
        "country": "TH",
        "name": {
            "en": "IOM Regional Office for Asia and the Pacific",
            "fr": "Bureau régional de l’OIM pour l’Asie et le Pacifique",
            "es": "Oficina Regional de la OIM para Asia y el Pacífico",
        },
    },
    {
        "key": "iom-central-america",
        "kind": OWN,
        "parent": "iom",
        "country": "CR",
        "name": {
            "en": (
                "IOM Regional Office for Central America, North America and the "
                "Caribbean"
            ),
            "fr": (
                "Bureau régional de l’OIM pour l’Amérique centrale, l’Amérique du "
                "Nord et les Caraïbes"
            ),
            "es": (
                "Oficina Regional de la OIM para Centroamérica, Norteamérica y el "
                "Caribe"
            ),
        },
    },
    {
        "key": "prosecution-py",
        "kind": PROSECUTION,
        "country": "PY",
        "name": {
            "en": "Public Prosecutor’s Office of Paraguay",
            "fr": "Ministère public du Paraguay",
            "es": "Ministerio Público",
        },
    },
    {
        "key": "prosecution-cr",
        "kind": PROSECUTION,
        "country": "CR",
        "name": {
            "en": "Public Prosecutor’s Office of Costa Rica",
            "fr": "Ministère public du Costa Rica",
            "es": "Ministerio Público de Costa Rica",
        },
    },
    {
        "key": "prosecution-uy",
        "kind": PROSECUTION,
        "country": "UY",
        "name": {
            "en": "Public Prosecutor’s Office of Uruguay",
            "fr": "Ministère public de l’Uruguay",
            "es": "Fiscalía General de la Nación (Uruguay)",
        },
    },
    {
        "key": "prosecution-br",
        "kind": PROSECUTION,
        "country": "BR",
        "name": {
            "en": "Federal Public Prosecutor’s Office of Brazil",
            "fr": "Ministère public fédéral du Brésil",
            "es": "Ministerio Público Federal de Brasil",
        },
    },
    {
        "key": "aiamp",
        "kind": OrganisationKind.INTERGOVERNMENTAL,
        "name": {
            "en": "Ibero-American Association of Public Prosecutors",
            "fr": "Association ibéro-américaine des ministères publics",
            "es": "Asociación Iberoamericana de Ministerios Públicos",
        },
        "acronym": {"en": "AIAMP", "fr": "AIAMP", "es": "AIAMP"},
    },
]

COUNTER_TRAFFICKING_SPECIALIST = {
    "en": "Counter-trafficking specialist",
    "fr": "Spécialiste de la lutte contre la traite",
    "es": "Especialista en lucha contra la trata",
}

OFFICIALS = [
    {
        "key": "diaz-veron",
        "full_name": "Javier Diaz Verón",
        "organisation": "prosecution-py",
        "country": "PY",
        "position": {
            "en": "Attorney General of Paraguay",
            "fr": "Procureur général du Paraguay",
            "es": "Fiscal General del Estado",
        },
    },
    {
        "key": "chabarria-guzman",
        "full_name": "Jorge Chabarria Guzman",
        "organisation": "prosecution-cr",
        "country": "CR",
        "position": {
            "en": "Attorney General of Costa Rica",
            "fr": "Procureur général du Costa Rica",
            "es": "Fiscal General de la República de Costa Rica",
        },
    },
    {
        "key": "diaz-almeida",
        "full_name": "Jorge Diaz Almeida",
        "organisation": "prosecution-uy",
        "country": "UY",
        "position": {
            "en": "Attorney General of Uruguay",
            "fr": "Procureur général de l’Uruguay",
            "es": "Fiscal de Corte y Procurador General de la Nación",
        },
    },
    {
        "key": "janot",
        "full_name": "Rodrigo Janot Monteiro De Barros",
        "organisation": "prosecution-br",
        "country": "BR",
        "position": {
            "en": "Attorney General of Brazil",
            "fr": "Procureur général du Brésil",
            "es": "Procurador General de la República de Brasil",
        },
    },
    {
        "key": "santacruz",
        "full_name": "Argentina Santacruz",
        "organisation": "iom-ecuador",
        "country": "EC",
        "position": COUNTER_TRAFFICKING_SPECIALIST,
    },
    {
        "key": "rengifo",
        "full_name": "Gaby Rengifo",
        "organisation": "iom-colombia",
        "country": "CO",
        "position": COUNTER_TRAFFICKING_SPECIALIST,
    },
    {
        "key": "rojas",
        "full_name": "Erika Rojas",
        "organisation": "iom-costa-rica",
        "country": "CR",
        "position": COUNTER_TRAFFICKING_SPECIALIST,
    },
    {
        "key": "beispiel",
        "full_name": "Daniel Beispiel",
        "organisation": "iom-asia-pacific",
        "country": "TH",
        "position": {
            "en": "Regional labour mobility specialist",
            "fr": "Spécialiste régional de la mobilité de main-d’œuvre",
            "es": "Especialista regional en movilidad laboral",
        },
    },
]

PRESS_CONTACTS = [
    {
        # As printed at the foot of the seed release. The mobile does not
        # validate: it is kept as printed and the contact flagged for review.
        "key": "carrillo",
        "full_name": "Eduardo Carrillo",
        "office": "iom-paraguay",
        "email": "ecarrillo@iom.int",
        "mobile": "+595 21 981-50-90-20",
        "landline": "+595-21-296-882",
        "languages": ["es", "en"],
    },
    {
        "key": "exemple",
        "full_name": "Claire Exemple",
        "office": "iom",
        "email": "cexemple@example.org",
        "mobile": "+41 78 123 45 67",
        "landline": "+41 21 234 56 78",
        "languages": ["fr", "en", "es"],
        "job_title": {
            "en": "Media and communications officer",
            "fr": "Chargée des médias et de la communication",
            "es": "Oficial de medios y comunicación",
        },
    },
    {
        "key": "almithal",
        "full_name": "نور المثال",
        "office": "iom-mena",
        "email": "nalmithal@example.org",
        "mobile": "+20 100 123 4567",
        "landline": "+20 2 3456 7890",
        "languages": ["ar", "en", "fr"],
        "job_title": {
            "ar": "مسؤولة الإعلام الإقليمية",
            "en": "Regional media officer",
            "fr": "Chargée régionale des médias",
        },
    },
    {
        "key": "tuayang",
        "full_name": "Ploy Tuayang",
        "office": "iom-asia-pacific",
        "email": "ptuayang@example.org",
        "mobile": "+66 81 234 5678",
        "landline": "+66 2 123 4567",
        "languages": ["th", "en"],
        "job_title": {
            "en": "Regional communications officer",
            "fr": "Chargée régionale de la communication",
            "es": "Oficial regional de comunicación",
        },
    },
    {
        "key": "ejemplo",
        "full_name": "Ana Ejemplo",
        "office": "iom-central-america",
        "email": "aejemplo@example.org",
        "mobile": "+506 8312 3456",
        "landline": "+506 2212 3456",
        "languages": ["es", "en"],
        "job_title": {
            "en": "Regional media officer",
            "fr": "Chargée régionale des médias",
            "es": "Oficial regional de prensa",
        },
    },
]

EVENTS = [
    {
        # The seed does not date the seminar: two days that end the day
        # before the release.
        "key": "paraguay-seminar",
        "kind": EventKind.SEMINAR,
        "date": "2016-05-10",
        "days": 2,
        "starts": "09:00",
        "ends": "17:00",
        "time_zone": "America/Asuncion",
        "country": "PY",
        "organisers": ["prosecution-py"],
        "supporters": ["iom"],
        "title": {
            "en": "Counter-trafficking seminar",
            "fr": "Séminaire sur la lutte contre la traite",
            "es": "Seminario sobre la lucha contra la trata de personas",
        },
        "description": {
            "en": (
                "A high-level meeting of prosecutors and experts from across the "
                "region on the fight against trafficking in persons in Paraguay."
            ),
            "fr": (
                "Une réunion de haut niveau des procureurs et des experts de la "
                "région sur la lutte contre la traite des personnes au Paraguay."
            ),
            "es": (
                "Una reunión de alto nivel de fiscales y expertos de la región sobre "
                "la lucha contra la trata de personas en Paraguay."
            ),
        },
        "city": {"en": "Asunción", "fr": "Asunción", "es": "Asunción"},
        "speakers": [
            {
                "official": "santacruz",
                "topic": {
                    "en": (
                        "Strengthening the unified national protocol for the "
                        "protection of, and comprehensive assistance to, victims "
                        "of trafficking"
                    ),
                    "fr": (
                        "Renforcer le protocole national unifié de protection et "
                        "d’aide intégrale aux victimes de traite"
                    ),
                    "es": (
                        "Fortalecer el protocolo nacional unificado de protección y "
                        "asistencia integral a las víctimas de trata"
                    ),
                },
            },
            {
                "official": "rengifo",
                "topic": {
                    "en": (
                        "Involving every sector of society in caring for victims: "
                        "public–private alliances"
                    ),
                    "fr": (
                        "Faire participer tous les secteurs de la société à la prise "
                        "en charge des victimes : les alliances public-privé"
                    ),
                    "es": (
                        "La participación de todos los sectores de la sociedad en la "
                        "atención a las víctimas: alianzas público-privadas"
                    ),
                },
            },
            {
                "official": "rojas",
                "topic": {
                    "en": (
                        "Findings of a study on trafficking for forced labour in "
                        "Central America"
                    ),
                    "fr": (
                        "Résultats d’une étude sur la traite à des fins de travail "
                        "forcé en Amérique centrale"
                    ),
                    "es": (
                        "Resultados de un estudio sobre la trata con fines de "
                        "trabajo forzoso en Centroamérica"
                    ),
                },
            },
        ],
    },
    {
        "key": "geneva-briefing",
        "kind": EventKind.PRESS_CONFERENCE,
        "in_days": 10,
        "starts": "10:30",
        "ends": "11:15",
        "time_zone": "Europe/Zurich",
        "country": "CH",
        "organisers": ["iom"],
        "title": {
            "en": "Press briefing: the latest on migration and displacement",
            "fr": "Point de presse : dernières données sur la migration et les "
            "déplacements",
            "es": "Rueda de prensa: últimos datos sobre migración y desplazamiento",
            "ar": "إحاطة صحفية: آخر المستجدات بشأن الهجرة والنزوح",
        },
        "venue": {
            "en": "IOM Headquarters",
            "fr": "Siège de l’OIM",
            "es": "Sede de la OIM",
            "ar": "مقر المنظمة الدولية للهجرة",
        },
        "city": {"en": "Geneva", "fr": "Genève", "es": "Ginebra", "ar": "جنيف"},
    },
    {
        "key": "cairo-workshop",
        "kind": EventKind.WORKSHOP,
        "in_days": 40,
        "days": 2,
        "starts": "09:00",
        "ends": "16:30",
        "time_zone": "Africa/Cairo",
        "country": "EG",
        "organisers": ["iom-mena"],
        "title": {
            "en": "Regional workshop on protecting migrants in vulnerable situations",
            "fr": "Atelier régional sur la protection des migrants en situation de "
            "vulnérabilité",
            "es": "Taller regional sobre la protección de las personas migrantes en "
            "situación de vulnerabilidad",
            "ar": "ورشة عمل إقليمية حول حماية المهاجرين في أوضاع الضعف",
        },
        "city": {"en": "Cairo", "fr": "Le Caire", "es": "El Cairo", "ar": "القاهرة"},
    },
    {
        "key": "bangkok-dialogue",
        "kind": EventKind.CONFERENCE,
        "in_days": 75,
        "days": 2,
        "starts": "09:00",
        "ends": "17:00",
        "time_zone": "Asia/Bangkok",
        "country": "TH",
        "organisers": ["iom-asia-pacific"],
        "title": {
            "en": "Regional dialogue on the fair recruitment of migrant workers",
            "fr": "Dialogue régional sur le recrutement équitable des travailleurs "
            "migrants",
            "es": "Diálogo regional sobre la contratación equitativa de trabajadores "
            "migrantes",
        },
        "city": {"en": "Bangkok", "fr": "Bangkok", "es": "Bangkok"},
        "speakers": [
            {
                "official": "beispiel",
                "topic": {
                    "en": "Ethical recruitment in practice: lessons from the region",
                    "fr": "Le recrutement éthique en pratique : les leçons de la "
                    "région",
                    "es": "La contratación ética en la práctica: lecciones de la "
                    "región",
                },
            },
        ],
    },
]

AIAMP_ROLE = {
    "en": "representative of AIAMP",
    "fr": "représentant de l’AIAMP",
    "es": "representante de la AIAMP",
}

# What each release (by its key in content.py) is linked to. Mentions follow
# the order in which the release names the officials.
RELEASE_LINKS = [
    {
        "release": "paraguay-seminar",
        "event": "paraguay-seminar",
        "mentions": [
            {"official": "diaz-veron"},
            {"official": "chabarria-guzman", "role": AIAMP_ROLE},
            {"official": "diaz-almeida", "role": AIAMP_ROLE},
            {"official": "janot", "role": AIAMP_ROLE},
            {"official": "santacruz"},
            {"official": "rengifo"},
            {"official": "rojas"},
        ],
        "contacts": ["carrillo"],
    },
    {"release": "afghanistan-returns-from-pakistan", "contacts": ["exemple"]},
    {"release": "international-migrants-day-2023", "contacts": ["exemple"]},
    {"release": "central-mediterranean-deaths", "contacts": ["exemple"]},
    {"release": "global-appeal-2025", "contacts": ["exemple"]},
    {"release": "libya-voluntary-return-nigeria", "contacts": ["almithal"]},
    {"release": "iraq-sinjar-returns", "contacts": ["almithal"]},
    {"release": "thailand-trafficking-at-sea", "contacts": ["tuayang"]},
    {"release": "myanmar-earthquake", "contacts": ["tuayang"]},
    {"release": "central-america-dry-corridor", "contacts": ["ejemplo"]},
    {"release": "guatemala-returnee-reception", "contacts": ["ejemplo"]},
]
