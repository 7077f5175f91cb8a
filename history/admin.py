"""The history, compare and restore screens, and the guard against two
editors overwriting each other, added to the admins of the models with
history (history.admin_wiring puts this mixin in front of each)."""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from audit.models import Action
from audit.trail import record
from history import versions
from history.forms import RestoreForm
from newsroom.core.revisions import note

TOKEN = "_seen_version"


def who(revision) -> str:
    user = revision.user if revision else None
    if user is None:
        return gettext("someone without an account (an import or a command)")
    return user.get_full_name() or user.get_username()


def when(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def latest_version(obj):
    return versions.versions_of(obj).first() if obj is not None and obj.pk else None


def version_token(obj) -> str:
    """What the editor saw: the newest version when the form was opened."""
    latest = latest_version(obj)
    return str(latest.pk) if latest else "0"


class SeenVersionForm:
    """Refuses a save over a version the editor never saw."""

    @cached_property
    def changed_data(self):
        return [name for name in super().changed_data if name != TOKEN]

    def clean(self):
        cleaned_data = super().clean()
        instance = self.instance
        if instance.pk is None or TOKEN not in self.data:
            return cleaned_data
        seen = self.data.get(TOKEN, "")
        latest = latest_version(instance)
        current = str(latest.pk) if latest else "0"
        if seen == current:
            return cleaned_data
        # The next save goes through: the editor has now seen this version.
        self.data = self.data.copy()
        self.data[TOKEN] = current
        self.fields[TOKEN].initial = current
        raise ValidationError(conflict_message(instance, seen, latest))


def conflict_message(instance, seen, latest):
    text = gettext(
        "%(who)s saved this while you were editing it (%(when)s). Nothing is "
        "lost: your text is still in the form below, and theirs is kept in "
        "the history. Check what they changed, then save again to keep your "
        "text."
    ) % {"who": who(latest.revision), "when": when(latest.revision.date_created)}
    parts = [format_html("<p>{}</p>", text)]
    earlier = (
        versions.versions_of(instance).filter(pk=seen).first()
        if seen.isdigit()
        else None
    )
    if earlier is not None:
        lines, sets = versions.compare(earlier, latest)
        rows = [
            format_html(
                '<li><strong>{}{}</strong> <span dir="auto">{}</span></li>',
                line.label,
                f" ({line.code.upper()})" if line.code else "",
                line.diff,
            )
            for line in lines
        ]
        rows += [
            format_html("<li><strong>{}</strong></li>", name)
            for name, _rows, changed in sets
            if changed
        ]
        if rows:
            parts.append(format_html("<p>{}</p>", gettext("What they changed:")))
            parts.append(
                format_html(
                    '<ul class="history-conflict">{}</ul>', mark_safe("".join(rows))
                )
            )
            return mark_safe("".join(parts))
    opts = instance._meta
    parts.append(
        format_html(
            '<p><a href="{}">{}</a></p>',
            reverse(
                f"admin:{opts.app_label}_{opts.model_name}_history", args=[instance.pk]
            ),
            gettext("See what they changed in the history."),
        )
    )
    return mark_safe("".join(parts))


class HistoryAdmin:
    """For the admins of releases, events, officials, press contacts and
    pictures: a history of versions, any two compared, any one restored."""

    object_history_template = "admin/history/object_history.html"

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name="{}_{}_compare".format(*info),
            ),
            path(
                "<path:object_id>/history/<int:version_id>/restore/",
                self.admin_site.admin_view(self.restore_view),
                name="{}_{}_restore".format(*info),
            ),
            *super().get_urls(),
        ]

    # ----- the change form: what version the editor saw -----

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and "form" not in kwargs:
            token = forms.CharField(
                widget=forms.HiddenInput, required=False, initial=version_token(obj)
            )
            kwargs["form"] = type(
                self.form.__name__,
                (SeenVersionForm, self.form),
                {TOKEN: token, "__module__": self.form.__module__},
            )
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            return fieldsets
        # Hidden, in the first fieldset: the admin renders only listed fields.
        first_name, first = fieldsets[0]
        fields = [*first["fields"], TOKEN]
        return [(first_name, {**first, "fields": fields}), *fieldsets[1:]]

    # ----- the version's note: what was done -----

    def log_change(self, request, obj, message):
        # A workflow step's or a restore's sentence; a form's list of
        # changed fields is already what the history compares.
        if isinstance(message, str):
            note(message)
        return super().log_change(request, obj, message)

    # ----- the history -----

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        listed = list(versions.versions_of(obj)[:100])
        rows = []
        for index, version in enumerate(listed):
            earlier = listed[index + 1] if index + 1 < len(listed) else None
            rows.append(
                {
                    "version": version,
                    "who": who(version.revision),
                    "status": self.status_of(version),
                    "changed": (
                        versions.changed_names(type(obj), earlier, version)
                        if earlier
                        else []
                    ),
                    "comment": version.revision.comment,
                }
            )
        context = {
            "versions": rows,
            "can_restore": self.has_change_permission(request, obj),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, extra_context=context)

    @staticmethod
    def status_of(version):
        """A release's workflow state in that version."""
        model = version._model
        status = version.field_dict.get("status")
        if status is None:
            return ""
        return dict(model._meta.get_field("status").flatchoices).get(status, status)

    def version_or_404(self, obj, version_id):
        version = versions.versions_of(obj).filter(pk=version_id).first()
        if version is None:
            raise Http404(gettext("That version does not exist for this record."))
        return version

    def history_context(self, request, obj, **context):
        sets = context.get("sets", ())
        return {
            "unchanged_sets": [name for name, _rows, changed in sets if not changed],
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "object": obj,
            "module_name": str(self.opts.verbose_name_plural),
            "history_url": reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_history",
                args=[obj.pk],
            ),
            **context,
        }

    def compare_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise Http404
        history_url = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_history",
            args=[obj.pk],
        )
        chosen = [request.GET.get("old", ""), request.GET.get("new", "")]
        if not all(value.isdigit() for value in chosen) or chosen[0] == chosen[1]:
            messages.warning(
                request, gettext("Choose two different versions to compare.")
            )
            return HttpResponseRedirect(history_url)
        found = {
            v.pk: v
            for v in versions.versions_of(obj).filter(pk__in=[int(c) for c in chosen])
        }
        if len(found) != 2:
            messages.warning(
                request, gettext("Those versions do not belong to this record.")
            )
            return HttpResponseRedirect(history_url)
        old, new = sorted(found.values(), key=lambda v: v.revision.date_created)
        lines, sets = versions.compare(old, new)
        context = self.history_context(
            request,
            obj,
            title=gettext("Compare versions of “%(name)s”") % {"name": obj},
            old=old,
            new=new,
            old_who=who(old.revision),
            new_who=who(new.revision),
            lines=lines,
            sets=sets,
            can_restore=self.has_change_permission(request, obj),
        )
        return TemplateResponse(request, "admin/history/compare.html", context)

    def restore_view(self, request, object_id, version_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise Http404
        if not self.has_change_permission(request, obj):
            # A contributor and a published release, say.
            raise PermissionDenied
        version = self.version_or_404(obj, version_id)
        current = latest_version(obj)
        form = RestoreForm(
            request.POST if request.method == "POST" else None,
            release=self.release_asking_about_changes(obj),
        )
        if request.method == "POST" and form.is_valid():
            return self.do_restore(request, obj, version, form)
        lines, sets = versions.compare(current, version) if current else ([], [])
        context = self.history_context(
            request,
            obj,
            title=gettext("Restore a version of “%(name)s”") % {"name": obj},
            version=version,
            version_who=who(version.revision),
            lines=lines,
            sets=sets,
            form=form,
            is_current=current is not None and current.pk == version.pk,
        )
        return TemplateResponse(request, "admin/history/restore.html", context)

    def release_asking_about_changes(self, obj):
        """A public release asks, as its change form does, minor or major."""
        asks = getattr(self, "asks_about_changes", None)
        if asks is None or not asks(None, obj):
            return None
        return obj

    def do_restore(self, request, obj, version, form):
        made = when(version.revision.date_created)
        try:
            notes = versions.restore(obj, version)
            change_note = form.change_note()
            if change_note is not None:
                from releases.change_notes import note_major_change

                note_major_change(release=obj, by=request.user, note=change_note)
        except (PermissionDenied, ValidationError) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            return HttpResponseRedirect(request.path)
        text = gettext("Restored the version of %(when)s by %(who)s.") % {
            "when": made,
            "who": who(version.revision),
        }
        record(
            Action.RESTORE_VERSION,
            obj,
            by=request.user,
            detail=text,
            data={"version": version.pk},
        )
        self.log_change(request, obj, text)
        messages.success(request, text)
        for line in notes:
            messages.warning(request, line)
        return HttpResponseRedirect(
            reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                args=[obj.pk],
            )
        )
