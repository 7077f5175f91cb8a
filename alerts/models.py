"""Who asked for alerts, for what, and what was sent to whom."""

import secrets
from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from releases.models import Release


def new_token():
    return secrets.token_urlsafe(24)


class Subscriber(models.Model):
    """An email address that asked for alerts. Nothing but a confirmation is
    sent to it for a subscription it has not confirmed."""

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=8)
    # In the links of every email: the address's subscriptions page and the
    # one-click unsubscribe. Never expires; a new one ends the old links.
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("asked on"), default=timezone.now)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        permissions = [("export_subscriber", _("Can see subscribers' addresses"))]

    def __str__(self):
        return self.email


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("As each release is published")
    DAILY = "daily", _("A daily digest")


class SubscriptionQuerySet(models.QuerySet):
    def active(self):
        """Confirmed, and not ended."""
        return self.filter(confirmed_at__isnull=False, ended_at__isnull=True)


class Subscription(models.Model):
    """One set of the list's filters an address follows, in one language."""

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions"
    )
    # The list's valid filters (country, theme, kind, region, q, scope), as
    # ReleaseFilterForm reads them: the same releases the list would show.
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=8)
    frequency = models.CharField(
        _("how often"),
        max_length=16,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
    )
    # The digest's hour, on the reader's clock.
    digest_hour = models.PositiveSmallIntegerField(_("digest hour"), default=8)
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    created_at = models.DateTimeField(_("asked on"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended on"), null=True, blank=True)
    # When its confirmation was last sent: one every few minutes at most.
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    # Where the request came from, for the limit on sign-ups.
    requested_from = models.GenericIPAddressField(null=True, blank=True)
    # The last digest sent, so none is sent twice and none skipped.
    digest_sent_until = models.DateTimeField(null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=Q(digest_hour__lte=23), name="digest_hour_of_the_day"
            )
        ]

    def __str__(self):
        return f"{self.subscriber} — {self.filters or '*'}"


class Alert(models.Model):
    """A release announced to its subscribers: one, ever."""

    release = models.OneToOneField(
        Release, on_delete=models.CASCADE, related_name="alert"
    )
    publish_at = models.DateTimeField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self):
        return str(self.release)


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("waiting")
    SENDING = "sending", _("being sent")
    SENT = "sent", _("sent")
    RETRY = "retry", _("to try again")
    FAILED = "failed", _("failed")
    # A worker stopped while sending it: it may have left, or not.
    UNKNOWN = "unknown", _("not known (the sender stopped)")
    # The release was withdrawn or unpublished before its turn came.
    CANCELLED = "cancelled", _("not sent: the release was taken down")


class Delivery(models.Model):
    """One release to one address: the record that it is sent once."""

    alert = models.ForeignKey(
        Alert, on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="deliveries"
    )
    # The language it is sent in: the subscription's that matched.
    language = models.CharField(max_length=8)
    state = models.CharField(
        max_length=16, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    # Which sending took it (a random token), while it is being sent.
    claimed_by = models.CharField(max_length=32, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "subscriber"], name="one_delivery_per_address"
            )
        ]
        indexes = [models.Index(fields=["alert", "state"])]

    def __str__(self):
        return f"{self.alert} → {self.subscriber}"


# How long a worker holds the deliveries it is sending before another may
# take them back; how many times a refused one is tried.
LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 5


def retry_delay(attempts):
    """One minute, then two, four… up to an hour."""
    return timedelta(seconds=min(60 * 2 ** max(attempts - 1, 0), 3600))


# Sign-ups from one address per hour, and the wait between two
# confirmations to one address.
SIGN_UPS_PER_HOUR = 10
CONFIRMATION_WAIT = timedelta(minutes=10)
# Confirmations to one address in an hour, whatever was asked for.
CONFIRMATIONS_PER_HOUR = 3
# How long a confirmation link works.
CONFIRMATION_DAYS = 3


class DigestRun(models.Model):
    """An hour whose digests were sent: each hour once, whichever worker
    comes first."""

    hour = models.DateTimeField(unique=True)
    ran_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("digest hour")
        verbose_name_plural = _("digest hours")

    def __str__(self):
        return self.hour.isoformat()
