from django.db import models
from django.db.models import Exists, Q
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
    portrait = models.ForeignKey(
        "media.Image",
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


# What gives an official a page: each a function returning a queryset of
# their public appearances, filtered on OuterRef("pk"). The apps that name
# officials (releases' mentions, events' speakers) add theirs from their
# AppConfig.ready(): contacts imports none of them.
PUBLIC_APPEARANCES = []


def appear_in(appearances):
    """Register ``appearances``: officials found by it have a page."""
    PUBLIC_APPEARANCES.append(appearances)
    return appearances


def officials_with_a_page():
    """Officials whose page answers: confirmed, and named by something
    public (a public release, a public event's speakers). Someone named only
    in a draft or an embargoed release has no page yet: it would leak the
    news."""
    appears = Q(pk__in=[])
    for appearances in PUBLIC_APPEARANCES:
        appears |= Exists(appearances())
    return Official.objects.filter(confirmed=True).filter(appears)
