"""The admin's "Import releases" page: the same importer as
``manage.py import_releases``, for text files or a ZIP archive uploaded."""

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from importing.models import ImportedText
from importing.reading import MAX_FILE_BYTES, Source, zip_sources


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


def uploaded_sources(files):
    """Sources from uploaded files, read one at a time."""
    for upload in files:
        if upload.name.lower().endswith(".zip"):
            yield from zip_sources(upload, upload.name)
        else:
            yield Source(upload.name, _reader(upload))


def _reader(upload):
    def read():
        upload.seek(0)
        return upload.read()

    return read


def import_view(model_admin, request):
    """The page: whoever may add releases may import them."""
    if not request.user.has_perm("releases.add_release"):
        raise PermissionDenied
    report = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            # Imported here: the reader's word lists and patterns take a tenth
            # of a second to build, which every process would pay at start-up
            # (the admin is loaded by all of them) for a page used rarely.
            from importing.report import Report
            from importing.saving import Importer

            importer = Importer(
                language=form.cleaned_data["language"] or None,
                user=request.user,
                dry_run=form.cleaned_data["dry_run"],
            )
            report = Report()
            for source in uploaded_sources(form.cleaned_data["files"]):
                report.add(importer.run(source))
    else:
        form = ImportForm()
    context = {
        **model_admin.admin_site.each_context(request),
        # The page sits among the releases, where the editor came from.
        "opts": apps.get_model("releases", "Release")._meta,
        "title": _("Import releases"),
        "form": form,
        "report": report,
        "dry_run": bool(report) and form.cleaned_data["dry_run"],
        "media": model_admin.media + form.media,
    }
    response = TemplateResponse(request, "admin/importing/import.html", context)
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
        ]
