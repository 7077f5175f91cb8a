from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from contacts.models.person import Person, PersonQuerySet
from contacts.phones import check_number, has_words, international
from newsroom.core.languages import SPOKEN_LANGUAGE_NAMES

PHONE_FIELDS = ("mobile", "landline")


class PressContactQuerySet(PersonQuerySet):
    def active(self):
        return self.filter(active=True)


class PressContact(Person):
    """Someone journalists can call: a press officer of one of our offices."""

    family_name = models.CharField(
        _("family name"),
        max_length=120,
        blank=True,
        help_text=_(
            "For address books and sorting, when it is not the last word of the "
            "full name (e.g. “Díaz Verón”)."
        ),
    )
    office = models.ForeignKey(
        "contacts.Organisation",
        verbose_name=_("office"),
        on_delete=models.PROTECT,
        related_name="press_contacts",
    )
    job_title = models.CharField(
        _("job title"),
        max_length=200,
        blank=True,
        help_text=_("In this language, e.g. “Communications officer”."),
    )
    email = models.EmailField(_("email"), blank=True)
    mobile = models.CharField(
        _("mobile"),
        max_length=50,
        blank=True,
        help_text=_("As printed. Kept exactly as you type it, and checked."),
    )
    # E.164, plus ";ext=…" when the number has an extension (RFC 3966).
    mobile_e164 = models.CharField(
        _("mobile (E.164)"), max_length=32, blank=True, editable=False
    )
    landline = models.CharField(
        _("landline"),
        max_length=50,
        blank=True,
        help_text=_("As printed. Kept exactly as you type it, and checked."),
    )
    landline_e164 = models.CharField(
        _("landline (E.164)"), max_length=32, blank=True, editable=False
    )
    needs_review = models.BooleanField(
        _("needs review"),
        default=False,
        editable=False,
        db_index=True,
        help_text=_(
            "A phone number that does not validate: readers see it as printed."
        ),
    )
    languages = models.JSONField(
        _("languages spoken"),
        default=list,
        blank=True,
        help_text=_("The languages journalists can call this contact in."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick when the person leaves: the directory stops listing them."),
    )

    objects = PressContactQuerySet.as_manager()

    class Meta(Person.Meta):
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")

    def save(self, *args, **kwargs):
        self.family_name = " ".join(self.family_name.split())
        self.check_phones()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("contacts:index") + f"#contact-{self.slug}"

    def check_phones(self):
        """Keep each number as printed, its E.164 form when it validates, and
        flag the contact for review when one does not."""
        needs_review = False
        for field, checked in self.checked_phones():
            setattr(self, field, checked.printed)
            setattr(self, f"{field}_e164", checked.stored())
            needs_review |= bool(checked.problem)
        self.needs_review = needs_review

    def checked_phones(self):
        """``(field, CheckedNumber)`` for each phone number, read in the office's
        country when printed without a country code."""
        region = self.office.country.code if self.office_id else None
        return [
            (field, check_number(getattr(self, field), region))
            for field in PHONE_FIELDS
        ]

    def phones(self):
        """What readers see: dicts with kind, label, text and tel (or "")."""
        kinds = {"mobile": _("Mobile"), "landline": _("Landline")}
        result = []
        for field in PHONE_FIELDS:
            printed = getattr(self, field)
            if not printed:
                continue
            e164 = getattr(self, f"{field}_e164")
            result.append(
                {
                    "kind": field,
                    "label": kinds[field],
                    # International format, unless that would lose words
                    # printed with the number.
                    "text": international(e164)
                    if e164 and not has_words(printed)
                    else printed,
                    "tel": e164,
                    "printed": printed,
                }
            )
        return result

    def given_and_family(self):
        """``(given, family)`` for the vCard's N."""
        family = self.family_name
        if family and self.full_name.endswith(family):
            return self.full_name[: -len(family)].strip(), family
        if family:
            return self.full_name, family
        given, _sep, last = self.full_name.rpartition(" ")
        return given, last

    def language_names(self):
        """The languages spoken, named in the reader's language."""
        return [
            gettext(str(SPOKEN_LANGUAGE_NAMES[code]))
            for code in self.languages
            if code in SPOKEN_LANGUAGE_NAMES
        ]

    def vcard_url(self):
        return reverse("contacts:vcard", kwargs={"slug": self.slug})
