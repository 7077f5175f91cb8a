"""Press officers in the admin: a contributor writes, a publisher publishes."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from releases.models import Release, Status
from releases.roles import sync_groups
from tests.factories import user_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Atelier sur la protection des migrants à Asunción"
SLUG = "atelier-protection-migrants-asuncion"
DATELINE = "Asunción"
OPENING = "Le Ministère public a réuni les procureurs de la région."
POINTS = ["Identifier les victimes plus tôt.", "Former les agents aux frontières."]


@pytest.fixture(autouse=True)
def roles(transactional_db):
    """Bring back the groups the data migration made.

    The live server needs committed data, so each test ends with a flush,
    which empties the groups table (permissions are recreated by the flush).
    A serialized rollback cannot restore them here: while Playwright's event
    loop runs, Django gives the test thread a new connection, which lacks the
    serialized copy of the database.
    """
    sync_groups()


def visit(page, url):
    """Open ``url``, failing at once (not at the next timeout) on an error page."""
    response = page.goto(url)
    assert response.ok, f"GET {url} answered {response.status}"


def press(page, button):
    """Press a submit button of the admin's form and check the form was saved.

    The admin redirects after a save; a form it refuses comes back with its
    errors, which the failure then names, field by field.
    """
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name=button).click()
    response = posted.value
    if response.status == 302:
        return
    errors = re.findall(
        r'id="id_(\w+)_error"[^>]*><li>(.*?)</li>', response.text(), re.DOTALL
    )
    pytest.fail(
        f"{button!r}: the admin answered {response.status}, not a redirect; "
        f"form errors: {errors or 'none shown'}"
    )


def open_tab(page, field, language):
    """Show ``field``'s tab for ``language`` among the admin's translation tabs."""
    tab = page.locator(f"[role=tab][aria-controls=tab_id_{field}_{language}]")
    tab.click()
    expect(page.locator(f"#tab_id_{field}_{language}")).to_be_visible()


def write_french_draft(page):
    page.get_by_label("Original language").select_option("fr")

    open_tab(page, "title", "fr")
    page.locator("#id_title_fr").fill(TITLE)
    open_tab(page, "slug", "fr")
    page.locator("#id_slug_fr").fill(SLUG)

    # The body is a ProseMirror editor: type into it as a writer would. A line
    # starting with "- " becomes a bulleted list, as in a word processor.
    open_tab(page, "body", "fr")
    editor = page.locator("#tab_id_body_fr .ProseMirror[contenteditable=true]")
    editor.click()
    editor.press_sequentially(OPENING)
    editor.press("Enter")
    editor.press_sequentially(f"- {POINTS[0]}")
    editor.press("Enter")
    editor.press_sequentially(POINTS[1])
    expect(editor.locator("ul > li")).to_have_count(2)

    open_tab(page, "dateline_place", "fr")
    page.locator("#id_dateline_place_fr").fill(DATELINE)


def test_contributor_submits_a_french_draft_and_a_publisher_publishes_it(
    live_server, new_page, log_in, screenshot
):
    contributor = user_in("Contributor")
    publisher = user_in("Publisher")

    # A contributor writes a French draft and sends it for review.
    writer = new_page()
    log_in(writer, live_server, contributor)
    visit(writer, f"{live_server.url}/admin/releases/release/add/")
    expect(writer.locator("input[name=_publish]")).to_have_count(0)
    write_french_draft(writer)
    screenshot(writer, "admin-add-release-fr-draft")
    press(writer, "Save and submit for review")
    expect(writer.locator(".messagelist")).to_contain_text(
        f"“{TITLE}” was sent to the editors for review."
    )

    release = Release.objects.get(slug_fr=SLUG)
    assert release.status == Status.IN_REVIEW
    assert release.original_language == "fr"
    assert release.created_by == contributor
    assert release.title_fr == TITLE
    assert release.languages() == ["fr"]
    assert "<li>" in release.body_fr

    # Their change form still offers no way to publish.
    expect(writer.locator(".workflow-status")).to_contain_text("In review")
    expect(writer.locator("input[name=_publish]")).to_have_count(0)
    expect(writer.get_by_role("button", name=re.compile("publish"))).to_have_count(0)

    visit(writer, f"{live_server.url}/admin/releases/release/")
    row = writer.locator("#result_list tbody tr", has_text=TITLE)
    expect(row.locator(".field-status_label")).to_have_text("In review")
    expect(row.locator(".field-language_badges")).to_have_text("FR")

    # Readers cannot see it yet.
    reader = new_page(locale="fr-FR")
    response = reader.goto(f"{live_server.url}/fr/releases/{SLUG}/")
    assert response.status == 404

    # A publisher opens it from the list and publishes it.
    editor = new_page()
    script_errors = []
    editor.on("pageerror", lambda error: script_errors.append(str(error)))
    log_in(editor, live_server, publisher)
    visit(editor, f"{live_server.url}/admin/releases/release/?status=in_review")
    editor.get_by_role("link", name=TITLE).click()
    # The form opens on the release's own language, though the admin is English.
    expect(editor.locator("#id_title_fr")).to_be_visible()
    expect(editor.locator("#id_title_en")).to_be_hidden()
    assert script_errors == []
    press(editor, re.compile(r"^Save and publish"))
    expect(editor.locator(".messagelist")).to_contain_text(f"“{TITLE}” was published.")
    expect(editor.locator(".workflow-status")).to_contain_text("Published")

    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
    assert release.first_published_at is not None
    assert release.publish_at <= timezone.now()

    # The reader now finds it in the list and reads it.
    visit(reader, f"{live_server.url}/fr/releases/")
    reader.get_by_role("link", name=TITLE).click()
    expect(reader).to_have_url(f"{live_server.url}/fr/releases/{SLUG}/")
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    body = reader.locator(".release__body")
    expect(body.locator(".dateline")).to_contain_text(DATELINE)
    expect(body).to_contain_text(OPENING)
    expect(body.locator("ul > li")).to_have_text(POINTS)


def test_contributor_change_form_has_no_publish_button(live_server, new_page, log_in):
    contributor = user_in("Contributor")
    draft = Release.objects.create(
        title_fr="Brouillon d’un contributeur",
        body_fr="<p>Un texte.</p>",
        original_language="fr",
        created_by=contributor,
    )

    page = new_page()
    log_in(page, live_server, contributor)
    visit(page, f"{live_server.url}/admin/releases/release/{draft.pk}/change/")

    submit = page.get_by_role("button", name="Save and submit for review")
    expect(submit).to_be_visible()
    expect(page.locator("input[name=_publish]")).to_have_count(0)
    expect(page.locator("input[name=_withdraw]")).to_have_count(0)
