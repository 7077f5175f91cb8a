from modeltranslation.translator import TranslationOptions, register

from newsroom.languages import ANY_LANGUAGE_FALLBACK
from releases.models import (
    Attachment,
    Event,
    Image,
    Mention,
    Release,
    Speaker,
    Theme,
)


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name", "slug")


@register(Release)
class ReleaseTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "dateline_place", "withdrawal_note")
    # A French page never shows an English summary: releases are filtered by
    # the languages they are available in instead (Release.languages()).
    fallback_languages = {"default": ()}


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


@register(Mention)
class MentionTranslationOptions(TranslationOptions):
    fields = ("role",)
    fallback_languages = ANY_LANGUAGE_FALLBACK


@register(Image)
class ImageTranslationOptions(TranslationOptions):
    fields = ("alt_text", "caption", "usage_terms")
    # Pages choose the language themselves (Image.text_for_reader) so that
    # they can mark text in another language with its lang attribute.
    fallback_languages = {"default": ()}


@register(Attachment)
class AttachmentTranslationOptions(TranslationOptions):
    fields = ("title",)
    fallback_languages = {"default": ()}
