"""Preview links and remarks in the admin, and both beside the release."""

from django.conf import settings
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from newsroom.core.admins import ReadOnlyAdmin, put_in_front
from reviews.models import Opening, PreviewLink, Remark


def when(moment):
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


class OpeningInline(ReadOnlyAdmin, admin.TabularInline):
    model = Opening
    fields = ("opened_at", "address", "user_agent")
    readonly_fields = fields
    extra = 0


@admin.register(PreviewLink)
class PreviewLinkAdmin(admin.ModelAdmin):
    list_display = ("release", "reviewer", "expires_at", "state", "openings_count")
    list_select_related = ("release",)
    autocomplete_fields = ["release"]
    fields = (
        "release",
        "reviewer",
        "language",
        "expires_at",
        "allows_remarks",
        "address",
        "created_by",
        "created_at",
        "revoked_at",
        "revoked_by",
    )
    readonly_fields = (
        "address",
        "created_by",
        "created_at",
        "revoked_at",
        "revoked_by",
    )
    inlines = [OpeningInline]
    actions = ["revoke"]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return [name for name in self.readonly_fields if name != "address"]
        return [*self.readonly_fields, "release"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return [
                name
                for name in self.fields
                if name not in ("address", "revoked_at", "revoked_by", "created_at")
            ]
        return self.fields

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        if release := initial.get("release"):
            from releases.models import Release

            found = Release.objects.filter(pk=release).first()
            if found is not None:
                initial.setdefault("language", found.original_language)
        return initial

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def response_add(self, request, obj, post_url_continue=None):
        if "_addanother" in request.POST:
            return super().response_add(request, obj, post_url_continue)
        messages.success(
            request,
            _("The preview link for %(reviewer)s is ready: copy its address below.")
            % {"reviewer": obj.reviewer},
        )
        # Straight to the link's page, where its address is.
        return redirect(reverse("admin:reviews_previewlink_change", args=[obj.pk]))

    @admin.display(description=_("address to send"))
    def address(self, obj):
        if not obj.is_usable:
            return _("None: the link no longer opens.")
        # The site's public address, as in the emails it sends (SITE_URL).
        url = settings.SITE_URL + obj.get_absolute_url()
        return format_html(
            '<input type="text" readonly value="{}" size="80" dir="ltr" '
            'aria-label="{}" onclick="this.select()">',
            url,
            _("address to send"),
        )

    @admin.display(description=_("state"))
    def state(self, obj):
        if obj.revoked_at:
            return _("Revoked")
        if obj.expires_at <= timezone.now():
            return _("Expired")
        return _("Opens")

    @admin.display(description=_("openings"))
    def openings_count(self, obj):
        return obj.openings.count()

    @admin.action(description=_("Revoke the chosen links now"), permissions=["change"])
    def revoke(self, request, queryset):
        count = queryset.filter(revoked_at__isnull=True).update(
            revoked_at=timezone.now(), revoked_by=request.user
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d link revoked: it answers “not found” from now on.",
                "%(count)d links revoked: they answer “not found” from now on.",
                count,
            )
            % {"count": count},
        )


@admin.register(Remark)
class RemarkAdmin(admin.ModelAdmin):
    list_display = ("release", "kind", "who", "created_at")
    list_select_related = ("release", "author", "link")
    list_filter = ("kind",)
    autocomplete_fields = ["release"]
    fields = ("release", "kind", "text")

    def get_readonly_fields(self, request, obj=None):
        # What was said stays as it was said.
        return ["release", "kind", "text"] if obj is not None else []

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    def response_add(self, request, obj, post_url_continue=None):
        return self.back_to_release(request, obj) or super().response_add(
            request, obj, post_url_continue
        )

    def back_to_release(self, request, obj):
        if "_continue" in request.POST or "_addanother" in request.POST:
            return None
        messages.success(request, _("Remark added."))
        return redirect(
            reverse("admin:releases_release_change", args=[obj.release_id]) + "#remarks"
        )


class ReviewBesideRelease:
    """For the release admin: its remarks in order, its preview links, and
    the ways to add either."""

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and request.user.has_perm("reviews.view_remark"):
            fieldsets.append((_("Remarks and review"), {"fields": ["review_list"]}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "review_list"]

    @admin.display(description=_("remarks and preview links"))
    def review_list(self, obj):
        remarks = obj.remarks.select_related("author", "link")
        links = obj.preview_links.all()[:50]
        add_remark = (
            reverse("admin:reviews_remark_add") + "?" + urlencode({"release": obj.pk})
        )
        add_link = (
            reverse("admin:reviews_previewlink_add")
            + "?"
            + urlencode({"release": obj.pk})
        )
        return format_html(
            '<div id="remarks"><ol class="remarks">{}</ol>'
            '<p><a class="button" href="{}">{}</a></p>'
            "<h3>{}</h3><ul>{}</ul>"
            '<p><a class="button" href="{}">{}</a></p></div>',
            format_html_join(
                "",
                "<li><strong>{}</strong> · <bdi>{}</bdi> · {}<br>"
                '<span dir="auto">{}</span></li>',
                (
                    (
                        remark.get_kind_display(),
                        remark.who,
                        when(remark.created_at),
                        remark.text,
                    )
                    for remark in remarks
                ),
            )
            or format_html("<li>{}</li>", _("No remark yet.")),
            add_remark,
            _("Add a remark"),
            _("Preview links"),
            format_html_join(
                "",
                '<li><a href="{}"><bdi>{}</bdi></a> — {}</li>',
                (
                    (
                        reverse("admin:reviews_previewlink_change", args=[link.pk]),
                        link.reviewer,
                        _("opens until %(date)s") % {"date": when(link.expires_at)}
                        if link.is_usable
                        else _("no longer opens"),
                    )
                    for link in links
                ),
            )
            or format_html("<li>{}</li>", _("None.")),
            add_link,
            _("Make a preview link for a reviewer"),
        )


def extend_release_admin():
    put_in_front(ReviewBesideRelease, ["releases.Release"])
