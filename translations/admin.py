"""The translation board in the admin, and a translation side by side with
its original: what changed in the original since, confirmed or fixed."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.forms import modelform_factory
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import content_disposition_header
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from newsroom.core.admins import ReadOnlyAdmin, put_in_front
from newsroom.core.diff import html_as_text, words_diff
from newsroom.core.languages import LANGUAGE_NAMES
from newsroom.core.revisions import note
from releases import workflow
from releases.models import Release
from translations import files, states
from translations.board import BoardForm, board
from translations.models import Standing, TranslationState


def may_change(user, item):
    """Whether ``user`` may change ``item``'s text: a release as its
    workflow says, anything else by the model's permission."""
    if isinstance(item, Release):
        return workflow.can_edit(release=item, user=user)
    opts = item._meta
    return user.has_perm(f"{opts.app_label}.change_{opts.model_name}")


class RecordsTranslator:
    """For the admins of what is translated: a translation saved is
    recorded as confirmed by whoever saved it."""

    def save_model(self, request, obj, form, change):
        with states.acting(request.user):
            super().save_model(request, obj, form, change)


def extend_admins():
    put_in_front(RecordsTranslator, [kind.model for kind in states.KINDS.values()])


@admin.register(TranslationState)
class TranslationStateAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """No list or form of its own: the board, and the side-by-side view."""

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<int:state_id>/side-by-side/",
                self.admin_site.admin_view(self.compare_view),
                name="{}_{}_compare".format(*info),
            ),
            path(
                "<int:state_id>/file/",
                self.admin_site.admin_view(self.file_view),
                name="{}_{}_file".format(*info),
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = BoardForm(request.GET or None)
        shown = board(form, request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        return TemplateResponse(
            request,
            "admin/translations/board.html",
            {
                **self.admin_site.each_context(request),
                **shown,
                "opts": self.opts,
                "title": _("Translation board"),
                "form": form,
                "query_string": query.urlencode(),
                "standings": Standing,
            },
        )

    def compare_view(self, request, state_id):
        if not self.has_view_permission(request):
            raise PermissionDenied
        state = get_object_or_404(
            TranslationState.objects.select_related("content_type", "confirmed_by"),
            pk=state_id,
        )
        kind = states.kind_of(state.content_type.model_class())
        item = state.item
        if item is None or state.standing == Standing.ORIGINAL:
            messages.info(request, _("There is no translation to compare here."))
            return redirect("admin:translations_translationstate_changelist")
        language, original = state.language, kind.original_language(item)
        # Confirming changes no text: whoever confirms translations may, on
        # a published release too; fixing the text is the release's workflow's.
        may_confirm = request.user.has_perm("translations.confirm_translationstate")
        may_fix = may_confirm and may_change(request.user, item)
        Form = modelform_factory(
            type(item), fields=[f"{field}_{language}" for field in kind.fields]
        )
        form = Form(instance=item)
        if request.method == "POST":
            if not may_confirm:
                raise PermissionDenied
            if "confirm" in request.POST:
                states.confirm(state, request.user)
                return done(
                    request,
                    _("Translation into %s confirmed as checked.") % language,
                    _("The %(language)s translation is confirmed as checked.")
                    % {"language": LANGUAGE_NAMES[language]},
                )
            if not may_fix:
                raise PermissionDenied
            form = Form(request.POST, instance=item)
            if form.is_valid():
                with states.acting(request.user):
                    form.save()
                state.refresh_from_db()
                if state.standing != Standing.CURRENT:
                    # Saved unchanged: the translator says it is right as it is.
                    states.confirm(state, request.user)
                return done(
                    request,
                    _("Translation into %s fixed and confirmed.") % language,
                    _("The %(language)s translation is saved and confirmed.")
                    % {"language": LANGUAGE_NAMES[language]},
                )
        now = kind.texts(item, original)
        then = state.source_text or {}
        fields = []
        for name in kind.fields:
            label = type(item)._meta.get_field(name).verbose_name
            current = html_as_text(now.get(name, ""))
            before = html_as_text(then.get(name, ""))
            fields.append(
                {
                    "label": label,
                    "original": current,
                    "changed": words_diff(before, current)
                    if before != current
                    else None,
                    "translation": html_as_text(getattr(item, f"{name}_{language}")),
                    "field": form[f"{name}_{language}"],
                }
            )
        opts = type(item)._meta
        return TemplateResponse(
            request,
            "admin/translations/side_by_side.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": _("%(language)s translation of “%(title)s”")
                % {"language": LANGUAGE_NAMES[language], "title": state.label},
                "state": state,
                "item": item,
                "language": language,
                "language_name": LANGUAGE_NAMES[language],
                "original": original,
                "original_name": LANGUAGE_NAMES[original],
                "original_dir": direction(original),
                "language_dir": direction(language),
                "original_changed_at": TranslationState.objects.filter(
                    content_type=state.content_type,
                    object_id=state.object_id,
                    language=original,
                )
                .values_list("source_changed_at", flat=True)
                .first(),
                "fields": fields,
                "form": form,
                "media": self.media + form.media,
                "may_confirm": may_confirm,
                "may_fix": may_fix,
                "file_url": reverse(
                    "admin:translations_translationstate_file", args=[state.pk]
                ),
                "change_url": reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk]
                ),
            },
        )

    def file_view(self, request, state_id):
        """GET: the PO file for a translation agency; POST: the translated
        file brought back into this language only."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        state = get_object_or_404(
            TranslationState.objects.select_related("content_type"), pk=state_id
        )
        kind = states.kind_of(state.content_type.model_class())
        item = state.item
        if item is None or state.standing == Standing.ORIGINAL:
            raise Http404
        back = redirect("admin:translations_translationstate_compare", state.pk)
        if request.method != "POST":
            response = HttpResponse(
                files.export(kind, item, state.language),
                content_type="text/x-gettext-translation; charset=utf-8",
            )
            name = f"{kind.key}-{item.pk}.{state.language}.po"
            response["Content-Disposition"] = content_disposition_header(True, name)
            return response
        if not (
            request.user.has_perm("translations.confirm_translationstate")
            and may_change(request.user, item)
        ):
            raise PermissionDenied
        upload = request.FILES.get("file")
        if upload is None:
            messages.error(request, _("Choose the translated file to bring in."))
            return back
        if upload.size > MAX_FILE_BYTES:
            messages.error(request, _("This file is too large for one release."))
            return back
        try:
            texts, exported = files.read(kind, item, state.language, upload.read())
        except files.FileRefused as refusal:
            messages.error(
                request, _("%(why)s Nothing was changed.") % {"why": refusal}
            )
            return back
        Form = modelform_factory(
            type(item), fields=[f"{name}_{state.language}" for name in texts]
        )
        form = Form(
            {f"{name}_{state.language}": text for name, text in texts.items()},
            instance=item,
        )
        if not form.is_valid():
            messages.error(
                request,
                _("Nothing was changed: %s.")
                % "; ".join(
                    f"{name}: {' '.join(errors)}"
                    for name, errors in form.errors.items()
                ),
            )
            return back
        with states.acting(request.user):
            form.save()
        files.outdate_if_older(state, kind, item, exported)
        note(_("Translation into %s brought in from a file.") % state.language)
        messages.success(
            request,
            _("The %(language)s translation was brought in from the file.")
            % {"language": LANGUAGE_NAMES[state.language]},
        )
        return back


# A release's texts are tens of kilobytes; a file this size is not one.
MAX_FILE_BYTES = 2 * 1024 * 1024


def done(request, version_note, message):
    """What a translation confirmed or fixed ends with: a line in the
    version's comment, a message, and back to the board."""
    note(version_note)
    messages.success(request, message)
    return redirect("admin:translations_translationstate_changelist")


def direction(code):
    return "rtl" if get_language_info(code)["bidi"] else "ltr"
