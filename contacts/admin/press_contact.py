from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from contacts.admin.forms import PressContactForm
from contacts.admin.person import PersonAdmin
from contacts.models import PressContact
from contacts.names import country_choices
from newsroom.core.languages import in_every_language
from newsroom.core.old_slugs import ShowsOldAddresses


class OfficeCountryFilter(admin.SimpleListFilter):
    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        offices = PressContact.objects.values_list("office__country", flat=True)
        return country_choices({code for code in offices if code})

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(office__country=self.value())
        return queryset


@admin.register(PressContact)
class PressContactAdmin(ShowsOldAddresses, PersonAdmin, TabbedTranslationAdmin):
    form = PressContactForm
    old_address_view = "contacts:vcard"
    list_display = (
        "full_name",
        "office",
        "email",
        "phones_as_printed",
        "review_flag",
        "active",
    )
    list_filter = (
        "needs_review",
        "active",
        OfficeCountryFilter,
        ("office", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = [
        "full_name",
        "email",
        "mobile",
        "landline",
        *in_every_language("job_title"),
    ]
    autocomplete_fields = ["office"]
    list_select_related = ["office"]
    readonly_fields = ["phone_check", "old_addresses"]
    fieldsets = (
        (None, {"fields": ("full_name", "different_person", "family_name", "slug")}),
        (None, {"fields": ("office", "job_title", "email")}),
        (_("Phones"), {"fields": ("mobile", "landline", "phone_check")}),
        (None, {"fields": ("languages", "active")}),
        # After the phone check, which editors read first.
        (None, {"fields": ("old_addresses",)}),
    )

    def get_search_results(self, request, queryset, search_term):
        results, duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("model_name") == "releasecontact":
            # Picking a release's contacts: only people journalists can call.
            results = results.filter(active=True)
        return results, duplicates

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in ("email", "mobile", "landline"):
            # Digits and addresses read left to right, in an Arabic admin too.
            field.widget.attrs["dir"] = "ltr"
        return field

    @admin.display(description=_("phones"))
    def phones_as_printed(self, obj):
        return format_html_join(
            mark_safe("<br>"),
            '<bdi dir="ltr" class="phone">{}</bdi>',
            ((p,) for p in (obj.mobile, obj.landline) if p),
        )

    @admin.display(description=_("needs review"), ordering="needs_review")
    def review_flag(self, obj):
        # A warning, not a green tick: a flagged number is something to fix.
        if obj.needs_review:
            return format_html(
                '<strong class="needs-review">⚠ {}</strong>', gettext("Needs review")
            )
        return ""

    @admin.display(description=_("phone check"))
    def phone_check(self, obj):
        """Each number as printed, and what the check made of it."""
        if obj is None or obj.pk is None:
            return gettext("Numbers are checked when you save.")
        rows = []
        for field, checked in obj.checked_phones():
            if not checked.printed:
                continue
            label = capfirst(PressContact._meta.get_field(field).verbose_name)
            # What readers get is what was stored on save; the reason is
            # worked out again, in the editor's language.
            stored = getattr(obj, f"{field}_e164")
            if stored:
                verdict = format_html('✓ <bdi dir="ltr">{}</bdi>', stored)
            else:
                verdict = format_html(
                    '<strong class="needs-review">{}</strong> {}',
                    gettext("Needs review:"),
                    checked.problem,
                )
            rows.append((label, checked.printed, verdict))
        if not rows:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", '<li>{}: <bdi dir="ltr">{}</bdi> → {}</li>', rows),
        )
