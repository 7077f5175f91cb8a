"""What is kept in a version, and what a restore may write back.

django-reversion stores each registered model's fields as JSON in a version
when a revision is open (history.middleware: each admin save). A version of
a release follows its mentions, press contacts, gallery and documents, so
one version is the release as its page would show it; an event follows its
speakers.

Two kinds of field are left out of every version: the stand-ins of
modeltranslation (``title`` beside ``title_en`` … ``title_ar``: the
languages are what is kept) and search vectors, which are worked out from
the text. And a restore never writes the fields of the workflow and of the
address: a version of a draft restored over a published release leaves it
published, under the same address (``RESTORED_FIELDS``).
"""

from dataclasses import dataclass, field

import reversion
from django.apps import apps
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from modeltranslation.translator import NotRegistered, translator

from newsroom.core.languages import LANGUAGE_CODES


@dataclass(frozen=True)
class Kept:
    """How one model is versioned."""

    label: str
    # Related sets kept with it (reverse foreign keys of registered models).
    follow: tuple[str, ...] = ()
    # Fields never written back by a restore, beyond the ones of every model.
    fixed: tuple[str, ...] = ()
    # For a model whose file is not versioned (a picture): only these are
    # written back; empty means every kept field but the fixed ones.
    only: tuple[str, ...] = ()
    exclude: tuple[str, ...] = field(default=())

    @property
    def model(self):
        return apps.get_model(self.label)


# Written by the workflow, the clock or the slug history: never by a restore.
ALWAYS_FIXED = ("id", "created_at", "updated_at", "created_by")

KEPT = (
    Kept(
        "releases.Release",
        follow=("mentions", "release_contacts", "gallery", "attachments"),
        fixed=(
            "status",
            "publish_at",
            "first_published_at",
            "withdrawn_at",
            "withdrawal_note",
            "changed_at",
            "unpublished_at",
            "unpublished_by",
            "unpublish_reason",
            "unpublish_explanation",
            "replaced_by",
            "slug",
        ),
        # Through-model links, kept as the followed mentions and contacts.
        exclude=("officials", "press_contacts"),
    ),
    Kept("releases.Mention"),
    Kept("releases.ReleaseContact"),
    Kept("media.GalleryImage"),
    Kept("media.Attachment"),
    Kept("events.Event", follow=("speakers",), fixed=("slug", "is_public")),
    Kept("events.Speaker"),
    Kept("contacts.Official", fixed=("slug", "name_key", "confirmed")),
    Kept("contacts.PressContact", fixed=("slug", "name_key")),
    Kept(
        "media.Image",
        only=(
            "alt_text",
            "caption",
            "credit",
            "usage_terms",
            "focal_x",
            "focal_y",
        ),
    ),
)

# The models whose admin shows a history with compare and restore; the rest
# are kept as parts of them.
WITH_HISTORY = (
    "releases.Release",
    "events.Event",
    "contacts.Official",
    "contacts.PressContact",
    "media.Image",
)


def translated(model) -> tuple[str, ...]:
    """The base names modeltranslation translates on ``model``."""
    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


def kept_fields(model) -> list[str]:
    """The fields a version of ``model`` holds, in the model's order."""
    base_names = set(translated(model))
    excluded = set(options(model).exclude)
    return [
        f.name
        for f in (*model._meta.concrete_fields, *model._meta.many_to_many)
        if f.name not in base_names
        and f.name not in excluded
        and not isinstance(f, SearchVectorField)
        and not (
            isinstance(f, models.ManyToManyField)
            and not f.remote_field.through._meta.auto_created
        )
    ]


def expand(model, names) -> set[str]:
    """Base names with their languages: ``slug`` → ``slug``, ``slug_en`` …"""
    base_names = set(translated(model))
    expanded = set()
    for name in names:
        expanded.add(name)
        if name in base_names:
            expanded.update(f"{name}_{code}" for code in LANGUAGE_CODES)
    return expanded


def restored_fields(model) -> list[str]:
    """The kept fields a restore writes back."""
    kept = options(model)
    fields = kept_fields(model)
    if kept.only:
        allowed = expand(model, kept.only)
        return [name for name in fields if name in allowed]
    fixed = expand(model, (*ALWAYS_FIXED, *kept.fixed))
    return [name for name in fields if name not in fixed]


_OPTIONS = {}


def options(model) -> Kept:
    return _OPTIONS[model._meta.label]


def register_models():
    for kept in KEPT:
        model = kept.model
        _OPTIONS[model._meta.label] = kept
        if reversion.is_registered(model):
            continue
        reversion.register(model, fields=kept_fields(model), follow=kept.follow)


def has_history(model) -> bool:
    return model._meta.label in WITH_HISTORY
