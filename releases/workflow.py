"""Moving a release through draft → in review → published → withdrawn, or
unpublished (off the site for good: gone, or sent on to another release).

``available_transitions`` says which steps a user may take with a release
now: the admin's buttons, list actions and form fields ask it and work out
nothing for themselves. The steps are these functions, and nothing else
changes ``status``, so no path can skip a rule: each function checks the
user's permission itself, even when called from elsewhere.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from audit.models import Action
from audit.trail import record
from releases import announcements
from releases.models import LANGUAGE_CODES, Release, Status, UnpublishReason


def can_edit(*, release: Release, user) -> bool:
    """Contributors edit their own drafts; editors any draft or release in
    review; publishers also published ones."""
    if not user.has_perm("releases.change_release"):
        return False
    if release.status == Status.UNPUBLISHED:
        # Off the site for good: what it was is kept as it was.
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
    record(Action.SUBMIT, release, by=by)
    return release


def return_to_draft(*, release: Release, by) -> Release:
    """Send a release in review back to its writer."""
    if not by.has_perm("releases.change_others_release"):
        raise PermissionDenied(_("You may not return this release to draft."))
    if release.status != Status.IN_REVIEW:
        raise ValidationError(_("Only a release in review can go back to draft."))
    release.status = Status.DRAFT
    release.save(update_fields=["status", "updated_at"])
    record(Action.RETURN_TO_DRAFT, release, by=by)
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
    if release.status == Status.UNPUBLISHED:
        raise ValidationError(_("An unpublished release cannot be published again."))
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
    record(
        Action.SCHEDULE if release.publish_at > now else Action.PUBLISH,
        release,
        by=by,
        data={"publish_at": release.publish_at.isoformat()},
    )
    # Alerts to readers, in this transaction (releases/announcements.py).
    announcements.going_public(release)
    return release


@transaction.atomic
def withdraw_release(*, release: Release, by, note: dict | None = None) -> Release:
    """Take a published release off every list, keeping its page with a note.

    ``note`` maps language codes to the withdrawal note; without it, the note
    already on the release is used. Readers must be told why, so one is
    required. A release still under embargo was never public: withdrawing it
    cancels the embargo (``cancel_embargo``).
    """
    if not by.has_perm("releases.withdraw_release"):
        raise PermissionDenied(_("You may not withdraw releases."))
    if release.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published release can be withdrawn."))
    now = timezone.now()
    if not release.has_been_public:
        return cancel_embargo(release=release, by=by)
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
    notes = {
        c: getattr(release, f"withdrawal_note_{c}")
        for c in LANGUAGE_CODES
        if getattr(release, f"withdrawal_note_{c}")
    }
    record(
        Action.WITHDRAW, release, by=by, detail=next(iter(notes.values())), data=notes
    )
    return release


@transaction.atomic
def cancel_embargo(*, release: Release, by) -> Release:
    """Call off a release under embargo: it was never public, so it goes back
    to draft with no publication time and no page left behind."""
    if not by.has_perm("releases.withdraw_release"):
        raise PermissionDenied(_("You may not cancel an embargo."))
    if not release.is_embargoed:
        raise ValidationError(_("Only a release under embargo can have it cancelled."))
    embargo = release.publish_at
    release.status = Status.DRAFT
    release.publish_at = None
    release.first_published_at = None
    release.save(
        update_fields=["status", "publish_at", "first_published_at", "updated_at"]
    )
    record(Action.CANCEL_EMBARGO, release, by=by, data={"was": embargo.isoformat()})
    return release


@transaction.atomic
def unpublish_release(
    *,
    release: Release,
    by,
    reason: str,
    explanation: str,
    replaced_by: Release | None = None,
) -> Release:
    """Take a release readers have seen off the site for good.

    Published in error, its addresses answer 410 Gone; a duplicate of, or
    replaced by, another public release (``replaced_by``), they send readers
    there. Unlike a withdrawal nothing stays online, so the office records
    why (``explanation``, never shown to readers). A release under embargo
    was never public: cancel its embargo instead.
    """
    if not by.has_perm("releases.unpublish_release"):
        raise PermissionDenied(_("You may not unpublish releases."))
    if release.is_embargoed:
        raise ValidationError(
            _(
                "This release is under embargo and was never public: cancel the "
                "embargo instead."
            )
        )
    if not Release.objects.may_be_unpublished().filter(pk=release.pk).exists():
        raise ValidationError(
            _(
                "Only a release readers have seen (published or withdrawn) can be "
                "unpublished."
            )
        )
    explanation = (explanation or "").strip()
    if not explanation:
        raise ValidationError(_("Say why the release is unpublished."))
    if reason == UnpublishReason.ERROR:
        replaced_by = None
    elif replaced_by is None or replaced_by.pk == release.pk:
        raise ValidationError(_("Choose the other release readers are sent to."))
    elif not Release.objects.public().filter(pk=replaced_by.pk).exists():
        raise ValidationError(_("Readers can only be sent to a public release."))
    release.status = Status.UNPUBLISHED
    release.unpublished_at = timezone.now()
    release.unpublished_by = by
    release.unpublish_reason = reason
    release.replaced_by = replaced_by
    release.unpublish_explanation = explanation
    release.save(
        update_fields=[
            "status",
            "unpublished_at",
            "unpublished_by",
            "unpublish_reason",
            "replaced_by",
            "unpublish_explanation",
            "updated_at",
        ]
    )
    record(
        Action.UNPUBLISH,
        release,
        by=by,
        detail=explanation,
        data={"reason": reason, "replaced_by": replaced_by and replaced_by.pk},
    )
    return release


def publish_now(*, release: Release, by) -> Release:
    """Lift an embargo: the release goes public at once."""
    if not release.is_embargoed:
        raise ValidationError(_("Only a release under embargo can be published now."))
    return publish_release(release=release, by=by, at=timezone.now())


@dataclass(frozen=True, eq=False)
class Transition:
    """A step a user may take with a release.

    ``name`` is the key the admin's button posts (``button``), ``label`` its
    text, ``done`` what the press officer is told after it (``%(title)s``);
    ``label`` is empty for a step without a button of its own (a new time
    for an embargo is set by changing "publish at").
    """

    name: str
    label: str
    done: str
    permission: str
    step: Callable[..., Release]

    @property
    def button(self) -> str:
        return f"_{self.name}"

    def allowed_for(self, user) -> bool:
        """The user's role lets them take this step with some release."""
        return user.has_perm(self.permission)

    def run(self, *, release: Release, by, **options) -> Release:
        return self.step(release=release, by=by, **options)


