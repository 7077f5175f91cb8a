from modeltranslation.translator import TranslationOptions, register

from newsroom.core.languages import ANY_LANGUAGE_FALLBACK
from releases.models import ChangeNote, Mention, Release, Theme


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name", "slug")


@register(Release)
class ReleaseTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "dateline_place", "withdrawal_note")
    # A French page never shows an English summary: releases are filtered by
    # the languages they are available in instead (Release.languages()).
    fallback_languages = {"default": ()}


@register(Mention)
class MentionTranslationOptions(TranslationOptions):
    fields = ("role",)
    fallback_languages = ANY_LANGUAGE_FALLBACK


@register(ChangeNote)
class ChangeNoteTranslationOptions(TranslationOptions):
    fields = ("note",)
    # The page picks the note of its language, else the original's
    # (ChangeNote.for_reader): no silent fallback in between.
    fallback_languages = {"default": ()}
