from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe
from django.views.static import serve
from redis.exceptions import RedisError

from events.models import Event
from newsroom.core.languages import LANGUAGE_CODES
from newsroom.core.pages import public_page
from releases.cards import listed
from releases.views import public_releases

HOME_RELEASES = 10
HOME_EVENTS = 3
# What /healthz reads from the cache: any key will do, found or not.
HEALTH_KEY = "healthz"
# Admin pages that moved with their models from the releases app: an
# editor's bookmark of /admin/releases/event/12/change/ still works.
MOVED_ADMIN_MODELS = {
    "event": "events",
    "speaker": "events",
    "image": "media",
    "galleryimage": "media",
    "attachment": "media",
}


@require_safe
def root(request):
    """Send readers to the home page in the language their browser asks for."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        response = HttpResponseRedirect(reverse("home"))
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@require_safe
@public_page
def home(request):
    found = public_releases()[:HOME_RELEASES]
    cards = listed(found, ("home", translation.get_language()))
    events = Event.objects.public().upcoming()[:HOME_EVENTS]
    return render(request, "home.html", {"cards": cards, "events": events})


@require_safe
def moved_admin_page(request, model, rest):
    address = f"/admin/{MOVED_ADMIN_MODELS[model]}/{model}/{rest}"
    if request.META.get("QUERY_STRING"):
        address += f"?{request.META['QUERY_STRING']}"
    return HttpResponseRedirect(address)


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def cache_answers():
    """Whether the cache answers a read. Where it is this process's own
    memory (no Redis), it always does."""
    try:
        cache.get(HEALTH_KEY)
    except RedisError:
        return False
    return True


def parts_down():
    """What of the database and the cache does not answer, by name."""
    return [
        name
        for name, answers in (("database", database_answers), ("cache", cache_answers))
        if not answers()
    ]


def health_answer(text, status):
    response = HttpResponse(text, status=status, content_type="text/plain")
    # A load balancer, a proxy or a CDN must never answer for this server.
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def healthz_live(request):
    """For a process supervisor: 200 while this process answers at all,
    asking nothing of the database or the cache. Through every middleware,
    the least a request can cost here: ``make bench`` measures pages
    against it."""
    return health_answer("ok\n", 200)


@require_safe
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does
    not. Either way the body names what is down ("cache unreachable" alone
    is still 200: pages are then made afresh, slower but right)."""
    down = parts_down()
    text = "".join(f"{name} unreachable\n" for name in down) or "ok\n"
    return health_answer(text, 503 if "database" in down else 200)


@require_safe
def healthz_ready(request):
    """For monitoring and deployments: 200 only when the database and the
    cache both answer, else 503; the body says each part's state."""
    down = parts_down()
    text = "".join(
        f"{name}: {'unreachable' if name in down else 'ok'}\n"
        for name in ("database", "cache")
    )
    return health_answer(text, 503 if down else 200)


@require_safe
@public_page
def robots_txt(request):
    """Crawlers keep out of the admin and staff previews, and find the sitemap."""
    private = [reverse("admin:index"), *map(preview_prefix, LANGUAGE_CODES)]
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in private),
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )


def preview_prefix(language):
    """What every staff preview address in ``language`` starts with."""
    with translation.override(language):
        return reverse("releases:preview", kwargs={"pk": 0}).removesuffix("0/")


@require_safe
def media(request, path):
    """Renditions of pictures, for a site with no other server for
    MEDIA_ROOT (``SERVE_MEDIA``). Their names are hashes of what they hold,
    so they never change: browsers may keep them for a year."""
    if not settings.SERVE_MEDIA:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@require_safe
@public_page
def accessibility(request):
    """The accessibility statement: what the site aims at, how it is checked,
    what is known not to work yet, and whom to tell."""
    return render(request, "statements/accessibility.html")


@require_safe
@public_page
def privacy(request):
    """The privacy notice: what the site keeps about whom, for how long, and
    how a person sees or deletes it."""
    return render(request, "statements/privacy.html")
