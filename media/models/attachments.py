from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from media import documents
from media.models.reading import TextForReader
from media.models.storage import document_path, originals_storage
from media.models.uses import AttachmentQuerySet
from newsroom.core.languages import IN_LANGUAGE, LANGUAGE_CODES


class Attachment(TextForReader, models.Model):
    """A document attached to a release: a report, a programme, figures."""

    release = models.ForeignKey(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    title = models.CharField(_("title"), max_length=250, blank=True)
    language = models.CharField(
        _("language of the document"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    file = models.FileField(
        _("file"),
        upload_to=document_path,
        storage=originals_storage,
        help_text=_("PDF, Word (.docx) or Excel (.xlsx), up to 50 MB."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=[(kind.name, kind.label) for kind in documents.KINDS.values()],
        editable=False,
    )
    file_size = models.PositiveIntegerField(_("file size"), default=0, editable=False)
    filename = models.CharField(_("file name"), max_length=255, editable=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        db_table = "releases_attachment"
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.text_for_reader("title")[1] or self.filename

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            kind = documents.document_kind(self.file)
            self.kind = kind.name
            self.filename = documents.clean_filename(self.file.name, kind)
            self.file_size = self.file.size
            self.file.name = f"document.{kind.extension}"
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.file and not self.file._committed:
            try:
                documents.document_kind(self.file)
            except ValidationError as error:
                raise ValidationError({"file": error}) from None
        if not any(getattr(self, f"title_{code}", "") for code in LANGUAGE_CODES):
            raise ValidationError(
                {f"title_{self.language}": _("Give the document a title.")}
            )

    @property
    def document_kind(self):
        return documents.KINDS[self.kind]

    def title_for_reader(self):
        return self.text_for_reader("title")

    def in_language(self):
        return IN_LANGUAGE.get(self.language, self.language)

    def get_download_url(self):
        return reverse(
            "downloads:document", kwargs={"pk": self.pk, "filename": self.filename}
        )

    def delete(self, *args, **kwargs):
        file = self.file
        result = super().delete(*args, **kwargs)
        if file:
            file.storage.delete(file.name)
        return result
