"""What press officers see of the workflow in the admin."""

import re
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.utils import timezone, translation

from releases.models import Status
from tests.admin_forms import change_url, form_data, publish_at_fields
from tests.factories import ReleaseFactory

pytestmark = pytest.mark.django_db


def test_a_contributor_cannot_change_their_release_once_submitted(client, contributor):
    release = ReleaseFactory(
        status=Status.IN_REVIEW, publish_at=None, created_by=contributor
    )
    client.force_login(contributor)

    client.post(change_url(release), form_data(release, summary_en="Changed"))

    release.refresh_from_db()
    assert release.summary_en != "Changed"


def test_a_read_only_release_shows_its_body_as_text_not_html_source(
    client, contributor
):
    release = ReleaseFactory(body_en="<p>Readers see <strong>this</strong>.</p>")
    client.force_login(contributor)

    page = client.get(change_url(release)).text

    assert "Readers see <strong>this</strong>." in page
    assert "&lt;strong&gt;" not in page


def test_view_on_site_opens_the_preview_until_the_release_is_public(admin_client):
    draft = ReleaseFactory(status=Status.DRAFT, publish_at=None)
    live = ReleaseFactory()

    draft_form = admin_client.get(change_url(draft)).text
    live_form = admin_client.get(change_url(live)).text

    assert re.search(
        rf'href="[^"]*/releases/preview/{draft.pk}/" class="viewsitelink"', draft_form
    )
    assert f'href="/en/releases/{live.slug_en}/" class="viewsitelink"' in live_form


def test_publishing_is_recorded_in_the_releases_history(client, publisher):
    release = ReleaseFactory(status=Status.DRAFT, publish_at=None)
    client.force_login(publisher)

    client.post(change_url(release), form_data(release, _publish=""))

    history = [
        entry.get_change_message()
        for entry in LogEntry.objects.filter(object_id=str(release.pk))
    ]
    assert any("was published" in message for message in history)


def test_the_embargo_message_says_which_clock_its_time_is_on(client, publisher):
    release = ReleaseFactory(status=Status.DRAFT, publish_at=None)
    lifts = (timezone.now() + timedelta(days=2)).replace(microsecond=0)
    client.force_login(publisher)

    response = client.post(
        change_url(release),
        form_data(
            release,
            **publish_at_fields(lifts),
            _publish="",
        ),
        follow=True,
    )

    assert "is under embargo" in response.text
    assert f"({timezone.get_current_timezone_name()})" in response.text


def test_arabic_dates_and_times_put_the_day_first():
    moment = timezone.make_aware(timezone.datetime(2026, 11, 27, 22, 14))
    from django.utils import formats

    with translation.override("ar"):
        text = formats.date_format(moment, "DATETIME_FORMAT")

    assert text.startswith("27 ")
    assert "،" in text


def test_a_withdrawal_note_in_another_language_is_marked_as_such(client):
    release = ReleaseFactory(
        status=Status.WITHDRAWN,
        withdrawn_at=timezone.now(),
        withdrawal_note_fr="Ce communiqué contenait des chiffres erronés.",
    )

    page = client.get(f"/en/releases/{release.slug_en}/").text

    assert '<p lang="fr" dir="auto">Ce communiqué contenait' in page


def test_the_preview_links_to_its_other_languages(admin_client):
    release = ReleaseFactory(
        status=Status.DRAFT,
        publish_at=None,
        title_fr="Brouillon",
        body_fr="<p>Texte.</p>",
    )

    page = admin_client.get(f"/en/releases/preview/{release.pk}/").text

    assert f'href="http://testserver/fr/releases/preview/{release.pk}/"' in page
