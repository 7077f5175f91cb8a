"""Accreditations in the admin, and on each release: who opened it under
embargo, and sending it to accredited journalists ahead of its time."""

from django.contrib import admin, messages
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from journalists import sending
from journalists.models import Accreditation, AdvanceCopy, State
from newsroom.core.admins import ReadOnlyAdmin, put_in_front


@admin.register(Accreditation)
class AccreditationAdmin(admin.ModelAdmin):
    list_display = ("full_name", "outlet", "work_email", "state", "applied_at")
    list_filter = ("state",)
    search_fields = ("full_name", "outlet", "work_email")
    readonly_fields = (
        "full_name",
        "outlet",
        "work_email",
        "languages",
        "countries",
        "state",
        "applied_at",
        "decided_at",
        "decided_by",
    )
    fields = readonly_fields
    actions = ["approve", "refuse", "withdraw"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_decide_permission(self, request):
        return request.user.has_perm("journalists.decide_accreditation")

    def decide(self, request, queryset, state, allowed_from, done):
        chosen = list(queryset.filter(state__in=allowed_from).select_related("user"))
        for accreditation in chosen:
            accreditation.state = state
            accreditation.decided_at = timezone.now()
            accreditation.decided_by = request.user
            accreditation.save(update_fields=["state", "decided_at", "decided_by"])
            # Only an accredited journalist may sign in; a withdrawal ends
            # access at their next request.
            accreditation.user.is_active = state == State.APPROVED
            accreditation.user.save(update_fields=["is_active"])
            sending.decided(accreditation)
        self.message_user(request, done(len(chosen)) % {"count": len(chosen)})

    @admin.action(
        description=_("Approve the selected applications"), permissions=["decide"]
    )
    def approve(self, request, queryset):
        self.decide(
            request,
            queryset,
            State.APPROVED,
            [State.APPLIED, State.REFUSED, State.WITHDRAWN],
            lambda n: ngettext(
                "%(count)d journalist accredited.",
                "%(count)d journalists accredited.",
                n,
            ),
        )

    @admin.action(
        description=_("Refuse the selected applications"), permissions=["decide"]
    )
    def refuse(self, request, queryset):
        self.decide(
            request,
            queryset,
            State.REFUSED,
            [State.APPLIED],
            lambda n: ngettext(
                "%(count)d application refused.", "%(count)d applications refused.", n
            ),
        )

    @admin.action(
        description=_("Withdraw the selected accreditations, at once"),
        permissions=["decide"],
    )
    def withdraw(self, request, queryset):
        self.decide(
            request,
            queryset,
            State.WITHDRAWN,
            [State.APPROVED],
            lambda n: ngettext(
                "%(count)d accreditation withdrawn.",
                "%(count)d accreditations withdrawn.",
                n,
            ),
        )


class EmbargoedAccess:
    """For the release admin: the openings, and the advance copies."""

    def shows_openings(self, request, obj):
        return (
            obj is not None
            and request.user.has_perm("journalists.view_opening")
            and obj.embargoed_openings.exists()
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if self.shows_openings(request, obj):
            fieldsets.append(
                (
                    _("Opened under embargo by accredited journalists"),
                    {"fields": ["embargoed_openings_list"]},
                )
            )
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "embargoed_openings_list"]

    @admin.display(description=_("openings by journalists"))
    def embargoed_openings_list(self, obj):
        openings = obj.embargoed_openings.select_related("accreditation").order_by(
            "-opened_at"
        )[:200]
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li><bdi>{}</bdi> — {} ({})</li>",
                (
                    (
                        opening.accreditation,
                        formats.date_format(
                            timezone.localtime(opening.opened_at), "DATETIME_FORMAT"
                        ),
                        opening.address or "—",
                    )
                    for opening in openings
                ),
            ),
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        if request.user.has_perm("releases.publish_release"):
            actions["send_to_journalists"] = (
                type(self).send_to_journalists,
                "send_to_journalists",
                _("Send to accredited journalists ahead of the embargo"),
            )
        return actions

    def send_to_journalists(self, request, queryset):
        from releases.models import Release

        embargoed = Release.objects.embargoed().filter(pk__in=queryset.values("pk"))
        skipped = queryset.count() - embargoed.count()
        for release in embargoed:
            count = sending.send_ahead(release)
            self.message_user(
                request,
                ngettext(
                    "“%(title)s” goes to %(count)d accredited journalist, with its "
                    "embargo in the subject.",
                    "“%(title)s” goes to %(count)d accredited journalists, with its "
                    "embargo in the subject.",
                    count,
                )
                % {"title": release.display_title(), "count": count},
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d release was not sent: only a release under embargo "
                    "goes ahead of its time.",
                    "%(count)d releases were not sent: only a release under embargo "
                    "goes ahead of its time.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )


@admin.register(AdvanceCopy)
class AdvanceCopyAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    list_display = ("release", "accreditation", "sent_at", "error")
    list_select_related = ("release", "accreditation")


def extend_release_admin():
    put_in_front(EmbargoedAccess, ["releases.Release"])
