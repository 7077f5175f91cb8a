"""Embargoed releases sent to accredited journalists ahead of their time,
through the job queue: once to each, and only while the embargo holds."""

from datetime import UTC

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_tasks import task

from journalists.models import Accreditation, AdvanceCopy, State
from releases.models import Release

QUEUE = "alerts"


def readers_of(release):
    """Accredited journalists who read one of its languages and cover one of
    its countries (or every country)."""
    languages = release.languages()
    countries = [country.code for country in release.countries]
    chosen = []
    for accreditation in Accreditation.objects.filter(
        state=State.APPROVED, user__is_active=True
    ).select_related("user"):
        if not set(accreditation.languages) & set(languages):
            continue
        covered = [country.code for country in accreditation.countries]
        if covered and countries and not set(covered) & set(countries):
            continue
        chosen.append(accreditation)
    return chosen


def send_ahead(release):
    """Queue the copies; how many journalists it goes to."""
    readers = readers_of(release)
    AdvanceCopy.objects.bulk_create(
        [AdvanceCopy(release=release, accreditation=a) for a in readers],
        ignore_conflicts=True,
    )
    send_advance_copies.enqueue(release.pk)
    return len(readers)


def embargo_notice(release):
    """ "Embargoed until 14:00 UTC, 3 December — not for publication before
    then", in the active language."""
    moment = release.publish_at.astimezone(UTC)
    return _(
        "Embargoed until %(time)s UTC, %(date)s — not for publication before then"
    ) % {"time": moment.strftime("%H:%M"), "date": date_format(moment, "j F")}


@task(queue_name=QUEUE, priority=20)
def send_advance_copies(release_id):
    release = Release.objects.embargoed().filter(pk=release_id).first()
    if release is None:
        # Lifted or called off before its copies went: nothing ahead of time.
        return "not embargoed"
    waiting = AdvanceCopy.objects.filter(
        release=release, sent_at__isnull=True
    ).select_related("accreditation__user")
    sent = 0
    for copy in waiting:
        # Claimed first: a second worker finds it taken, none goes twice.
        if not AdvanceCopy.objects.filter(pk=copy.pk, sent_at__isnull=True).update(
            sent_at=timezone.now()
        ):
            continue
        try:
            message(copy, release).send()
        except Exception as error:  # one address must not stop the others
            AdvanceCopy.objects.filter(pk=copy.pk).update(error=str(error)[:2000])
            continue
        sent += 1
    return f"{sent} sent"


def message(copy, release):
    languages = [c for c in copy.accreditation.languages if c in release.languages()]
    language = languages[0] if languages else release.original_language
    with translation.override(language):
        notice = embargo_notice(release)
        url = settings.SITE_URL + reverse(
            "journalists:release", kwargs={"pk": release.pk}
        )
        context = {
            "notice": notice,
            "title": getattr(release, f"title_{language}"),
            "summary": getattr(release, f"summary_{language}"),
            "url": url,
            "site_name": settings.SITE_NAME,
            "language": language,
            "direction": "rtl" if translation.get_language_bidi() else "ltr",
        }
        text = render_to_string("journalists/email/advance_copy.txt", context)
        html = render_to_string("journalists/email/advance_copy.html", context)
    email = EmailMultiAlternatives(
        subject=f"[{notice}] {context['title']}",
        body=text,
        to=[copy.accreditation.work_email],
    )
    email.attach_alternative(html, "text/html")
    return email


def decided(accreditation):
    """Tell the journalist what the press office decided."""
    send_decision.enqueue(accreditation.pk)


@task(queue_name=QUEUE, priority=20)
def send_decision(accreditation_id):
    accreditation = (
        Accreditation.objects.filter(pk=accreditation_id)
        .filter(~Q(state=State.APPLIED))
        .first()
    )
    if accreditation is None:
        return "undecided"
    language = (accreditation.languages or [settings.LANGUAGE_CODE])[0]
    with translation.override(language):
        context = {
            "accreditation": accreditation,
            "approved": accreditation.state == State.APPROVED,
            "sign_in_url": settings.SITE_URL + reverse("journalists:sign_in"),
            "site_name": settings.SITE_NAME,
        }
        subject = (
            _("You are accredited to %(site)s")
            if context["approved"]
            else _("Your accreditation to %(site)s")
        ) % {"site": settings.SITE_NAME}
        text = render_to_string("journalists/email/decision.txt", context)
    EmailMultiAlternatives(
        subject=subject, body=text, to=[accreditation.work_email]
    ).send()
    return "sent"
