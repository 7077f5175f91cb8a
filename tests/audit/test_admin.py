"""Publishers read the trail in the admin; no one changes it there."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.admin import entries_url
from audit.models import Action, Entry
from audit.trail import record
from tests.admin_people import logged_in
from tests.factories import ReleaseFactory

LIST = "/admin/audit/entry/"

pytestmark = pytest.mark.django_db


def table(response):
    """The list's rows, without the filters beside them."""
    return response.text.split("<tbody>")[1].split("</tbody>")[0]


def test_adding_a_user_to_publishers_in_the_admin_records_who_and_where(
    admin_client, admin_user, editor
):
    groups = [Group.objects.get(name=name).pk for name in ("Editor", "Publisher")]
    data = {
        "username": "editor",
        "first_name": "",
        "last_name": "",
        "email": "",
        "is_active": "on",
        "is_staff": "on",
        "groups": groups,
        "date_joined_0": "2026-01-05",
        "date_joined_1": "09:00:00",
        "_save": "",
    }

    response = admin_client.post(
        f"/admin/auth/user/{editor.pk}/change/", data, REMOTE_ADDR="203.0.113.9"
    )

    assert response.status_code == 302
    entry = Entry.objects.get(detail="Groups added: Publisher")
    assert (entry.actor, entry.actor_name) == (admin_user, "admin")
    assert entry.address == "203.0.113.9"
    assert entry.object_id == str(editor.pk)


def test_a_publisher_reads_the_list_and_filters_it(client, publisher, editor):
    release = ReleaseFactory(title_en="Floods in the Chaco")
    record(Action.PUBLISH, release, by=editor)
    record(Action.WITHDRAW, release, by=publisher, detail="Wrong figures")
    logged_in(client, publisher)

    everything = client.get(LIST)
    withdrawn = client.get(LIST, {"action": "withdraw"})
    by_editor = client.get(LIST, {"actor__id__exact": editor.pk})
    of_release = client.get(entries_url(release))

    assert everything.status_code == 200
    assert "Wrong figures" in everything.text
    assert "Wrong figures" in withdrawn.text
    assert "Published" not in table(withdrawn)
    assert "Wrong figures" not in table(by_editor)
    assert "Floods in the Chaco" in table(by_editor)
    assert of_release.status_code == 200
    assert "Wrong figures" in table(of_release)


def test_an_editor_cannot_read_the_trail(editing):
    assert editing.get(LIST).status_code == 403


def test_no_one_changes_or_deletes_an_entry_in_the_admin(admin_client, editor):
    entry = record(Action.PUBLISH, ReleaseFactory(), by=editor)
    change = f"{LIST}{entry.pk}/change/"

    page = admin_client.get(change)
    posted = admin_client.post(change, {"detail": "Nothing happened"})

    assert page.status_code == 200
    assert 'name="_save"' not in page.text
    assert "deletelink" not in page.text
    assert posted.status_code == 403
    assert admin_client.get(f"{LIST}{entry.pk}/delete/").status_code == 403
    assert admin_client.get(f"{LIST}add/").status_code == 403
    assert Entry.objects.get(pk=entry.pk).detail == ""


def test_the_record_links_to_its_page_while_it_exists(admin_client, editor):
    kept, gone = ReleaseFactory(), ReleaseFactory(title_en="Deleted one")
    record(Action.PUBLISH, kept, by=editor)
    record(Action.PUBLISH, gone, by=editor)
    gone.delete()

    response = admin_client.get(LIST)

    assert f'href="/admin/releases/release/{kept.pk}/change/"' in response.text
    assert f"/admin/releases/release/{gone.pk}/change/" not in response.text
    assert "Deleted one" in response.text


def entries(count, by):
    releases = [ReleaseFactory() for _ in range(count)]
    for release in releases:
        record(Action.PUBLISH, release, by=by)


def queries_for(client, language):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response, len(queries)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_list_speaks_french_and_arabic_without_a_query_per_row(
    admin_client, editor, language, django_assert_max_num_queries
):
    entries(3, editor)
    queries_for(admin_client, language)
    _response, few = queries_for(admin_client, language)
    entries(27, editor)

    with django_assert_max_num_queries(few):
        response = admin_client.get(LIST, HTTP_ACCEPT_LANGUAGE=language)

    html = re.search(r"<html[^>]*>", response.text).group(0)
    assert f'lang="{language}"' in html
    assert response.text.count("/admin/releases/release/") >= 30
    if language == "ar":
        assert 'dir="rtl"' in html
