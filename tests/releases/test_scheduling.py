"""Changing a release's publication time never leaks it, nor hides a live one."""

import html
from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from releases import workflow
from releases.models import Status
from tests.admin_forms import change_url, form_data, publish_at_fields
from tests.factories import ReleaseFactory
from tests.releases.drafts import draft_by, is_public

pytestmark = pytest.mark.django_db


def test_moving_an_embargo_later_keeps_the_release_hidden_until_the_new_time(
    client, publisher, contributor
):
    now = timezone.now().replace(microsecond=0)
    release = draft_by(contributor)
    workflow.publish_release(release=release, by=publisher, at=now + timedelta(hours=1))
    client.force_login(publisher)

    response = client.post(
        change_url(release),
        form_data(release, **publish_at_fields(now + timedelta(hours=3))),
    )

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.publish_at == now + timedelta(hours=3)
    assert release.first_published_at == now + timedelta(hours=3)
    with time_machine.travel(now + timedelta(hours=2), tick=False):
        assert not is_public(release)
        # Withdrawing it now cancels a schedule; no page is left for readers.
        workflow.withdraw_release(release=release, by=publisher)
        assert release.status == Status.DRAFT
        assert client.get(f"/en/releases/{release.slug_en}/").status_code == 404


def test_a_live_release_keeps_its_publication_time_when_a_publisher_saves_another(
    client, publisher
):
    release = ReleaseFactory()
    published = release.publish_at
    client.force_login(publisher)

    client.post(
        change_url(release),
        form_data(release, **publish_at_fields(timezone.now() + timedelta(days=2))),
    )

    release.refresh_from_db()
    assert release.publish_at == published
    assert is_public(release)


def test_a_release_readers_have_seen_cannot_go_back_under_embargo(publisher):
    release = ReleaseFactory()

    with pytest.raises(ValidationError):
        workflow.publish_release(
            release=release, by=publisher, at=timezone.now() + timedelta(days=1)
        )

    release.refresh_from_db()
    assert is_public(release)


def test_publish_now_action_leaves_embargoed_and_live_releases_alone(client, publisher):
    embargoed = ReleaseFactory(publish_at=timezone.now() + timedelta(days=1))
    live = ReleaseFactory(publish_at=timezone.now() - timedelta(days=30))
    client.force_login(publisher)

    response = client.post(
        "/admin/releases/release/",
        {"action": "publish_selected", "_selected_action": [embargoed.pk, live.pk]},
        follow=True,
    )

    embargoed.refresh_from_db()
    live.refresh_from_db()
    assert not is_public(embargoed)
    assert live.publish_at < timezone.now() - timedelta(days=29)
    text = html.unescape(response.text)
    assert f"“{embargoed.title_en}” (Embargoed) was not published" in text
    assert f"“{live.title_en}” (Published) was not published" in text
    assert "open it to change its publication time" in text


def test_a_plain_save_with_a_past_time_never_lifts_an_embargo(client, publisher):
    embargo = timezone.now().replace(microsecond=0) + timedelta(days=1)
    release = ReleaseFactory(publish_at=embargo)
    client.force_login(publisher)

    # A typo in the year, then a plain Save.
    response = client.post(
        change_url(release),
        form_data(
            release, **publish_at_fields(embargo - timedelta(days=365)), _save=""
        ),
    )

    assert response.status_code == 200
    assert "An embargo must end in the future" in response.text
    release.refresh_from_db()
    assert release.publish_at == embargo
    assert not is_public(release)


def test_lifting_an_embargo_publishes_now(client, publisher):
    embargo = timezone.now() + timedelta(days=1)
    release = ReleaseFactory(publish_at=embargo)
    client.force_login(publisher)

    response = client.post(change_url(release), form_data(release, _publish_now=""))

    assert response.status_code == 302
    release.refresh_from_db()
    assert is_public(release)
    assert release.first_published_at <= timezone.now()


def test_cancelling_an_embargo_returns_the_release_to_draft(client, publisher):
    embargo = timezone.now() + timedelta(days=1)
    release = ReleaseFactory(publish_at=embargo)
    client.force_login(publisher)

    client.post(
        change_url(release), form_data(release, _cancel_embargo=""), follow=True
    )

    release.refresh_from_db()
    assert release.status == Status.DRAFT
    assert release.publish_at is None
    assert client.get(f"/en/releases/{release.slug_en}/").status_code == 404
