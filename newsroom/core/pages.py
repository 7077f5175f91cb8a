"""The page cache: whole public pages, kept until what they show changes.

Every page is stored under the current *generation* of the content, a token
kept in the cache beside the pages. Anything a public page may show changing
(a release published, updated or withdrawn; an official, event, contact,
theme or picture edited) ends the generation once the change is committed, so
every page of every process sharing the cache (Redis) is new at its next
request: at once in the process that made the change, within
``PAGE_CACHE_LOCAL_SECONDS`` (a second) in the others, which trust the
generation they read last that long. Time changes pages too: a generation
also ends at the next embargo and when the next upcoming event is over, in
every process at that moment, so no cached page outlives them.

Views opt in with ``@public_page``; the middleware then answers conditional
requests (ETag, Last-Modified → 304) and sends ``Cache-Control`` fit for a CDN,
cut short before the next embargo. Only anonymous requests (no session
cookie) are served from the cache; staff see every page fresh.

docs/performance.md says why whole pages, and what it costs.
"""

import hashlib
import logging
import math
import secrets
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

try:
    from redis.exceptions import RedisError as CacheError
except ImportError:  # pragma: no cover - Redis's client is a requirement.
    CacheError = OSError

logger = logging.getLogger(__name__)

GENERATION_KEY = "pages:generation"
# When the content last changed (a timestamp).
CHANGED_KEY = "pages:changed"
# What makes public content change by itself, as the apps tell it
# (``changes_at``): querysets of the moments, each a function and a field.
TIMED_CHANGES = []
# What a cached page keeps of its response; the rest is made anew each time.
NOT_STORED = {"cache-control", "expires", "last-modified", "set-cookie", "date"}
# A generation with nothing ahead of it is renewed once a day all the same.
LONGEST = 24 * 60 * 60
# Pages of an old generation are unreachable at once; this only frees memory.
PAGE_LIFETIME = 60 * 60


@dataclass(frozen=True)
class Generation:
    """The content as it is from ``since`` until ``until`` at the latest."""

    token: str
    since: float
    # The next embargo to lift or upcoming event to end (a timestamp), if any.
    until: float | None

    def seconds_left(self, now):
        return LONGEST if self.until is None else max(0.0, self.until - now)


def now():
    return timezone.now().timestamp()


def next_change():
    """When the public content next changes by itself (an embargo lifting, an
    upcoming event ending: what the apps registered). One query."""
    moments = [
        found().order_by().annotate(change_at=F(field)).values_list("change_at")
        for found, field in TIMED_CHANGES
    ]
    if not moments:
        return None
    first = moments[0].union(*moments[1:], all=True).order_by("change_at").first()
    # A millisecond after: an event ending at ``t`` is still upcoming at ``t``.
    return None if first is None else first[0].timestamp() + 0.001


def changes_at(found, field):
    """Register what changes the public content by itself: ``found()`` is a
    queryset of what is still to change, ``field`` the moment each does (an
    embargo's ``publish_at``). Called from an app's ``AppConfig.ready()``."""
    TIMED_CHANGES.append((found, field))


def current_generation(known=None):
    """The content's generation, begun anew when the last one has ended;
    ``known`` is what the cache held for it, if already read.

    Several processes may find it ended at once; the first to store a new
    one wins and the others take it. A change committed while a new one is
    being begun (after its next embargo was read) ends it again, so that no
    generation misses an embargo. Where the cache is not shared by every
    process, nothing is kept: each request reads the next embargo itself.
    """
    moment = now()
    if not settings.SHARED_CACHE:
        return Generation("", moment, next_change())
    generation = known or _cache_call(cache.get, GENERATION_KEY)
    if generation is not None and (
        generation.until is None or moment < generation.until
    ):
        return generation
    changed = _cache_call(cache.get, CHANGED_KEY)
    # Last-Modified counts whole seconds: a generation begun in the second
    # of a change (or of the last generation's start) says it began in the
    # next, or a reader who had the page from before the change would be
    # told it has not changed.
    since = max(moment, math.floor(changed) + 1) if changed else moment
    fresh = Generation(secrets.token_hex(8), since, next_change())
    timeout = int(fresh.seconds_left(moment))
    if generation is not None:
        _cache_call(cache.delete, GENERATION_KEY)
    if timeout <= 0 or not _cache_call(cache.add, GENERATION_KEY, fresh, timeout):
        return _cache_call(cache.get, GENERATION_KEY) or fresh
    if _cache_call(cache.get, CHANGED_KEY) != changed:
        # A change came in between: what was read of it may be stale.
        _cache_call(cache.delete, GENERATION_KEY)
    return fresh


def fragment(name, parts, compute):
    """``compute()``, kept for the generation under ``name`` and ``parts``:
    what a page computes over the whole archive (the facets' counts), so
    that only the first page after a change pays for it. Computed every time
    when the cache is not shared by every process (``FRAGMENT_CACHE``)."""
    if not settings.FRAGMENT_CACHE:
        return compute()
    generation = recent_generation()
    digest = hashlib.md5(repr(parts).encode()).hexdigest()
    key = f"fragments:{generation.token}:{name}:{digest}"
    value = _cache_call(cache.get, key)
    if value is None:
        value = compute()
        timeout = min(PAGE_LIFETIME, int(generation.seconds_left(now())))
        if timeout > 0:
            _cache_call(cache.set, key, value, timeout)
    return value


def content_changed(**kwargs):
    """End the generation once the change is committed: before, another
    request could still store the old content under the new generation."""
    transaction.on_commit(_end_generation, robust=True)


