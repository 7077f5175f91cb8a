"""Each workflow step a press officer takes lands in the audit trail: who,
what, when and from which address; a step refused leaves no entry."""

from datetime import timedelta

import pytest
from django.utils import timezone

from audit.models import Action
from audit.trail import entries_for
from tests.admin_forms import CHANGELIST, change_url, form_data, publish_at_fields
from tests.factories import ReleaseFactory
from tests.releases.drafts import draft_by

pytestmark = pytest.mark.django_db

ADDRESS = {"REMOTE_ADDR": "203.0.113.9"}


def entries(release):
    return list(
        entries_for(release).values_list("action", "actor__username", "address")
    )


def test_publishing_from_the_change_form_is_recorded(client, publisher, contributor):
    release = draft_by(contributor)
    client.force_login(publisher)

    client.post(change_url(release), form_data(release, _publish=""), **ADDRESS)

    assert entries(release) == [(Action.PUBLISH, publisher.username, "203.0.113.9")]


def test_scheduling_then_cancelling_an_embargo_is_recorded(
    client, publisher, contributor
):
    release = draft_by(contributor)
    client.force_login(publisher)
    later = timezone.now() + timedelta(days=2)

    client.post(
        change_url(release),
        form_data(release, **publish_at_fields(later), _publish=""),
        **ADDRESS,
    )
    release.refresh_from_db()
    client.post(change_url(release), form_data(release, _cancel_embargo=""), **ADDRESS)

    # Newest first, as the trail lists them.
    assert [action for action, *_ in entries(release)] == [
        Action.CANCEL_EMBARGO,
        Action.SCHEDULE,
    ]


def test_withdrawing_records_the_note_readers_see(client, publisher):
    release = ReleaseFactory()
    client.force_login(publisher)

    client.post(
        change_url(release),
        form_data(release, withdrawal_note_en="Figures were wrong.", _withdraw=""),
        **ADDRESS,
    )

    entry = entries_for(release).get()
    assert entry.action == Action.WITHDRAW
    assert entry.detail == "Figures were wrong."
    assert entry.address == "203.0.113.9"


def test_a_refused_step_leaves_no_entry(client, editor, contributor):
    release = draft_by(contributor)
    client.force_login(editor)

    client.post(
        CHANGELIST,
        {"action": "publish_selected", "_selected_action": [release.pk], "index": 0},
    )

    assert entries(release) == []
