from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.db.models import F, prefetch_related_objects
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from media.admin import missing_alt_text_warnings, picture_preview
from releases import workflow
from releases.admin.filters import CountryFilter, MissingLanguageFilter
from releases.admin.forms import UNPUBLISH_FIELDS, ReleaseAdminForm
from releases.admin.inlines import (
    AttachmentInline,
    GalleryImageInline,
    MentionInline,
    ReleaseContactInline,
)
from releases.admin.workflow import WorkflowAdmin, status_label
from releases.change_notes import asks_about_changes, note_major_change
from releases.models import LANGUAGE_CODES, Release, Status

UNPUBLISHED_FIELDS = (
    "unpublish_reason",
    "replaced_by_link",
    "unpublished_at",
    "unpublished_by",
    "unpublish_explanation",
)


def base_name(field):
    """``withdrawal_note_fr`` → ``withdrawal_note``; other names unchanged."""
    stem, _sep, suffix = field.rpartition("_")
    return stem if suffix in LANGUAGE_CODES else field


@admin.register(Release)
class ReleaseAdmin(WorkflowAdmin, TabbedTranslationAdmin):
    form = ReleaseAdminForm
    list_display = (
        "display_title",
        "kind",
        "status_label",
        "publish_at",
        "language_badges",
        "preview_link",
    )
    list_filter = (
        "status",
        "kind",
        "region",
        "themes",
        CountryFilter,
        MissingLanguageFilter,
        "original_language",
    )
    search_fields = [
        f"{field}_{code}"
        for field in ("title", "summary", "dateline_place")
        for code in LANGUAGE_CODES
    ]
    # Work in progress (no publication time yet) first, on every database.
    ordering = (F("publish_at").desc(nulls_first=True), "-pk")
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ("title",)}
    save_on_top = True
    list_per_page = 50
    autocomplete_fields = ["event", "hero_image"]
    inlines = [
        MentionInline,
        ReleaseContactInline,
        GalleryImageInline,
        AttachmentInline,
    ]
    fieldsets = (
        (None, {"fields": ("kind", "original_language", "title", "slug")}),
        (_("Text"), {"fields": ("summary", "body")}),
        (
            _("Where and what"),
            {"fields": ("dateline_place", "region", "countries", "themes", "event")},
        ),
        (_("Main picture"), {"fields": ("hero_image", "hero_preview")}),
        (
            _("Publication"),
            {
                "fields": (
                    "publish_at",
                    "first_published_at",
                    "withdrawn_at",
                    "withdrawal_note",
                    "created_by",
                    "updated_at",
                )
            },
        ),
    )

    class Media:
        # After modeltranslation's tabs, which it drives.
        js = (
            "admin/js/jquery.init.js",
            "modeltranslation/js/tabbed_translation_fields.js",
            "admin/js/release-form.js",
        )

    def get_fieldsets(self, request, obj=None):
        """Show only the fields that mean something to this user, in this state."""
        shown = self.publication_fields(request, obj)
        editable = obj is None or workflow.can_edit(release=obj, user=request.user)
        fieldsets = []
        for name, options in super().get_fieldsets(request, obj):
            fields = list(options["fields"])
            if name == _("Publication"):
                fields = [f for f in fields if base_name(f) in shown]
            elif name == _("Text") and not editable:
                # Read-only: the body as readers see it, not its HTML source.
                fields = [f for f in fields if base_name(f) != "body"]
                fields.append("body_as_published")
            if fields:
                fieldsets.append((name, {**options, "fields": fields}))
        if obj is not None and editable and self.asks_about_changes(request, obj):
            fieldsets.append(
                (
                    _("Change for readers"),
                    {
                        "fields": [
                            "change_kind",
                            *(f"change_note_{code}" for code in obj.languages()),
                        ]
                    },
                )
            )
        if obj is not None and editable and self.offers_unpublishing(request, obj):
            fieldsets.append(
                (
                    _("Unpublish"),
                    {
                        "fields": UNPUBLISH_FIELDS,
                        "classes": ["collapse"],
                        "description": _(
                            "Takes the release off the site for good: its "
                            "addresses answer “gone”, or, for a duplicate or a "
                            "replaced release, send readers to the other one. "
                            "To keep its page with a note, withdraw it instead."
                        ),
                    },
                )
            )
        if obj is not None and obj.is_unpublished:
            fieldsets.append((_("Unpublished"), {"fields": UNPUBLISHED_FIELDS}))
        if obj is not None and hasattr(obj, "imported_from"):
            fieldsets.append((_("Imported"), {"fields": ("import_record",)}))
        return fieldsets

    @staticmethod
    def asks_about_changes(request, obj):
        """Readers have seen it: the form asks whether a change is major."""
        return asks_about_changes(obj)

    @staticmethod
    def offers_unpublishing(request, obj):
        available = workflow.available_transitions(release=obj, user=request.user)
        return any(t in workflow.UNPUBLISH for t in available)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        editable = obj is not None and workflow.can_edit(release=obj, user=request.user)
        # What the form asks of this user for this release (forms.py).
        form.asks_about_changes = editable and self.asks_about_changes(request, obj)
        form.note_languages = obj.languages() if form.asks_about_changes else ()
        form.offers_unpublishing = editable and self.offers_unpublishing(request, obj)
        return form

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        note = form.change_note()
        if note is not None:
            note_major_change(release=obj, by=request.user, note=note)
            self.message_user(
                request,
                gettext("Readers see the note under the release's date."),
            )

    def get_search_results(self, request, queryset, search_term):
        queryset, use_distinct = super().get_search_results(
            request, queryset, search_term
        )
        if request.GET.get("field_name") == "replaced_by":
            # Choosing where readers of an unpublished release go: only a
            # release they may read.
            queryset = queryset & Release.objects.public()
        return queryset, use_distinct

    def publication_fields(self, request, obj):
        sets_time = self.sets_publication_time(request, obj)
        if obj is None:
            return {"publish_at"} if sets_time else set()
        fields = {"created_by", "updated_at"}
        if sets_time or obj.publish_at:
            fields.add("publish_at")
        if obj.has_been_public:
            fields.add("first_published_at")
            if obj.status == Status.WITHDRAWN or workflow.WITHDRAW.allowed_for(
                request.user
            ):
                fields.add("withdrawal_note")
        if obj.status == Status.WITHDRAWN:
            fields.add("withdrawn_at")
        return fields

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "countries":
            kwargs["widget"] = FilteredSelectMultiple(db_field.verbose_name, False)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "themes":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    # ----- permissions: one rule, in workflow.can_edit -----

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return workflow.can_edit(release=obj, user=request.user)

    def has_delete_permission(self, request, obj=None):
        # A release that has been public is withdrawn, never deleted, so its
        # address keeps answering.
        if obj is not None and obj.first_published_at is not None:
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = ["first_published_at", "withdrawn_at", "created_by", "updated_at"]
        # Once readers have seen a release, its publication time is history:
        # no step sets it any more.
        if not self.sets_publication_time(request, obj):
            readonly.append("publish_at")
        if not workflow.WITHDRAW.allowed_for(request.user):
            readonly += [f"withdrawal_note_{code}" for code in LANGUAGE_CODES]
        return [
            *readonly,
            *UNPUBLISHED_FIELDS,
            "body_as_published",
            "hero_preview",
            "import_record",
        ]

    @admin.display(description=_("preview"))
    def hero_preview(self, obj):
        return picture_preview(obj.hero_image if obj and obj.hero_image_id else None)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Alt text is required in the release's language (the forms check
        # it); in its other languages, a missing one is worth a warning.
        release = form.instance
        prefetch_related_objects([release], "gallery__image")
        languages = [
            code for code in release.languages() if code != release.original_language
        ]
        for picture in release.pictures():
            for warning in missing_alt_text_warnings(picture, languages):
                self.message_user(request, warning, messages.WARNING)
        proposed = release.mentions.proposed().count()
        if proposed:
            self.message_user(
                request,
                ngettext(
                    "%d mention proposed by the import waits for an editor to "
                    "confirm it (and its official): readers do not see it until then.",
                    "%d mentions proposed by the import wait for an editor to "
                    "confirm them (and their officials): readers do not see them "
                    "until then.",
                    proposed,
                )
                % proposed,
                messages.WARNING,
            )

    def view_on_site(self, obj):
        """The public page once readers can reach it; the preview before."""
        if Release.objects.reachable().filter(pk=obj.pk).exists():
            return obj.get_absolute_url()
        return self.preview_url(obj)

    # ----- columns and read-only displays -----

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, obj):
        # Isolated, so an Arabic title does not reorder a French page around it.
        return format_html("<bdi>{}</bdi>", obj.display_title())

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, obj):
        return status_label(obj)

    @admin.display(description=_("readers are sent to"))
    def replaced_by_link(self, obj):
        other = obj.replaced_by
        if other is None:
            return "—"
        return format_html(
            '<a href="{}"><bdi>{}</bdi></a>',
            reverse("admin:releases_release_change", args=[other.pk]),
            other.display_title(),
        )

    @admin.display(description=_("languages"))
    def language_badges(self, obj):
        return " ".join(code.upper() for code in obj.languages()) or "—"

    @admin.display(description=_("preview"))
    def preview_link(self, obj):
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            self.preview_url(obj),
            gettext("Preview"),
        )

    @admin.display(description=_("body"))
    def body_as_published(self, obj):
        # The bodies were sanitised when saved, as on the public pages.
        return format_html_join(
            "",
            '<div lang="{}" dir="auto" class="body-as-published"><h4>{}</h4>{}</div>',
            (
                (code, code.upper(), mark_safe(getattr(obj, f"body_{code}")))
                for code in obj.languages()
            ),
        )

    @admin.display(description=_("imported from"))
    def import_record(self, obj):
        record = obj.imported_from
        imported = escape(gettext("“%(file)s”, imported on %(date)s by %(user)s.")) % {
            # Isolated: a file's path must not be reordered in Arabic.
            "file": format_html("<bdi>{}</bdi>", record.source),
            "date": escape(
                formats.date_format(
                    timezone.localtime(record.imported_at), "DATETIME_FORMAT"
                )
            ),
            "user": escape(record.imported_by or gettext("a command")),
        }
        parts = [format_html("<p>{}</p>", mark_safe(imported))]
        if record.caption:
            parts.append(
                format_html(
                    '<p>{} <q dir="auto">{}</q></p>',
                    gettext("Photo caption printed with it:"),
                    record.caption,
                )
            )
        if record.warnings:
            parts.append(
                format_html(
                    "<p>{}</p><ul>{}</ul>",
                    gettext("What the import could not file:"),
                    format_html_join(
                        "", '<li dir="auto">{}</li>', ((w,) for w in record.warnings)
                    ),
                )
            )
        return mark_safe("".join(parts))

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        context["preview_url"] = self.preview_url(obj) if obj else None
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)

    @staticmethod
    def preview_url(obj):
        return obj.preview_url_in(obj.fallback_language() or obj.original_language)
