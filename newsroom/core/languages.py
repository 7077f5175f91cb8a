"""The site's languages, and the languages press contacts speak."""

from django.conf import settings
from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
LANGUAGE_NAMES = dict(settings.LANGUAGES)

# PostgreSQL's text search configurations (all in version 15, the oldest the
# site runs on), by language code: each stems its language's words, and the
# simple search without PostgreSQL uses the Snowball stemmer of that name.
POSTGRESQL_CONFIGURATIONS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
# The configuration each site language is searched with: a language
# PostgreSQL cannot stem is searched word for word ("simple").
SEARCH_CONFIGURATIONS = {
    code: POSTGRESQL_CONFIGURATIONS.get(code.split("-")[0], "simple")
    for code in LANGUAGE_CODES
}

# "(in French)" beside a link to a text in another language than the page's:
# whole phrases, since French and Spanish write language names in lower case
# there ("en français", "en francés").
IN_LANGUAGE = {
    "en": _("in English"),
    "fr": _("in French"),
    "es": _("in Spanish"),
    "ar": _("in Arabic"),
}

# modeltranslation fallbacks for what is shown in every language (names,
# positions, events): English first, then any language the text exists in.
ANY_LANGUAGE_FALLBACK = {"default": tuple(LANGUAGE_CODES)}

# Languages a press contact may speak: Django's list (names translated in
# Django's own catalogues), without regional variants, plus a few the list
# lacks and press offices need.
SPOKEN_LANGUAGES = sorted(
    [(code, name) for code, name in ALL_LANGUAGES if "-" not in code]
    + [
        ("gn", _("Guarani")),
        ("ha", _("Hausa")),
        ("ps", _("Pashto")),
        ("qu", _("Quechua")),
        ("so", _("Somali")),
        ("ti", _("Tigrinya")),
        ("wo", _("Wolof")),
        ("yo", _("Yoruba")),
        ("zh", _("Chinese")),
    ],
    key=lambda item: item[0],
)
SPOKEN_LANGUAGE_NAMES = dict(SPOKEN_LANGUAGES)


def for_reader(instance, field, original):
    """``(language, value)`` of the translated ``field`` in the reader's
    language, else in the ``original`` one, else in any; ``(None, "")`` if it
    is empty everywhere. Pages mark text in another language with its code."""
    for code in (translation.get_language(), original, *LANGUAGE_CODES):
        if code in LANGUAGE_CODES and (value := getattr(instance, f"{field}_{code}")):
            return code, value
    return None, ""


def in_every_language(*fields):
    """``("name",)`` → ``["name_en", "name_fr", …]``, for admin search fields."""
    return [f"{field}_{code}" for field in fields for code in LANGUAGE_CODES]


def any_language_q(field, values):
    """Rows whose ``field`` is one of ``values`` in any language: a slug
    names one release (or event) whatever the language of the address."""
    query = Q()
    for code in LANGUAGE_CODES:
        query |= Q(**{f"{field}_{code}__in": values})
    return query


def unique_in_every_language(field, prefix, message=None):
    """One unique constraint per language column of ``field``, ignoring empty
    values (a language not written yet)."""
    return [
        models.UniqueConstraint(
            fields=[f"{field}_{code}"],
            condition=~Q(**{f"{field}_{code}": ""}),
            name=f"{prefix}_unique_{field}_{code}",
            violation_error_message=message,
        )
        for code in LANGUAGE_CODES
    ]