SUBMIT = Transition(
    "submit_for_review",
    gettext_lazy("Save and submit for review"),
    gettext_lazy("“%(title)s” was sent to the editors for review."),
    "releases.submit_release",
    submit_release,
)
RETURN_TO_DRAFT = Transition(
    "return_to_draft",
    gettext_lazy("Return to writer as draft"),
    gettext_lazy("“%(title)s” was returned to its writer as a draft."),
    "releases.change_others_release",
    return_to_draft,
)
PUBLISH = Transition(
    "publish",
    gettext_lazy("Save and publish (at “publish at”, or now)"),
    gettext_lazy("“%(title)s” was published."),
    "releases.publish_release",
    publish_release,
)
RESCHEDULE = Transition(
    "reschedule",
    "",
    gettext_lazy("“%(title)s” was published."),
    "releases.publish_release",
    publish_release,
)
PUBLISH_NOW = Transition(
    "publish_now",
    gettext_lazy("Lift the embargo and publish now"),
    gettext_lazy("“%(title)s” was published."),
    "releases.publish_release",
    publish_now,
)
CANCEL_EMBARGO = Transition(
    "cancel_embargo",
    gettext_lazy("Cancel the embargo (back to draft)"),
    gettext_lazy(
        "“%(title)s” was under embargo and never public: its schedule is "
        "cancelled and it is a draft again."
    ),
    "releases.withdraw_release",
    cancel_embargo,
)
WITHDRAW = Transition(
    "withdraw",
    gettext_lazy("Save and withdraw"),
    gettext_lazy("“%(title)s” was withdrawn."),
    "releases.withdraw_release",
    withdraw_release,
)
UNPUBLISH_ERROR = Transition(
    "unpublish_error",
    gettext_lazy("Unpublish: published in error"),
    gettext_lazy("“%(title)s” was unpublished: its addresses now answer “gone”."),
    "releases.unpublish_release",
    partial(unpublish_release, reason=UnpublishReason.ERROR),
)
UNPUBLISH_DUPLICATE = Transition(
    "unpublish_duplicate",
    gettext_lazy("Unpublish: duplicate of another release"),
    gettext_lazy("“%(title)s” was unpublished: readers are sent to the other release."),
    "releases.unpublish_release",
    partial(unpublish_release, reason=UnpublishReason.DUPLICATE),
)
UNPUBLISH_REPLACED = Transition(
    "unpublish_replaced",
    gettext_lazy("Unpublish: replaced by a newer release"),
    gettext_lazy("“%(title)s” was unpublished: readers are sent to the newer release."),
    "releases.unpublish_release",
    partial(unpublish_release, reason=UnpublishReason.REPLACED),
)
UNPUBLISH = (UNPUBLISH_ERROR, UNPUBLISH_DUPLICATE, UNPUBLISH_REPLACED)
# The steps that send readers to another release, chosen in the form.
SENDS_ON = (UNPUBLISH_DUPLICATE, UNPUBLISH_REPLACED)
TRANSITIONS = (
    SUBMIT,
    RETURN_TO_DRAFT,
    PUBLISH,
    RESCHEDULE,
    PUBLISH_NOW,
    CANCEL_EMBARGO,
    WITHDRAW,
    *UNPUBLISH,
)


def available_transitions(*, release: Release | None, user) -> list[Transition]:
    """The steps ``user`` may take with ``release`` as it is now (None: a
    release still being written), in the order the admin shows them."""
    status = release.status if release is not None else Status.DRAFT
    possible = []
    if status == Status.DRAFT and (
        release is None or can_edit(release=release, user=user)
    ):
        possible.append(SUBMIT)
    if status == Status.IN_REVIEW:
        possible.append(RETURN_TO_DRAFT)
    if status in (Status.DRAFT, Status.IN_REVIEW):
        possible.append(PUBLISH)
    if release is not None and release.is_embargoed:
        possible += [RESCHEDULE, PUBLISH_NOW, CANCEL_EMBARGO]
    elif status == Status.PUBLISHED:
        possible.append(WITHDRAW)
    if (
        release is not None
        and status in (Status.PUBLISHED, Status.WITHDRAWN)
        and release.has_been_public
        and not release.is_embargoed
    ):
        possible += UNPUBLISH
    return [t for t in possible if t.allowed_for(user)]
