from django.db import models
from django.utils.translation import gettext_lazy as _

from newsroom.core.languages import unique_in_every_language


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
        constraints = unique_in_every_language(
            "slug", "theme", _("Another theme already uses this slug.")
        )

    def __str__(self):
        return self.name
