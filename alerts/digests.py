"""Daily digests: at the hour each reader chose, on their clock, one email
with what was published since the last one.

``send_digests`` runs once for each hour (``DigestRun`` is unique on the
hour, so two workers never both run it) and enqueues itself for the next;
a worker that was down catches up hour by hour. Each subscription's digest
is claimed (its ``digest_sent_until`` moved) before it is sent: a worker
stopped in between loses that one digest rather than send it twice.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from alerts import emails, matching
from alerts.models import DigestRun, Frequency, Subscription
from alerts.sending import PRIORITY, QUEUE

MOST_IN_A_DIGEST = 50


def hour_of(moment):
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def start_digests():
    """Make sure the hourly run is queued (after a daily subscription is
    confirmed or chosen): a second chain for the same hour stops at once."""
    following = hour_of(timezone.now()) + timedelta(hours=1)
    send_digests.using(run_after=following).enqueue(following.isoformat())


def local_hour(subscription, moment):
    try:
        zone = ZoneInfo(subscription.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    return moment.astimezone(zone).hour


@task(queue_name=QUEUE, priority=PRIORITY)
def send_digests(hour):
    nominal = datetime.fromisoformat(hour)
    try:
        with transaction.atomic():
            DigestRun.objects.create(hour=nominal)
    except IntegrityError:
        return "ran already"
    sent = 0
    daily = Subscription.objects.active().filter(frequency=Frequency.DAILY)
    for subscription in daily.select_related("subscriber"):
        if local_hour(subscription, nominal) == subscription.digest_hour:
            sent += send_digest(subscription, nominal)
    following = nominal + timedelta(hours=1)
    send_digests.using(run_after=following).enqueue(following.isoformat())
    return f"{sent} digests"


def send_digest(subscription, until):
    since = subscription.digest_sent_until or subscription.confirmed_at
    if since >= until - timedelta(hours=20):
        return 0
    # Claimed first: a second worker, or a second try, finds it moved.
    claimed = Subscription.objects.filter(
        pk=subscription.pk, digest_sent_until=subscription.digest_sent_until
    ).update(digest_sent_until=until)
    if not claimed:
        return 0
    subscription.digest_sent_until = until
    releases = list(
        matching.releases_for(subscription.filters, subscription.language)
        .published_between(since, until)
        .order_by("-publish_at")[:MOST_IN_A_DIGEST]
    )
    if not releases:
        return 0
    emails.digest(subscription, releases).send()
    return 1
