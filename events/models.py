import zoneinfo
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from newsroom.core.languages import (
    LANGUAGE_CODES,
    any_language_q,
    unique_in_every_language,
)
from newsroom.core.models import OrderedLink, title_and_slugs
from newsroom.core.old_slugs import KeepsOldSlugs, old_slug_model

RESERVED_SLUGS = {"calendar"}


class EventKind(models.TextChoices):
    SEMINAR = "seminar", _("Seminar")
    CONFERENCE = "conference", _("Conference")
    MEETING = "meeting", _("Meeting")
    WORKSHOP = "workshop", _("Workshop")
    LAUNCH = "launch", _("Launch")
    PRESS_CONFERENCE = "press_conference", _("Press conference")


@cache
def time_zone_names():
    return sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


def validate_time_zone(name):
    if name not in time_zone_names():
        raise ValidationError(
            _("“%(name)s” is not a time zone, e.g. America/Asuncion."),
            params={"name": name},
            code="invalid_time_zone",
        )


class EventQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def upcoming(self):
        """Not over yet, soonest first."""
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")

    def past(self):
        return self.filter(ends_at__lt=timezone.now()).order_by("-starts_at", "-pk")

    def with_slug(self, *slugs):
        return self.filter(any_language_q("slug", slugs))


class Event(
    KeepsOldSlugs,
    title_and_slugs(
        _("The event's part of the address in this language. Filled from the title.")
    ),
):
    """What happened where: a seminar, a conference, a launch…"""

    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.MEETING
    )
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_(
            "The venue's time zone, e.g. America/Asuncion. The start and end are "
            "read and shown in it."
        ),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    image = models.ForeignKey(
        "media.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    organisers = models.ManyToManyField(
        "contacts.Organisation",
        verbose_name=_("organisers"),
        related_name="events_organised",
        blank=True,
    )
    supporters = models.ManyToManyField(
        "contacts.Organisation",
        verbose_name=_("supported by"),
        related_name="events_supported",
        blank=True,
    )
    is_public = models.BooleanField(
        _("shown on the site"),
        default=True,
        help_text=_(
            "Untick to keep an event that has not been announced yet off the "
            "public site and its calendar."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EventQuerySet.as_manager()

    slug_fallback = "event"
    # /events/calendar.ics is the subscription feed, not an event's file.
    reserved_slugs = RESERVED_SLUGS

    class Meta:
        # The table it had in the releases app, where events began.
        db_table = "releases_event"
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_at", "-pk"]
        constraints = unique_in_every_language("slug", "event")

    def __str__(self):
        return self.title or "?"

    def save(self, *args, **kwargs):
        self.fill_missing_slugs()
        super().save(*args, **kwargs)
        self.keep_old_slugs()

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @classmethod
    def from_db(cls, db, field_names, values):
        event = super().from_db(db, field_names, values)
        event.remember_slugs()
        return event

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The event cannot end before it starts.")
        if not any(getattr(self, f"title_{code}") for code in LANGUAGE_CODES):
            errors[f"title_{settings.LANGUAGE_CODE}"] = _(
                "The event needs a title in at least one language."
            )
        self.fill_missing_slugs()
        for code in LANGUAGE_CODES:
            slug = getattr(self, f"slug_{code}")
            if slug in RESERVED_SLUGS:
                errors[f"slug_{code}"] = _(
                    "This address is reserved for the site. Choose another slug."
                )
            elif slug and self._slug_taken(slug):
                errors[f"slug_{code}"] = _(
                    "Another event already uses this address. Choose another slug."
                )
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def local_start(self):
        return timezone.localtime(self.starts_at, self.zone)

    def local_end(self):
        return timezone.localtime(self.ends_at, self.zone)

    def is_one_day(self):
        return self.local_start().date() == self.local_end().date()

    def url_in(self, language):
        with translation.override(language):
            return reverse("events:detail", kwargs={"slug": self.slug})

    def ics_url(self):
        return reverse("events:ics", kwargs={"slug": self.slug})


class EventOldSlug(
    old_slug_model("events.Event", "event", _("event"), translated=True)
):
    """A slug an event used to have: its old addresses redirect, for ever."""


class Speaker(OrderedLink):
    """An official who spoke at an event, on a topic."""

    event = models.ForeignKey(
        Event,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="speakers",
    )
    official = models.ForeignKey(
        "contacts.Official",
        verbose_name=_("official"),
        on_delete=models.PROTECT,
        related_name="speaking",
    )
    topic = models.CharField(_("topic"), max_length=300, blank=True)

    class Meta(OrderedLink.Meta):
        db_table = "releases_speaker"
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        constraints = [
            OrderedLink.once(
                "event",
                "official",
                name="speaker_once_per_event",
                message=_("This official is already a speaker."),
            )
        ]

    def __str__(self):
        return str(self.official)
