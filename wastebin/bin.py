"""Putting a record in the bin with everything deleted with it, restoring
it, and emptying the bin for good: called by the admin and the command."""

import json
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, router, transaction
from django.db.models import Q
from django.db.models.deletion import Collector
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator
from reversion.models import Revision, Version

from audit.models import Action
from audit.trail import record
from media import renditions
from media.models import Image
from wastebin.models import BIN_DAYS, BinEntry


class CannotRestore(Exception):
    """Restoring would break something; the message says what. Nothing was
    changed and the entry stays in the bin."""


@dataclass
class Restored:
    obj: models.Model
    # What came back differently, for the person restoring: a link left empty.
    notes: list = field(default_factory=list)


# ----- deleting -----


def kept_fields(model):
    """What a snapshot keeps of a row: its columns, each language's once.

    Not modeltranslation's untranslated column (``title``), which would be
    read back into the language active while restoring; not the search
    vectors, which saving the record rebuilds; not many-to-many fields,
    whose link rows are kept as rows of their own."""
    try:
        translated = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        translated = set()
    return [
        f.name
        for f in model._meta.local_fields
        if f.concrete
        and not f.primary_key
        and f.name not in translated
        and not isinstance(f, SearchVectorField)
    ]


def serialized(rows):
    """The rows as the JSON serializer writes them, in the same order."""
    by_model = {}
    for row in rows:
        by_model.setdefault(type(row)._meta.concrete_model, []).append(row)
    return [
        item
        for model, group in by_model.items()
        for item in json.loads(
            serializers.serialize("json", group, fields=kept_fields(model))
        )
    ]


def collected_rows(obj, collector):
    """The record first, then what the Collector deletes with it, in an
    order they can be inserted in: what others point to before them."""
    using = collector.using
    wanted = {}
    for model, instances in reversed(list(collector.data.items())):
        wanted.setdefault(model._meta.concrete_model, []).extend(
            i.pk for i in instances
        )
    for queryset in collector.fast_deletes:
        # Link rows (a mention, a gallery picture, a many-to-many row) that
        # Django deletes with one query, without loading them.
        wanted.setdefault(queryset.model._meta.concrete_model, []).extend(
            queryset.values_list("pk", flat=True)
        )
    rows = []
    for model, pks in wanted.items():
        # Loaded again whole: the Collector loads only the columns it needs.
        rows.extend(model._base_manager.using(using).filter(pk__in=pks).order_by("pk"))
    main = next(
        r for r in rows if type(r) is type(obj)._meta.concrete_model and r.pk == obj.pk
    )
    return [main, *(r for r in rows if r is not main)]


def relinks_of(collector):
    """The links other rows lose (``on_delete=SET_NULL``): which row, which
    field, and what it pointed to, for restoring to link them again."""
    relinks = []
    for (fk, value), batches in collector.field_updates.items():
        if value is not None:
            continue
        for batch in batches:
            if isinstance(batch, models.QuerySet):
                pairs = batch.values_list("pk", fk.attname)
            else:
                pairs = [(row.pk, getattr(row, fk.attname)) for row in batch]
            relinks.extend(
                {
                    "model": fk.model._meta.label_lower,
                    "field": fk.name,
                    "pk": pk,
                    "to": to,
                }
                for pk, to in pairs
                if to is not None
            )
    return relinks


def files_of(rows):
    """The stored files the rows hold, deleted when the bin is emptied."""
    return [
        {
            "model": row._meta.label_lower,
            "pk": row.pk,
            "field": f.name,
            "name": getattr(row, f.attname).name,
        }
        for row in rows
        for f in row._meta.concrete_fields
        if isinstance(f, models.FileField) and getattr(row, f.attname)
    ]


