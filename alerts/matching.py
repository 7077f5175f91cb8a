"""Which subscriptions a release matches: the releases a subscription
follows are the ones the list would show with its filters, in its language
(ReleaseFilterForm, as the list page and the feeds read them)."""

import json
from collections import defaultdict

from django.utils import translation

from alerts.models import Frequency, Subscription
from contacts.models import Official
from events.models import Event
from releases.forms import ReleaseFilterForm
from releases.models import Mention, Release

# Followed from an official's or an event's page: releases that name them.
# Kept by id, which outlives a change of slug.
BEYOND_THE_LIST = ("official", "event")


def valid_filters(data):
    """The list's valid filters in ``data``, with an official or an event
    named by its slug; None when one is not valid."""
    data = dict(data)
    chosen = {name: data.pop(name) for name in BEYOND_THE_LIST if data.get(name)}
    form = ReleaseFilterForm(data)
    if not form.is_valid():
        return None
    filters = {
        name: value
        for name, value in form.followed().items()
        # An alert is about what is new: a year would never match again.
        if name != "year"
    }
    if "official" in chosen:
        official = Official.objects.filter(slug=chosen["official"]).first()
        if official is None:
            return None
        filters["official"] = official.pk
    if "event" in chosen:
        event = Event.objects.public().with_slug(chosen["event"]).first()
        if event is None:
            return None
        filters["event"] = event.pk
    return filters


def releases_for(filters, language, releases=None):
    """The public releases ``filters`` follow in ``language``."""
    listed = {k: v for k, v in filters.items() if k not in BEYOND_THE_LIST}
    with translation.override(language):
        form = ReleaseFilterForm(listed)
        if not form.is_valid():
            return Release.objects.none()
        found = releases if releases is not None else Release.objects.public()
        # A search looks in the language too; a list shows what it has.
        found = form.search(found) if form.query else found.available_in(language)
        found = form.filter(found)
    if filters.get("official"):
        found = found.filter(
            pk__in=Mention.objects.confirmed()
            .filter(official_id=filters["official"])
            .values("release_id")
        )
    if filters.get("event"):
        found = found.filter(event_id=filters["event"])
    return found


def subscribers_for(release, frequency=Frequency.IMMEDIATE):
    """{subscriber id: language} of the active subscriptions the release
    matches; each distinct set of filters is asked once, however many
    addresses follow it."""
    groups = defaultdict(list)
    subscriptions = Subscription.objects.active().filter(frequency=frequency)
    for subscriber, filters, language in subscriptions.values_list(
        "subscriber_id", "filters", "language"
    ).order_by("pk"):
        groups[(json.dumps(filters, sort_keys=True), language)].append(subscriber)
    one = Release.objects.public().filter(pk=release.pk)
    matched = {}
    for (filters, language), subscribers in groups.items():
        if releases_for(json.loads(filters), language, one).exists():
            for subscriber in subscribers:
                matched.setdefault(subscriber, language)
    return matched
