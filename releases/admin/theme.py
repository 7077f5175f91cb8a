from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from releases.models import LANGUAGE_CODES, Theme


@admin.register(Theme)
class ThemeAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug")
    search_fields = [f"name_{code}" for code in LANGUAGE_CODES]
    prepopulated_fields = {"slug": ("name",)}
