"""Journalists the press office has accredited, and what they opened."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from releases.models import Release


class State(models.TextChoices):
    APPLIED = "applied", _("applied, waiting for a decision")
    APPROVED = "approved", _("accredited")
    REFUSED = "refused", _("refused")
    WITHDRAWN = "withdrawn", _("withdrawn")


class Accreditation(models.Model):
    """A journalist's application and, once approved, their accreditation.
    Their account is never staff: it reaches no admin page, draft or
    preview, only the embargoed releases while this is approved."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="accreditation"
    )
    full_name = models.CharField(_("full name"), max_length=200)
    outlet = models.CharField(_("outlet"), max_length=200)
    work_email = models.EmailField(_("work email"), unique=True)
    languages = models.JSONField(_("languages"), default=list)
    countries = CountryField(_("countries covered"), multiple=True, blank=True)
    state = models.CharField(
        _("state"), max_length=16, choices=State.choices, default=State.APPLIED
    )
    applied_at = models.DateTimeField(_("applied on"), default=timezone.now)
    applied_from = models.GenericIPAddressField(null=True, blank=True)
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        verbose_name = _("accreditation")
        verbose_name_plural = _("accreditations")
        permissions = [
            (
                "decide_accreditation",
                _("Can approve, refuse or withdraw accreditations"),
            )
        ]

    def __str__(self):
        return f"{self.full_name} ({self.outlet})"

    @property
    def is_accredited(self):
        return self.state == State.APPROVED and self.user.is_active


class Opening(models.Model):
    """A journalist opened an embargoed release: who, when, from where."""

    accreditation = models.ForeignKey(
        Accreditation, on_delete=models.CASCADE, related_name="openings"
    )
    release = models.ForeignKey(
        Release, on_delete=models.CASCADE, related_name="embargoed_openings"
    )
    opened_at = models.DateTimeField(_("opened on"), default=timezone.now)
    address = models.GenericIPAddressField(_("from"), null=True, blank=True)

    class Meta:
        verbose_name = _("opening by a journalist")
        verbose_name_plural = _("openings by journalists")
        indexes = [models.Index(fields=["release", "opened_at"])]

    def __str__(self):
        return f"{self.accreditation} — {self.release}"


class AdvanceCopy(models.Model):
    """An embargoed release sent to one journalist ahead of its time: once."""

    release = models.ForeignKey(
        Release, on_delete=models.CASCADE, related_name="advance_copies"
    )
    accreditation = models.ForeignKey(
        Accreditation, on_delete=models.CASCADE, related_name="advance_copies"
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("advance copy")
        verbose_name_plural = _("advance copies")
        constraints = [
            models.UniqueConstraint(
                fields=["release", "accreditation"], name="one_advance_copy_each"
            )
        ]

    def __str__(self):
        return f"{self.release} → {self.accreditation}"
