"""Two people open the same release; the first saves; the second's save is
refused with who changed it and when, shows what changed, and loses
neither person's text."""

import html
import re

import pytest
import reversion
from reversion.models import Version

from releases.models import Status
from tests.admin_forms import change_url, form_data
from tests.factories import (
    EventFactory,
    OfficialFactory,
    PressContactFactory,
    ReleaseFactory,
    user_in,
)

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="_seen_version" value="(\d+)"')


def opened(client, release):
    """The change form as its reader got it: the version it shows."""
    page = client.get(change_url(release)).content.decode()
    return TOKEN.search(page).group(1)


def test_the_second_save_is_refused_and_nothing_is_lost(client, editor):
    sophie = user_in(
        "Editor", username="sophie", first_name="Sophie", last_name="Martin"
    )
    release = ReleaseFactory(
        status=Status.DRAFT,
        publish_at=None,
        first_published_at=None,
        body_en="<p>Some 400 people arrived.</p>",
    )
    client.force_login(editor)
    # Written in the admin: its first version is kept.
    assert (
        client.post(change_url(release), form_data(release, _save="")).status_code
        == 302
    )
    seen_by_editor = opened(client, release)
    assert seen_by_editor != "0"
    client.force_login(sophie)
    seen_by_sophie = opened(client, release)
    assert seen_by_editor == seen_by_sophie

    # Sophie saves first.
    response = client.post(
        change_url(release),
        form_data(
            release,
            _save="",
            _seen_version=seen_by_sophie,
            body_en="<p>Some 40 people arrived.</p>",
        ),
    )
    assert response.status_code == 302

    # The editor's save, over a version they never saw, is refused.
    client.force_login(editor)
    mine = "<p>Some 400 people arrived, and 12 children.</p>"
    response = client.post(
        change_url(release),
        form_data(release, _save="", _seen_version=seen_by_editor, body_en=mine),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Sophie Martin saved this while you were editing it" in page
    assert "What they changed:" in page
    # What Sophie changed…
    assert "<del>400</del>" in page and "<ins>40</ins>" in page
    # …and the editor's own text, still in the form.
    assert html.escape(mine) in page or mine in html.unescape(page)
    release.refresh_from_db()
    assert release.body_en == "<p>Some 40 people arrived.</p>"

    # Having seen Sophie's version, the editor's next save goes through.
    refreshed = TOKEN.search(page).group(1)
    assert refreshed != seen_by_editor
    response = client.post(
        change_url(release),
        form_data(release, _save="", _seen_version=refreshed, body_en=mine),
    )
    assert response.status_code == 302
    release.refresh_from_db()
    assert release.body_en == mine
    # Both texts are kept.
    bodies = [v.field_dict["body_en"] for v in Version.objects.get_for_object(release)]
    assert "<p>Some 40 people arrived.</p>" in bodies
    assert mine in bodies


def test_a_workflow_step_taken_meanwhile_also_stops_a_stale_save(
    client, editor, publisher
):
    release = ReleaseFactory(
        status=Status.IN_REVIEW, publish_at=None, first_published_at=None
    )
    client.force_login(editor)
    seen = opened(client, release)
    client.force_login(publisher)
    release.refresh_from_db()
    response = client.post(
        change_url(release), form_data(release, _publish="", _seen_version=seen)
    )
    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    client.force_login(editor)
    response = client.post(
        change_url(release),
        form_data(release, _save="", _seen_version=seen, body_en="<p>Late.</p>"),
    )
    # The editor may no longer edit it at all (it is published): refused.
    assert response.status_code in (200, 403)
    release.refresh_from_db()
    assert release.body_en != "<p>Late.</p>"


@pytest.mark.parametrize(
    "make, url",
    [
        (EventFactory, "/admin/events/event/{}/change/"),
        (OfficialFactory, "/admin/contacts/official/{}/change/"),
        (PressContactFactory, "/admin/contacts/presscontact/{}/change/"),
    ],
)
def test_every_form_with_history_carries_the_version_it_shows(
    client, publisher, make, url
):
    obj = make()
    client.force_login(publisher)
    with reversion.create_revision():
        reversion.set_user(publisher)
        obj.save()
    (version,) = Version.objects.get_for_object(obj)
    page = client.get(url.format(obj.pk)).content.decode()
    assert TOKEN.search(page).group(1) == str(version.pk)
