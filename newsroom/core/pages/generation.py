"""The content's generation: what every cached page and fragment is stored
under, and what ends it (a change committed, an embargo lifting).

The database is the truth: every change advances one row
(``ContentVersion``) once its transaction commits. Redis holds the current
generation (a token, when it began, when it ends by itself, the version it
was begun from) and when the database last confirmed that version, so that
one query a moment serves every process. A change ends the generation in
Redis at once; if the process that made it could not reach Redis, the next
process to confirm the version finds the database ahead and begins a new
one. Either way a change reaches every process within
``PAGE_CACHE_LOCAL_SECONDS``: each trusts what it read last for half of it,
and a confirmation for the other half.
"""

import hashlib
import logging
import math
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.db import (
    DEFAULT_DB_ALIAS,
    DatabaseError,
    InterfaceError,
    connections,
    transaction,
)
from django.db.models import F, Subquery
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

try:
    from redis.exceptions import RedisError as CacheError
except ImportError:  # pragma: no cover - Redis's client is a requirement.
    CacheError = OSError

logger = logging.getLogger("newsroom.core.pages")
# What the database raises when it is away: a refused connection, or one it
# closed (an InterfaceError is no DatabaseError).
UNREACHABLE = (DatabaseError, InterfaceError)

GENERATION_KEY = "pages:generation:2"
# When the content last changed (a timestamp), as the process that changed
# it told Redis: a generation begun meanwhile is ended again.
CHANGED_KEY = "pages:changed"
# ``(number, moment)``: the database said the content was at version
# ``number`` at ``moment``.
CONFIRMED_KEY = "pages:confirmed"
# The generation a change ended: while the database is away no new one can
# begin, and the pages of the last one are better than none.
ENDED_KEY = "pages:ended"
# What makes public content change by itself, as the apps tell it
# (``changes_at``): querysets of the moments, each a function and a field.
TIMED_CHANGES = []
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
    # The content's version in the database when it began.
    number: int = 0

    def seconds_left(self, now):
        return LONGEST if self.until is None else max(0.0, self.until - now)


def now():
    return timezone.now().timestamp()


def trusted_for():
    """How long a process trusts the generation it read last, and a
    confirmation from the database is trusted: half the time a change may
    take to reach every process each."""
    return settings.PAGE_CACHE_LOCAL_SECONDS / 2


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
    return None if first is None else after(first[0])


def after(moment):
    # A millisecond after: an event ending at ``t`` is still upcoming at ``t``.
    return moment.timestamp() + 0.001


def read_content():
    """``(version, changed, until)``: the content's version in the database,
    when it last changed (a timestamp, or None) and when it next changes by
    itself (``next_change``). One query; two before the first change."""
    from newsroom.core.pages.models import ROW, ContentVersion

    firsts = {
        f"next_{index}": Subquery(found().order_by(field).values(field)[:1])
        for index, (found, field) in enumerate(TIMED_CHANGES)
    }
    rows = (
        ContentVersion.objects.filter(pk=ROW)
        .annotate(**firsts)
        .values_list("number", "changed_at", *firsts)
    )
    row = next(iter(rows), None)
    if row is None:
        return 0, None, next_change()
    number, changed, *moments = row
    moments = [moment for moment in moments if moment is not None]
    return (
        number,
        changed.timestamp() if changed else None,
        after(min(moments)) if moments else None,
    )


def changes_at(found, field):
    """Register what changes the public content by itself: ``found()`` is a
    queryset of what is still to change, ``field`` the moment each does (an
    embargo's ``publish_at``). Called from an app's ``AppConfig.ready()``."""
    TIMED_CHANGES.append((found, field))


