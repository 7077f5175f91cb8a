"""What is translated, and keeping each translation's state true on every
save: original, missing, current or outdated.

A translation saved with a change of its own text is taken as made from the
original as it is then: its row stores the original's fingerprint and text.
When the original's text changes later, every translation whose stored
fingerprint differs is outdated until it is saved again or confirmed.
"""

import contextlib
import contextvars
import functools
import hashlib
import json
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_init, post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.core.diff import html_as_text
from newsroom.core.languages import LANGUAGE_CODES
from translations.models import Standing, TranslationState


@dataclass(frozen=True)
class Kind:
    """A kind of thing the board lists: its model, the fields whose text a
    translation follows, and where its date is."""

    key: str
    label: str
    model: str
    fields: tuple
    date_fields: tuple = ()

    @property
    def model_class(self):
        return apps.get_model(self.model)

    def content_type(self):
        return ContentType.objects.get_for_model(self.model_class)

    def original_language(self, instance):
        """A release says which language it was written in; anything else
        is taken as written in the site's language, or in the first one it
        has text in."""
        if hasattr(instance, "original_language"):
            return instance.original_language
        for code in [settings.LANGUAGE_CODE, *LANGUAGE_CODES]:
            if self.has_text(instance, code):
                return code
        return settings.LANGUAGE_CODE

    def texts(self, instance, language):
        return {
            field: getattr(instance, f"{field}_{language}") or ""
            for field in self.fields
        }

    def has_text(self, instance, language):
        return bool((getattr(instance, f"{self.fields[0]}_{language}") or "").strip())

    def label_of(self, instance):
        if self.key == "official":
            return (instance.full_name or "")[:400]
        original = self.original_language(instance)
        return (getattr(instance, f"{self.fields[0]}_{original}") or str(instance))[
            :400
        ]

    def dated(self, instance):
        for field in self.date_fields:
            if value := getattr(instance, field, None):
                return value
        return None

    def watched_fields(self):
        """The columns whose change may change a state."""
        return set(self.watched_list)

    @functools.cached_property
    def watched_list(self):
        names = {field.attname for field in self.model_class._meta.concrete_fields}
        return [
            name
            for name in (
                *(
                    f"{field}_{code}"
                    for field in self.fields
                    for code in LANGUAGE_CODES
                ),
                "original_language",
                *self.date_fields,
            )
            if name in names
        ]


KINDS = {
    kind.key: kind
    for kind in (
        Kind(
            "release",
            _("Releases"),
            "releases.Release",
            ("title", "summary", "body"),
            ("publish_at", "created_at"),
        ),
        Kind(
            "event",
            _("Events"),
            "events.Event",
            ("title", "description"),
            ("starts_at",),
        ),
        Kind("official", _("Officials' positions"), "contacts.Official", ("position",)),
        Kind("theme", _("Themes"), "releases.Theme", ("name",)),
    )
}


@functools.cache
def kind_of(model):
    for kind in KINDS.values():
        if kind.model_class is model:
            return kind
    return None


def fingerprint(texts):
    """A hash of the words a reader reads, paragraph by paragraph: blind to
    how the HTML and its whitespace are laid out, not to any word."""
    normalised = [html_as_text(str(texts.get(name, ""))) for name in sorted(texts)]
    return hashlib.sha256(json.dumps(normalised).encode()).hexdigest()


def sync(instance, kind=None, *, user=None, now=None):
    """Bring the states of ``instance`` up to date with its text."""
    kind = kind or kind_of(type(instance))
    now = now or timezone.now()
    content_type = kind.content_type()
    existing = {
        state.language: state
        for state in TranslationState.objects.filter(
            content_type=content_type, object_id=instance.pk
        )
    }
    store(states_for(instance, kind, existing, content_type, user, now))


def store(states, State=TranslationState):
    """Write the states ``states_for`` gave: the new ones made, the changed
    ones updated, in one query each at most."""
    made, changed = [], []
    for state in states:
        if state.pk is None:
            made.append(state)
        elif state.changed:
            changed.append(state)
    if made:
        State.objects.bulk_create(made, batch_size=1000)
    if changed:
        State.objects.bulk_update(changed, UPDATED, batch_size=1000)


STATE_FIELDS = (
    "standing",
    "original_language",
    "label",
    "dated",
    "fingerprint",
    "source_fingerprint",
    "source_text",
    "source_changed_at",
    "confirmed_at",
    "confirmed_by_id",
)
UPDATED = [name.removesuffix("_id") for name in STATE_FIELDS]


