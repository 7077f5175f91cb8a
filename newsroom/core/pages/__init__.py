"""The page cache: whole public pages, kept until what they show changes.

Every page is stored under the current *generation* of the content, kept in
the cache (Redis) beside the pages and begun from the content's version in
the database (``generation.py``). Anything a public page may show changing
(a release published, updated or withdrawn; an official, event, contact,
theme or picture edited) advances that version and ends the generation once
the change is committed, so every page of every process sharing the cache
is new at its next request: at once in the process that made the change,
within ``PAGE_CACHE_LOCAL_SECONDS`` (a second) in the others, even when the
process that made it could not reach Redis. Time changes pages too: a
generation also ends at the next embargo and when the next upcoming event is
over, in every process at that moment, so no cached page outlives them.

Views opt in with ``@public_page``; the middleware (``middleware.py``) then
answers conditional requests (ETag, Last-Modified → 304) and sends
``Cache-Control`` fit for a CDN, which never outlives the next embargo and
does not tell when it is. Only anonymous requests (no session cookie) are
served from the cache; staff see every page fresh.

docs/performance.md says why whole pages, and what it costs.
"""

from newsroom.core.pages.generation import (
    LOCAL,
    CacheError,
    Generation,
    changes_at,
    content_changed,
    current_generation,
    fragment,
    fragments,
    keep,
    kept,
    lasting,
    next_change,
    recent_generation,
    watch,
)
from newsroom.core.pages.middleware import PageCacheMiddleware, public_page

__all__ = [
    "LOCAL",
    "CacheError",
    "Generation",
    "PageCacheMiddleware",
    "changes_at",
    "content_changed",
    "current_generation",
    "fragment",
    "fragments",
    "keep",
    "kept",
    "lasting",
    "next_change",
    "public_page",
    "recent_generation",
    "watch",
]
