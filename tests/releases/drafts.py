"""Releases at each step of the workflow, for the tests."""

from releases.models import Release, Status
from tests.factories import ReleaseFactory


def draft_by(user, **kwargs):
    return ReleaseFactory(
        status=Status.DRAFT,
        publish_at=None,
        first_published_at=None,
        created_by=user,
        **kwargs,
    )


def is_public(release):
    return Release.objects.public().filter(pk=release.pk).exists()
