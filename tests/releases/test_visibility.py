"""Who sees which release where: the publication gate on every public surface."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone

from releases.models import Status
from tests.factories import ReleaseFactory

pytestmark = pytest.mark.django_db

STATES = ["draft", "in_review", "embargoed", "published", "withdrawn"]
NOT_PUBLIC = ["draft", "in_review", "embargoed"]


def release_in(state, **kwargs):
    """A release in one of the five states a reader can meet."""
    now = timezone.now()
    fields = {
        "draft": {"status": Status.DRAFT, "publish_at": None},
        "in_review": {"status": Status.IN_REVIEW, "publish_at": None},
        "embargoed": {
            "status": Status.PUBLISHED,
            "publish_at": now + timedelta(days=2),
        },
        "published": {
            "status": Status.PUBLISHED,
            "publish_at": now - timedelta(days=2),
        },
        "withdrawn": {
            "status": Status.WITHDRAWN,
            "publish_at": now - timedelta(days=20),
            "withdrawn_at": now - timedelta(days=1),
            "withdrawal_note_en": "The figures in this release were wrong.",
        },
    }[state]
    title = kwargs.pop("title_en", f"The {state} release")
    return ReleaseFactory(title_en=title, **{**fields, **kwargs})


def not_found_text(response, token):
    """A 404 page with the part of its address that differs taken out."""
    assert response.status_code == 404
    return response.content.decode().replace(token, "<token>")


@pytest.fixture
def reader(request, client):
    """The test client as an anonymous reader or as signed-in staff."""
    if request.param == "staff":
        client.force_login(request.getfixturevalue("editor"))
    return client


both_readers = pytest.mark.parametrize("reader", ["anonymous", "staff"], indirect=True)


# ----- the release's own page -----


@pytest.mark.parametrize("state", NOT_PUBLIC)
def test_release_not_public_is_a_plain_404_like_a_release_that_does_not_exist(
    client, state
):
    release = release_in(state)

    response = client.get(f"/en/releases/{release.slug_en}/")
    missing = client.get("/en/releases/no-such-release/")

    assert not_found_text(response, release.slug_en) == not_found_text(
        missing, "no-such-release"
    )
    assert release.title_en not in response.content.decode()


@pytest.mark.parametrize("state", NOT_PUBLIC)
def test_staff_do_not_see_unpublished_releases_on_the_public_page(
    client, editor, state
):
    release = release_in(state)
    client.force_login(editor)

    assert client.get(f"/en/releases/{release.slug_en}/").status_code == 404


@both_readers
def test_published_release_page_is_open_to_everyone(reader):
    release = release_in("published")

    response = reader.get(f"/en/releases/{release.slug_en}/")

    assert response.status_code == 200
    assert "The published release" in response.text


@both_readers
def test_withdrawn_release_page_answers_with_its_note_and_date(reader):
    release = release_in(
        "withdrawn", withdrawn_at=datetime(2024, 3, 5, 10, 30, tzinfo=UTC)
    )

    response = reader.get(f"/en/releases/{release.slug_en}/")

    assert response.status_code == 200
    assert "The withdrawn release" in response.text
    assert "The figures in this release were wrong." in response.text
    assert "5 March 2024" in response.text


def test_withdrawn_release_page_speaks_the_readers_language(client):
    release = release_in(
        "withdrawn",
        withdrawn_at=datetime(2024, 3, 5, 10, 30, tzinfo=UTC),
        title_fr="Le communiqué retiré",
        body_fr="<p>Texte.</p>",
        withdrawal_note_fr="Les chiffres de ce communiqué étaient faux.",
    )

    response = client.get(f"/fr/releases/{release.slug_fr}/")

    assert response.status_code == 200
    assert "Les chiffres de ce communiqué étaient faux." in response.text
    assert "5 mars 2024" in response.text


def test_withdrawn_release_that_was_never_public_has_no_page(client):
    release = release_in("withdrawn", first_published_at=None)

    assert client.get(f"/en/releases/{release.slug_en}/").status_code == 404


# ----- lists -----


@both_readers
@pytest.mark.parametrize("path", ["/en/", "/en/releases/"])
@pytest.mark.parametrize("state", STATES)
def test_only_published_releases_are_listed(reader, path, state):
    release_in(state)
    release_in("published", title_en="Always listed")

    response = reader.get(path)

    assert response.status_code == 200
    assert "Always listed" in response.text
    assert (f"The {state} release" in response.text) is (state == "published")


# ----- staff preview -----


@pytest.mark.parametrize("state", STATES)
def test_staff_preview_any_release_in_a_page_no_cache_keeps(client, editor, state):
    release = release_in(state)
    client.force_login(editor)

    response = client.get(f"/en/releases/preview/{release.pk}/")

    assert response.status_code == 200
    assert f"The {state} release" in response.text
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control
    assert "noindex" in response["X-Robots-Tag"]


def test_staff_preview_a_draft_that_has_only_a_title(client, editor):
    release = release_in("draft", body_en="", slug_en="")
    client.force_login(editor)

    response = client.get(f"/en/releases/preview/{release.pk}/")

    assert response.status_code == 200
    assert "The draft release" in response.text


def test_staff_preview_in_another_language_moves_to_one_the_release_is_in(
    client, editor
):
    release = release_in("draft")
    client.force_login(editor)

    response = client.get(f"/fr/releases/preview/{release.pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"/en/releases/preview/{release.pk}/"


@pytest.mark.parametrize("state", STATES)
def test_preview_is_a_plain_404_for_anonymous_readers(client, state):
    release = release_in(state)
    missing_pk = release.pk + 1000

    response = client.get(f"/en/releases/preview/{release.pk}/")
    missing = client.get(f"/en/releases/preview/{missing_pk}/")

    assert not_found_text(response, f"/{release.pk}/") == not_found_text(
        missing, f"/{missing_pk}/"
    )
    assert release.title_en not in response.content.decode()


def test_preview_is_404_for_a_signed_in_user_who_is_not_staff(client):
    release = release_in("draft")
    reader = get_user_model().objects.create_user("reader", password="x" * 20)
    client.force_login(reader)

    assert client.get(f"/en/releases/preview/{release.pk}/").status_code == 404


def test_preview_is_404_for_staff_without_rights_on_releases(client):
    release = release_in("draft")
    clerk = get_user_model().objects.create_user(
        "clerk", password="x" * 20, is_staff=True
    )
    client.force_login(clerk)

    assert client.get(f"/en/releases/preview/{release.pk}/").status_code == 404


def test_preview_of_a_release_that_does_not_exist_is_404_for_staff(client, editor):
    client.force_login(editor)

    assert client.get("/en/releases/preview/987654/").status_code == 404


# ----- the embargo lifts by itself -----


def test_embargoed_release_is_404_until_its_time(client):
    lifts_at = timezone.now().replace(microsecond=0) + timedelta(days=3)
    release = release_in("embargoed", publish_at=lifts_at, title_en="Under embargo")
    path = f"/en/releases/{release.slug_en}/"

    with time_machine.travel(lifts_at - timedelta(seconds=1), tick=False):
        assert client.get(path).status_code == 404
        assert "Under embargo" not in client.get("/en/releases/").text
        assert "Under embargo" not in client.get("/en/").text

    with time_machine.travel(lifts_at, tick=False):
        response = client.get(path)
        assert response.status_code == 200
        assert "Under embargo" in response.text
        assert "Under embargo" in client.get("/en/releases/").text
        assert "Under embargo" in client.get("/en/").text


def test_embargoed_release_appears_later_without_anything_being_saved(client):
    lifts_at = timezone.now() + timedelta(hours=5)
    release = release_in("embargoed", publish_at=lifts_at, title_en="Under embargo")
    updated_at = release.updated_at

    with time_machine.travel(lifts_at + timedelta(minutes=1), tick=False):
        assert client.get(f"/en/releases/{release.slug_en}/").status_code == 200

    release.refresh_from_db()
    assert release.updated_at == updated_at
    assert release.status == Status.PUBLISHED
