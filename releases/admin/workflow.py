"""The release admin's workflow: the change form's buttons, the steps they
take when pressed and the list's actions. Which steps a user may take with
a release is ``workflow.available_transitions``' answer, asked each time."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from releases import workflow

# The change form's buttons, by the name they post.
BUTTONS = {t.button: t for t in workflow.TRANSITIONS if t.label}
BUTTON_CLASSES = {
    workflow.PUBLISH: "default",
    workflow.WITHDRAW: "deletelink-box",
    **dict.fromkeys(workflow.UNPUBLISH, "deletelink-box"),
}
# The steps that take their time from the form's "publish at".
TIMED = (workflow.PUBLISH, workflow.RESCHEDULE)
SCHEDULED = _("“%(title)s” is under embargo: it will be published on %(date)s.")
NOT_OPEN = _(
    "“%(title)s” was saved, but it is %(status)s now and that step is no longer "
    "open to it. Look at it again before you go on."
)


def local_time(moment):
    """A time as press officers read it, with the clock it is on."""
    return "{} ({})".format(
        formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT"),
        timezone.get_current_timezone_name(),
    )


def status_label(release):
    if release.is_embargoed:
        return gettext("Embargoed")
    if release.is_unpublished and release.unpublish_reason:
        return gettext("%(status)s (%(reason)s)") % {
            "status": release.get_status_display(),
            "reason": release.get_unpublish_reason_display(),
        }
    return release.get_status_display()


class WorkflowAdmin:
    """For ReleaseAdmin: its workflow buttons and list actions."""

    actions = ["submit_selected", "publish_selected", "withdraw_selected"]

    def has_submit_permission(self, request):
        return workflow.SUBMIT.allowed_for(request.user)

    def has_publish_permission(self, request):
        return workflow.PUBLISH.allowed_for(request.user)

    def has_withdraw_permission(self, request):
        return workflow.WITHDRAW.allowed_for(request.user)

    # ----- the change form -----

    @staticmethod
    def sets_publication_time(request, obj):
        """A step open to the user takes its time from "publish at"."""
        available = workflow.available_transitions(release=obj, user=request.user)
        return any(t in TIMED for t in available)

    @staticmethod
    def pressed(request):
        return [t for button, t in BUTTONS.items() if button in request.POST]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        pressed = self.pressed(request)
        if not pressed and obj.is_embargoed and "publish_at" in form.changed_data:
            # A new time for a release under embargo (the form checked it is
            # in the future), so that first_published_at follows.
            pressed = [workflow.RESCHEDULE]
        for transition in pressed:
            self.take(request, obj, transition, form)

    def take(self, request, obj, transition, form=None):
        """Take one workflow step from the change form and say how it went.

        Raises PermissionDenied (a 403, and the whole save is rolled back)
        when the user's role does not allow the step, even on a forged POST.
        """
        user = request.user
        if transition not in workflow.available_transitions(release=obj, user=user):
            if not transition.allowed_for(user):
                raise PermissionDenied
            # Someone else moved the release on since the form was opened.
            self.message_user(
                request,
                NOT_OPEN % {"title": obj.display_title(), "status": status_label(obj)},
                messages.WARNING,
            )
            return
        options = {"at": obj.publish_at} if transition in TIMED else {}
        if transition in workflow.UNPUBLISH and form is not None:
            # The reason and the other release, checked by the form.
            options = form.unpublish_options()
        try:
            transition.run(release=obj, by=user, **options)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return
        if obj.is_embargoed:
            text = SCHEDULED % {
                "title": obj.display_title(),
                "date": local_time(obj.publish_at),
            }
        else:
            text = transition.done % {"title": obj.display_title()}
        self.log_change(request, obj, text)
        self.message_user(request, text)

    def response_change(self, request, obj):
        if self.pressed(request):
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def response_add(self, request, obj, post_url_continue=None):
        if self.pressed(request):
            return HttpResponseRedirect(
                reverse("admin:releases_release_change", args=[obj.pk])
            )
        return super().response_add(request, obj, post_url_continue)

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        available = workflow.available_transitions(release=obj, user=request.user)
        embargoed = bool(obj and obj.is_embargoed)
        context.update(
            {
                "workflow_buttons": [
                    (t.button, t.label, BUTTON_CLASSES.get(t, ""))
                    for t in available
                    if t.label
                ],
                "status_label": status_label(obj) if obj else "",
                "embargo_ends": local_time(obj.publish_at) if embargoed else "",
            }
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    # ----- list actions -----

    def run_action(self, request, queryset, transition, done, refusal):
        """Take ``transition`` with each selected release it is open to; say
        how many it was taken with (``done``), and why not for each other
        (``refusal``)."""
        count, refused = 0, []
        for release in queryset:
            names = {"title": release.display_title(), "status": status_label(release)}
            if transition not in workflow.available_transitions(
                release=release, user=request.user
            ):
                refused.append(refusal % names)
                continue
            try:
                transition.run(release=release, by=request.user)
            except (PermissionDenied, ValidationError) as error:
                reason = (
                    " ".join(error.messages)
                    if isinstance(error, ValidationError)
                    else str(error)
                )
                refused.append(
                    gettext("“%(title)s”: %(reason)s") % {**names, "reason": reason}
                )
            else:
                count += 1
                self.log_change(request, release, done(1) % {"count": 1})
        if count:
            self.message_user(request, done(count) % {"count": count})
        for line in refused:
            self.message_user(request, line, messages.WARNING)

    @admin.action(
        description=_("Submit selected releases for review"), permissions=["submit"]
    )
    def submit_selected(self, request, queryset):
        self.run_action(
            request,
            queryset,
            workflow.SUBMIT,
            lambda n: ngettext(
                "%(count)d release sent for review.",
                "%(count)d releases sent for review.",
                n,
            ),
            gettext(
                "“%(title)s” (%(status)s) was not sent: only a draft you may edit "
                "can be sent for review."
            ),
        )

    @admin.action(
        description=_("Publish selected releases now"), permissions=["publish"]
    )
    def publish_selected(self, request, queryset):
        # "Now" must never lift an embargo or re-date a live release by a
        # stray tick in a list: the workflow offers it for drafts and
        # releases in review only.
        self.run_action(
            request,
            queryset,
            workflow.PUBLISH,
            lambda n: ngettext(
                "%(count)d release published.", "%(count)d releases published.", n
            ),
            gettext(
                "“%(title)s” (%(status)s) was not published: only a draft or a "
                "release in review is published from the list; open it to change "
                "its publication time."
            ),
        )

    @admin.action(
        description=_("Withdraw selected releases (each needs a withdrawal note)"),
        permissions=["withdraw"],
    )
    def withdraw_selected(self, request, queryset):
        self.run_action(
            request,
            queryset,
            workflow.WITHDRAW,
            lambda n: ngettext(
                "%(count)d release withdrawn.", "%(count)d releases withdrawn.", n
            ),
            gettext(
                "“%(title)s” (%(status)s) was not withdrawn: only a release readers "
                "have seen can be; open one under embargo to cancel its embargo."
            ),
        )
