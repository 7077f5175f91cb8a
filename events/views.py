from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from events.calendar import calendar_for
from events.jsonld import event_jsonld
from events.models import Event, Speaker
from newsroom.core.jsonld import jsonld_script
from newsroom.core.languages import LANGUAGE_CODES
from newsroom.core.old_slugs import formerly
from newsroom.core.pages import public_page

PAST_PER_PAGE = 20
# What an event's page shows of the apps above (releases: the public releases
# on the event, as ``public_releases``): functions returning a Prefetch, added
# from their AppConfig.ready().
EVENT_PAGE_PREFETCHES = []


@require_safe
@public_page
def event_list(request):
    """Upcoming events, soonest first; then past ones, newest first, by page."""
    events = Event.objects.public()
    past = Paginator(events.past(), PAST_PER_PAGE)
    try:
        page = past.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(str(error)) from error
    return render(
        request,
        "events/event_list.html",
        {
            # Upcoming events only on the first page: later pages are archive.
            "upcoming": events.upcoming() if page.number == 1 else [],
            "page_obj": page,
            "past": page.object_list,
        },
    )


def find_event(slug):
    """The public event with ``slug`` in any language, with what its page
    shows; None if no public event has it today."""
    return (
        Event.objects.public()
        .with_slug(slug)
        .select_related("image")
        .prefetch_related(
            "organisers",
            "supporters",
            Prefetch(
                "speakers",
                Speaker.objects.select_related("official__organisation"),
            ),
            *(prefetch() for prefetch in EVENT_PAGE_PREFETCHES),
        )
        .first()
    )


def moved_event(slug):
    """The public event that had ``slug`` before it changed, or 404."""
    event = formerly(Event.objects.public(), slug)
    if event is None:
        raise Http404
    return event


@require_safe
@public_page
def event_detail(request, slug):
    event = find_event(slug)
    if event is None:
        # An address the event had before its slug changed sends readers
        # on, for ever: to its address in the reader's language.
        return redirect(moved_event(slug).get_absolute_url(), permanent=True)
    if slug != event.slug:
        # Another language's slug: the address in the reader's language.
        return redirect(event.get_absolute_url(), permanent=True)
    return render(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "alternates": [
                {"code": code, "url": request.build_absolute_uri(event.url_in(code))}
                for code in LANGUAGE_CODES
            ],
            "jsonld": jsonld_script(event_jsonld(request, event)),
        },
    )


@require_safe
@public_page
def event_ics(request, slug):
    """One event, for a calendar app."""
    event = Event.objects.public().with_slug(slug).first()
    if event is None:
        return redirect(moved_event(slug).ics_url(), permanent=True)
    return calendar_response(request, [event], f"{event.slug}.ics")


@require_safe
@public_page
def event_calendar(request):
    """Every upcoming event: a calendar journalists subscribe to."""
    events = Event.objects.public().upcoming()
    return calendar_response(
        request, events, "calendar.ics", name=gettext("Upcoming events")
    )


def calendar_response(request, events, filename, name=None):
    body = calendar_for(request, events, name=name)
    return HttpResponse(
        body,
        content_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": content_disposition_header(False, filename)},
    )