def current_generation(found=None):
    """The content's generation, begun anew when the last one has ended or
    the database is ahead of it; ``found`` is what the cache answered for
    ``GENERATION_KEY`` and ``CONFIRMED_KEY``, if already asked.

    Where the cache is not shared by every process, nothing is kept: each
    request reads the next embargo itself.
    """
    moment = now()
    if not settings.SHARED_CACHE:
        return Generation("", moment, next_change())
    if found is None:
        found = _cache_call(cache.get_many, [GENERATION_KEY, CONFIRMED_KEY]) or {}
    generation = found.get(GENERATION_KEY)
    if generation is None:
        try:
            return begin(moment, generation)
        except UNREACHABLE as error:
            # A change ended the last generation just as the database went
            # away: its pages are served until a new one can begin.
            ended = _cache_call(cache.get, ENDED_KEY)
            if ended is None:
                raise
            logger.warning("No new generation without the database: %s", error)
            return ended
    if generation.until is not None and moment >= generation.until:
        try:
            return begin(moment, generation)
        except UNREACHABLE as error:
            # Its time is up, but the database cannot say what comes next:
            # the pages kept are still better than none while it is away.
            logger.warning("No new generation without the database: %s", error)
            return generation
    confirmed = found.get(CONFIRMED_KEY)
    if (
        confirmed is not None
        and confirmed[0] == generation.number
        and 0 <= moment - confirmed[1] < trusted_for()
        # A change made here since is known to be missing from it.
        and confirmed[1] >= LOCAL.changed
    ):
        return generation
    try:
        from newsroom.core.pages.models import ContentVersion

        number, _changed = ContentVersion.read()
    except UNREACHABLE as error:
        # Pages are still served from the cache; the view will say the rest.
        logger.warning("Content version unreadable: %s", error)
        return generation
    if number == generation.number:
        _cache_call(cache.set, CONFIRMED_KEY, (number, moment), LONGEST)
        return generation
    # A change the cache never heard of (its process could not reach Redis).
    logger.info("The content changed unannounced: a new generation begins.")
    return begin(moment, generation)


def begin(moment, ended):
    """A new generation, ``ended`` being the one it follows, if known.

    Several processes may begin one at once; the first to store it wins and
    the others take it. A change committed while one is being begun (after
    the database was read) ends it again, so that no generation misses an
    embargo or a change.
    """
    changed_before = _cache_call(cache.get, CHANGED_KEY)
    number, changed, until = read_content()
    # Last-Modified counts whole seconds: a generation begun in the second
    # of a change (or of the last generation's start) says it began in the
    # next, or a reader who had the page from before the change would be
    # told it has not changed.
    since = moment
    for earlier in (changed, changed_before, ended.since if ended else None):
        if earlier:
            since = max(since, math.floor(earlier) + 1)
    fresh = Generation(secrets.token_hex(8), since, until, number)
    timeout = int(fresh.seconds_left(moment))
    if ended is not None:
        _cache_call(cache.delete, GENERATION_KEY)
    if timeout <= 0 or not _cache_call(cache.add, GENERATION_KEY, fresh, timeout):
        return _cache_call(cache.get, GENERATION_KEY) or fresh
    _cache_call(cache.set, CONFIRMED_KEY, (number, moment), LONGEST)
    if _cache_call(cache.get, CHANGED_KEY) != changed_before:
        # A change came in between: what was read of it may be stale.
        _cache_call(cache.delete, GENERATION_KEY)
    return fresh


def fragment(name, parts, compute):
    """``compute()``, kept for the generation under ``name`` and ``parts``:
    what a page computes over the whole archive (the facets' counts) or
    shares with other pages and addresses (a release's article), so that
    only the first page after a change pays for it. Computed every time
    when the cache is not shared by every process (``FRAGMENT_CACHE``)."""
    return fragments(name, {None: parts}, lambda missing: {None: compute()})[None]


def fragments(name, parts, compute):
    """Many fragments at once, in one round trip to the cache: ``parts`` is
    ``{item: parts}``; ``compute(items)`` makes the missing ones, as
    ``{item: value}``. Returns ``{item: value}`` for every item."""
    if not settings.FRAGMENT_CACHE:
        return compute(list(parts))
    generation = recent_generation()
    keys = {
        item: _key(generation, name, item_parts) for item, item_parts in parts.items()
    }
    found = _cache_call(cache.get_many, list(keys.values())) or {}
    values = {item: found[key] for item, key in keys.items() if key in found}
    missing = [item for item in parts if item not in values]
    if missing:
        made = compute(missing)
        values.update(made)
        _store(generation, {keys[item]: made[item] for item in missing})
    return values


