"""Events and pictures have apps of their own: their admin pages moved from
/admin/releases/ with them, and an editor's old bookmarks still lead there."""

import pytest

from tests.factories import EventFactory


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/admin/releases/event/", "/admin/events/event/"),
        ("/admin/releases/image/add/", "/admin/media/image/add/"),
        ("/admin/releases/event/?q=seminar", "/admin/events/event/?q=seminar"),
        ("/admin/releases/release/import/", "/admin/importing/importedtext/import/"),
    ],
)
def test_an_old_admin_address_leads_to_the_page_in_its_new_app(editing, old, new):
    response = editing.get(old)

    assert response.status_code == 302
    assert response["Location"] == new
    assert editing.get(new).status_code == 200


def test_a_bookmarked_event_opens_in_the_events_admin(editing):
    event = EventFactory()

    response = editing.get(f"/admin/releases/event/{event.pk}/change/", follow=True)

    assert response.redirect_chain == [(f"/admin/events/event/{event.pk}/change/", 302)]
    assert event.title in response.content.decode()


def test_the_releases_admin_itself_stays_where_it_is(editing):
    assert editing.get("/admin/releases/release/").status_code == 200
    assert editing.get("/admin/releases/theme/").status_code == 200
