"""A translator finds the English translation outdated on the board after
the French original changed, opens it beside the original, fixes it and
confirms it; the English page stops saying it is outdated."""

import pytest
from playwright.sync_api import expect

from releases.models import Status as ReleaseStatus
from releases.roles import sync_groups
from tests.factories import ReleaseFactory, user_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_translator_fixes_and_confirms_an_outdated_translation(
    live_server, new_page, log_in, screenshot
):
    page = new_page(locale="en-GB")
    # An earlier test's flush emptied the groups the migrations made.
    sync_groups()
    editor = user_in("Editor")
    release = ReleaseFactory(
        original_language="fr",
        title_fr="Séminaire sur la traite",
        slug_fr="seminaire-sur-la-traite",
        body_fr="<p>Les procureurs se sont réunis à Asunción.</p>",
        title_en="Seminar on trafficking",
        slug_en="seminar-on-trafficking",
        body_en="<p>Prosecutors met in Asunción.</p>",
        status=ReleaseStatus.DRAFT,
        publish_at=None,
        first_published_at=None,
        created_by=editor,
    )
    release.title_fr = "Séminaire régional sur la traite"
    release.save()
    log_in(page, live_server, editor)

    page.goto(f"{live_server.url}/admin/translations/translationstate/")
    row = page.locator("table.board tr", has_text="Séminaire régional sur la traite")
    outdated = row.locator(".board-cell--outdated")
    expect(outdated).to_have_text("Outdated")
    screenshot(page, "translation-board")
    outdated.get_by_role("link").click()

    expect(page.locator(".translation-state")).to_contain_text("Outdated")
    expect(page.locator(".side-by-side ins")).to_contain_text("régional")
    screenshot(page, "translation-side-by-side")
    page.get_by_label("Title (English)").fill("Regional seminar on trafficking")
    page.get_by_role("button", name="Save the translation and confirm it").click()

    expect(page.locator(".messagelist")).to_contain_text("saved and confirmed")
    row = page.locator("table.board tr", has_text="Séminaire régional sur la traite")
    expect(row.locator(".board-cell--current")).to_have_text("Current")
    release.refresh_from_db()
    assert release.title_en == "Regional seminar on trafficking"
    assert release.title_fr == "Séminaire régional sur la traite"
