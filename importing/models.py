from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from media.models.storage import originals_storage, random_name


class ImportedText(models.Model):
    """Where a draft came from when an import made it from an old release's
    text, and what the import could not file in it.

    Importing the same text again finds its draft here, by the text's
    digest, or, for a corrected file, by its language, title and date.
    """

    release = models.OneToOneField(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="imported_from",
    )
    source = models.CharField(_("file"), max_length=500)
    digest = models.CharField(max_length=64, db_index=True, editable=False)
    key = models.CharField(max_length=400, db_index=True, editable=False)
    language = models.CharField(_("language"), max_length=5)
    caption = models.TextField(
        _("photo caption"),
        blank=True,
        help_text=_("Printed with the release's photo, which the text file lacks."),
    )
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    imported_at = models.DateTimeField(_("imported at"))
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        # The table it had in the releases app, where the importer began.
        db_table = "releases_importedtext"
        verbose_name = _("imported text")
        verbose_name_plural = _("imported texts")

    def __str__(self):
        return self.source


def upload_path(instance, filename):
    # The uploader's name is kept in ``name``; the stored one is unguessable.
    return random_name("imports")


class ImportJob(models.Model):
    """An import asked for in the admin: its files, how far it has got on the
    job queue, and its report (a line per file, ``ImportLine``)."""

    class State(models.TextChoices):
        QUEUED = "queued", _("waiting for a worker")
        RUNNING = "running", _("importing")
        DONE = "done", _("done")
        FAILED = "failed", _("stopped by an error")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)
    language = models.CharField(_("language"), max_length=5, blank=True)
    dry_run = models.BooleanField(_("check only"), default=False)
    # The editor's interface language: the report's words are in it.
    interface_language = models.CharField(max_length=5, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State, default=State.QUEUED
    )
    files_found = models.PositiveIntegerField(_("files found"), null=True)
    files_done = models.PositiveIntegerField(_("files done"), default=0)
    started_at = models.DateTimeField(_("started at"), null=True)
    finished_at = models.DateTimeField(_("finished at"), null=True)
    # Why the import stopped before its end (a cap reached, an error).
    note = models.TextField(_("note"), blank=True)
    task_id = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self):
        return _("Import of %(when)s") % {"when": self.created_at}

    @property
    def finished(self):
        return self.state in (self.State.DONE, self.State.FAILED)


class ImportUpload(models.Model):
    """A file uploaded for an import, kept until its import has read it."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="uploads")
    name = models.CharField(_("file"), max_length=500)
    file = models.FileField(
        storage=originals_storage, upload_to=upload_path, blank=True
    )
    size = models.PositiveBigIntegerField(default=0)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.name


class ImportLine(models.Model):
    """What became of one file of an import: a line of its report."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="lines")
    number = models.PositiveIntegerField()
    source = models.CharField(_("file"), max_length=1000)
    status = models.CharField(_("result"), max_length=10)
    release = models.ForeignKey(
        "releases.Release", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(max_length=250, blank=True)
    language = models.CharField(max_length=5, blank=True)
    warnings = models.JSONField(default=list)
    new_contacts = models.JSONField(default=list)
    new_officials = models.JSONField(default=list)

    class Meta:
        ordering = ["job", "number"]
        constraints = [
            models.UniqueConstraint(fields=["job", "number"], name="one_line_a_file")
        ]

    def __str__(self):
        return self.source
