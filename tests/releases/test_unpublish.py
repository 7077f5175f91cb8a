"""Unpublishing a release readers have seen: published in error, every
address of it answers 410 Gone and nothing of it stays on the site; a
duplicate or a replaced release sends its readers to the other one."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from audit.models import Action, Entry
from releases import workflow
from releases.models import Mention, Release, Status, UnpublishReason
from tests.admin_forms import change_url, form_data
from tests.factories import EventFactory, OfficialFactory, ReleaseFactory
from tests.pictures import ImageFactory

pytestmark = pytest.mark.django_db

WHY = "Sent before the figures were cleared."


def in_english(obj):
    with translation.override("en"):
        return obj.get_absolute_url()


def unpublish(client, release, button, **fields):
    return client.post(
        change_url(release),
        form_data(release, **{button: ""}, **fields),
    )


@pytest.fixture
def mistaken(db):
    """A release in English and French, with an event, an official, a
    picture only it uses, and an old address."""
    release = ReleaseFactory(
        title_en="Mistaken release",
        slug_en="first-address",
        title_fr="Communiqué erroné",
        slug_fr="communique-errone",
        body_fr="<p>Texte.</p>",
        event=EventFactory(),
        hero_image=ImageFactory(),
    )
    release.slug_en = "mistaken-release"
    release.save()
    official = OfficialFactory()
    Mention.objects.create(release=release, official=official)
    # The official is named in another public release too: their page stays.
    Mention.objects.create(release=ReleaseFactory(), official=official)
    return release


def addresses(release):
    """Its address in each language, an old one and its media kit."""
    return [
        "/en/releases/mistaken-release/",
        "/fr/releases/communique-errone/",
        "/en/releases/first-address/",
        "/en/releases/mistaken-release/media-kit.zip",
    ]


def test_before_unpublishing_the_release_is_everywhere(client, mistaken):
    for path in addresses(mistaken):
        assert client.get(path).status_code in (200, 301), path
    assert (
        client.get(f"/en/images/{mistaken.hero_image_id}/download/").status_code == 200
    )


def test_unpublished_in_error_every_address_is_gone(client, publisher, mistaken):
    client.force_login(publisher)

    response = unpublish(client, mistaken, "_unpublish_error", unpublish_why=WHY)

    assert response.status_code == 302
    mistaken.refresh_from_db()
    assert mistaken.status == Status.UNPUBLISHED
    assert mistaken.unpublish_reason == UnpublishReason.ERROR
    assert mistaken.unpublished_by == publisher
    assert mistaken.unpublish_explanation == WHY
    client.logout()
    for path in addresses(mistaken):
        gone = client.get(path)
        assert gone.status_code == 410, path
    assert "This page has been removed" in client.get(addresses(mistaken)[0]).text
    entry = Entry.objects.get(action=Action.UNPUBLISH)
    assert entry.actor == publisher
    assert entry.detail == WHY
    assert entry.data["reason"] == "error"


def test_unpublished_in_error_it_leaves_every_public_surface(
    client, publisher, mistaken
):
    official = mistaken.mentions.get().official
    event_page = in_english(mistaken.event)
    official_page = in_english(official)
    assert "Mistaken release" in client.get(event_page).text
    assert "Mistaken release" in client.get(official_page).text
    workflow.unpublish_release(
        release=mistaken, by=publisher, reason=UnpublishReason.ERROR, explanation=WHY
    )

    for path in [
        "/en/",
        "/en/releases/",
        "/en/releases/?q=Mistaken",
        "/en/releases/feed/",
        "/en/releases/feed/atom/",
        "/fr/releases/feed/",
        "/sitemap-releases.xml",
        event_page,
        official_page,
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        text = response.content.decode()
        assert "Mistaken release" not in text, path
        assert "mistaken-release" not in text, path
        assert "communique-errone" not in text, path
    picture = client.get(f"/en/images/{mistaken.hero_image_id}/download/")
    assert picture.status_code == 404


def test_a_duplicate_sends_its_readers_to_the_other_release(
    client, publisher, mistaken
):
    other = ReleaseFactory(title_en="The one to read", slug_en="the-one-to-read")
    client.force_login(publisher)

    response = unpublish(
        client,
        mistaken,
        "_unpublish_duplicate",
        unpublish_why="Posted twice.",
        unpublish_target=other.pk,
    )

    assert response.status_code == 302
    client.logout()
    english = client.get("/en/releases/mistaken-release/")
    assert english.status_code == 301
    assert english["Location"] == "/en/releases/the-one-to-read/"
    # The other release has no French: readers land on its English page.
    french = client.get("/fr/releases/communique-errone/")
    assert french.status_code == 301
    assert french["Location"] == "/en/releases/the-one-to-read/"
    old = client.get("/en/releases/first-address/")
    assert old["Location"] == "/en/releases/the-one-to-read/"


def test_once_the_other_release_is_gone_too_the_address_is_gone(
    client, publisher, mistaken
):
    other = ReleaseFactory()
    workflow.unpublish_release(
        release=mistaken,
        by=publisher,
        reason=UnpublishReason.REPLACED,
        explanation="A newer one.",
        replaced_by=other,
    )
    workflow.unpublish_release(
        release=other, by=publisher, reason=UnpublishReason.ERROR, explanation=WHY
    )

    assert client.get("/en/releases/mistaken-release/").status_code == 410


@pytest.mark.parametrize(
    ("button", "fields", "error"),
    [
        ("_unpublish_error", {}, "Say why the release is unpublished."),
        (
            "_unpublish_duplicate",
            {"unpublish_why": "Posted twice."},
            "Choose the other release readers are sent to.",
        ),
        (
            "_unpublish_replaced",
            {"unpublish_why": "Newer one."},
            "Choose another release than this one.",
        ),
    ],
)
def test_unpublishing_without_its_reason_is_a_form_error_and_changes_nothing(
    client, publisher, mistaken, button, fields, error
):
    if button == "_unpublish_replaced":
        fields["unpublish_target"] = mistaken.pk
    client.force_login(publisher)

    response = unpublish(client, mistaken, button, title_en="Changed", **fields)

    assert response.status_code == 200
    assert error in response.text
    mistaken.refresh_from_db()
    assert mistaken.status == Status.PUBLISHED
    assert mistaken.title_en == "Mistaken release"


def test_an_editor_gets_no_button_and_a_forged_post_is_refused(
    client, editor, mistaken
):
    client.force_login(editor)

    page = client.get(change_url(mistaken)).text
    response = unpublish(client, mistaken, "_unpublish_error", unpublish_why=WHY)

    assert "_unpublish_error" not in page
    assert response.status_code == 403
    assert Release.objects.get(pk=mistaken.pk).status == Status.PUBLISHED


def test_a_publisher_sees_the_three_buttons_and_then_the_unpublished_state(
    client, publisher, mistaken
):
    client.force_login(publisher)
    page = client.get(change_url(mistaken)).text
    for button in ("_unpublish_error", "_unpublish_duplicate", "_unpublish_replaced"):
        assert f'name="{button}"' in page

    unpublish(client, mistaken, "_unpublish_error", unpublish_why=WHY)
    page = client.get(change_url(mistaken)).text

    assert "Unpublished (Published in error)" in page
    assert WHY in page
    assert "_unpublish_error" not in page


def test_an_embargoed_release_is_not_unpublished_but_its_embargo_cancelled(
    publisher,
):
    later = timezone.now() + timedelta(days=1)
    release = ReleaseFactory(publish_at=later, first_published_at=later)

    assert not any(
        t in workflow.UNPUBLISH
        for t in workflow.available_transitions(release=release, user=publisher)
    )
    with pytest.raises(ValidationError, match="cancel the embargo"):
        workflow.unpublish_release(
            release=release,
            by=publisher,
            reason=UnpublishReason.ERROR,
            explanation=WHY,
        )
    assert Release.objects.get(pk=release.pk).status == Status.PUBLISHED


def test_a_withdrawn_release_can_be_unpublished(client, publisher, mistaken):
    workflow.withdraw_release(release=mistaken, by=publisher, note={"en": "Wrong."})

    workflow.unpublish_release(
        release=mistaken, by=publisher, reason=UnpublishReason.ERROR, explanation=WHY
    )

    assert client.get("/en/releases/mistaken-release/").status_code == 410
