"""The admin's "Import releases" page: the same importer as
``manage.py import_releases``, for text files or a ZIP archive uploaded,
run on the job queue (importing/jobs.py), and each import's own page."""

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from importing.jobs import start_import
from importing.models import ImportedText, ImportJob
from importing.reading import MAX_FILE_BYTES


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("Files"),
        # An empty file is reported with the others, not refused by the form.
        allow_empty_file=True,
        widget=MultipleFileInput(
            attrs={"accept": ".txt,.zip,text/plain,application/zip"}
        ),
        help_text=_(
            "Old releases as plain-text files (.txt), or one ZIP archive of them. "
            "Each becomes a draft; nothing is published."
        ),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Detect from each file")), *settings.LANGUAGES],
    )
    dry_run = forms.BooleanField(
        label=_("Check only: read the files and report, without saving anything"),
        label_suffix="",
        required=False,
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        for upload in files:
            name = upload.name.lower()
            if not name.endswith((".txt", ".zip")):
                raise forms.ValidationError(
                    _("“%(name)s” is neither a .txt file nor a .zip archive."),
                    params={"name": upload.name},
                )
            if name.endswith(".txt") and upload.size > MAX_FILE_BYTES:
                raise forms.ValidationError(
                    _("“%(name)s” is too large for a release (over 2 MB)."),
                    params={"name": upload.name},
                )
        return files


def import_view(model_admin, request):
    """The form: whoever may add releases may import them. The files are
    stored and their import put on the job queue; the editor is sent to the
    import's page, which shows its progress, then its report."""
    if not request.user.has_perm("releases.add_release"):
        raise PermissionDenied
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            job = start_import(
                files=form.cleaned_data["files"],
                language=form.cleaned_data["language"],
                dry_run=form.cleaned_data["dry_run"],
                by=request.user,
                interface_language=translation.get_language() or "",
            )
            return redirect("admin:importing_import_job", job.pk)
    else:
        form = ImportForm()
    context = {
        **_page_context(model_admin, request),
        "title": _("Import releases"),
        "form": form,
        "recent": ImportJob.objects.filter(created_by=request.user)[:5],
        "media": model_admin.media + form.media,
    }
    return _private(TemplateResponse(request, "admin/importing/import.html", context))


def import_job_view(model_admin, request, pk):
    """An import's page: its progress while a worker reads its files
    (refreshed by the browser, no script), then its report."""
    if not request.user.has_perm("releases.add_release"):
        raise PermissionDenied
    job = get_object_or_404(ImportJob, pk=pk)
    # Imported here, as the importer is (see saving.py's callers).
    from importing.report import Report

    report = Report.of_lines(job.lines.all())
    context = {
        **_page_context(model_admin, request),
        "title": _("Import of %(when)s")
        % {"when": date_format(timezone.localtime(job.created_at), "DATETIME_FORMAT")},
        "job": job,
        "report": report,
        "dry_run": job.dry_run,
        "refresh_seconds": None if job.finished else REFRESH_SECONDS,
    }
    page = TemplateResponse(request, "admin/importing/import_job.html", context)
    return _private(page)


# How often an import's page asks again while the import runs.
REFRESH_SECONDS = 2


def _page_context(model_admin, request):
    return {
        **model_admin.admin_site.each_context(request),
        # The pages sit among the releases, where the editor came from.
        "opts": apps.get_model("releases", "Release")._meta,
    }


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


@admin.register(ImportedText)
class ImportedTextAdmin(admin.ModelAdmin):
    """Holds the import page; the records themselves are shown on each
    imported release (its "Imported" section), not listed on their own."""

    def get_model_perms(self, request):
        return {}

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(lambda request: import_view(self, request)),
                name="importing_import",
            ),
            path(
                "import/<int:pk>/",
                self.admin_site.admin_view(
                    lambda request, pk: import_job_view(self, request, pk)
                ),
                name="importing_import_job",
            ),
        ]
