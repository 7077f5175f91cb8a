import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from newsroom.core.languages import LANGUAGE_NAMES

LIFETIME = timedelta(days=7)
SALT = "reviews.preview-link"


def seven_days_on():
    return timezone.now() + LIFETIME


def new_secret():
    return secrets.token_urlsafe(24)


class PreviewLinkQuerySet(models.QuerySet):
    def usable(self, now=None):
        """Links that open: not revoked, not expired."""
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


class PreviewLink(models.Model):
    """A link to a release as it is now, for a reviewer without an account
    (an official of a partner government checking facts): signed, expiring,
    revocable at once. Its address holds nothing but its signed secret."""

    release = models.ForeignKey(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="preview_links",
    )
    secret = models.CharField(max_length=64, unique=True, default=new_secret)
    reviewer = models.CharField(
        _("for"),
        max_length=200,
        help_text=_("Who the link is for, e.g. “Ministry of Justice, Paraguay”."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=list(LANGUAGE_NAMES.items()),
        help_text=_("The language the link opens the release in."),
    )
    expires_at = models.DateTimeField(_("expires at"), default=seven_days_on)
    allows_remarks = models.BooleanField(
        _("reviewer may leave remarks"),
        default=False,
        help_text=_(
            "The preview shows a form whose remarks appear beside the release."
        ),
    )
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.release} — {self.reviewer}"

    def get_absolute_url(self):
        return self.url_in(self.language)

    def url_in(self, language):
        with translation.override(language):
            return reverse("reviews:preview", kwargs={"token": self.token})

    @property
    def token(self):
        return signing.Signer(salt=SALT).sign(self.secret)

    @property
    def is_usable(self):
        return self.revoked_at is None and self.expires_at > timezone.now()

    @classmethod
    def opened_by(cls, token):
        """The usable link ``token`` opens, or None: tampered, guessed,
        expired or revoked alike."""
        try:
            secret = signing.Signer(salt=SALT).unsign(token)
        except signing.BadSignature:
            return None
        return (
            cls.objects.usable().select_related("release").filter(secret=secret).first()
        )


class Opening(models.Model):
    """A preview link opened: when, and from which address."""

    link = models.ForeignKey(
        PreviewLink,
        verbose_name=_("preview link"),
        on_delete=models.CASCADE,
        related_name="openings",
    )
    opened_at = models.DateTimeField(_("opened at"), auto_now_add=True)
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("opening of a preview link")
        verbose_name_plural = _("openings of preview links")
        ordering = ["-opened_at"]

    def __str__(self):
        return f"{self.link} @ {self.opened_at:%Y-%m-%d %H:%M}"


class RemarkKind(models.TextChoices):
    QUESTION = "question", _("Question for the author")
    FACT_CHECK = "fact_check", _("Fact-check")
    REMARK = "remark", _("Remark")


class Remark(models.Model):
    """A remark on a release, from staff or from a reviewer's link: shown in
    the admin beside the release, in order, never to readers."""

    release = models.ForeignKey(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="remarks",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=RemarkKind.choices, default=RemarkKind.REMARK
    )
    text = models.TextField(_("remark"), max_length=5000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A reviewer, through a preview link: the name they gave.
    reviewer_name = models.CharField(_("reviewer's name"), max_length=200, blank=True)
    link = models.ForeignKey(
        PreviewLink,
        verbose_name=_("through the preview link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="remarks",
    )
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("remark")
        verbose_name_plural = _("remarks")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:60]

    @property
    def who(self):
        if self.author_id:
            return self.author.get_full_name() or self.author.get_username()
        if self.link_id:
            return f"{self.reviewer_name or '?'} ({self.link.reviewer})"
        return self.reviewer_name or "—"
