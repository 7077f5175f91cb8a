"""A release's officials and press contacts, typed into the release admin's inlines."""

import re

import pytest

from releases.models import Status
from tests.admin_forms import change_url, form_data
from tests.admin_people import (
    field_errors,
    logged_in,
    official,
    press_contact,
    refused,
)
from tests.factories import ReleaseFactory

pytestmark = pytest.mark.django_db

AIAMP_ROLE_FR = "représentant de l’AIAMP"


@pytest.fixture
def in_review(contributor):
    return ReleaseFactory(
        status=Status.IN_REVIEW,
        publish_at=None,
        first_published_at=None,
        created_by=contributor,
    )


def adding_links(release, mentions=(), contacts=()):
    """The change form of ``release`` with new rows typed into its inlines.

    ``mentions``: (official, order[, French role]) each; ``contacts``:
    (press contact, order) each.
    """
    data = form_data(release, _save="")
    inlines = (
        ("mentions", "official", mentions),
        ("release_contacts", "contact", contacts),
    )
    for prefix, field, rows in inlines:
        first = int(data[f"{prefix}-TOTAL_FORMS"])
        for n, (record, order, *role) in enumerate(rows, start=first):
            data[f"{prefix}-{n}-{field}"] = record.pk
            data[f"{prefix}-{n}-order"] = str(order)
            if role:
                data[f"{prefix}-{n}-role_fr"] = role[0]
        data[f"{prefix}-TOTAL_FORMS"] = str(first + len(rows))
    return data


def test_release_form_offers_autocomplete_for_its_event_officials_and_contacts(
    editing,
):
    response = editing.get("/admin/releases/release/add/")

    assert response.status_code == 200
    for name in (
        "event",
        "mentions-__prefix__-official",
        "release_contacts-__prefix__-contact",
    ):
        select = re.search(rf'<select name="{name}"[^>]*>', response.text)
        assert select and "admin-autocomplete" in select.group(0), name


def test_an_editor_adds_officials_and_a_press_contact_to_a_release_in_order(
    editing, in_review
):
    chabarria = official("Jorge Chabarría Guzmán")
    diaz = official("Javier Díaz Verón")
    carrillo = press_contact()
    # Typed second, but first in order: the order field decides.
    data = adding_links(
        in_review,
        mentions=[(chabarria, 2, AIAMP_ROLE_FR), (diaz, 1)],
        contacts=[(carrillo, 0)],
    )

    response = editing.post(change_url(in_review), data)

    assert response.status_code == 302, field_errors(response)
    mentions = list(in_review.mentions.all())
    assert [m.official for m in mentions] == [diaz, chabarria]
    assert mentions[1].role_fr == AIAMP_ROLE_FR
    assert mentions[0].role_fr in ("", None)
    assert [link.contact for link in in_review.release_contacts.all()] == [carrillo]


def test_the_same_official_cannot_be_mentioned_twice(editing, in_review):
    diaz = official()
    data = adding_links(in_review, mentions=[(diaz, 0), (diaz, 1)])

    response = editing.post(change_url(in_review), data)

    assert refused(response)
    assert not in_review.mentions.exists()


# ----- what a contributor may change -----


@pytest.fixture
def mentioned(in_review):
    in_review.mentions.create(official=official(), role_fr=AIAMP_ROLE_FR, order=0)
    return in_review


def test_a_contributor_sees_the_mentions_of_a_release_in_review_read_only(
    client, contributor, mentioned
):
    response = logged_in(client, contributor).get(change_url(mentioned))

    assert response.status_code == 200
    assert "Javier Díaz Verón" in response.text
    assert 'name="mentions-0-official"' not in response.text
    assert 'name="mentions-0-role_fr"' not in response.text


def test_a_contributor_cannot_change_the_mentions_of_a_release_in_review(
    client, contributor, mentioned
):
    other = official("Erika Rojas")
    data = form_data(
        mentioned,
        _save="",
        **{"mentions-0-official": other.pk, "mentions-0-role_fr": "Changé"},
    )

    response = logged_in(client, contributor).post(change_url(mentioned), data)

    assert response.status_code == 403
    mention = mentioned.mentions.get()
    assert mention.official.full_name == "Javier Díaz Verón"
    assert mention.role_fr == AIAMP_ROLE_FR


def test_a_contributor_changes_the_mentions_of_their_own_draft(
    client, contributor, mentioned
):
    mentioned.status = Status.DRAFT
    mentioned.save()
    other = official("Erika Rojas")
    data = form_data(mentioned, _save="", **{"mentions-0-official": other.pk})

    response = logged_in(client, contributor).post(change_url(mentioned), data)

    assert response.status_code == 302, field_errors(response)
    assert mentioned.mentions.get().official == other
