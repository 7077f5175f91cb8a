from django.apps import apps
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from newsroom.core.admins import ReadOnlyAdmin, put_in_front
from wastebin import bin
from wastebin.models import BIN_DAYS, BinEntry


def expiry_date(entry):
    return formats.date_format(timezone.localtime(entry.expires_at), "DATE_FORMAT")


class GoesToBin:
    """For a model admin: deleting puts the record in the bin, with what is
    deleted with it, for a publisher to restore within 30 days."""

    delete_confirmation_template = "admin/wastebin/delete_confirmation.html"
    delete_selected_confirmation_template = (
        "admin/wastebin/delete_selected_confirmation.html"
    )

    def delete_model(self, request, obj):
        entry = bin.put_in_bin(obj=obj, by=request.user)
        self.message_user(
            request,
            gettext(
                "“%(name)s” is in the bin: a publisher can restore it until %(date)s."
            )
            % {"name": entry.object_repr, "date": expiry_date(entry)},
            messages.INFO,
        )

    def delete_queryset(self, request, queryset):
        with transaction.atomic(using=queryset.db):
            entries = [bin.put_in_bin(obj=obj, by=request.user) for obj in queryset]
        if entries:
            self.message_user(
                request,
                gettext(
                    "They are in the bin: a publisher can restore them until %(date)s."
                )
                % {"date": expiry_date(entries[0])},
                messages.INFO,
            )


def send_deletions_to_bin(labels):
    """Make the admins of these models (``"app.Model"``) put what they
    delete in the bin, keeping every other behaviour of theirs."""
    put_in_front(GoesToBin, labels)


class KindFilter(admin.SimpleListFilter):
    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        kinds = ContentType.objects.filter(
            pk__in=BinEntry.objects.values("content_type")
        )
        return sorted(
            ((str(kind.pk), capfirst(kind_name(kind))) for kind in kinds),
            key=lambda choice: choice[1],
        )

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(content_type=self.value())
        return queryset


def kind_name(content_type):
    model = content_type.model_class()
    return model._meta.verbose_name if model else content_type.model


@admin.register(BinEntry)
class BinEntryAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    list_display = (
        "object_repr",
        "kind",
        "deleted_by_name",
        "deleted_at",
        "removed_on",
        "restore_link",
    )
    list_display_links = None
    list_filter = (KindFilter,)
    search_fields = ("object_repr",)
    list_select_related = ("content_type",)
    list_per_page = 50
    actions = None

    @admin.display(description=_("kind"), ordering="content_type")
    def kind(self, entry):
        return capfirst(kind_name(entry.content_type))

    @admin.display(description=_("removed for good on"), ordering="deleted_at")
    def removed_on(self, entry):
        return expiry_date(entry)

    @admin.display(description=_("restore"))
    def restore_link(self, entry):
        if entry.is_expired:
            return gettext("Too late to restore")
        return format_html(
            '<a class="button" href="{}">{}</a>',
            reverse("admin:wastebin_binentry_restore", args=[entry.pk]),
            gettext("Restore"),
        )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path(
                "<int:entry_id>/restore/",
                view(self.restore_view),
                name="wastebin_binentry_restore",
            ),
            path("empty/", view(self.empty_view), name="wastebin_binentry_empty"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        context = {
            "title": capfirst(self.model._meta.verbose_name_plural),
            "bin_days": BIN_DAYS,
            "can_empty": request.user.has_perm("wastebin.empty_bin"),
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context=context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # What the bin holds is seen and restored from the list, never edited.
        return redirect("admin:wastebin_binentry_changelist")

    def page(self, request, template, title, **context):
        return TemplateResponse(
            request,
            f"admin/wastebin/{template}",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": title,
                "bin_days": BIN_DAYS,
                **context,
            },
        )

    def restore_view(self, request, entry_id):
        if not request.user.has_perm("wastebin.restore_binentry"):
            raise PermissionDenied
        entry = get_object_or_404(
            BinEntry.objects.select_related("content_type"), pk=entry_id
        )
        if request.method == "POST" and not entry.is_expired:
            try:
                restored = bin.restore(entry=entry, by=request.user)
            except bin.CannotRestore as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
                return redirect("admin:wastebin_binentry_changelist")
            self.message_user(
                request,
                gettext("“%(name)s” is back, with its links.") % {"name": restored.obj},
                messages.SUCCESS,
            )
            for note in restored.notes:
                self.message_user(request, note, messages.WARNING)
            return redirect(change_page(restored.obj))
        return self.page(
            request,
            "restore.html",
            gettext("Restore “%(name)s”") % {"name": entry.object_repr},
            entry=entry,
            kind=capfirst(kind_name(entry.content_type)),
            removed_on=expiry_date(entry),
            held=held_summary(entry),
        )

    def empty_view(self, request):
        if not request.user.has_perm("wastebin.empty_bin"):
            raise PermissionDenied
        if request.method == "POST":
            count = bin.empty(entries=BinEntry.objects.all(), by=request.user)
            self.message_user(
                request,
                gettext("The bin is empty. Removed for good: %(count)s.")
                % {"count": count},
                messages.SUCCESS,
            )
            return redirect("admin:wastebin_binentry_changelist")
        return self.page(
            request,
            "empty.html",
            gettext("Empty the bin"),
            count=BinEntry.objects.count(),
        )


def change_page(obj):
    """The restored record's admin page, else the bin's list."""
    opts = obj._meta
    try:
        return reverse(
            f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]
        )
    except NoReverseMatch:
        return reverse("admin:wastebin_binentry_changelist")


def held_summary(entry):
    """``[(kind, count)]``: what comes back with the record, by kind."""
    counts = {}
    for row in entry.snapshot.get("objects", [])[1:]:
        counts[row["model"]] = counts.get(row["model"], 0) + 1
    summary = []
    for label, count in counts.items():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        if model._meta.auto_created:
            # A many-to-many link row: named after what it links to (themes).
            model = next(
                f.related_model
                for f in reversed(model._meta.concrete_fields)
                if f.many_to_one
            )
        name = model._meta.verbose_name_plural
        summary.append((capfirst(name), count))
    return summary
