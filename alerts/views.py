"""The reader's side of alerts: subscribe, confirm, manage, unsubscribe.

Never cached (each page is one reader's), never indexed; a bad or old link
gets a page that says so, never a 500, and no email goes to an address for
anything it has not confirmed.
"""

import json

from django.core import signing
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from alerts import emails, matching
from alerts.digests import start_digests
from alerts.forms import ChangeForm, SubscribeForm
from alerts.matching import BEYOND_THE_LIST
from alerts.models import (
    CONFIRMATION_DAYS,
    CONFIRMATION_WAIT,
    CONFIRMATIONS_PER_HOUR,
    SIGN_UPS_PER_HOUR,
    Frequency,
    Subscriber,
    Subscription,
)
from alerts.sending import send_confirmation
from audit.trail import client_address
from contacts.models import Official
from events.models import Event
from releases.feeds import Subscription as FeedSubscription
from releases.forms import ReleaseFilterForm

FILTER_NAMES = ("q", "scope", "country", "theme", "kind", "region", *BEYOND_THE_LIST)


def in_words(filters):
    """The filters as a reader reads them; "All releases" for none."""
    listed = {k: v for k, v in filters.items() if k not in BEYOND_THE_LIST}
    words = []
    if filters.get("official"):
        official = Official.objects.filter(pk=filters["official"]).first()
        words.append(
            _("releases naming %(name)s") % {"name": official}
            if official
            else _("an official no longer listed")
        )
    if filters.get("event"):
        event = Event.objects.filter(pk=filters["event"]).first()
        words.append(
            _("releases on “%(event)s”") % {"event": event}
            if event
            else _("an event no longer listed")
        )
    form = ReleaseFilterForm(listed)
    if listed and form.is_valid():
        words.append(FeedSubscription(form=form, host="").in_words())
    return ", ".join(str(word) for word in words) or _("All releases")


