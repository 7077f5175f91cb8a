from modeltranslation.translator import TranslationOptions, register

from releases.models import Release, Theme


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name", "slug")


@register(Release)
class ReleaseTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "dateline_place", "withdrawal_note")
