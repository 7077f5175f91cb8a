"""Serving and storing ``@public_page`` responses, and what they tell
browsers and CDNs (``Cache-Control``, ``ETag``, ``Last-Modified``)."""

import hashlib
import math
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from newsroom.core.pages.generation import (
    CONFIRMED_KEY,
    GENERATION_KEY,
    LOCAL,
    PAGE_LIFETIME,
    UNREACHABLE,
    _cache_call,
    current_generation,
    now,
    recalled,
    recent_generation,
)

# What a cached page keeps of its response; the rest is made anew each time.
NOT_STORED = {"cache-control", "expires", "last-modified", "set-cookie", "date"}


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
                # The generation, its confirmation and the page in one round
                # trip to the cache.
                keys = [GENERATION_KEY, CONFIRMED_KEY, key]
                found = _cache_call(cache.get_many, keys) or {}
                try:
                    generation = current_generation(found)
                except UNREACHABLE:
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


def page_key(request):
    """A page is its full address, host and scheme included: pages hold
    absolute links. The language is in the path. A page stored under an
    older generation is not served: it is overwritten."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"pages:{hashlib.md5(address.encode()).hexdigest()}"


def max_age(moment, until):
    """How long browsers and CDNs may keep a page served at ``moment``.

    Every page expires at the same moments, the multiples of PAGE_MAX_AGE
    (whole minutes): what a cache is told depends on the clock alone, so
    that it says nothing of when the next embargo lifts, but in the very
    step before it (then 0: every use is revalidated, and the page cache
    answers 304 until the embargo's second). No cache keeps a page past
    ``until``, the next embargo or event's end.
    """
    step = settings.PAGE_MAX_AGE
    if step <= 0:
        return 0
    expires = (math.floor(moment / step) + 1) * step
    if until is not None and until < expires:
        return 0
    # Whole seconds, rounded down: never later than ``expires``.
    return int(expires - moment)


def finish(request, response, generation):
    """Caching headers for a public page, and 304 if the reader has it."""
    response["Cache-Control"] = f"public, max-age={max_age(now(), generation.until)}"
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
