from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from contacts.admin.forms import OfficialForm
from contacts.admin.person import PersonAdmin
from contacts.models import Official
from newsroom.languages import in_every_language


@admin.register(Official)
class OfficialAdmin(PersonAdmin, TabbedTranslationAdmin):
    form = OfficialForm
    list_display = ("full_name", "position", "organisation", "country")
    list_filter = ("country", ("organisation", admin.RelatedOnlyFieldListFilter))
    search_fields = ["full_name", "slug", *in_every_language("position")]
    autocomplete_fields = ["organisation", "portrait"]
    list_select_related = ["organisation"]
    fieldsets = (
        (None, {"fields": ("full_name", "different_person", "slug", "honorific")}),
        (None, {"fields": ("position", "organisation", "country")}),
        (None, {"fields": ("portrait", "bio")}),
    )
