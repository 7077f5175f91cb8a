"""The content security policy in a real Chromium: the admin's release form
(the prose editor, the translation tabs, the date pickers, the country
chooser) and the public pages work under it, with no violation reported."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from releases.models import Release, Status
from releases.roles import sync_groups
from tests.accounts.signing_in import PASSWORD, totp
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    PressContactFactory,
    ReleaseContactFactory,
    ReleaseFactory,
    ThemeFactory,
    user_in,
)
from tests.pictures import ImageFactory, jpeg, upload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Every violation, as the page itself hears of it; the listener is added
# before any script of the page runs, and the policy cannot block it.
LISTEN = """
window.violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.violations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}` +
    ` at ${event.sourceFile}:${event.lineNumber}`
  );
}, true);
"""


@pytest.fixture
def watched(new_page):
    """A page whose policy violations and header complaints are kept: those
    the page's own listener hears of, and what Chromium prints about the
    policies (a Permissions-Policy feature it does not know, for one)."""

    def watched():
        page = new_page()
        page.complaints = []
        page.add_init_script(LISTEN)
        page.on(
            "console",
            lambda message: (
                page.complaints.append(message.text)
                if re.search("Content.Security.Policy|Permissions.Policy", message.text)
                else None
            ),
        )
        return page

    return watched


def violations(page):
    return [*page.evaluate("window.violations"), *page.complaints]


def visit(page, url):
    response = page.goto(url)
    assert response.ok, f"GET {url} answered {response.status}"
    page.wait_for_load_state("networkidle")
    found = violations(page)
    assert found == [], f"{url}: {found}"


@pytest.fixture
def roles(transactional_db):
    # The live server's flushes empty the groups the data migration made.
    sync_groups()


def sign_in_as_publisher(page, live_server, publisher):
    """A publisher's first sign-in: password, then setting up the code from an
    authenticator app (two-factor sign-in), then the recovery codes."""
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill(publisher.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    key = page.locator("#two-factor-key").inner_text()
    page.locator("#login-form input[name=code]").fill(totp(key))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.locator("#recovery-codes li").first).to_be_visible()
    found = violations(page)
    assert found == [], f"two-factor sign-in: {found}"


def test_release_form_works_under_the_policy(roles, live_server, watched):
    publisher = user_in("Publisher")
    release = Release.objects.create(
        title_en="A release in review",
        body_en="<p>Its body.</p>",
        original_language="en",
        status=Status.IN_REVIEW,
        created_by=publisher,
    )
    page = watched()
    sign_in_as_publisher(page, live_server, publisher)
    visit(page, f"{live_server.url}/admin/releases/release/{release.pk}/change/")

    # The prose editor: its modules load through the import map, and it
    # takes what a writer types.
    editor = page.locator("#tab_id_body_en .ProseMirror[contenteditable=true]")
    editor.click()
    editor.press("End")
    editor.press_sequentially(" More words.")
    expect(editor).to_contain_text("Its body. More words.")

    # The translation tabs (jQuery UI).
    page.locator("[role=tab][aria-controls=tab_id_title_fr]").click()
    expect(page.locator("#id_title_fr")).to_be_visible()
    page.locator("#id_title_fr").fill("Un communiqué à relire")

    # The date picker and the clock of the publication time.
    page.locator("#calendarlink0").click()
    expect(page.locator("#calendarbox0")).to_be_visible()
    page.locator("#calendarbox0 .calendarnav-next").click()
    page.locator("#calendarbox0 td a").last.click()
    expect(page.locator("#calendarbox0")).to_be_hidden()
    page.locator("#clocklink0").click()
    expect(page.locator("#clockbox0")).to_be_visible()
    page.locator("#clockbox0").get_by_role("link", name="Noon").click()
    expect(page.locator("#id_publish_at_1")).to_have_value("12:00:00")

    # The country chooser.
    page.locator("#id_countries_input").fill("Paragu")
    page.locator("#id_countries_from option[value=PY]").dblclick()
    expect(page.locator("#id_countries_to option[value=PY]")).to_have_count(1)

    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.locator("input[name=_continue]").last.click()
    assert posted.value.status == 302
    page.wait_for_load_state("networkidle")
    assert violations(page) == []
    release.refresh_from_db()
    assert release.title_fr == "Un communiqué à relire"
    assert release.countries == ["PY"]
    assert "More words." in release.body_en

    # The list of releases, with its filters and actions.
    visit(page, f"{live_server.url}/admin/releases/release/")
    page.locator("#action-toggle").check()
    expect(page.locator(".action-counter")).to_contain_text("1 of 1 selected")
    assert violations(page) == []

    # The other forms, with their own scripts (the picture's focal point,
    # an event's dates and speakers).
    for name in ("admin:media_image_add", "admin:events_event_add"):
        visit(page, f"{live_server.url}{reverse(name)}")


def test_public_pages_work_under_the_policy(transactional_db, live_server, watched):
    picture = ImageFactory(file=upload(jpeg(1200, 800)))
    release = ReleaseFactory(
        title_en="Prosecutors meet on trafficking",
        countries=["PY"],
        themes=[ThemeFactory()],
        hero_image=picture,
    )
    official = MentionFactory(release=release, official=OfficialFactory()).official
    ReleaseContactFactory(release=release, contact=PressContactFactory())
    event = EventFactory()
    page = watched()
    for path in (
        "/en/",
        "/en/releases/",
        "/en/releases/?country=PY&kind=press_release",
        "/en/releases/?q=trafficking",
        event.get_absolute_url(),
        official.get_absolute_url(),
        "/en/contacts/",
        "/ar/releases/",
        release.url_in("en"),
    ):
        visit(page, f"{live_server.url}{path}")
    # The release's picture is shown, and its JSON-LD is there for search
    # engines: a data block, which no policy applies to.
    hero = page.get_by_role("img", name=picture.alt_text_en)
    expect(hero).to_be_visible()
    assert hero.evaluate("image => image.naturalWidth") > 0
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(1)
