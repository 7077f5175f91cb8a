"""Sending alerts on the job queue, once to each address.

1. ``schedule_announcement`` (called by ``publish_release``, in its
   transaction) enqueues ``announce`` for the second the release goes public.
2. ``announce`` checks the release is public then, with that publication
   time; makes the release's one ``Alert`` and a ``Delivery`` for each
   matching address (unique: never two); and enqueues ``send_batch`` jobs.
3. ``send_batch`` takes its deliveries under a claim of its own, sends them
   in order on one SMTP connection and marks each sent as soon as the server
   accepts it. A refusal for now (4xx, a lost connection) is tried again
   later, with a growing wait; a refusal for good (5xx) is marked failed.
4. ``sweep`` runs after each batch's lease: deliveries a stopped worker left
   "sending" go back to the queue, all but the one it may have been sending
   when it stopped, which is marked "not known" rather than risk sending it
   twice; staff see it in the admin.

django-tasks-db has no retries and leaves a killed worker's job "running":
the ``Delivery`` rows are the record, and these jobs re-enqueue themselves.
"""

import logging
import smtplib
import uuid
from datetime import datetime

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Min, Q
from django.utils import timezone, translation
from django_tasks import task

from alerts import emails, matching
from alerts.models import (
    LEASE,
    MAX_ATTEMPTS,
    Alert,
    Delivery,
    DeliveryState,
    Subscription,
    retry_delay,
)
from releases.models import Release

logger = logging.getLogger(__name__)

QUEUE = "alerts"
# Deliveries per job: a job is a few queries, an email one UPDATE.
BATCH = 250
# Alerts go before imports when one worker serves both queues.
PRIORITY = 10


def schedule_announcement(release):
    """Enqueue the release's announcement for its publication time, in the
    caller's transaction: rolled back with it, never lost after it."""
    announce.using(run_after=release.publish_at).enqueue(
        release.pk, release.publish_at.isoformat()
    )


@task(queue_name=QUEUE, priority=PRIORITY)
def announce(release_id, publish_at):
    """Announce the release if it is public now, as it was scheduled."""
    scheduled = datetime.fromisoformat(publish_at)
    release = Release.objects.filter(pk=release_id).first()
    if release is None or release.publish_at != scheduled:
        # Gone, or its embargo was moved: the new time has its own job.
        return "moved"
    if not Release.objects.public().filter(pk=release_id).exists():
        if release.is_embargoed:
            # This worker's clock is ahead of the one that scheduled it.
            announce.using(run_after=release.publish_at).enqueue(release_id, publish_at)
            return "early"
        # Withdrawn, unpublished or back to draft before its time came.
        return "not public"
    try:
        with transaction.atomic():
            alert = Alert.objects.create(release=release, publish_at=scheduled)
            addresses = matching.subscribers_for(release)
            Delivery.objects.bulk_create(
                [
                    Delivery(alert=alert, subscriber_id=subscriber, language=language)
                    for subscriber, language in addresses.items()
                ],
                batch_size=1000,
                ignore_conflicts=True,
            )
            enqueue_batches(alert)
    except IntegrityError:
        # Announced already (published again, or two workers at once).
        return "announced"
    return f"{len(addresses)} addresses"


def enqueue_batches(alert, run_after=None):
    pks = list(
        alert.deliveries.filter(waiting()).order_by("pk").values_list("pk", flat=True)
    )
    for start in range(0, len(pks), BATCH):
        chunk = pks[start : start + BATCH]
        send_batch.using(run_after=run_after).enqueue(alert.pk, chunk[0], chunk[-1])
    if pks:
        sweep.using(run_after=timezone.now() + LEASE * 2).enqueue(alert.pk)


def waiting(now=None):
    """Deliveries ready to be sent: new, or due to be tried again."""
    now = now or timezone.now()
    return Q(state=DeliveryState.PENDING) | Q(
        state=DeliveryState.RETRY, next_attempt_at__lte=now
    )


