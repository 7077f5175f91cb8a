from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from contacts.admin.forms import OfficialForm
from contacts.admin.person import PersonAdmin
from contacts.models import Official
from newsroom.core.languages import in_every_language
from newsroom.core.old_slugs import ShowsOldAddresses
from newsroom.core.pages import content_changed


@admin.register(Official)
class OfficialAdmin(ShowsOldAddresses, PersonAdmin, TabbedTranslationAdmin):
    form = OfficialForm
    old_address_view = "officials:detail"
    readonly_fields = ["old_addresses"]
    list_display = ("full_name", "position", "organisation", "country", "confirmed")
    list_filter = (
        "confirmed",
        "country",
        ("organisation", admin.RelatedOnlyFieldListFilter),
    )
    actions = ["confirm_selected"]
    search_fields = ["full_name", "slug", *in_every_language("position")]
    autocomplete_fields = ["organisation", "portrait"]
    list_select_related = ["organisation"]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "full_name",
                    "different_person",
                    "slug",
                    "old_addresses",
                    "honorific",
                )
            },
        ),
        (None, {"fields": ("position", "organisation", "country")}),
        (None, {"fields": ("portrait", "bio")}),
        (None, {"fields": ("confirmed",)}),
    )

    @admin.action(
        description=_("Confirm the selected officials"), permissions=["change"]
    )
    def confirm_selected(self, request, queryset):
        count = queryset.filter(confirmed=False).update(confirmed=True)
        # A bulk update sends no signal: the pages naming them change too.
        content_changed()
        self.message_user(
            request,
            ngettext("%d official confirmed.", "%d officials confirmed.", count)
            % count,
            messages.SUCCESS,
        )
