from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from contacts.models.person import Person


class Official(Person):
    """Someone in the news: an attorney general, a minister, one of our experts."""

    honorific = models.CharField(
        _("honorific"),
        max_length=60,
        blank=True,
        help_text=_("As used in this language: Dr, Mr, Ms, H.E.…"),
    )
    position = models.CharField(
        _("position"),
        max_length=200,
        blank=True,
        help_text=_("The title in this language, e.g. “Attorney General of Paraguay”."),
    )
    organisation = models.ForeignKey(
        "contacts.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officials",
    )
    country = CountryField(_("country"), blank=True)
    # The site's picture model, known by its setting only (as the user model
    # is): contacts depends on no other app's code.
    portrait = models.ForeignKey(
        settings.PICTURE_MODEL,
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="portrait_of",
        help_text=_("A head-and-shoulders photo you may publish."),
    )
    bio = models.TextField(_("biography"), blank=True)
    # Officials an import found in a release's text wait for an editor: they
    # have no page, and releases do not name them, until confirmed.
    confirmed = models.BooleanField(
        _("confirmed"),
        default=True,
        db_index=True,
        help_text=_(
            "Found by an import of old releases. Check the name, position and "
            "organisation, then tick: until then no page shows this person."
        ),
    )

    class Meta(Person.Meta):
        verbose_name = _("official")
        verbose_name_plural = _("officials")

    def get_absolute_url(self):
        return reverse("officials:detail", kwargs={"slug": self.slug})
