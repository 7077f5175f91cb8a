from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class Standing(models.TextChoices):
    """Where a language of a thing stands against its original."""

    ORIGINAL = "original", _("Original")
    MISSING = "missing", _("Missing")
    CURRENT = "current", _("Current")
    OUTDATED = "outdated", _("Outdated")


class TranslationStateQuerySet(models.QuerySet):
    def originals(self):
        """One row per thing: its original language's."""
        return self.filter(standing=Standing.ORIGINAL)

    def standing_is(self, standing):
        return self.filter(standing=standing)


class TranslationState(models.Model):
    """One language of one translated thing (a release, an event, an
    official's position, a theme): whether it is the original, missing,
    current or outdated, and from what text of the original it was made.

    A translation is outdated when the original's fingerprint (a hash of
    its title, summary and body, or what the thing has instead) is no
    longer the one stored when the translation was last saved or confirmed.
    Kept up to date on every save (``translations/states.py``).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=8)
    standing = models.CharField(_("status"), max_length=10, choices=Standing.choices)
    original_language = models.CharField(_("original language"), max_length=8)
    # What the board lists and sorts by: the original's title, and a date
    # (a release's publication, an event's start).
    label = models.CharField(_("title"), max_length=400, blank=True)
    dated = models.DateTimeField(_("date"), null=True, blank=True)
    # The fingerprint of this language's own text, as last saved.
    fingerprint = models.CharField(max_length=64, blank=True)
    # The original's fingerprint and text when this translation was last
    # saved or confirmed (for the original itself: its current ones).
    source_fingerprint = models.CharField(max_length=64, blank=True)
    source_text = models.JSONField(default=dict, blank=True)
    # When the original's text last changed (on the original's row).
    source_changed_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = TranslationStateQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation")
        verbose_name_plural = _("translation board")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="translation_state_once",
            )
        ]
        indexes = [
            models.Index(
                fields=["content_type", "language", "standing"],
                name="translation_board",
            ),
            models.Index(
                fields=["content_type", "standing", "dated"],
                name="translation_originals",
            ),
        ]
        permissions = [("confirm_translationstate", _("Can confirm translations"))]

    def __str__(self):
        return f"{self.label} [{self.language}]"
