"""The words legacy releases are printed with, in English, French, Spanish
and Arabic: kind and scope lines, the contact block, phone labels, dates and
the titles of the people they quote.

Everything here is compared folded (``newsroom.core.text.fold``: no case, no
Latin accents, one Arabic spelling), so "Communiqué", "COMMUNIQUE" and
"communique" are one word.
"""

import re
from functools import cache

from babel.dates import get_day_names, get_month_names

from newsroom.core.text import fold
from releases.models.choices import Kind, Region

LANGUAGES = ("en", "fr", "es", "ar")


def word_set(text):
    """The words of ``text``, folded: long lists stay readable as prose."""
    return {fold(word) for word in text.split()}


# What a kind line says, folded → Kind.
KIND_WORDS = {
    Kind.PRESS_RELEASE: [
        "press release", "joint press release", "news release", "communique",
        "communique de presse", "communique conjoint", "comunicado",
        "comunicado de prensa", "comunicado conjunto", "nota de prensa",
        "بيان صحفي", "بيان صحافي", "بيان صحفي مشترك",
    ],
    Kind.NEWS: [
        "news", "story", "news story", "feature", "actualite", "actualites",
        "nouvelles", "article", "noticia", "noticias", "reportaje", "خبر",
        "اخبار", "قصه", "قصه اخباريه",
    ],
    Kind.BRIEFING_NOTE: [
        "briefing note", "briefing notes", "press briefing", "press briefing note",
        "note d'information", "notes d'information", "point de presse",
        "nota informativa", "notas informativas", "reunion informativa",
        "مذكره احاطه", "مذكره اعلاميه", "احاطه صحفيه", "احاطه",
    ],
    Kind.STATEMENT: [
        "statement", "joint statement", "declaration", "declaration conjointe",
        "declaracion", "declaracion conjunta", "بيان", "بيان مشترك",
    ],
    Kind.MEDIA_ADVISORY: [
        "media advisory", "press advisory", "note to editors", "avis aux medias",
        "avis aux redactions", "note aux redactions", "aviso a los medios",
        "aviso de prensa", "convocatoria de prensa", "nota a los medios",
        "نشره اعلاميه", "اشعار اعلامي", "تنبيه اعلامي", "دعوه اعلاميه",
    ],
}  # fmt: skip

# What a scope line says. Whole lines that name the scope exactly…
REGION_WORDS = {
    Region.GLOBAL: [
        "global", "world", "worldwide", "international", "mondial", "monde",
        "international", "mundial", "mundo", "internacional", "global",
        "عالمي", "دولي", "العالم",
    ],
    Region.LOCAL: ["local", "locale", "national", "nacional", "محلي", "وطني"],
}  # fmt: skip
# … and words a regional scope line contains, tried in this order: "Middle
# East and North Africa" is not Africa, "Eastern Europe and Central Asia" is
# not Asia.
REGION_PARTS = [
    (Region.MIDDLE_EAST_NORTH_AFRICA, [
        "middle east", "moyen-orient", "moyen orient", "oriente medio",
        "medio oriente", "oriente proximo", "mena", "الشرق الاوسط",
    ]),
    (Region.EUROPE, ["europe", "europa", "اوروبا", "اوربا", "economic area"]),
    (Region.AFRICA, ["africa", "afrique", "افريقيا", "افريقيه", "horn of"]),
    (Region.AMERICAS, [
        "america", "amerique", "caribbean", "caraibes", "caribe", "امريكا",
        "الامريكتين", "الكاريبي",
    ]),
    (Region.ASIA_PACIFIC, ["asia", "asie", "pacific", "pacifique", "pacifico", "اسيا"]),
]  # fmt: skip