def put_in_bin(*, obj, by=None) -> BinEntry:
    """Delete ``obj`` and everything Django deletes with it, keeping them
    all, with the links other rows lose, in a new bin entry.

    Files stay where they are while the entry lives (only emptying deletes
    them), but a picture's renditions, which anyone may fetch at their
    address, go as soon as the deletion is committed; restoring makes them
    again."""
    using = router.db_for_write(type(obj), instance=obj)
    with transaction.atomic(using=using):
        collector = Collector(using=using, origin=obj)
        collector.collect([obj])
        rows = collected_rows(obj, collector)
        entry = BinEntry.objects.using(using).create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=str(obj.pk),
            object_repr=str(obj)[:300],
            deleted_by=by,
            deleted_by_name=by.get_username() if by is not None else "",
            snapshot={
                "objects": serialized(rows),
                "relinks": relinks_of(collector),
                "files": files_of(rows),
            },
        )
        record(
            Action.DELETE,
            obj,
            by=by,
            detail=_("Put in the bin for %(days)s days.") % {"days": BIN_DAYS},
            data={"bin_entry": entry.pk, "rows": len(rows)},
        )
        collector.delete()
        for picture in (row for row in rows if isinstance(row, Image)):
            transaction.on_commit(
                lambda picture=picture: renditions.delete_renditions(picture),
                using=using,
            )
    return entry


# ----- restoring -----


def label_of(model):
    return str(model._meta.verbose_name)


def held_rows(entry):
    """The entry's rows as unsaved instances; a field removed since the
    deletion is ignored."""
    try:
        return [
            row.object
            for row in serializers.deserialize(
                "python", entry.snapshot["objects"], ignorenonexistent=True
            )
        ]
    except (serializers.base.DeserializationError, LookupError) as error:
        raise CannotRestore(
            _(
                "“%(name)s” cannot be restored: what the bin holds of it no longer "
                "fits the database (%(error)s)."
            )
            % {"name": entry.object_repr, "error": error}
        ) from error


def check_addresses(main):
    """A slug the record had is someone else's now (or an old address of
    theirs): it cannot come back at an address another record answers."""
    if not hasattr(main, "_slug_fields"):
        return
    for field_name in main._slug_fields().values():
        slug = getattr(main, field_name)
        if slug and main._slug_taken(slug):
            raise CannotRestore(
                _(
                    "“%(name)s” cannot be restored: its address “%(slug)s” is "
                    "now used by another %(kind)s. Change that one’s slug, then "
                    "restore this one."
                )
                % {"name": main, "slug": slug, "kind": label_of(type(main))}
            )


def check_unique(rows):
    for row in rows:
        try:
            row.validate_unique()
            row.validate_constraints()
        except ValidationError as error:
            raise CannotRestore(
                _("“%(name)s” cannot be restored: %(problem)s")
                % {
                    "name": rows[0],
                    "problem": " ".join(error.messages),
                }
            ) from error


def check_links(entry, rows):
    """Every row's links lead somewhere: to a row restored with it, or to
    one that exists. A lost optional link is left empty and said so; a
    lost link to a many-to-many choice (a theme) is dropped and said so;
    any other refuses the restore, naming what is missing."""
    restoring = {(type(r)._meta.concrete_model, r.pk) for r in rows}
    wanted = {}
    for row in rows:
        for fk in row._meta.concrete_fields:
            if fk.many_to_one or fk.one_to_one:
                value = getattr(row, fk.attname)
                target = fk.related_model._meta.concrete_model
                if value is not None and (target, value) not in restoring:
                    wanted.setdefault((target, fk.target_field.attname), set()).add(
                        value
                    )
    existing = {
        (model, value)
        for (model, attname), values in wanted.items()
        for value in model._base_manager.filter(
            **{f"{attname}__in": values}
        ).values_list(attname, flat=True)
    }
    notes, kept = [], []
    for row in rows:
        dropped = False
        for fk in row._meta.concrete_fields:
            if not (fk.many_to_one or fk.one_to_one):
                continue
            value = getattr(row, fk.attname)
            target = fk.related_model._meta.concrete_model
            if (
                value is None
                or (target, value) in restoring
                or (target, value) in existing
            ):
                continue
            if fk.null:
                setattr(row, fk.attname, None)
                notes.append(
                    _(
                        "Its link to the %(field)s was left empty: that %(kind)s "
                        "no longer exists."
                    )
                    % {"field": fk.verbose_name, "kind": label_of(target)}
                )
            elif row._meta.auto_created:
                dropped = True
                notes.append(
                    _("A link to a %(kind)s that no longer exists was dropped.")
                    % {"kind": label_of(target)}
                )
            else:
                raise CannotRestore(missing_link(entry, rows[0], target, value))
        if not dropped:
            kept.append(row)
    return kept, notes


