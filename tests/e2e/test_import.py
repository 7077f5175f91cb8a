"""An editor brings old releases in through the admin, checks a draft and
previews it."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from releases.models import Release
from releases.roles import sync_groups
from tests.factories import user_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HERE = Path(__file__).resolve().parent.parent / "importing"
SEED = HERE / "seed" / "iom-paraguay-counter-trafficking-seminar.fr.txt"
ARABIC = HERE / "import_samples" / "ar-jordan-mafraq-mobile-clinics.txt"
TITLE = "Séminaire sur la lutte contre la traite au Paraguay"


def test_an_editor_imports_old_releases_and_previews_a_draft(
    live_server, new_page, log_in, screenshot, settings
):
    # A transactional test starts with no groups: the roles are made anew.
    sync_groups()
    # The import runs as it is enqueued, in the server, where a worker would
    # take it from the queue (tests/importing/test_import_worker.py runs one).
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    }
    editor = user_in("Editor")
    page = new_page(locale="en-GB")
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}/admin/releases/release/")
    page.get_by_role("link", name="Import releases").click()

    page.locator("input[type=file]").set_input_files([str(SEED), str(ARABIC)])
    page.get_by_role("button", name="Import").click()

    summary = page.locator(".import-summary")
    expect(summary).to_contain_text("2 files read")
    expect(summary).to_contain_text("2 drafts created")
    report = page.locator(".import-report")
    expect(report).to_contain_text("Officials to confirm:")
    expect(report).to_contain_text("+595 21 981-50-90-20")
    screenshot(page, "admin-import-report")

    page.get_by_role("link", name=TITLE).click()
    expect(page.locator(".field-import_record")).to_contain_text(SEED.name)
    release = Release.objects.get(title_fr=TITLE)
    assert release.status == "draft"

    preview = new_page(locale="en-GB")
    log_in(preview, live_server, editor)
    preview.goto(live_server.url + release.preview_url_in("fr"))
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.locator(".dateline")).to_have_text(re.compile(r"Paraguay"))
    expect(preview.locator(".release__body li")).to_have_count(3)
    expect(preview.locator(".release__people .proposed")).to_have_count(7)
    expect(preview.locator(".release__contacts")).to_contain_text("Eduardo Carrillo")
    screenshot(preview, "preview-imported-fr")
