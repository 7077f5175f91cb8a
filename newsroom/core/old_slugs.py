"""Addresses that never break: a record whose slug changes keeps its old
ones, which send readers on to the current address for ever, and which no
other record of the kind may take (a journalist's bookmark or a search
engine's link never lands on someone else's page).

Written once for releases, events, officials and press contacts: each has an
old slug model made by ``old_slug_model`` (its foreign key's
``related_name`` is ``old_slugs``), mixes ``KeepsOldSlugs`` into its model,
calls ``remember_slugs()`` from ``from_db`` and ``keep_old_slugs()`` after
saving, and its views look up ``formerly(queryset, slug)`` when no record
has the slug today.
"""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from newsroom.core.languages import LANGUAGE_CODES


class OldSlugBase(models.Model):
    """A slug a record used to have: its old address redirects, for ever."""

    class Meta:
        abstract = True

    def __str__(self):
        return self.slug


def old_slug_model(owner, name, verbose_name, *, translated, max_length=250):
    """An abstract model of the slugs an ``owner`` (``"app.Model"``) had,
    linked by a foreign key ``name``; with the language of each when the
    owner's slug is ``translated``."""

    fields = {
        name: models.ForeignKey(
            owner,
            verbose_name=verbose_name,
            on_delete=models.CASCADE,
            related_name="old_slugs",
        )
    }
    if translated:
        fields["language"] = models.CharField(
            _("language"), max_length=5, choices=[(c, c) for c in LANGUAGE_CODES]
        )
    fields["slug"] = models.SlugField(
        _("slug"), max_length=max_length, allow_unicode=True, unique=True
    )
    fields["retired_at"] = models.DateTimeField(_("retired at"), auto_now_add=True)

    class Meta:
        abstract = True
        verbose_name = _("old slug")
        verbose_name_plural = _("old slugs")

    return type(
        "OldSlugOf" + owner.rpartition(".")[2],
        (OldSlugBase,),
        {"__module__": __name__, "Meta": Meta, **fields},
    )


def formerly(queryset, slug):
    """The record of ``queryset`` that had ``slug`` before it changed, or
    None: one query, made only when no record has the slug today."""
    return queryset.filter(old_slugs__slug=slug).first()


class KeepsOldSlugs:
    """For a model with old slugs: a changed slug's old address keeps
    working, and no record takes an address another one used to have."""

    @classmethod
    def _old_slugs(cls):
        """The old slug model, and the name of its link to this one."""
        relation = cls._meta.get_field("old_slugs")
        return relation.related_model, relation.field

    @classmethod
    def _slug_fields(cls):
        """``{language: field}``: each language's slug of a translated
        model, else ``{"": "slug"}``."""
        names = {field.name for field in cls._meta.concrete_fields}
        fields = {c: f"slug_{c}" for c in LANGUAGE_CODES if f"slug_{c}" in names}
        return fields or {"": "slug"}

    def remember_slugs(self):
        """Note the slugs as loaded, for save() to see which changed."""
        self._loaded_slugs = {
            code: getattr(self, field, None)
            for code, field in self._slug_fields().items()
        }

    def keep_old_slugs(self):
        """Keep each changed slug as an old address of this record."""
        loaded = getattr(self, "_loaded_slugs", {})
        current = {
            code: getattr(self, field) for code, field in self._slug_fields().items()
        }
        changed = {
            code: old for code, old in loaded.items() if old and old != current[code]
        }
        self._loaded_slugs = current
        if not changed:
            # Most saves: no query at all.
            return
        model, link = self._old_slugs()
        for code, old in changed.items():
            defaults = {link.name: self}
            if code:
                defaults["language"] = code
            model.objects.update_or_create(slug=old, defaults=defaults)
        # A slug in use again is no longer an old one.
        model.objects.filter(
            **{link.attname: self.pk}, slug__in=[s for s in current.values() if s]
        ).delete()

    def slug_retired(self, slug):
        """``slug`` is an old address of another record."""
        model, link = self._old_slugs()
        return (
            model.objects.filter(slug=slug).exclude(**{link.attname: self.pk}).exists()
        )

    def _slug_taken(self, slug):
        """Taken by another record, now or as an old address, or by the site."""
        return super()._slug_taken(slug) or self.slug_retired(slug)


class ShowsOldAddresses:
    """For a model admin: the record's old addresses, read-only, so a press
    officer knows which links still lead to it. ``old_address_view`` names
    the public view they are addresses of (``"events:detail"``)."""

    old_address_view = None

    @admin.display(description=_("old addresses"))
    def old_addresses(self, obj):
        olds = list(obj.old_slugs.order_by("-retired_at", "-pk")) if obj.pk else []
        if not olds:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><bdi dir="ltr">{}</bdi></li>',
                ((self._old_address(old),) for old in olds),
            ),
        )

    def _old_address(self, old):
        """The public address, in the old slug's language (or the default)."""
        language = getattr(old, "language", None) or settings.LANGUAGE_CODE
        with translation.override(language):
            return reverse(self.old_address_view, kwargs={"slug": old.slug})
