"""Reading versions side by side, and writing one back.

A version, as the admin shows it, is a list of fields, each with its value
in each language it has, and the related sets it was kept with (a release's
mentions, contacts, gallery and documents), each a list of lines. Comparing
two versions is comparing those, field by field and language by language.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from reversion.models import Version

from history import registry
from newsroom.core.diff import html_as_text, lines_diff, words_diff
from newsroom.core.languages import LANGUAGE_CODES


def versions_of(obj):
    """Newest first, with who made each."""
    return (
        Version.objects.get_for_object(obj)
        .select_related("revision", "revision__user")
        .order_by("-revision__date_created", "-pk")
    )


@dataclass
class Line:
    """One field in one language (``code`` empty for a field with none)."""

    name: str
    label: str
    code: str
    old: str
    new: str
    diff: str = ""

    @property
    def changed(self):
        return self.old != self.new


def display(field, value):
    """A stored value as an editor reads it."""
    if value in (None, "", [], {}):
        return ""
    if isinstance(field, models.ManyToManyField):
        objects = field.related_model._base_manager.in_bulk(value)
        return ", ".join(sorted(str(objects.get(pk, f"#{pk}")) for pk in value))
    if isinstance(field, models.ForeignKey):
        target = field.related_model._base_manager.filter(pk=value).first()
        return (
            str(target) if target else _("#%(pk)s (no longer exists)") % {"pk": value}
        )
    if field.choices:
        choices = dict(field.flatchoices)
        if isinstance(value, list):
            return ", ".join(str(choices.get(v, v)) for v in value)
        return str(choices.get(value, value))
    if isinstance(value, list):
        # A country field with several countries, a list of languages.
        choices = getattr(field, "choices", None) or ()
        names = dict(choices)
        return ", ".join(str(names.get(v, v)) for v in value)
    if hasattr(value, "tzinfo"):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


# Kept, but worked out by the machine at each save: comparing them says
# nothing an editor did.
UNSHOWN = {
    "id",
    "created_at",
    "updated_at",
    "changed_at",
    "uploaded_at",
    "rendition_bytes",
    "width",
    "height",
    "file_size",
    "name_key",
    "mobile_e164",
    "landline_e164",
}


def is_html(field):
    return isinstance(field, models.TextField) and "Prose" in type(field).__name__


def field_lines(model, old: dict, new: dict) -> list[Line]:
    """Every kept field of two versions' field dicts, language by language."""
    translated = set(registry.translated(model))
    lines = []
    for name in registry.kept_fields(model):
        field = model._meta.get_field(name)
        stem, _sep, code = name.rpartition("_")
        if stem in translated and code in LANGUAGE_CODES:
            base = model._meta.get_field(stem)
            label, code = str(base.verbose_name), code
        else:
            label, code = str(field.verbose_name), ""
        if name in UNSHOWN:
            continue
        before, after = old.get(field.attname), new.get(field.attname)
        if before == after:
            # The same stored value: nothing to look up or show.
            lines.append(Line(name, label, code, "", ""))
            continue
        if is_html(field):
            old_text, new_text = html_as_text(before), html_as_text(after)
        else:
            old_text, new_text = display(field, before), display(field, after)
        line = Line(name, label, code, old_text, new_text)
        if line.changed:
            line.diff = words_diff(old_text, new_text)
        lines.append(line)
    return lines


def related_lines(version) -> dict[str, list[str]]:
    """The related sets a version was kept with, each as lines of text."""
    model = version._model
    kept = registry.options(model)
    sets = {}
    if not kept.follow:
        return sets
    revision_versions = list(
        version.revision.version_set.select_related("content_type")
    )
    for relation in kept.follow:
        related = model._meta.get_field(relation)
        related_model = related.related_model
        content_type = ContentType.objects.get_for_model(related_model)
        parent = related.field.attname
        rows = []
        for other in revision_versions:
            if other.content_type_id != content_type.pk:
                continue
            fields = other.field_dict
            if str(fields.get(parent)) != str(version.object_id):
                continue
            rows.append((fields.get("order") or 0, other.pk, describe(other)))
        sets[str(related_model._meta.verbose_name_plural)] = [
            text for _order, _pk, text in sorted(rows)
        ]
    return sets


