from django.db import models
from django.utils.translation import gettext_lazy as _

from newsroom.core.models import OrderedLink


class MentionQuerySet(models.QuerySet):
    def confirmed(self):
        """Mentions readers see: confirmed by an editor, of a confirmed official."""
        return self.filter(confirmed=True, official__confirmed=True)

    def proposed(self):
        """Mentions readers do not see yet: proposed by an import, or of an
        official still to confirm."""
        return self.exclude(confirmed=True, official__confirmed=True)

    def in_public_releases(self):
        """Confirmed mentions in releases anyone may read: what an official's
        page lists, and what gives them a page."""
        from releases.models.release import Release

        return self.confirmed().filter(release__in=Release.objects.public())


class Mention(OrderedLink):
    """An official a release names, with the role they had in it."""

    release = models.ForeignKey(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="mentions",
    )
    official = models.ForeignKey(
        "contacts.Official",
        verbose_name=_("official"),
        on_delete=models.PROTECT,
        related_name="mentions",
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("Their part in this story, e.g. “representative of AIAMP”."),
    )
    confirmed = models.BooleanField(
        _("confirmed"),
        default=True,
        help_text=_(
            "Proposed by an import of old releases: tick once you have checked "
            "that the release names this person. Readers see confirmed mentions only."
        ),
    )

    objects = MentionQuerySet.as_manager()

    class Meta(OrderedLink.Meta):
        verbose_name = _("mention")
        verbose_name_plural = _("officials mentioned")
        constraints = [
            OrderedLink.once(
                "release",
                "official",
                name="mention_once_per_release",
                message=_("This official is already mentioned."),
            )
        ]

    def __str__(self):
        return str(self.official)

    @property
    def is_confirmed(self):
        return self.confirmed and self.official.confirmed


class ReleaseContact(OrderedLink):
    """A press contact at the foot of a release, in the order given."""

    release = models.ForeignKey(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="release_contacts",
    )
    contact = models.ForeignKey(
        "contacts.PressContact",
        verbose_name=_("press contact"),
        on_delete=models.PROTECT,
        related_name="release_contacts",
    )

    class Meta(OrderedLink.Meta):
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")
        constraints = [
            OrderedLink.once(
                "release",
                "contact",
                name="release_contact_once",
                message=_("This contact is already listed."),
            )
        ]

    def __str__(self):
        return str(self.contact)