@task(queue_name=QUEUE, priority=PRIORITY)
def send_batch(alert_id, first, last):
    alert = Alert.objects.select_related("release").filter(pk=alert_id).first()
    if alert is None:
        return "no alert"
    claim = uuid.uuid4().hex
    now = timezone.now()
    in_batch = alert.deliveries.filter(pk__gte=first, pk__lte=last)
    # One UPDATE takes them: two workers never take the same delivery.
    taken = in_batch.filter(waiting(now)).update(
        state=DeliveryState.SENDING, claimed_by=claim, lease_until=now + LEASE
    )
    if not taken:
        return "nothing to send"
    deliveries = list(
        alert.deliveries.filter(claimed_by=claim, state=DeliveryState.SENDING)
        .select_related("subscriber")
        .order_by("pk")
    )
    release = Release.objects.public().filter(pk=alert.release_id).first()
    if release is None:
        # Taken down before its turn came: nothing more of it is sent.
        alert.deliveries.filter(pk__in=[d.pk for d in deliveries]).update(
            state=DeliveryState.CANCELLED, claimed_by=""
        )
        return "not public"
    contacts = emails.contacts_of(release)
    sent = send_all(deliveries, release, contacts)
    later = (
        alert.deliveries.filter(pk__gte=first, pk__lte=last, state=DeliveryState.RETRY)
        .aggregate(at=Min("next_attempt_at"))
        .get("at")
    )
    if later is not None:
        send_batch.using(run_after=later).enqueue(alert_id, first, last)
    return f"{sent} sent"


def send_all(deliveries, release, contacts):
    sent = 0
    connection = get_connection()
    try:
        for delivery in deliveries:
            try:
                if connection.connection is None:
                    connection.open()
                connection.send_messages([emails.alert(delivery, release, contacts)])
            except smtplib.SMTPResponseException as error:
                refused(delivery, error, for_good=500 <= error.smtp_code < 600)
                reset(connection)
            except smtplib.SMTPRecipientsRefused as error:
                codes = [code for code, _text in error.recipients.values()]
                refused(delivery, error, for_good=all(500 <= c < 600 for c in codes))
                reset(connection)
            except (smtplib.SMTPException, OSError) as error:
                refused(delivery, error, for_good=False)
                reset(connection)
            else:
                Delivery.objects.filter(pk=delivery.pk).update(
                    state=DeliveryState.SENT,
                    sent_at=timezone.now(),
                    claimed_by="",
                    attempts=delivery.attempts + 1,
                )
                sent += 1
    finally:
        connection.close()
    return sent


def reset(connection):
    try:
        connection.close()
    except Exception:  # a connection already broken
        connection.connection = None


def refused(delivery, error, *, for_good):
    attempts = delivery.attempts + 1
    logger.warning("Alert to %s refused: %s", delivery.subscriber.email, error)
    if for_good or attempts >= MAX_ATTEMPTS:
        state, next_attempt = DeliveryState.FAILED, None
    else:
        state, next_attempt = (
            DeliveryState.RETRY,
            timezone.now() + retry_delay(attempts),
        )
    Delivery.objects.filter(pk=delivery.pk).update(
        state=state,
        attempts=attempts,
        next_attempt_at=next_attempt,
        last_error=str(error)[:2000],
        claimed_by="",
    )


@task(queue_name=QUEUE, priority=PRIORITY)
def sweep(alert_id):
    """Take back what a stopped worker left being sent; once every delivery
    of the alert is settled, stop."""
    alert = Alert.objects.filter(pk=alert_id).first()
    if alert is None:
        return "no alert"
    now = timezone.now()
    stalled = alert.deliveries.filter(state=DeliveryState.SENDING, lease_until__lt=now)
    claims = set(stalled.values_list("claimed_by", flat=True))
    for claim in claims:
        rows = stalled.filter(claimed_by=claim).order_by("pk")
        first = rows.first()
        # Sent in order and marked at once: only the first may have left.
        Delivery.objects.filter(pk=first.pk).update(
            state=DeliveryState.UNKNOWN,
            claimed_by="",
            last_error="The sender stopped while sending it.",
        )
        rows.exclude(pk=first.pk).update(state=DeliveryState.PENDING, claimed_by="")
    if claims:
        enqueue_batches(alert)
        return f"{len(claims)} stopped sendings taken back"
    unsettled = alert.deliveries.filter(
        state__in=[DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.RETRY]
    )
    if unsettled.exists():
        sweep.using(run_after=now + LEASE).enqueue(alert_id)
        return "still sending"
    return "settled"


@task(queue_name=QUEUE, priority=PRIORITY + 10)
def send_confirmation(subscription_id):
    """The one email an address gets before it confirms."""
    from alerts.views import in_words

    subscription = (
        Subscription.objects.select_related("subscriber")
        .filter(pk=subscription_id, confirmed_at__isnull=True, ended_at__isnull=True)
        .first()
    )
    if subscription is None:
        return "confirmed or ended"
    with translation.override(subscription.language):
        words = in_words(subscription.filters)
    emails.confirmation(subscription, words).send()
    return "sent"
