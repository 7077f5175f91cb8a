from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long a deleted record waits to be restored, and emptying for good
# (`manage.py empty_bin --expired`, daily) follows.
BIN_DAYS = 30


class BinEntryQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Entries past their 30 days: no longer restored, emptied daily."""
        return self.filter(deleted_at__lte=(now or timezone.now()) - BIN_LIFE)

    def restorable(self, now=None):
        return self.filter(deleted_at__gt=(now or timezone.now()) - BIN_LIFE)


BIN_LIFE = timedelta(days=BIN_DAYS)


class BinEntry(models.Model):
    """A deleted record with everything deleted with it, waiting 30 days to
    be restored before it is removed for good."""

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind"), on_delete=models.CASCADE
    )
    object_id = models.CharField(_("record id"), max_length=64)
    object_repr = models.CharField(_("name"), max_length=300)
    deleted_at = models.DateTimeField(
        _("deleted at"), default=timezone.now, db_index=True
    )
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("deleted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept when the account is deleted.
    deleted_by_name = models.CharField(_("deleted by"), max_length=150, blank=True)
    # {"objects": the serialized rows, the record's first; "relinks": links
    # other rows lost (SET_NULL); "files": the stored files the rows hold}.
    snapshot = models.JSONField(_("what was deleted"), encoder=DjangoJSONEncoder)

    objects = BinEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("deleted item")
        verbose_name_plural = _("bin")
        ordering = ["-deleted_at", "-pk"]
        default_permissions = ("view",)
        permissions = [
            ("restore_binentry", _("Can restore from the bin")),
            ("empty_bin", _("Can empty the bin")),
        ]

    def __str__(self):
        return self.object_repr

    @property
    def expires_at(self):
        """When it is removed for good, and can no longer be restored."""
        return self.deleted_at + BIN_LIFE

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()
