from modeltranslation.translator import TranslationOptions, register

from events.models import Event, Speaker
from newsroom.core.languages import ANY_LANGUAGE_FALLBACK


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "description", "venue", "city")
    # An event is shown in every language: in English, or any language it has,
    # when it lacks the reader's.
    fallback_languages = ANY_LANGUAGE_FALLBACK


@register(Speaker)
class SpeakerTranslationOptions(TranslationOptions):
    fields = ("topic",)
    fallback_languages = ANY_LANGUAGE_FALLBACK