def missing_link(entry, main, target, value):
    waiting = BinEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(target), object_id=str(value)
    ).first()
    if waiting is not None:
        return _(
            "“%(name)s” cannot be restored: it links to the %(kind)s "
            "“%(target)s”, which is in the bin too. Restore that first."
        ) % {"name": main, "kind": label_of(target), "target": waiting.object_repr}
    return _(
        "“%(name)s” cannot be restored: it links to a %(kind)s that has been "
        "removed for good."
    ) % {"name": main, "kind": label_of(target)}


def relink(relinks):
    """Link again the rows that lost their link to what comes back, if they
    have not been linked to something else since."""
    for item in relinks:
        try:
            model = apps.get_model(item["model"])
            fk = model._meta.get_field(item["field"])
        except LookupError:
            continue
        model._base_manager.filter(pk=item["pk"], **{fk.attname: None}).update(
            **{fk.attname: item["to"]}
        )


def restore(*, entry, by=None) -> Restored:
    """Put back what the entry holds, with the same ids and links, and save
    the record normally (search, caches and pages are brought up to date);
    then the entry goes. Raises CannotRestore, changing nothing, when
    something would break."""
    if entry.is_expired:
        raise CannotRestore(
            _(
                "“%(name)s” was deleted more than %(days)s days ago: it can no "
                "longer be restored."
            )
            % {"name": entry.object_repr, "days": BIN_DAYS}
        )
    try:
        with transaction.atomic():
            # Locked, so that two publishers restoring at once restore once.
            entry = BinEntry.objects.select_for_update().filter(pk=entry.pk).first()
            if entry is None:
                raise CannotRestore(
                    _("This item has already been restored or removed.")
                )
            rows = held_rows(entry)
            main = rows[0]
            check_addresses(main)
            check_unique(rows)
            rows, notes = check_links(entry, rows)
            for row in rows:
                models.Model.save_base(row, raw=True, force_insert=True)
            relink(entry.snapshot.get("relinks", []))
            # The instance as restored, not one loaded again: its save() must
            # see everything as new (search vectors, renditions).
            main.save()
            record(
                Action.RESTORE_FROM_BIN,
                main,
                by=by,
                data={"rows": len(rows), "deleted_at": entry.deleted_at.isoformat()},
            )
            entry.delete()
    except IntegrityError as error:
        raise CannotRestore(
            _(
                "“%(name)s” cannot be restored: it would clash with what the "
                "database holds now (%(error)s)."
            )
            % {"name": entry.object_repr, "error": error}
        ) from error
    return Restored(main, notes)


# ----- emptying -----


def empty(*, entries, by=None) -> int:
    """Remove the entries for good, with the files their rows held (a
    picture's original and any rendition left). Recorded once."""
    entries = list(entries)
    if not entries:
        return 0
    with transaction.atomic():
        BinEntry.objects.filter(pk__in=[e.pk for e in entries]).delete()
        forget_versions(entries)
        record(
            Action.EMPTY_BIN,
            by=by,
            detail=", ".join(e.object_repr for e in entries)[:1000],
            data={"count": len(entries)},
        )
        transaction.on_commit(lambda: delete_files(entries))
    return len(entries)


def forget_versions(entries):
    """Removed for good means its earlier versions too (django-reversion's
    rows, history/), for every row the entries held."""
    rows = Q(pk__in=[])
    for entry in entries:
        for row in entry.snapshot.get("objects", []):
            try:
                model = apps.get_model(row["model"])
            except LookupError:
                continue
            rows |= Q(
                content_type=ContentType.objects.get_for_model(model),
                object_id=str(row["pk"]),
            )
    versions = Version.objects.filter(rows)
    revisions = set(versions.values_list("revision_id", flat=True))
    versions.delete()
    # A revision left with no version tells of nothing.
    Revision.objects.filter(pk__in=revisions, version__isnull=True).delete()


def delete_files(entries):
    for entry in entries:
        for item in entry.snapshot.get("files", []):
            try:
                model = apps.get_model(item["model"])
                file_field = model._meta.get_field(item["field"])
            except LookupError:
                continue
            # A live row holding the same file keeps it (never expected).
            if model._base_manager.filter(**{file_field.name: item["name"]}).exists():
                continue
            file_field.storage.delete(item["name"])
        for row in entry.snapshot.get("objects", []):
            if row["model"] == Image._meta.label_lower:
                picture = next(
                    serializers.deserialize("python", [row], ignorenonexistent=True)
                ).object
                if picture.file:
                    renditions.delete_renditions(picture)
