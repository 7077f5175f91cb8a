import zoneinfo

from django import forms
from django.contrib import admin
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from events.models import Event, Speaker, time_zone_names
from newsroom.core.languages import in_every_language
from newsroom.core.old_slugs import ShowsOldAddresses


class SpeakerInline(TranslationTabularInline):
    model = Speaker
    autocomplete_fields = ["official"]
    fields = ("official", "topic", "order")
    extra = 0


class EventAdminForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=lambda: [(name, name) for name in time_zone_names()],
        initial="UTC",
        help_text=_(
            "The venue's time zone. Type the start and end as the clock at the "
            "venue shows them: they are shown to readers in it too."
        ),
    )


def venue_zone(request, obj):
    """The zone the form's times are typed in: the one chosen, or the event's."""
    name = request.POST.get("time_zone") if request.method == "POST" else None
    if name not in time_zone_names():
        name = obj.time_zone if obj is not None else "UTC"
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


@admin.register(Event)
class EventAdmin(ShowsOldAddresses, TabbedTranslationAdmin):
    form = EventAdminForm
    old_address_view = "events:detail"
    readonly_fields = ["old_addresses"]
    list_display = ("title", "kind", "local_start", "city", "country", "is_public")
    list_filter = (
        "kind",
        "is_public",
        "country",
        ("organisers", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = in_every_language("title", "venue", "city")
    autocomplete_fields = ["organisers", "supporters", "image"]
    prepopulated_fields = {"slug": ("title",)}
    inlines = [SpeakerInline]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "kind",
                    "title",
                    "slug",
                    "old_addresses",
                    "description",
                    "image",
                )
            },
        ),
        (_("When"), {"fields": ("time_zone", "starts_at", "ends_at")}),
        (_("Where"), {"fields": ("venue", "city", "country")}),
        (_("Who"), {"fields": ("organisers", "supporters")}),
        (None, {"fields": ("is_public",)}),
    )

    @admin.display(description=_("starts at"), ordering="starts_at")
    def local_start(self, obj):
        """On the venue's clock, as the form and the public page show it."""
        return "{} ({})".format(
            formats.date_format(obj.local_start(), "DATETIME_FORMAT"), obj.time_zone
        )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # Times are typed and shown as the venue's clock shows them, whatever
        # the editor's own time zone: the form parses and renders in it.
        obj = self.get_object(request, object_id) if object_id else None
        with timezone.override(venue_zone(request, obj)):
            response = super().changeform_view(
                request, object_id, form_url, extra_context
            )
            if hasattr(response, "render"):
                response.render()
        return response
