"""Roles and the publication workflow: who may write, submit, publish, withdraw."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from releases import workflow
from releases.models import Status
from tests.factories import ReleaseFactory, user_in
from tests.releases.drafts import draft_by, is_public

pytestmark = pytest.mark.django_db


# ----- the roles the data migration creates -----


def test_the_three_roles_hold_the_rights_they_need(contributor, editor, publisher):
    assert contributor.has_perm("releases.add_release")
    assert contributor.has_perm("releases.submit_release")
    assert not contributor.has_perm("releases.change_others_release")
    assert not contributor.has_perm("releases.publish_release")

    assert editor.has_perm("releases.change_others_release")
    assert not editor.has_perm("releases.publish_release")
    assert not editor.has_perm("releases.withdraw_release")

    assert publisher.has_perm("releases.publish_release")
    assert publisher.has_perm("releases.withdraw_release")


# ----- a contributor cannot publish, by any path -----


@pytest.mark.parametrize("role", ["contributor", "editor"])
def test_only_publishers_may_publish_through_the_workflow(request, role):
    user = request.getfixturevalue(role)
    release = draft_by(user)

    with pytest.raises(PermissionDenied):
        workflow.publish_release(release=release, by=user)

    release.refresh_from_db()
    assert release.status == Status.DRAFT
    assert release.publish_at is None
    assert not is_public(release)


# ----- contributors write and submit their own work -----


def test_contributor_cannot_submit_someone_elses_draft(contributor):
    other = user_in("Contributor", username="other")
    release = draft_by(other)

    with pytest.raises(PermissionDenied):
        workflow.submit_release(release=release, by=contributor)

    release.refresh_from_db()
    assert release.status == Status.DRAFT


def test_editor_returns_a_release_in_review_to_its_writer(editor, contributor):
    release = draft_by(contributor)
    workflow.submit_release(release=release, by=contributor)

    workflow.return_to_draft(release=release, by=editor)

    release.refresh_from_db()
    assert release.status == Status.DRAFT


# ----- publishers publish, schedule and withdraw -----


def test_a_release_with_no_text_cannot_be_published(publisher):
    release = draft_by(publisher, body_en="")

    with pytest.raises(ValidationError):
        workflow.publish_release(release=release, by=publisher)

    release.refresh_from_db()
    assert release.status == Status.DRAFT


def test_withdrawing_needs_a_note_for_readers(publisher):
    release = ReleaseFactory()

    with pytest.raises(ValidationError):
        workflow.withdraw_release(release=release, by=publisher)

    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert is_public(release)


@pytest.mark.parametrize("role", ["contributor", "editor"])
def test_only_publishers_may_withdraw(request, role):
    user = request.getfixturevalue(role)
    release = ReleaseFactory(withdrawal_note_en="A note is there.")

    with pytest.raises(PermissionDenied):
        workflow.withdraw_release(release=release, by=user)

    release.refresh_from_db()
    assert release.status == Status.PUBLISHED


def test_a_withdrawn_release_cannot_be_published_again(publisher):
    release = ReleaseFactory(
        status=Status.WITHDRAWN, withdrawn_at=timezone.now(), withdrawal_note_en="No."
    )

    with pytest.raises(ValidationError):
        workflow.publish_release(release=release, by=publisher)

    release.refresh_from_db()
    assert release.status == Status.WITHDRAWN


def test_moving_an_embargo_before_it_lifts_moves_the_first_publication_date(
    publisher,
):
    now = timezone.now()
    release = draft_by(None)
    workflow.publish_release(release=release, by=publisher, at=now + timedelta(days=5))

    sooner = now + timedelta(days=1)
    workflow.publish_release(release=release, by=publisher, at=sooner)

    release.refresh_from_db()
    assert release.first_published_at == sooner
    assert release.publish_at == sooner