def states_for(
    instance, kind, existing, content_type, user, now, State=TranslationState
):
    """Each language's state of ``instance`` as it should be, ``changed``
    set on those of ``existing`` that differ."""
    original = kind.original_language(instance)
    texts = {code: kind.texts(instance, code) for code in LANGUAGE_CODES}
    prints = {code: fingerprint(texts[code]) for code in LANGUAGE_CODES}
    for code in LANGUAGE_CODES:
        state = existing.get(code) or State(
            content_type=content_type, object_id=instance.pk, language=code
        )
        before = tuple(getattr(state, name) for name in STATE_FIELDS)
        state.original_language = original
        state.label = kind.label_of(instance)
        state.dated = kind.dated(instance)
        if code == original:
            if state.fingerprint != prints[code] or state.standing != Standing.ORIGINAL:
                state.source_changed_at = now
            state.standing = Standing.ORIGINAL
            state.fingerprint = state.source_fingerprint = prints[code]
            state.source_text = texts[code]
        elif not kind.has_text(instance, code):
            state.standing = Standing.MISSING
            state.fingerprint = state.source_fingerprint = ""
            state.source_text = {}
            state.confirmed_at = state.confirmed_by_id = None
        else:
            if (
                state.pk is None
                or state.fingerprint != prints[code]
                or state.standing in (Standing.MISSING, Standing.ORIGINAL)
            ):
                # Written or changed now: made from the original as it is.
                state.fingerprint = prints[code]
                state.source_fingerprint = prints[original]
                state.source_text = texts[original]
                state.confirmed_at = now
                state.confirmed_by_id = user.pk if user else None
            state.standing = (
                Standing.CURRENT
                if state.source_fingerprint == prints[original]
                else Standing.OUTDATED
            )
        state.changed = before != tuple(getattr(state, name) for name in STATE_FIELDS)
        yield state


def confirm(state, user, now=None):
    """The translation checked against the original as it is now, unchanged."""
    kind = kind_of(state.content_type.model_class())
    instance = state.item
    original = kind.original_language(instance)
    texts = kind.texts(instance, original)
    state.source_fingerprint = fingerprint(texts)
    state.source_text = texts
    state.standing = Standing.CURRENT
    state.confirmed_at = now or timezone.now()
    state.confirmed_by = user
    state.save()


# Who is saving, as the admin tells (``acting``): a translation saved is
# recorded as confirmed by them.
ACTING = contextvars.ContextVar("translations_acting", default=None)


@contextlib.contextmanager
def acting(user):
    token = ACTING.set(user)
    try:
        yield
    finally:
        ACTING.reset(token)


def loaded(sender, instance, **kwargs):
    """What a thing read from the database holds of what its states follow,
    so that a save that changes none of it costs no query."""
    if instance.pk is not None:
        instance._translations_loaded = watched_values(kind_of(sender), instance)


# A column a deferred load left unread: its save is followed, whatever it holds.
UNREAD = object()


def watched_values(kind, instance):
    values = instance.__dict__
    return tuple(values.get(name, UNREAD) for name in kind.watched_list)


def saved(sender, instance, raw=False, update_fields=None, created=False, **kwargs):
    if raw:
        return
    kind = kind_of(sender)
    if update_fields is not None and not set(update_fields) & kind.watched_fields():
        return
    now = watched_values(kind, instance)
    if (
        not created
        and UNREAD not in now
        and now == getattr(instance, "_translations_loaded", None)
    ):
        return
    sync(instance, kind, user=ACTING.get())
    instance._translations_loaded = now


def deleted(sender, instance, **kwargs):
    TranslationState.objects.filter(
        content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
    ).delete()


def connect():
    for kind in KINDS.values():
        uid = f"translations-{kind.key}"
        post_init.connect(loaded, sender=kind.model_class, dispatch_uid=uid)
        post_save.connect(saved, sender=kind.model_class, dispatch_uid=uid)
        post_delete.connect(deleted, sender=kind.model_class, dispatch_uid=uid)


def sync_all(kind, *, batch=2000, now=None, models=None):
    """Every state of every ``kind`` thing, made in batches (for content
    written before this app, or made by bulk_create): what exists is taken
    as current. ``models`` is a migration's app registry, if run from one.
    Returns how many things were gone through."""
    now = now or timezone.now()
    registry = models or apps
    model = registry.get_model(kind.model)
    State = registry.get_model("translations", "TranslationState")
    ContentTypes = registry.get_model("contenttypes", "ContentType")
    content_type, _made = ContentTypes.objects.get_or_create(
        app_label=model._meta.app_label, model=model._meta.model_name
    )
    count = 0
    last = 0
    while True:
        chunk = list(model._base_manager.filter(pk__gt=last).order_by("pk")[:batch])
        if not chunk:
            return count
        ids = [item.pk for item in chunk]
        existing = {}
        for state in State.objects.filter(content_type=content_type, object_id__in=ids):
            existing.setdefault(state.object_id, {})[state.language] = state
        store(
            (
                state
                for item in chunk
                for state in states_for(
                    item,
                    kind,
                    existing.get(item.pk, {}),
                    content_type,
                    None,
                    now,
                    State,
                )
            ),
            State,
        )
        count += len(chunk)
        last = ids[-1]