def _end_generation():
    LOCAL.forget()
    # The next generation begins in a later second than this one did.
    ended = _cache_call(cache.get, GENERATION_KEY)
    moment = max(now(), ended.since if ended else 0)
    _cache_call(cache.set, CHANGED_KEY, moment, LONGEST)
    _cache_call(cache.delete, GENERATION_KEY)


def watch(app_config):
    """Every save, deletion or change of links of a model of this app ends
    the generation: what it holds is shown on public pages. Called from the
    app's ``AppConfig.ready()``."""
    for model in app_config.get_models():
        uid = f"pages-{model._meta.label}"
        post_save.connect(content_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(content_changed, sender=model, dispatch_uid=uid)
    m2m_changed.connect(content_changed, dispatch_uid="pages-m2m")


def _cache_call(method, *args):
    """The cache's answer, or None when it cannot be reached: pages are then
    made fresh every time, which is slower but never wrong."""
    try:
        return method(*args)
    except CacheError as error:
        logger.warning("Page cache unreachable: %s", error)
        return None


def public_page(view):
    """Mark the responses of ``view`` as public pages: the same for every
    reader of a language, cached, and answered with 304 when unchanged."""

    @wraps(view)
    def marked(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.public_page = True
        return response

    return marked


def stored(response, generation):
    """What the cache keeps of a page: the generation it belongs to and the
    response, as plain values (quick to unpickle)."""
    headers = tuple(
        (name, value)
        for name, value in response.items()
        if name.lower() not in NOT_STORED
    )
    return (generation.token, response.status_code, headers, response.content)


def restored(entry):
    _token, status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Serves and stores ``@public_page`` responses; sends their caching
    headers, and 304 to a reader who has the page already."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        generation = key = None
        if settings.PAGE_CACHE and settings.SESSION_COOKIE_NAME not in request.COOKIES:
            key = page_key(request)
            generation = recalled()
            if generation is not None:
                entry = LOCAL.pages.get(key) or _cache_call(cache.get, key)
            else:
                # The generation and the page in one round trip to the cache.
                found = _cache_call(cache.get_many, [GENERATION_KEY, key]) or {}
                try:
                    generation = current_generation(found.get(GENERATION_KEY))
                except DatabaseError:
                    # The view will say so (/healthz answers 503); nothing to cache.
                    return self.get_response(request)
                LOCAL.remember(generation)
                entry = found.get(key)
            if entry is not None and entry[0] == generation.token:
                LOCAL.keep(key, entry)
                return finish(request, restored(entry), generation)
        response = self.get_response(request)
        if not getattr(response, "public_page", False) or response.status_code != 200:
            return response
        generation = generation or recent_generation()
        if response.streaming:
            return finish(request, response, generation)
        response["ETag"] = f'"{hashlib.md5(response.content).hexdigest()}"'
        if key is not None and not response.cookies:
            timeout = min(PAGE_LIFETIME, int(generation.seconds_left(now())))
            if timeout > 0:
                _cache_call(cache.set, key, stored(response, generation), timeout)
        return finish(request, response, generation)


class Recent:
    """What this process read last of the cache: the generation, for
    ``PAGE_CACHE_LOCAL_SECONDS``, and the pages it served since. A cached page
    then costs no round trip to Redis; a change made by another process
    reaches this one within that time (one made here, at once)."""

    MOST = 200

    def __init__(self):
        self.forget()

    def forget(self):
        self.generation, self.read_at, self.pages = None, 0.0, {}

    def remember(self, generation):
        if generation.token != getattr(self.generation, "token", None):
            self.pages = {}
        self.generation, self.read_at = generation, now()

    def keep(self, key, entry):
        if len(self.pages) >= self.MOST:
            self.pages = {}
        self.pages[key] = entry


LOCAL = Recent()


def recalled():
    """The generation this process read less than a moment ago, if it has
    not ended since."""
    generation, moment = LOCAL.generation, now()
    if (
        generation is None
        or not 0 <= moment - LOCAL.read_at < settings.PAGE_CACHE_LOCAL_SECONDS
        or (generation.until is not None and moment >= generation.until)
    ):
        return None
    return generation


def recent_generation():
    """The generation as this process read it less than a moment ago, or as
    it is now (then remembered, where the cache is shared)."""
    generation = recalled()
    if generation is None:
        generation = current_generation()
        if settings.SHARED_CACHE:
            LOCAL.remember(generation)
    return generation


def page_key(request):
    """A page is its full address, host and scheme included: pages hold
    absolute links. The language is in the path. A page stored under an
    older generation is not served: it is overwritten."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"pages:{hashlib.md5(address.encode()).hexdigest()}"


def finish(request, response, generation):
    """Caching headers for a public page, and 304 if the reader has it."""
    left = int(generation.seconds_left(now()))
    max_age = min(settings.PAGE_MAX_AGE, left)
    stale = min(settings.PAGE_STALE_WHILE_REVALIDATE, left - max_age)
    response["Cache-Control"] = (
        f"public, max-age={max_age}, stale-while-revalidate={stale}"
        if stale > 0
        else f"public, max-age={max_age}"
    )
    # The view's own Last-Modified (a feed's newest item, a sitemap's lastmod)
    # misses a release leaving it; only the generation knows.
    del response["Last-Modified"]
    last_modified = None
    if settings.PAGE_CACHE:
        # Only a generation every process shares says when content changed.
        last_modified = int(generation.since)
        response["Last-Modified"] = http_date(last_modified)
    if "If-None-Match" not in request.headers and (
        "If-Modified-Since" not in request.headers
    ):
        return response
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=last_modified,
        response=response,
    )