# The opening of the contact block: "For more information, please contact",
# "Pour plus d'informations, veuillez contacter", "Para más información,
# ponerse en contacto con", "لمزيد من المعلومات، يرجى الاتصال ب"…; then
# the words that lead to the first name ("a", "con", ":"…), consumed too.
CONTACT_INTRO = re.compile(
    r"""^\W*(?:
        (?:for|pour|para|por)\b[^:\n]{0,40}?
            \b(?:information|informations|info|infos|details|renseignements|
               informacion|informaciones|detalles)\b
            [^:\n]{0,50}?
            \b(?:contact|contacts|contacting|contacter|contactez|contacte|contactar|
               contacten|contactarse|contacto|comunicarse|dirigirse|joindre|
               s'adresser|adressez)\b
            (?:\s+(?:(?:a|à|avec|con|with|el|la|los|las|au|aux|les|le)\b\s*)+)?
      | (?:media|press|medias|presse|prensa)\s+(?:contacts?|enquiries|inquiries)\b
      | contacts?\s+(?:media|medias|presse|pour\s+les\s+medias|de\s+prensa|
                    para\s+(?:los\s+)?medios|prensa)\b
      | (?:contacts?|contactos?)\s*:
      | (?:ل|ول)?(?:مزيد|لمزيد|المزيد|للمزيد)\s+(?:من\s+)?(?:المعلومات|التفاصيل)
            [^:\n]{0,40}?(?:الاتصال|التواصل|الرجوع|مراسله|الاتصال)
            (?:\s*(?:ب(?:ـ)?|مع)(?=\s|ـ|:))?
      | (?:جهات?|جهه)\s+الاتصال(?:\s+الاعلامي[هة]?)?
      | للتواصل\s+الاعلامي
    )\s*[:.،,]?\s*""",
    re.VERBOSE,
)

# "Email", "Courriel", "البريد الإلكتروني"… and phone labels: what kind of
# line it is, compared folded.
EMAIL_LABEL = re.compile(
    r"(?:e-?mail|courriel|correo(?:\s+electronico)?|mail|البريد(?:\s+الالكتروني)?|"
    r"الايميل)\s*[:.]?",
)
MOBILE_WORDS = (
    "mobile", "mob", "cell", "cellular", "cellphone", "portable", "gsm", "movil",
    "celular", "cel", "whatsapp", "signal", "جوال", "محمول", "نقال", "موبايل",
    "الجوال", "المحمول", "واتساب",
)  # fmt: skip
# Labels that say a line is fixed…
LANDLINE_WORDS = (
    "landline", "office", "desk", "direct", "fixe", "ligne", "line", "linea",
    "bureau", "fijo", "oficina", "ثابت", "الثابت", "مكتب", "ارضي",
)  # fmt: skip
# … and labels that only say "telephone": the number tells which it is.
PHONE_WORDS = (
    "tel", "tele", "telephone", "phone", "telefono", "tfno", "هاتف", "الهاتف",
    "ت", "هـ",
)  # fmt: skip
FAX_WORDS = ("fax", "telecopie", "فاكس")