def page(request, template, context=None, status=200):
    response = render(request, f"alerts/{template}.html", context or {}, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    source = request.POST if request.method == "POST" else request.GET
    filters = matching.valid_filters(
        {name: source[name] for name in FILTER_NAMES if source.get(name)}
    )
    if filters is None:
        return page(
            request,
            "subscribe",
            {"invalid_filters": True, "form": SubscribeForm()},
            status=400,
        )
    context = {"filters": filters, "in_words": in_words(filters)}
    if request.method != "POST":
        return page(request, "subscribe", {**context, "form": SubscribeForm()})
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return page(request, "subscribe", {**context, "form": form}, status=400)
    address = client_address(request)
    now = timezone.now()
    recent = Subscription.objects.filter(
        requested_from=address, created_at__gte=now - timezone.timedelta(hours=1)
    )
    if address and recent.count() >= SIGN_UPS_PER_HOUR:
        return page(request, "limited", context, status=429)
    ask_for(form.cleaned_data, filters, address)
    return page(request, "sent", {**context, "email": form.cleaned_data["email"]})


def ask_for(data, filters, address):
    """Record what the address asks for, and have it confirmed: a
    confirmation at most every few minutes, none for what it follows already."""
    language = translation.get_language()
    now = timezone.now()
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(
            email=data["email"], defaults={"language": language}
        )
        daily = data["frequency"] == Frequency.DAILY
        same = subscriber.subscriptions.filter(
            filters=filters,
            language=language,
            frequency=data["frequency"],
            ended_at__isnull=True,
        ).first()
        if same is None:
            same = Subscription.objects.create(
                subscriber=subscriber,
                filters=filters,
                language=language,
                frequency=data["frequency"],
                digest_hour=data.get("digest_hour") if daily else 8,
                time_zone=(data.get("time_zone") or "UTC") if daily else "UTC",
                requested_from=address,
            )
        elif same.confirmed_at is not None:
            # Followed already: nothing to confirm, nothing sent.
            return
        sent = same.confirmation_sent_at
        if sent is not None and now - sent < CONFIRMATION_WAIT:
            return
        # However many requests, from however many places: an address that
        # never asked gets a few confirmations an hour at most.
        lately = subscriber.subscriptions.filter(
            confirmation_sent_at__gte=now - timezone.timedelta(hours=1)
        )
        if lately.count() >= CONFIRMATIONS_PER_HOUR:
            return
        same.confirmation_sent_at = now
        same.save(update_fields=["confirmation_sent_at"])
        send_confirmation.enqueue(same.pk)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    try:
        value = signing.loads(
            token,
            salt=emails.CONFIRM_SALT,
            max_age=timezone.timedelta(days=CONFIRMATION_DAYS),
        )
    except signing.SignatureExpired:
        return page(request, "invalid", {"expired": True}, status=410)
    except signing.BadSignature:
        return page(request, "invalid", status=400)
    subscription = (
        Subscription.objects.select_related("subscriber")
        .filter(pk=value.get("s"), subscriber__email=value.get("e"))
        .first()
    )
    if subscription is None or subscription.ended_at is not None:
        return page(request, "invalid", {"ended": True}, status=410)
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
        if subscription.frequency == Frequency.DAILY:
            start_digests()
    return page(
        request,
        "confirmed",
        {
            "subscription": subscription,
            "in_words": in_words(subscription.filters),
            "manage_url": emails.links(subscription.subscriber, subscription.language)[
                "manage_url"
            ],
        },
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    subscriber = get_object_or_404(Subscriber, token=token)
    message = ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        chosen = subscriber.subscriptions.filter(
            pk=request.POST.get("subscription") or 0, ended_at__isnull=True
        ).first()
        if action == "export":
            return export(subscriber)
        if action == "delete":
            subscriber.delete()
            return page(request, "deleted")
        if action == "end" and chosen is not None:
            chosen.ended_at = timezone.now()
            chosen.save(update_fields=["ended_at"])
            message = _("That alert is ended: nothing more of it is sent.")
        elif action == "change" and chosen is not None:
            form = ChangeForm(request.POST)
            if form.is_valid():
                chosen.frequency = form.cleaned_data["frequency"]
                chosen.digest_hour = form.cleaned_data["digest_hour"] or 8
                chosen.time_zone = form.cleaned_data["time_zone"] or "UTC"
                chosen.save(update_fields=["frequency", "digest_hour", "time_zone"])
                if chosen.frequency == Frequency.DAILY and chosen.confirmed_at:
                    start_digests()
                message = _("Your alert is changed.")
            else:
                message = _("That change could not be made: choose from the lists.")
        else:
            message = _("That alert is no longer there.")
    subscriptions = [
        {
            "subscription": subscription,
            "in_words": in_words(subscription.filters),
            "form": ChangeForm(
                initial={
                    "frequency": subscription.frequency,
                    "digest_hour": subscription.digest_hour,
                    "time_zone": subscription.time_zone,
                }
            ),
        }
        for subscription in subscriber.subscriptions.filter(
            ended_at__isnull=True
        ).order_by("pk")
    ]
    return page(
        request,
        "manage",
        {"subscriber": subscriber, "subscriptions": subscriptions, "message": message},
    )


def export(subscriber):
    """Everything kept about an address, as JSON."""
    data = {
        "email": subscriber.email,
        "language": subscriber.language,
        "asked_on": subscriber.created_at.isoformat(),
        "subscriptions": [
            {
                "filters": s.filters,
                "language": s.language,
                "frequency": s.frequency,
                "digest_hour": s.digest_hour,
                "time_zone": s.time_zone,
                "asked_on": s.created_at.isoformat(),
                "confirmed_on": s.confirmed_at and s.confirmed_at.isoformat(),
                "ended_on": s.ended_at and s.ended_at.isoformat(),
                "asked_from": s.requested_from,
            }
            for s in subscriber.subscriptions.order_by("pk")
        ],
        "sent": [
            {
                "release": d.alert.release.display_title(),
                "state": d.state,
                "sent_on": d.sent_at and d.sent_at.isoformat(),
            }
            for d in subscriber.deliveries.select_related("alert__release")
        ],
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-alerts.json"'
    return response


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """A GET shows a button (link checkers fetch links); a POST — the
    button, or a mail program's one-click (RFC 8058) — ends every alert of
    the address. No cookie, no sign-in, no CSRF token: the token is the key."""
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        return page(request, "invalid", status=404)
    if request.method == "POST":
        subscriber.subscriptions.filter(ended_at__isnull=True).update(
            ended_at=timezone.now()
        )
        return page(request, "unsubscribed", {"subscriber": subscriber})
    return page(request, "unsubscribe", {"subscriber": subscriber})
