"""An editor compares two versions of a release and restores one; a reader
sees the change note the restore left."""

import pytest
import reversion
from playwright.sync_api import expect

from releases.models import Release
from releases.roles import sync_groups
from tests.factories import ReleaseFactory, user_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOTE = "restored the number of arrivals the office confirmed"


@pytest.fixture(autouse=True)
def roles(transactional_db):
    # The flush between live-server tests empties the groups (test_editorial.py).
    sync_groups()


def kept(release, by, **changes):
    """A save in the admin: the release changed, and a version kept."""
    for name, value in changes.items():
        setattr(release, name, value)
    with reversion.create_revision():
        reversion.set_user(by)
        release.save()


def test_an_editor_compares_two_versions_restores_one_and_readers_see_why(
    live_server, new_page, log_in, screenshot
):
    publisher = user_in(
        "Publisher", username="sophie", first_name="Sophie", last_name="Martin"
    )
    release = ReleaseFactory(
        title_en="Arrivals in the Darién",
        slug_en="arrivals-darien",
        body_en="<p>Some 400 people arrived in the Darién this week.</p>",
    )
    kept(release, publisher)
    kept(release, publisher, body_en="<p>Some 40 people arrived this week.</p>")

    editor = new_page()
    log_in(editor, live_server, publisher)
    editor.goto(f"{live_server.url}/admin/releases/release/{release.pk}/change/")
    editor.get_by_role("link", name="History").click()
    versions = editor.locator("#versions tbody tr")
    expect(versions).to_have_count(2)
    expect(versions.first).to_contain_text("Sophie Martin")
    expect(versions.first).to_contain_text("Body (EN)")

    # The two newest are chosen already: compare them.
    editor.get_by_role("button", name="Compare the chosen versions").click()
    words = editor.locator(".history-words")
    expect(words.locator("del")).to_contain_text(["400", "in the Darién"])
    expect(words.locator("ins")).to_have_text(["40"])
    screenshot(editor, "admin-history-compare")

    # Restore the earlier one: a release readers have seen asks what kind.
    editor.get_by_role("link", name="Restore the earlier version").click()
    expect(editor.locator(".history-words ins")).to_contain_text(["400"])
    editor.get_by_label("Major: readers see a note").check()
    editor.get_by_label("Note for readers (English)").fill(NOTE)
    screenshot(editor, "admin-history-restore")
    editor.get_by_role("button", name="Restore this version").click()
    expect(editor.locator(".messagelist")).to_contain_text("Restored the version of")

    release = Release.objects.get(pk=release.pk)
    assert "400 people" in release.body_en
    assert release.status == "published"

    reader = new_page()
    reader.goto(f"{live_server.url}/en/releases/arrivals-darien/")
    expect(reader.locator(".release__body")).to_contain_text("Some 400 people")
    expect(reader.locator(".release__updated")).to_contain_text(NOTE)
    screenshot(reader, "release-restored-with-note")
