"""Telling readers a public release has changed: a major change leaves a
dated note on its page and in the feeds, and moves the dates search engines
and feed readers go by; a minor one (a typo) shows nothing."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.models import Action
from audit.trail import record
from releases.models import LANGUAGE_CODES, ChangeNote, Release
from releases.workflow import can_edit


def asks_about_changes(release: Release | None) -> bool:
    """Readers have seen the release as it is: a change to it is minor or major."""
    return (
        release is not None
        and release.pk is not None
        and Release.objects.public().filter(pk=release.pk).exists()
    )


@transaction.atomic
def note_major_change(*, release: Release, by, note: dict) -> ChangeNote:
    """Record a major change with ``note`` (language code → text), shown to
    readers in each language; ``changed_at`` moves with it, in one transaction."""
    if not can_edit(release=release, user=by):
        raise PermissionDenied(_("You may not change this release."))
    texts = {code: (note.get(code) or "").strip() for code in LANGUAGE_CODES}
    if not any(texts.values()):
        raise ValidationError(_("Write a note telling readers what changed."))
    made_at = timezone.now()
    change = ChangeNote(release=release, made_at=made_at, made_by=by)
    for code, text in texts.items():
        setattr(change, f"note_{code}", text)
    change.save()
    release.changed_at = made_at
    release.save(update_fields=["changed_at"])
    record(
        Action.CHANGE_NOTE,
        release,
        by=by,
        detail=texts.get(release.original_language)
        or next(text for text in texts.values() if text),
        data={code: text for code, text in texts.items() if text},
    )
    return change
