"""Moving a release through draft → in review → published → withdrawn.

The admin's buttons and actions call these functions and nothing else changes
``status``, so no path can skip a rule: each function checks the user's
permission itself.
"""

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from releases.models import LANGUAGE_CODES, Release, Status


def can_edit(*, release: Release, user) -> bool:
    """Contributors edit their own drafts; editors any draft or release in
    review; publishers also published ones."""
    if not user.has_perm("releases.change_release"):
        return False
    if release.status in (Status.PUBLISHED, Status.WITHDRAWN):
        return user.has_perm("releases.publish_release")
    if user.has_perm("releases.change_others_release"):
        return True
    # Once submitted, a release is the editors' until they send it back.
    return release.status == Status.DRAFT and release.created_by_id == user.pk


def submit_release(*, release: Release, by) -> Release:
    """Send a draft to the editors for review."""
    if not (
        by.has_perm("releases.submit_release") and can_edit(release=release, user=by)
    ):
        raise PermissionDenied(_("You may not submit this release."))
    if release.status != Status.DRAFT:
        raise ValidationError(_("Only a draft can be submitted for review."))
    release.status = Status.IN_REVIEW
    release.save(update_fields=["status", "updated_at"])
    return release


def return_to_draft(*, release: Release, by) -> Release:
    """Send a release in review back to its writer."""
    if not by.has_perm("releases.change_others_release"):
        raise PermissionDenied(_("You may not return this release to draft."))
    if release.status != Status.IN_REVIEW:
        raise ValidationError(_("Only a release in review can go back to draft."))
    release.status = Status.DRAFT
    release.save(update_fields=["status", "updated_at"])
    return release


@transaction.atomic
def publish_release(*, release: Release, by, at: datetime | None = None) -> Release:
    """Publish now, or at ``at`` if it is in the future (an embargo).

    ``first_published_at`` records when the release first went public and is
    never moved once that moment has passed, so a correction re-published
    later keeps its original date. A release that has been public keeps its
    ``publish_at`` too, and cannot go back under embargo: readers have seen it.
    """
    if not by.has_perm("releases.publish_release"):
        raise PermissionDenied(_("You may not publish releases."))
    if release.status == Status.WITHDRAWN:
        raise ValidationError(_("A withdrawn release cannot be published again."))
    if not release.languages():
        raise ValidationError(
            _("A release needs a title and a body in at least one language.")
        )
    now = timezone.now()
    if release.has_been_public:
        if at is not None and at > now:
            raise ValidationError(
                _("A release that has been public cannot be put under embargo again.")
            )
        release.publish_at = at or release.publish_at
    else:
        release.publish_at = at or now
        release.first_published_at = release.publish_at
    release.status = Status.PUBLISHED
    release.save(
        update_fields=["status", "publish_at", "first_published_at", "updated_at"]
    )
    return release


@transaction.atomic
def withdraw_release(*, release: Release, by, note: dict | None = None) -> Release:
    """Take a published release off every list, keeping its page with a note.

    ``note`` maps language codes to the withdrawal note; without it, the note
    already on the release is used. Readers must be told why, so one is
    required. A release still under embargo was never public: withdrawing it
    cancels the schedule and returns it to draft, with no page left behind.
    """
    if not by.has_perm("releases.withdraw_release"):
        raise PermissionDenied(_("You may not withdraw releases."))
    if release.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published release can be withdrawn."))
    now = timezone.now()
    if not release.has_been_public:
        release.status = Status.DRAFT
        release.publish_at = None
        release.first_published_at = None
        release.save(
            update_fields=["status", "publish_at", "first_published_at", "updated_at"]
        )
        return release
    for code, text in (note or {}).items():
        if code in LANGUAGE_CODES:
            setattr(release, f"withdrawal_note_{code}", text)
    if not any(getattr(release, f"withdrawal_note_{c}") for c in LANGUAGE_CODES):
        raise ValidationError(_("Write a withdrawal note telling readers why."))
    release.status = Status.WITHDRAWN
    release.withdrawn_at = now
    release.save(
        update_fields=[
            "status",
            "withdrawn_at",
            *(f"withdrawal_note_{c}" for c in LANGUAGE_CODES),
            "updated_at",
        ]
    )
    return release
