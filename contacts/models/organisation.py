from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class OrganisationKind(models.TextChoices):
    GOVERNMENT = "government", _("Government")
    PROSECUTION = "prosecution", _("Prosecution service")
    OWN_OFFICE = "own_office", _("One of our offices")
    INTERGOVERNMENTAL = "intergovernmental", _("Intergovernmental organisation")
    NGO = "ngo", _("Non-governmental organisation")
    OTHER = "other", _("Other")


class Organisation(models.Model):
    """A ministry, a prosecution service, one of our offices, an NGO…"""

    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("In full, e.g. “Public Prosecutor’s Office of Paraguay”."),
    )
    acronym = models.CharField(
        _("acronym"),
        max_length=30,
        blank=True,
        help_text=_("As readers know it in this language: IOM, OIM…"),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=OrganisationKind.choices,
        default=OrganisationKind.OTHER,
    )
    country = CountryField(_("country"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_(
            "The organisation this one belongs to: IOM Paraguay is part of IOM."
        ),
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        loaded = getattr(self, "_loaded_country", self.country)
        self._loaded_country = self.country
        if loaded != self.country:
            # Numbers printed without a country code were read as this
            # office's country: read them again.
            for contact in self.press_contacts.all():
                contact.save()

    @classmethod
    def from_db(cls, db, field_names, values):
        organisation = super().from_db(db, field_names, values)
        organisation._loaded_country = organisation.__dict__.get("country")
        return organisation