# Words that say what a person does: how a position starts. Folded.
POSITION_WORDS = (
    # English
    "minister", "deputy minister", "vice-minister", "prime minister", "secretary",
    "secretary-general", "secretary general", "under-secretary-general",
    "attorney general", "attorney-general", "prosecutor", "public prosecutor",
    "director", "director general", "director-general", "deputy director general",
    "executive director", "regional director", "president", "vice-president",
    "vice president", "ambassador", "chief", "chief of mission", "head",
    "coordinator", "representative", "spokesperson", "spokesman", "spokeswoman",
    "commissioner", "high commissioner", "mayor", "governor", "judge", "senator",
    "envoy", "special envoy", "chair", "chairperson", "chairman", "officer",
    "programme officer", "program officer", "manager", "programme manager",
    "adviser", "advisor", "specialist", "expert", "counsellor", "consul",
    "founder", "rapporteur", "special rapporteur", "chancellor", "deputy",
    "member of parliament", "delegate", "lead", "team leader", "surgeon",
    "commander", "professor", "researcher", "economist", "analyst", "focal point",
    "physician", "nurse", "doctor", "leader", "principal", "dean",
    "superintendent", "inspector", "auditor", "administrator", "official",
    # French
    "procureur", "procureure", "procureur general", "procureure generale",
    "ministre", "vice-ministre", "premier ministre", "premiere ministre",
    "secretaire", "secretaire general", "secretaire generale", "directeur",
    "directrice", "directeur general", "directrice generale", "president",
    "presidente", "vice-president", "vice-presidente", "ambassadeur",
    "ambassadrice", "chef", "cheffe", "chef de mission", "cheffe de mission",
    "responsable", "coordinateur", "coordinatrice", "representant",
    "representante", "porte-parole", "commissaire", "haut-commissaire",
    "haute-commissaire", "maire", "gouverneur", "gouverneure", "juge", "senateur",
    "senatrice", "envoye", "envoyee", "envoye special", "conseiller", "conseillere",
    "charge", "chargee", "consul", "consule", "delegue", "deleguee", "fondateur",
    "fondatrice", "administrateur", "administratrice", "expert", "experte",
    "specialiste", "depute", "deputee", "rapporteur", "rapporteuse", "medecin",
    "chirurgien", "professeur", "chercheur", "chercheuse", "prefet", "prefete",
    "commandant", "inspecteur", "inspectrice", "point focal",
    # Spanish
    "fiscal", "fiscal general", "ministro", "ministra", "viceministro",
    "viceministra", "secretario", "secretaria", "secretario general",
    "secretaria general", "director", "directora", "director general",
    "directora general", "presidente", "presidenta", "vicepresidente",
    "vicepresidenta", "embajador", "embajadora", "jefe", "jefa", "jefe de mision",
    "jefa de mision", "coordinador", "coordinadora", "representante", "portavoz",
    "vocero", "vocera", "comisionado", "comisionada", "alto comisionado",
    "alcalde", "alcaldesa", "gobernador", "gobernadora", "juez", "jueza",
    "senador", "senadora", "enviado", "enviada", "enviado especial", "asesor",
    "asesora", "encargado", "encargada", "consul", "delegado", "delegada",
    "oficial", "especialista", "experto", "experta", "procurador", "procuradora",
    "canciller", "diputado", "diputada", "fundador", "fundadora", "relator",
    "relatora", "medico", "medica", "profesor", "profesora", "investigador",
    "investigadora", "comandante", "inspector", "inspectora", "punto focal",
    "gerente", "titular",
)  # fmt: skip
ARABIC_POSITION_WORDS = (
    "النائب العام", "المدعي العام", "المدعيه العامه", "وزير", "وزيره", "الوزير",
    "الوزيره", "نائب وزير", "مدير", "مديره", "المدير", "المديره", "المدير العام",
    "المديره العامه", "المدير الاقليمي", "رئيس", "رئيسه", "الرئيس", "رئيس بعثه",
    "رئيسه بعثه", "سفير", "سفيره", "السفير", "السفيره", "ممثل", "ممثله", "منسق",
    "منسقه", "المنسق", "المتحدث", "المتحدثه", "الناطق", "الناطقه", "الامين العام",
    "الامينه العامه", "نائب", "نائبه", "مسؤول", "مسؤوله", "خبير", "خبيره",
    "المفوض", "المفوضه", "المبعوث", "المبعوثه", "محافظ", "عمده", "قاضي", "مستشار",
    "مستشاره", "اخصائي", "اخصائيه",
)  # fmt: skip

# Capitalised words that start a position written before a name without a
# comma: "Director General António Vitorino", "Minister Jane Doe".
TITLE_BEFORE_NAME = (
    "director general", "director-general", "deputy director general",
    "secretary-general", "secretary general", "chief of mission",
    "regional director", "executive director", "minister", "ambassador",
    "president", "prime minister", "attorney general", "high commissioner",
    "special envoy", "mayor", "governor", "commissioner", "spokesperson",
    "directeur general", "directrice generale", "chef de mission",
    "cheffe de mission", "ministre", "ambassadeur", "ambassadrice",
    "director general", "directora general", "jefe de mision", "jefa de mision",
    "ministro", "ministra", "embajador", "embajadora", "canciller",
)  # fmt: skip

