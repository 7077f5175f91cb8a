from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from releases.models.choices import LANGUAGE_CODES


class Theme(models.Model):
    """A subject the office reports on, such as counter-trafficking."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        help_text=_("The theme's part of the address, e.g. counter-trafficking."),
    )

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=[f"slug_{code}"],
                condition=~Q(**{f"slug_{code}": ""}),
                name=f"theme_unique_slug_{code}",
                violation_error_message=_("Another theme already uses this slug."),
            )
            for code in LANGUAGE_CODES
        ]

    def __str__(self):
        return self.name