def describe(version) -> str:
    """A related object of a version as one line: what it links to, and its
    words in each language."""
    model = version._model
    fields = version.field_dict
    parts = []
    translated = set(registry.translated(model))
    for name in registry.kept_fields(model):
        field = model._meta.get_field(name)
        if name in ("id", "order") or isinstance(field, models.BooleanField):
            continue
        stem, _sep, code = name.rpartition("_")
        value = fields.get(field.attname)
        if isinstance(field, models.ForeignKey):
            # The release or event it belongs to goes without saying.
            if field.related_model._meta.label in (
                "releases.Release",
                "events.Event",
            ):
                continue
            text = display(field, value)
        elif stem in translated and code in LANGUAGE_CODES:
            text = f"{code.upper()}: {value}" if value else ""
        elif name in ("file", "filename", "file_size", "uploaded_at", "kind"):
            continue
        else:
            text = display(field, value)
        if text:
            parts.append(text)
    return " · ".join(parts)


def compare(old_version, new_version):
    """What changed from one version to the other: the changed field lines,
    and each related set as rows of lines removed, added or kept."""
    model = new_version._model
    lines = field_lines(model, old_version.field_dict, new_version.field_dict)
    old_sets, new_sets = related_lines(old_version), related_lines(new_version)
    sets = []
    for name in new_sets.keys() | old_sets.keys():
        rows = lines_diff(old_sets.get(name, []), new_sets.get(name, []))
        sets.append((name, rows, any(kind for kind, _line in rows)))
    return [line for line in lines if line.changed], sorted(sets)


def changed_names(model, old, new) -> list[str]:
    """The labels of the fields (with language) that differ between two
    versions, for the history list."""
    names = []
    for line in field_lines(model, old.field_dict, new.field_dict):
        if line.changed:
            label = capfirst(line.label)
            if line.code:
                label = f"{label} ({line.code.upper()})"
            if label not in names:
                names.append(label)
    old_sets, new_sets = related_lines(old), related_lines(new)
    names += [
        name
        for name in new_sets.keys() | old_sets.keys()
        if old_sets.get(name) != new_sets.get(name)
    ]
    return names


# ----- restoring -----


class CannotRestore(Exception):
    pass


@transaction.atomic
def restore(obj, version):
    """Write ``version``'s words and links back onto ``obj`` and save it
    as any edit is saved: its status, publication dates and addresses stay
    as they are now. Returns the notes for the editor (links that could not
    come back because what they pointed to is gone)."""
    model = type(obj)
    fields = version.field_dict
    notes = []
    m2m = {}
    for name in registry.restored_fields(model):
        field = model._meta.get_field(name)
        value = fields.get(field.attname)
        if isinstance(field, models.ManyToManyField):
            existing = set(
                field.related_model._base_manager.filter(
                    pk__in=value or []
                ).values_list("pk", flat=True)
            )
            if len(existing) < len(value or []):
                notes.append(
                    _("Some of its %(field)s no longer exist and were left out.")
                    % {"field": field.verbose_name}
                )
            m2m[name] = existing
            continue
        if (
            isinstance(field, models.ForeignKey)
            and value is not None
            and not field.related_model._base_manager.filter(pk=value).exists()
        ):
            notes.append(
                _("Its %(field)s no longer exists and was left as it is.")
                % {"field": field.verbose_name}
            )
            continue
        setattr(obj, field.attname, value)
    obj.save()
    for name, pks in m2m.items():
        getattr(obj, name).set(pks)
    for relation in registry.options(model).follow:
        notes += restore_related(obj, version, relation)
    return notes


def restore_related(obj, version, relation):
    """Make one related set (a release's mentions…) what the version had."""
    related = type(obj)._meta.get_field(relation)
    related_model = related.related_model
    parent = related.field.attname
    content_type = ContentType.objects.get_for_model(related_model)
    kept = []
    for other in version.revision.version_set.filter(content_type=content_type):
        if str(other.field_dict.get(parent)) == str(obj.pk):
            kept.append(other)
    manager = getattr(obj, relation)
    keep_pks = [int(other.object_id) for other in kept if other.object_id.isdigit()]
    manager.exclude(pk__in=keep_pks).delete()
    notes = []
    restorable = registry.restored_fields(related_model)
    for other in kept:
        values = other.field_dict
        instance = related_model._base_manager.filter(pk=other.object_id).first()
        if instance is None:
            instance = related_model(pk=other.object_id)
        missing = False
        for name in restorable:
            field = related_model._meta.get_field(name)
            value = values.get(field.attname)
            if (
                isinstance(field, models.ForeignKey)
                and value is not None
                and not field.related_model._base_manager.filter(pk=value).exists()
            ):
                missing = True
                break
            if isinstance(field, models.FileField) and not (
                value and field.storage.exists(value)
            ):
                missing = True
                break
            setattr(instance, field.attname, value)
        if missing:
            notes.append(
                _(
                    "“%(item)s” in %(set)s points to something that no longer exists "
                    "and was left out."
                )
                % {
                    "item": describe(other),
                    "set": related_model._meta.verbose_name_plural,
                }
            )
            continue
        instance.save()
    return notes
