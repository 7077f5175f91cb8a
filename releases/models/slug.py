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
