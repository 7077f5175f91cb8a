from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from contacts.models import Organisation
from newsroom.languages import in_every_language


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
    list_display = ("name", "acronym", "kind", "country", "parent")
    list_filter = ("kind", "country")
    search_fields = in_every_language("name", "acronym")
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]
