"""The workflow as press officers and readers meet it: the change form's
buttons, the list's actions, and the pages after each step."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from releases import workflow
from releases.models import Release, Status
from tests.admin_forms import ADD, CHANGELIST, change_url, form_data, publish_at_fields
from tests.factories import ReleaseFactory, ThemeFactory, user_in
from tests.releases.drafts import draft_by, is_public

pytestmark = pytest.mark.django_db


# ----- a contributor cannot publish, by any path -----


@pytest.mark.parametrize("role", ["contributor", "editor"])
def test_only_publishers_may_publish_with_the_list_action(client, request, role):
    user = request.getfixturevalue(role)
    release = draft_by(user)
    client.force_login(user)

    client.post(
        CHANGELIST,
        {"action": "publish_selected", "_selected_action": [release.pk], "index": 0},
    )

    release.refresh_from_db()
    assert release.status == Status.DRAFT
    assert not is_public(release)


def test_publisher_publishes_with_the_list_action(client, publisher, contributor):
    release = draft_by(contributor)
    client.force_login(publisher)

    response = client.post(
        CHANGELIST,
        {"action": "publish_selected", "_selected_action": [release.pk], "index": 0},
    )

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert is_public(release)


def test_contributor_saves_their_own_draft_in_the_admin(client, contributor):
    themes = ThemeFactory.create_batch(2)
    release = draft_by(contributor, countries=["PY", "AR"], themes=themes[:1])
    client.force_login(contributor)
    data = form_data(
        release,
        title_en="A better title",
        countries=["PY", "AR", "BR"],
        themes=[theme.pk for theme in themes],
        _save="",
    )

    response = client.post(change_url(release), data)

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.title_en == "A better title"
    assert sorted(country.code for country in release.countries) == ["AR", "BR", "PY"]
    assert set(release.themes.all()) == set(themes)
    assert release.status == Status.DRAFT


@pytest.mark.parametrize("role", ["contributor", "editor"])
def test_forged_publish_button_is_refused_and_nothing_is_saved(client, request, role):
    user = request.getfixturevalue(role)
    release = draft_by(user, title_en="The original title")
    client.force_login(user)

    response = client.post(
        change_url(release),
        form_data(release, title_en="Changed on the way", _publish=""),
    )

    assert response.status_code == 403
    release.refresh_from_db()
    assert release.title_en == "The original title"
    assert release.status == Status.DRAFT
    assert not is_public(release)


@pytest.mark.parametrize("button", ["_withdraw", "_return_to_draft"])
def test_contributor_forging_other_workflow_buttons_is_refused(
    client, contributor, button
):
    release = draft_by(contributor, title_en="The original title")
    client.force_login(contributor)

    response = client.post(
        change_url(release),
        form_data(release, title_en="Changed on the way", **{button: ""}),
    )

    assert response.status_code == 403
    release.refresh_from_db()
    assert release.title_en == "The original title"
    assert release.status == Status.DRAFT


def test_forged_publish_button_on_a_new_release_saves_nothing(client, contributor):
    client.force_login(contributor)
    data = form_data(
        Release(title_en="Brand new", slug_en="brand-new", body_en="<p>Text.</p>"),
        _publish="",
    )

    response = client.post(ADD, data)

    assert response.status_code == 403
    assert not Release.objects.exists()


def test_status_in_a_contributors_post_is_ignored(client, contributor):
    release = draft_by(contributor)
    client.force_login(contributor)
    data = form_data(
        release,
        title_en="Saved, but not published",
        status="published",
        publish_at_0="2020-01-01",
        publish_at_1="09:00:00",
        first_published_at="2020-01-01 09:00:00",
        _save="",
    )

    response = client.post(change_url(release), data)

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.title_en == "Saved, but not published"
    assert release.status == Status.DRAFT
    assert release.publish_at is None
    assert release.first_published_at is None
    assert client.get(f"/en/releases/{release.slug_en}/").status_code == 404


# ----- contributors write and submit their own work -----


def test_contributor_submits_their_own_draft_for_review(client, contributor):
    release = draft_by(contributor)
    client.force_login(contributor)

    response = client.post(
        change_url(release), form_data(release, _submit_for_review="")
    )

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == Status.IN_REVIEW
    assert not is_public(release)


def test_contributor_cannot_edit_someone_elses_draft(client, contributor):
    other = user_in("Contributor", username="other")
    release = draft_by(other, title_en="Written by someone else")
    client.force_login(contributor)

    response = client.post(
        change_url(release), form_data(release, title_en="Overwritten", _save="")
    )

    assert response.status_code == 403
    release.refresh_from_db()
    assert release.title_en == "Written by someone else"


def test_contributor_cannot_edit_a_published_release_even_their_own(
    client, contributor
):
    release = ReleaseFactory(created_by=contributor, title_en="Already public")
    client.force_login(contributor)

    response = client.post(
        change_url(release), form_data(release, title_en="Quietly changed", _save="")
    )

    assert response.status_code == 403
    release.refresh_from_db()
    assert release.title_en == "Already public"


def test_editor_edits_someone_elses_draft(client, editor, contributor):
    release = draft_by(contributor)
    client.force_login(editor)

    response = client.post(
        change_url(release), form_data(release, title_en="Edited by the desk", _save="")
    )

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.title_en == "Edited by the desk"
    assert release.status == Status.DRAFT


# ----- publishers publish, schedule and withdraw -----


def test_publisher_publishes_now(client, publisher, contributor):
    moment = datetime(2025, 6, 2, 8, 30, tzinfo=UTC)
    release = draft_by(contributor)

    with time_machine.travel(moment, tick=False):
        workflow.publish_release(release=release, by=publisher)
        response = client.get(f"/en/releases/{release.slug_en}/")

    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert release.publish_at == moment
    assert release.first_published_at == moment
    assert response.status_code == 200


def test_publisher_publishes_from_the_change_form(client, publisher, contributor):
    release = draft_by(contributor)
    client.force_login(publisher)

    response = client.post(change_url(release), form_data(release, _publish=""))

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert client.get(f"/en/releases/{release.slug_en}/").status_code == 200


def test_publisher_writes_and_publishes_a_new_release_at_once(client, publisher):
    client.force_login(publisher)
    data = form_data(
        Release(
            title_fr="Nouveau communiqué",
            slug_fr="nouveau-communique",
            body_fr="<p>Texte.</p>",
            original_language="fr",
        ),
        _publish="",
    )

    response = client.post(ADD, data)

    assert response.status_code == 302
    release = Release.objects.get()
    assert release.created_by == publisher
    assert release.status == Status.PUBLISHED
    assert release.first_published_at is not None
    assert client.get("/fr/releases/nouveau-communique/").status_code == 200


def test_publishing_at_a_future_time_is_an_embargo(client, publisher, contributor):
    lifts_at = timezone.now().replace(microsecond=0) + timedelta(days=1)
    release = draft_by(contributor)

    workflow.publish_release(release=release, by=publisher, at=lifts_at)

    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert release.publish_at == lifts_at
    assert release.is_embargoed
    path = f"/en/releases/{release.slug_en}/"
    assert client.get(path).status_code == 404
    with time_machine.travel(lifts_at, tick=False):
        assert client.get(path).status_code == 200


def test_publisher_schedules_an_embargo_from_the_change_form(
    client, publisher, contributor
):
    lifts_at = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    release = draft_by(contributor)
    client.force_login(publisher)

    response = client.post(
        change_url(release),
        form_data(
            release,
            **publish_at_fields(lifts_at),
            _publish="",
        ),
    )

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert release.publish_at == lifts_at
    assert not is_public(release)
    with time_machine.travel(lifts_at + timedelta(seconds=1), tick=False):
        assert is_public(release)


def test_publisher_withdraws_a_release_with_a_note(client, publisher):
    moment = datetime(2025, 7, 14, 16, 0, tzinfo=UTC)
    published = moment - timedelta(days=10)
    release = ReleaseFactory(
        title_en="A release with an error",
        publish_at=published,
        first_published_at=published,
    )

    with time_machine.travel(moment, tick=False):
        workflow.withdraw_release(
            release=release,
            by=publisher,
            note={"en": "This release contained wrong figures."},
        )

    release.refresh_from_db()
    assert release.status == Status.WITHDRAWN
    assert release.withdrawn_at == moment
    page = client.get(f"/en/releases/{release.slug_en}/")
    assert page.status_code == 200
    assert "This release contained wrong figures." in page.text
    assert "14 July 2025" in page.text
    assert "A release with an error" not in client.get("/en/releases/").text


def test_publisher_withdraws_from_the_change_form(client, publisher):
    release = ReleaseFactory()
    client.force_login(publisher)

    response = client.post(
        change_url(release),
        form_data(
            release, withdrawal_note_en="Replaced by a new release.", _withdraw=""
        ),
    )

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == Status.WITHDRAWN
    assert release.withdrawal_note_en == "Replaced by a new release."


def test_withdrawing_an_embargoed_release_returns_it_to_draft_and_leaves_no_page(
    client, publisher
):
    lifts_at = timezone.now() + timedelta(days=2)
    release = ReleaseFactory(publish_at=lifts_at, first_published_at=lifts_at)

    workflow.withdraw_release(release=release, by=publisher)

    release.refresh_from_db()
    assert release.status == Status.DRAFT
    assert release.publish_at is None
    assert release.first_published_at is None
    with time_machine.travel(lifts_at + timedelta(hours=1), tick=False):
        assert client.get(f"/en/releases/{release.slug_en}/").status_code == 404
        assert release.title_en not in client.get("/en/releases/").text


def test_first_publication_date_is_kept_when_a_publisher_republishes(
    client, publisher, contributor
):
    first = datetime(2016, 5, 12, 9, 0, tzinfo=UTC)
    correction = datetime(2016, 6, 20, 15, 0, tzinfo=UTC)
    release = draft_by(contributor)

    with time_machine.travel(first, tick=False):
        workflow.publish_release(release=release, by=publisher)
    with time_machine.travel(correction, tick=False):
        release.refresh_from_db()
        workflow.publish_release(release=release, by=publisher)
        page = client.get(f"/en/releases/{release.slug_en}/")

    release.refresh_from_db()
    assert release.first_published_at == first
    # A correction does not bring an old release back to the top of the lists.
    assert release.publish_at == first
    assert "12 May 2016" in page.text


def test_a_correction_saved_on_a_live_release_keeps_its_first_publication_date(
    client, publisher
):
    first = timezone.now().replace(microsecond=0) - timedelta(days=30)
    release = ReleaseFactory(publish_at=first, first_published_at=first)
    client.force_login(publisher)

    response = client.post(
        change_url(release),
        form_data(release, title_en="Corrected title", change_kind="minor", _save=""),
    )

    assert response.status_code == 302
    release.refresh_from_db()
    assert release.title_en == "Corrected title"
    assert release.status == Status.PUBLISHED
    assert release.first_published_at == first
