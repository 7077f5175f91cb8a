import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from django_prose_editor.fields import ProseEditorField

from newsroom.core.html import BODY_EDITOR, sanitise_html
from newsroom.core.languages import IN_LANGUAGE, for_reader, unique_in_every_language
from newsroom.core.models import title_and_slugs
from newsroom.core.text import plain_text, printable
from releases import search
from releases.models.change_note import ChangeNotes
from releases.models.choices import LANGUAGE_CODES, Kind, Region, Status
from releases.models.queryset import ReleaseQuerySet, public_indexes
from releases.models.slug import KeepsOldSlugs
from releases.models.theme import Theme
from releases.models.unpublishing import Unpublishing
from releases.models.vectors import SearchVectors

PLAIN_TEXT_FIELDS = ("title", "summary", "dateline_place", "withdrawal_note")
RESERVED_SLUGS = {"feed"}


def fallback_among(languages, original):
    """Of the ``languages`` a release is available in, the one readers without
    theirs are sent to: its original language, else the first; None if none."""
    if original in languages:
        return original
    return languages[0] if languages else None


class Release(
    KeepsOldSlugs,
    title_and_slugs(
        _(
            "The release's part of the web address in this language. Filled from "
            "the title; keep it short. Leave it empty for a language you have not "
            "written."
        )
    ),
    ChangeNotes,
    Unpublishing,
    SearchVectors,
):
    """What the press office publishes: a press release, news, a statement…"""

    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.PRESS_RELEASE
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in lists and shared on social media."),
    )
    body = ProseEditorField(
        _("body"),
        config=BODY_EDITOR,
        sanitize=sanitise_html,
        blank=True,
        help_text=_(
            "The text of the release. Paste from a word processor freely: "
            "formatting the site does not allow is removed on save."
        ),
    )
    dateline_place = models.CharField(
        _("dateline place"),
        max_length=120,
        blank=True,
        help_text=_('Where the release is datelined, e.g. "Paraguay" or "Geneva".'),
    )
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("Every country the release is about."),
    )
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        blank=True,
        help_text=_('"Global", or the region the release concerns.'),
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), related_name="releases", blank=True
    )
    hero_image = models.ForeignKey(
        "media.Image",
        verbose_name=_("main picture"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hero_of",
        help_text=_("Shown at the top of the release, in lists and when shared."),
    )
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="releases",
        help_text=_("The event the release is about, if any."),
    )
    officials = models.ManyToManyField(
        "contacts.Official",
        through="releases.Mention",
        verbose_name=_("officials mentioned"),
        related_name="releases",
        blank=True,
    )
    press_contacts = models.ManyToManyField(
        "contacts.PressContact",
        through="releases.ReleaseContact",
        verbose_name=_("press contacts"),
        related_name="releases",
        blank=True,
    )
    original_language = models.CharField(
        _("original language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the release was written in; others translate it."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "When the release goes public. A time in the future is an embargo: "
            "the release appears on the site at that moment, by itself."
        ),
    )
    first_published_at = models.DateTimeField(
        _("first published at"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    withdrawn_at = models.DateTimeField(
        _("withdrawn at"), null=True, blank=True, editable=False
    )
    withdrawal_note = models.TextField(
        _("withdrawal note"),
        blank=True,
        help_text=_(
            "Why the release was withdrawn. Readers see it on the release's page, "
            "which stays online."
        ),
    )

    objects = ReleaseQuerySet.as_manager()

    slug_fallback = "release"
    # /releases/feed/ is the feed, not a release.
    reserved_slugs = RESERVED_SLUGS

    class Meta:
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        ordering = ["-publish_at", "-pk"]
        permissions = [
            ("submit_release", _("Can submit releases for review")),
            ("change_others_release", _("Can edit releases written by others")),
            ("publish_release", _("Can publish and schedule releases")),
            ("withdraw_release", _("Can withdraw published releases")),
            (
                "unpublish_release",
                _("Can unpublish releases (published in error, duplicates)"),
            ),
        ]
        indexes = [models.Index(fields=["status", "publish_at"]), *public_indexes()]
        constraints = unique_in_every_language("slug", "release")

    def __str__(self):
        return self.display_title()

    def save(self, *args, **kwargs):
        # Sanitised here, not in a form, so the admin, the ORM and any importer
        # all store the same safe HTML.
        for code in LANGUAGE_CODES:
            field = f"body_{code}"
            setattr(self, field, sanitise_html(getattr(self, field)))
            # A pasted control character would break every feed and sitemap.
            for plain in PLAIN_TEXT_FIELDS:
                name = f"{plain}_{code}"
                setattr(self, name, printable(getattr(self, name)))
        self.fill_missing_slugs()
        super().save(*args, **kwargs)
        self.keep_old_slugs()
        # Most saves (a workflow step, a change of themes) leave the text as
        # it was: no second query then.
        searched = self._searched_text()
        if searched != getattr(self, "_loaded_searched_text", None):
            search.index_release(self)
            self._loaded_searched_text = searched

    def get_absolute_url(self):
        """The release in the current language, or in the one readers land on."""
        language = translation.get_language()
        if not self.is_available_in(language):
            language = self.fallback_language() or self.original_language
        return self.url_in(language)

    @classmethod
    def from_db(cls, db, field_names, values):
        release = super().from_db(db, field_names, values)
        release.remember_slugs()
        # So that save() only re-indexes a release whose text changed.
        release._loaded_searched_text = release._searched_text()
        return release

    def _searched_text(self):
        return tuple(
            self.__dict__.get(f"{field}_{code}")
            for field in search.TEXT_FIELDS
            for code in LANGUAGE_CODES
        )

    def clean(self):
        super().clean()
        self.fill_missing_slugs()
        # One slug names one release, whatever the language: the address
        # /fr/releases/<slug>/ must never be ambiguous.
        errors = {}
        for code in LANGUAGE_CODES:
            slug = getattr(self, f"slug_{code}")
            if not slug:
                continue
            if self._slug_taken(slug):
                errors[f"slug_{code}"] = _(
                    "Another release already uses this address. Choose another slug."
                )
            has_title = bool(getattr(self, f"title_{code}"))
            if not has_title:
                errors.setdefault(
                    f"title_{code}", _("A slug needs a title in the same language.")
                )
        original = self.original_language
        if not getattr(self, f"title_{original}"):
            errors.setdefault(
                f"title_{original}",
                _("The release needs a title in its original language."),
            )
        if errors:
            raise ValidationError(errors)

    def languages(self):
        """The languages this release is available in, in the site's order."""
        return [
            code
            for code in LANGUAGE_CODES
            if getattr(self, f"title_{code}") and getattr(self, f"body_{code}")
        ]

    def pictures(self):
        """Its main picture, then its gallery's, each once."""
        pictures = [self.hero_image] if self.hero_image else []
        for item in self.gallery.all():
            if item.image not in pictures:
                pictures.append(item.image)
        return pictures

    def is_available_in(self, language):
        return language in self.languages()

    def _for_reader(self, field):
        return for_reader(self, field, self.original_language)

    def for_reader(self):
        """The version a reader of the current language opens: theirs when the
        release is available in it, else the original's.

        ``{"language", "in_language", "title", "url"}``, for lists outside the
        release lists (an official's page, an event's) that show releases in
        any language.
        """
        language = translation.get_language()
        if not self.is_available_in(language):
            language = self.fallback_language() or self.original_language
        return {
            "language": language,
            "in_language": IN_LANGUAGE.get(language, language),
            "title": getattr(self, f"title_{language}") or self.display_title(),
            "url": self.url_in(language),
        }

    def display_title(self):
        """A title for the admin and messages: the original one if this is empty."""
        return self._for_reader("title")[1]

    def url_in(self, language):
        with translation.override(language):
            return reverse(
                "releases:detail", kwargs={"slug": getattr(self, f"slug_{language}")}
            )

    def pdf_url_in(self, language):
        with translation.override(language):
            return reverse(
                "releases:pdf", kwargs={"slug": getattr(self, f"slug_{language}")}
            )

    def preview_url_in(self, language):
        with translation.override(language):
            return reverse("releases:preview", kwargs={"pk": self.pk})

    @property
    def published_on(self):
        """The date readers are shown: when it first went public."""
        return self.first_published_at or self.publish_at

    @property
    def is_embargoed(self):
        return (
            self.status == Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at > timezone.now()
        )

    @property
    def has_been_public(self):
        """Readers have seen it: it went public, whatever its status now."""
        return (
            self.first_published_at is not None
            and self.first_published_at <= timezone.now()
        )

    @property
    def is_withdrawn(self):
        return self.status == Status.WITHDRAWN

    def lead(self):
        """The summary, or the opening words of the body when there is none."""
        if self.summary:
            return self.summary
        return " ".join(plain_text(self.body).split()[:60])

    def summary_opens_body(self):
        """The summary is the body's first paragraph, as an import makes it:
        the page shows that text once, not as a lead and again below it."""
        first = re.match(r"<p(?: [^>]*)?>(.*?)</p>", self.body or "", re.S)
        return bool(first) and plain_text(first.group(1)) == " ".join(
            self.summary.split()
        )

    def body_with_dateline(self):
        """The body, its first paragraph opening with the dateline, as in print."""
        body = self.body or ""
        opening = re.match(r"<p(?: [^>]*)?>", body)
        if self.dateline_place and opening:
            dateline = format_html(
                '<span class="dateline">{} – </span>', self.dateline_place
            )
            body = f"{opening.group()}{dateline}{body[opening.end() :]}"
        elif self.dateline_place:
            # The body opens with a heading or a list: the dateline stands alone.
            body = format_html('<p class="dateline">{}</p>', self.dateline_place) + body
        # The body was sanitised on save, and the dateline is escaped above.
        return mark_safe(body)

    def withdrawal_note_for_reader(self):
        """``(language, text)``, so the page can mark a note in another language."""
        return self._for_reader("withdrawal_note")

    def fallback_language(self):
        """Where a reader lands when this release is not in their language."""
        return fallback_among(self.languages(), self.original_language)
