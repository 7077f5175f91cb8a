"""What the workflow offers each role at each step, and the admin's buttons
and actions keeping to it: they show what ``available_transitions`` gives,
and a step it does not give is refused."""

import html
from datetime import timedelta

import pytest
from django.utils import timezone

from releases import workflow
from releases.models import Status
from tests.admin_forms import ADD, CHANGELIST, change_url, form_data
from tests.factories import ReleaseFactory
from tests.releases.drafts import draft_by, is_public

pytestmark = pytest.mark.django_db


def own_draft(user):
    return draft_by(user)


def others_draft(user):
    return draft_by(None)


def in_review(user):
    return ReleaseFactory(status=Status.IN_REVIEW, publish_at=None, created_by=user)


def embargoed(user):
    return ReleaseFactory(publish_at=timezone.now() + timedelta(days=1))


def live(user):
    return ReleaseFactory(publish_at=timezone.now() - timedelta(days=1))


def withdrawn(user):
    release = live(user)
    release.status = Status.WITHDRAWN
    release.withdrawn_at = timezone.now()
    release.withdrawal_note_en = "Superseded."
    release.save()
    return release


STATES = {
    "own draft": own_draft,
    "someone else's draft": others_draft,
    "own release in review": in_review,
    "embargoed": embargoed,
    "live": live,
    "withdrawn": withdrawn,
}
# Role → state → the steps offered, in the order of the buttons.
OFFERED = {
    "contributor": {
        "own draft": ["submit_for_review"],
        "someone else's draft": [],
        "own release in review": [],
        "embargoed": [],
        "live": [],
        "withdrawn": [],
    },
    "editor": {
        "own draft": ["submit_for_review"],
        "someone else's draft": ["submit_for_review"],
        "own release in review": ["return_to_draft"],
        "embargoed": [],
        "live": [],
        "withdrawn": [],
    },
    "publisher": {
        "own draft": ["submit_for_review", "publish"],
        "someone else's draft": ["submit_for_review", "publish"],
        "own release in review": ["return_to_draft", "publish"],
        "embargoed": ["reschedule", "publish_now", "cancel_embargo"],
        "live": [
            "withdraw",
            "unpublish_error",
            "unpublish_duplicate",
            "unpublish_replaced",
        ],
        "withdrawn": ["unpublish_error", "unpublish_duplicate", "unpublish_replaced"],
    },
}
CASES = [
    (role, state, names)
    for role, by_state in OFFERED.items()
    for state, names in by_state.items()
]


@pytest.mark.parametrize(("role", "state", "names"), CASES)
def test_each_role_is_offered_the_steps_of_its_part(request, role, state, names):
    user = request.getfixturevalue(role)
    release = STATES[state](user)

    offered = workflow.available_transitions(release=release, user=user)

    assert [t.name for t in offered] == names


@pytest.mark.parametrize(("role", "state", "names"), CASES)
def test_the_change_form_shows_a_button_for_each_step_offered(
    client, request, role, state, names
):
    user = request.getfixturevalue(role)
    release = STATES[state](user)
    client.force_login(user)

    page = client.get(change_url(release)).text

    for transition in workflow.TRANSITIONS:
        shown = f'name="{transition.button}"' in page
        # Rescheduling is a new "publish at", not a button.
        assert shown == (transition.name in names and transition.label != "")


@pytest.mark.parametrize(
    ("role", "names"),
    [
        ("contributor", ["submit_for_review"]),
        ("editor", ["submit_for_review"]),
        ("publisher", ["submit_for_review", "publish"]),
    ],
)
def test_a_release_being_written_is_offered_submit_and_for_publishers_publish(
    client, request, role, names
):
    user = request.getfixturevalue(role)
    client.force_login(user)

    page = client.get(ADD).text

    for transition in workflow.TRANSITIONS:
        assert (f'name="{transition.button}"' in page) == (transition.name in names)


def test_a_button_pressed_after_someone_else_moved_the_release_on_is_not_taken(
    client, publisher
):
    release = draft_by(publisher)
    client.force_login(publisher)
    stale = form_data(
        release, title_en="Edited meanwhile", change_kind="minor", _publish=""
    )
    workflow.submit_release(release=release, by=publisher)
    workflow.publish_release(release=release, by=publisher)
    published_at = release.publish_at

    response = client.post(change_url(release), stale, follow=True)

    release.refresh_from_db()
    assert release.title_en == "Edited meanwhile"
    assert release.publish_at == published_at
    assert (
        "“Edited meanwhile” was saved, but it is Published now and that step is "
        "no longer open to it." in html.unescape(response.text)
    )


def test_cancelling_an_embargo_says_it_was_never_public(client, publisher):
    release = embargoed(publisher)
    client.force_login(publisher)

    response = client.post(
        change_url(release), form_data(release, _cancel_embargo=""), follow=True
    )

    release.refresh_from_db()
    assert release.status == Status.DRAFT
    assert "was under embargo and never public" in html.unescape(response.text)


def test_the_withdraw_action_leaves_an_embargo_to_be_cancelled_on_its_page(
    client, publisher
):
    release = embargoed(publisher)
    gone = live(publisher)
    gone.withdrawal_note_en = "Issued in error."
    gone.save()
    client.force_login(publisher)

    response = client.post(
        CHANGELIST,
        {"action": "withdraw_selected", "_selected_action": [release.pk, gone.pk]},
        follow=True,
    )

    release.refresh_from_db()
    gone.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert release.is_embargoed
    assert gone.status == Status.WITHDRAWN
    text = html.unescape(response.text)
    assert "1 release withdrawn." in text
    assert "open one under embargo to cancel its embargo" in text


def test_publish_now_lifts_an_embargo_at_once(client, publisher):
    release = embargoed(publisher)
    client.force_login(publisher)

    client.post(change_url(release), form_data(release, _publish_now=""))

    release.refresh_from_db()
    assert is_public(release)
    assert release.first_published_at <= timezone.now()
