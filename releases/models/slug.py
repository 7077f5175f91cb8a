from django.db import models
from django.utils.translation import gettext_lazy as _

from releases.models.choices import LANGUAGE_CODES


class OldSlug(models.Model):
    """A slug a release used to have: its old address redirects, for ever."""

    release = models.ForeignKey(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="old_slugs",
    )
    language = models.CharField(
        _("language"), max_length=5, choices=[(c, c) for c in LANGUAGE_CODES]
    )
    slug = models.SlugField(_("slug"), max_length=250, allow_unicode=True, unique=True)
    retired_at = models.DateTimeField(_("retired at"), auto_now_add=True)

    class Meta:
        verbose_name = _("old slug")
        verbose_name_plural = _("old slugs")

    def __str__(self):
        return self.slug


class KeepsOldSlugs:
    """For a release: a changed slug's old address keeps working, and no
    release takes an address another one used to have."""

    def remember_slugs(self):
        """Note the slugs as loaded, for save() to see which changed."""
        self._loaded_slugs = {
            code: getattr(self, f"slug_{code}", None) for code in LANGUAGE_CODES
        }

    def keep_old_slugs(self):
        """Keep each changed slug as an old address of this release."""
        loaded = getattr(self, "_loaded_slugs", {})
        current = {code: getattr(self, f"slug_{code}") for code in LANGUAGE_CODES}
        changed = {
            code: old for code, old in loaded.items() if old and old != current[code]
        }
        self._loaded_slugs = current
        if not changed:
            # Most saves: no query at all.
            return
        for code, old in changed.items():
            OldSlug.objects.update_or_create(
                slug=old, defaults={"release": self, "language": code}
            )
        # A slug in use again is no longer an old one.
        OldSlug.objects.filter(
            release=self, slug__in=[s for s in current.values() if s]
        ).delete()

    def _slug_taken(self, slug):
        """Taken by another release, now or as an old address, or by the site."""
        return (
            super()._slug_taken(slug)
            or OldSlug.objects.filter(slug=slug).exclude(release_id=self.pk).exists()
        )