# Words after which a position has ended: a verb of speech, a conjunction
# opening a new phrase.
AFTER_POSITION = (
    "said", "says", "stated", "noted", "added", "explained", "stressed",
    "underlined", "announced", "told", "who", "which", "a declare", "a dit",
    "a souligne", "a rappele", "a ajoute", "a explique", "qui", "declaro",
    "dijo", "afirmo", "senalo", "subrayo", "explico", "quien", "que",
)  # fmt: skip

# Capitalised words that are not names, whatever follows them.
NOT_NAMES = word_set(
    """
    the a an this these those his her their our its le la les l un une des du
    de ce cet cette ces son sa ses leur leurs notre nos el los las lo uno una
    unos unas este esta estos estas su sus nuestro nuestra in on at of for from
    with by to and or but as after before during while since en au aux dans
    avec pour par sur sous et ou mais comme apres avant pendant depuis con por
    para sobre y o pero como despues antes durante desde mr mrs ms dr prof
    madame monsieur mme m senor senora sr sra h.e. s.e. his excellency
    ministry ministere ministerio government gouvernement gobierno office
    bureau oficina organization organisation organizacion association
    asociacion agency agence agencia international internationale
    internacional national nationale nacional united unies unidas nations
    union unit unite unidad police policia committee comite comision
    commission council conseil consejo department departement departamento
    programme program programa project projet proyecto fund fonds fondo
    republic republique republica state etat estado states etats estados
    kingdom royaume reino centre center centro institute institut instituto
    court cour corte tribunal parliament parlement parlamento congress
    congres congreso senate senat senado public publique publico publica
    general generale special especial regional world mondial mundial global
    protocol protocole protocolo law loi ley plan strategy strategie
    estrategia report rapport informe day journee dia week semaine semana
    monday tuesday wednesday thursday friday saturday sunday lundi mardi
    mercredi jeudi vendredi samedi dimanche lunes martes miercoles jueves
    viernes sabado domingo
    """
)

# Short forms of country names and names the libraries spell otherwise, by
# ISO code: they are found in any language.
COUNTRY_ALIASES = {
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "RDC",
           "République démocratique du Congo", "RD Congo",
           "República Democrática del Congo", "جمهورية الكونغو الديمقراطية"],
    "CG": ["Republic of the Congo", "République du Congo", "República del Congo"],
    "CI": ["Côte d'Ivoire", "Ivory Coast", "Costa de Marfil", "كوت ديفوار"],
    "US": ["United States", "USA", "U.S.", "Estados Unidos de América",
           "Etats-Unis", "الولايات المتحدة"],
    "GB": ["United Kingdom", "UK", "Great Britain", "Britain", "Royaume-Uni",
           "Reino Unido", "المملكة المتحدة"],
    "TR": ["Turkey", "Türkiye", "Turquie", "Turquía", "تركيا"],
    "PS": ["Palestine", "State of Palestine", "Occupied Palestinian Territory",
           "Territoire palestinien occupé", "Estado de Palestina", "Palestina",
           "فلسطين", "دولة فلسطين"],
    "SY": ["Syria", "Syrie", "Siria", "سوريا", "سورية"],
    "RU": ["Russia", "Russie", "Rusia", "روسيا"],
    "IR": ["Iran", "Irán", "إيران"],
    "KR": ["Republic of Korea", "South Korea", "République de Corée",
           "Corée du Sud", "República de Corea", "Corea del Sur"],
    "KP": ["North Korea", "Corée du Nord", "Corea del Norte"],
    "MM": ["Myanmar", "Burma", "Birmanie"],
    "CZ": ["Czech Republic", "Czechia", "République tchèque", "República Checa"],
    "MK": ["North Macedonia", "Macédoine du Nord", "Macedonia del Norte"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cabo Verde", "Cape Verde", "Cap-Vert"],
    "TL": ["Timor-Leste", "East Timor"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia", "Bolivie"],
    "LA": ["Laos", "Lao PDR"],
    "VN": ["Viet Nam", "Vietnam"],
    "TZ": ["Tanzania", "Tanzanie"],
    "MD": ["Moldova", "Moldavie"],
    "EC": ["Equateur"],
    "YE": ["اليمن"],
    "OM": ["Oman", "Omán", "سلطنة عمان"],
}  # fmt: skip
# Country names that are also first names or other places: found only when
# they are not part of a longer capitalised name ("Argentina Santacruz",
# "Michael Jordan", "New Jersey").
AMBIGUOUS_COUNTRIES = {
    "argentina", "chad", "jordan", "georgia", "israel", "india", "maurice",
    "mauricio", "jersey", "guernsey", "dominica", "kenya", "china", "guinea",
    "lebanon", "man", "niger", "salvador", "colombia", "victoria",
}  # fmt: skip
# Never a country in a release: Spain's Granada is not Grenada.
# Nor is Amman (عمّان, written without its shadda) Oman.
NOT_COUNTRIES = {"granada", "man", "عمان"}


# Arabic months: the Egyptian/Gulf names (which Babel gives) and the
# Levantine ones, which UN Arabic prints beside them ("أيار/مايو").
ARABIC_MONTHS = [
    ["كانون الثاني", "جانفي"], ["شباط", "فيفري"], ["آذار"], ["نيسان", "ابريل", "افريل"],
    ["أيار", "ماي"], ["حزيران", "يونيه", "جوان"], ["تموز", "يوليه", "جويلية"],
    ["آب", "اغسطس", "أوت"], ["أيلول"], ["تشرين الأول"], ["تشرين الثاني"],
    ["كانون الأول"],
]  # fmt: skip
EXTRA_MONTHS = {9: ["sept", "setiembre", "set"], 2: ["fev"], 8: ["aout"]}


@cache
def month_numbers():
    """Folded month name or abbreviation → month number, in all four languages."""
    months = {}
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=language).items():
                months[fold(name).rstrip(".")] = number
    for number, names in enumerate(ARABIC_MONTHS, start=1):
        for name in names:
            months[fold(name)] = number
    for number, names in EXTRA_MONTHS.items():
        for name in names:
            months[name] = number
    return months


