"""The emails: a confirmation, an alert, a digest. Plain text and HTML, in
the reader's language, with absolute links (SITE_URL) and, on alerts and
digests, one-click unsubscribe headers (RFC 8058)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from releases.models import ReleaseContact

CONFIRM_SALT = "alerts.confirm"


def absolute(path):
    return f"{settings.SITE_URL}{path}"


def address_in(language, name, **kwargs):
    with translation.override(language):
        return absolute(reverse(name, kwargs=kwargs))


def confirmation_token(subscription):
    return signing.dumps(
        {"s": subscription.pk, "e": subscription.subscriber.email}, salt=CONFIRM_SALT
    )


def host():
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def links(subscriber, language):
    return {
        "manage_url": address_in(language, "alerts:manage", token=subscriber.token),
        "unsubscribe_url": address_in(
            language, "alerts:unsubscribe", token=subscriber.token
        ),
    }


def message(*, to, subject, template, context, language, headers=None):
    with translation.override(language):
        context = {
            **context,
            "site_name": settings.SITE_NAME,
            "site_url": settings.SITE_URL,
            "language": language,
            "direction": "rtl"
            if translation.get_language_info(language)["bidi"]
            else "ltr",
        }
        text = render_to_string(f"alerts/email/{template}.txt", context)
        html = render_to_string(f"alerts/email/{template}.html", context)
    email = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        to=[to],
        headers=headers or {},
    )
    email.attach_alternative(html, "text/html")
    return email


def confirmation(subscription, in_words):
    language = subscription.language
    with translation.override(language):
        subject = _("Confirm your email alerts from %(site)s") % {
            "site": settings.SITE_NAME
        }
    return message(
        to=subscription.subscriber.email,
        subject=subject,
        template="confirm",
        language=language,
        context={
            "subscription": subscription,
            "in_words": in_words,
            "confirm_url": address_in(
                language, "alerts:confirm", token=confirmation_token(subscription)
            ),
        },
    )


def unsubscribe_headers(subscriber, language, message_id):
    unsubscribe = links(subscriber, language)["unsubscribe_url"]
    return {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Message-ID": message_id,
    }


def contacts_of(release):
    return [
        link.contact
        for link in ReleaseContact.objects.filter(
            release=release, contact__active=True
        ).select_related("contact__office")
    ]


def alert(delivery, release, contacts):
    """One release to one address, in the delivery's language."""
    language = delivery.language
    subscriber = delivery.subscriber
    with translation.override(language):
        text = {
            "title": getattr(release, f"title_{language}"),
            "summary": getattr(release, f"summary_{language}"),
            "dateline": getattr(release, f"dateline_place_{language}"),
            "url": absolute(release.url_in(language)),
        }
    return message(
        to=subscriber.email,
        subject=text["title"],
        template="alert",
        language=language,
        context={
            "release": release,
            "text": text,
            "contacts": contacts,
            **links(subscriber, language),
        },
        headers=unsubscribe_headers(
            subscriber,
            language,
            f"<alert-{delivery.alert_id}-{subscriber.pk}@{host()}>",
        ),
    )


def digest(subscription, releases):
    """The day's releases for one subscription, newest first."""
    language = subscription.language
    subscriber = subscription.subscriber
    with translation.override(language):
        items = [
            {
                "title": getattr(release, f"title_{language}"),
                "summary": getattr(release, f"summary_{language}"),
                "dateline": getattr(release, f"dateline_place_{language}"),
                "url": absolute(release.url_in(language)),
            }
            for release in releases
        ]
        subject = _("%(site)s: %(count)s new releases") % {
            "site": settings.SITE_NAME,
            "count": len(items),
        }
    until = subscription.digest_sent_until
    return message(
        to=subscriber.email,
        subject=subject,
        template="digest",
        language=language,
        context={"items": items, **links(subscriber, language)},
        headers=unsubscribe_headers(
            subscriber,
            language,
            f"<digest-{subscription.pk}-{until:%Y%m%d%H}@{host()}>",
        ),
    )
