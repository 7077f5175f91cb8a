from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from contacts.admin.forms import OfficialForm
from contacts.models import Official
from newsroom.languages import in_every_language


@admin.register(Official)
class OfficialAdmin(TabbedTranslationAdmin):
    form = OfficialForm
    list_display = ("full_name", "position", "organisation", "country")
    list_filter = ("country", ("organisation", admin.RelatedOnlyFieldListFilter))
    # name_key: "diaz veron" finds "Díaz Verón".
    search_fields = ["full_name", "name_key", "slug", *in_every_language("position")]
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation"]
    fieldsets = (
        (None, {"fields": ("full_name", "different_person", "slug", "honorific")}),
        (None, {"fields": ("position", "organisation", "country")}),
        (None, {"fields": ("portrait", "bio")}),
    )