@cache
def day_names():
    """Folded weekday names in the four languages, wide and abbreviated."""
    return {
        fold(name).rstrip(".")
        for language in LANGUAGES
        for width in ("wide", "abbreviated")
        for name in get_day_names(width, locale=language).values()
    }


def lookup_kind(line):
    """The Kind a kind line names, or None."""
    key = _line_key(line)
    for kind, words in KIND_WORDS.items():
        if key in words:
            return kind
    return None


# The other words of a regional scope line: "West and Central Africa",
# "Afrique de l'Ouest et du Centre", "Asia y el Pacífico". A line with any
# other word ("Floods in East Africa") is not a scope line.
REGION_LINKS = word_set(
    """
    and the of west western east eastern north northern south southern central
    centre center south-eastern southeast south-east horn area economic latin
    et de du des l d la le ouest occidentale orientale est nord sud centrale
    australe corne espace economique latine meridionale
    y del el los oeste occidental oriental norte sur meridional cuerno espacio
    economico latina
    و غرب شرق شمال جنوب وسط الوسطي الغربيه الشرقيه الشماليه الجنوبيه القرن
    منطقه وشمال وجنوب ووسط وشرق وغرب المحيط والمحيط الهادي اللاتينيه
    """
)


def lookup_region(line):
    """The Region a scope line names, or None."""
    key = _line_key(line)
    if not key:
        return None
    for region, words in REGION_WORDS.items():
        if key in words:
            return region
    found = None
    rest = f" {key.replace(',', ' ').replace('/', ' ')} "
    for region, parts in REGION_PARTS:
        for part in sorted(parts, key=len, reverse=True):
            if re.search(rf"(?<!\w){re.escape(part)}", rest):
                found = found or region
                rest = re.sub(rf"(?<!\w){re.escape(part)}\w*", " ", rest)
    words = rest.replace("l'", "l ").replace("d'", "d ").split()
    if found and all(word in REGION_LINKS for word in words):
        return found
    return None


def _line_key(line):
    return " ".join(fold(line).replace("’", "'").strip(" .:;-–—|*#").split())
