from modeltranslation.translator import TranslationOptions, register

from contacts.models import Official, Organisation, PressContact
from newsroom.languages import ANY_LANGUAGE_FALLBACK as ANY_LANGUAGE

# A person's position is better shown in another language than not at all.


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "acronym")
    fallback_languages = ANY_LANGUAGE


@register(Official)
class OfficialTranslationOptions(TranslationOptions):
    fields = ("honorific", "position", "bio")
    fallback_languages = ANY_LANGUAGE


@register(PressContact)
class PressContactTranslationOptions(TranslationOptions):
    fields = ("job_title",)
    fallback_languages = ANY_LANGUAGE
