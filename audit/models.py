"""The audit trail: one append-only row per consequential act."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    PUBLISH = "publish", _("Published")
    SCHEDULE = "schedule", _("Scheduled (embargo)")
    PUBLISH_NOW = "publish_now", _("Embargo lifted")
    CANCEL_EMBARGO = "cancel_embargo", _("Embargo cancelled")
    WITHDRAW = "withdraw", _("Withdrawn")
    UNPUBLISH = "unpublish", _("Unpublished")
    SUBMIT = "submit", _("Submitted for review")
    RETURN_TO_DRAFT = "return_to_draft", _("Returned to draft")
    CHANGE_NOTE = "change_note", _("Major change published")
    DELETE = "delete", _("Deleted (to the bin)")
    RESTORE_VERSION = "restore_version", _("Earlier version restored")
    RESTORE_FROM_BIN = "restore_from_bin", _("Restored from the bin")
    EMPTY_BIN = "empty_bin", _("Bin emptied")
    ROLE_CHANGE = "role_change", _("Role or permissions changed")
    SIGN_IN_FAILED = "sign_in_failed", _("Failed sign-in")
    SIGN_IN_CODE_FAILED = "sign_in_code_failed", _("Wrong sign-in code")


class AppendOnly(Exception):
    """Raised when code tries to change or delete an audit entry."""


class EntryQuerySet(models.QuerySet):
    def delete(self):
        raise AppendOnly("Audit entries cannot be deleted.")

    delete.alters_data = True
    delete.queryset_only = True


class Entry(models.Model):
    """Who did what to which record, when, and from which address."""

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept when the account is deleted; for a failed sign-in, the name tried.
    actor_name = models.CharField(_("username"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=32, choices=Action.choices)
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("record type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    object_id = models.CharField(_("record id"), max_length=64, blank=True)
    object_repr = models.CharField(_("record"), max_length=300, blank=True)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    detail = models.TextField(_("detail"), blank=True)
    data = models.JSONField(_("data"), default=dict, blank=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.get_action_display()}: {self.object_repr or self.actor_name}"

    def save(self, *args, **kwargs):
        # An entry is written once; a changed entry would be worthless as proof.
        if not self._state.adding:
            raise AppendOnly("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("Audit entries cannot be deleted.")
