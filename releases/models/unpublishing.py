from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from releases.models.choices import Status, UnpublishReason


class Unpublishing(models.Model):
    """For a release: taken off the site for good, with the reason why.

    Unlike a withdrawal, nothing of it stays: its addresses answer 410 Gone,
    or, for a duplicate or a replaced release, send readers on to the other
    one. Set by ``workflow.unpublish_release`` only.
    """

    unpublished_at = models.DateTimeField(
        _("unpublished at"), null=True, blank=True, editable=False
    )
    unpublished_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("unpublished by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    unpublish_reason = models.CharField(
        _("reason for unpublishing"),
        max_length=20,
        choices=UnpublishReason.choices,
        blank=True,
        editable=False,
    )
    replaced_by = models.ForeignKey(
        "releases.Release",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The release readers are sent to instead."),
    )
    unpublish_explanation = models.TextField(
        _("why it was unpublished"),
        blank=True,
        editable=False,
        help_text=_("For the office only: readers never see it."),
    )

    class Meta:
        abstract = True

    @property
    def is_unpublished(self):
        return self.status == Status.UNPUBLISHED

    @property
    def sends_readers_on(self):
        """Its addresses send readers to another release (if still public)."""
        return self.is_unpublished and self.unpublish_reason in (
            UnpublishReason.DUPLICATE,
            UnpublishReason.REPLACED,
        )
