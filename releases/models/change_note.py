from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.core.languages import for_reader


class ChangeNote(models.Model):
    """What a major change to a public release changed, as readers are told."""

    release = models.ForeignKey(
        "releases.Release",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="change_notes",
    )
    note = models.TextField(
        _("change note"),
        blank=True,
        help_text=_("What changed, for readers: “corrected the number of arrivals”."),
    )
    made_at = models.DateTimeField(_("made at"), default=timezone.now)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("made by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")
        ordering = ["-made_at", "-pk"]

    def __str__(self):
        return self.note

    def for_reader(self):
        """``(language, text)``: the note in the page's language, else in the
        release's original one (a translation added after the change)."""
        return for_reader(self, "note", self.release.original_language)


class ChangeNotes(models.Model):
    """For a release: when it last changed in a way readers are told of.

    Kept on the release (the latest note's ``made_at``) so that lists, feeds
    and the sitemap date it without reading its notes.
    """

    changed_at = models.DateTimeField(
        _("last major change"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True

    @property
    def last_modified(self):
        """When readers were last told the release changed: its latest major
        change, else its publication. A minor change (a typo) moves nothing."""
        return self.changed_at or self.published_on

    def notes_for_reader(self):
        """The change notes, newest first, each ``(made_at, language, text)``;
        the release page prefetches them (``change_notes``)."""
        if self.changed_at is None:
            return []
        return [(note.made_at, *note.for_reader()) for note in self.change_notes.all()]
