from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from contacts.models import Organisation
from newsroom.core.languages import in_every_language


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
    list_display = ("name", "acronym", "kind", "country", "parent")
    list_filter = ("kind", "country")
    search_fields = in_every_language("name", "acronym")
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "website":
            # "iom.int" typed without a scheme means https://iom.int.
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)