def kept(name, parts):
    """The fragment kept under ``name`` and ``parts`` for the generation, or
    None: for a page that reads less when it is (``keep`` stores it)."""
    if not settings.FRAGMENT_CACHE:
        return None
    return _cache_call(cache.get, _key(recent_generation(), name, parts))


def keep(name, parts, value):
    """Store ``value`` as the fragment ``name``, ``parts`` (see ``kept``)."""
    if settings.FRAGMENT_CACHE:
        generation = recent_generation()
        _store(generation, {_key(generation, name, parts): value})
    return value


def _key(generation, name, parts):
    return f"fragments:{generation.token}:{name}:{_digest(parts)}"


def _digest(parts):
    return hashlib.md5(repr(parts).encode()).hexdigest()


def _store(generation, values):
    timeout = min(PAGE_LIFETIME, int(generation.seconds_left(now())))
    if timeout > 0:
        _cache_call(cache.set_many, values, timeout)


def lasting(name, parts, compute):
    """``compute()``, kept across generations for as long as ``parts()`` are
    the same (a day at most): for what is costly to make and whose every
    input ``parts()`` names, such as the facets' counts with a digest of
    what they count (a query: asked only when something can be kept).
    Computed every time where ``FRAGMENT_CACHE`` is off."""
    if not settings.FRAGMENT_CACHE:
        return compute()
    key = f"lasting:{name}:{_digest(parts())}"
    value = _cache_call(cache.get, key)
    if value is None:
        value = compute()
        _cache_call(cache.set, key, value, LONGEST)
    return value


def content_changed(**kwargs):
    """End the generation once the change is committed: before, another
    request could still store the old content under the new generation.

    After the commit rather than in its transaction: the version's row
    would otherwise be locked from a transaction's first change to its
    commit, making every admin save wait for an import, and two
    transactions touching the same records in another order deadlock. What
    that leaves: a process dying between its commit and this (milliseconds)
    leaves pages old until they expire (``PAGE_LIFETIME``).

    A transaction's many signals end the generation once: the first of
    their callbacks run does it, the others find it done. Migrations'
    models (``__fake__``) are left to ``migrated``.
    """
    if getattr(kwargs.get("sender"), "__module__", None) == "__fake__":
        return
    done = _transactions_changes()

    def end_generation():
        if not done:
            done.append(True)
            _end_generation()

    transaction.on_commit(end_generation, robust=True)


def migrated(using=DEFAULT_DB_ALIAS, **kwargs):
    """A migration may change what pages show: the generation ends once
    ``migrate`` is done, if the version's table is there by then."""
    from newsroom.core.pages.models import ContentVersion

    tables = connections[using].introspection.table_names()
    if ContentVersion._meta.db_table in tables:
        content_changed()


def _transactions_changes():
    """What the callbacks of the current transaction share: a list, empty
    until one of them has ended the generation."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block or not connection.atomic_blocks:
        return []
    outermost = connection.atomic_blocks[0]
    held = getattr(connection, "pages_changes", None)
    if held is None or held[0] is not outermost or held[1]:
        held = connection.pages_changes = (outermost, [])
    return held[1]


def _end_generation():
    LOCAL.forget()
    LOCAL.changed = now()
    # The next generation begins in a later second than this one did.
    ended = _cache_call(cache.get, GENERATION_KEY)
    if ended is not None:
        _cache_call(cache.set, ENDED_KEY, ended, LONGEST)
    moment = max(now(), ended.since if ended else 0)
    try:
        from newsroom.core.pages.models import ContentVersion

        ContentVersion.advance(datetime.fromtimestamp(moment, UTC))
    except UNREACHABLE:
        logger.exception("The content's version could not be advanced")
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


class Recent:
    """What this process read last of the cache: the generation, for half of
    ``PAGE_CACHE_LOCAL_SECONDS``, and the pages it served since. A cached
    page then costs no round trip to Redis; a change made by another process
    reaches this one within that time (one made here, at once)."""

    MOST = 200

    def __init__(self):
        self.forget()

    def forget(self):
        self.generation, self.read_at, self.pages = None, 0.0, {}
        # When this process last changed the content.
        self.changed = 0.0

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
        or not 0 <= moment - LOCAL.read_at < trusted_for()
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
