from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
