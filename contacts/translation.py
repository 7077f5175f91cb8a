"""Translated fields of people and organisations.

Each falls back to English, then to any language it exists in: a person's
position or an office's name is better shown in another language than not
at all (releases, by contrast, never fall back).
"""

from modeltranslation.translator import TranslationOptions, register

from contacts.models import Official, Organisation, PressContact
from newsroom.core.languages import ANY_LANGUAGE_FALLBACK


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "acronym")
    fallback_languages = ANY_LANGUAGE_FALLBACK


@register(Official)
class OfficialTranslationOptions(TranslationOptions):
    fields = ("honorific", "position", "bio")
    fallback_languages = ANY_LANGUAGE_FALLBACK


@register(PressContact)
class PressContactTranslationOptions(TranslationOptions):
    fields = ("job_title",)
    fallback_languages = ANY_LANGUAGE_FALLBACK
