"""Browser tests: Debian's Chromium, driven by Playwright, reads the live server.

Run them with ``make test-browser`` (``pytest -m browser``). Where Chromium is
missing they are skipped, except on CI (``REQUIRE_BROWSER=1``), where a missing
browser must fail the build rather than pass it silently.
"""

import os
import re
import warnings
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect, sync_playwright

from tests.accounts.signing_in import totp

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "screenshots"
PASSWORD = "correct horse battery staple"

expect.set_options(timeout=10_000)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = "Chromium is not installed: apt-get install chromium"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason} (REQUIRE_BROWSER=1 forbids skipping)")
        pytest.skip(reason)
    # Playwright's sync API keeps an asyncio loop running in the test thread,
    # and Django refuses ORM calls (set-up, flushes, the tests' own queries)
    # from a thread with a running loop. Nothing here is concurrent, so it is
    # safe; set only while the browser runs, so other tests keep the guard.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(browser):
    """Open a page in a fresh browser context: a new visitor, with no cookies."""
    contexts = []

    def new_page(locale="en-GB"):
        context = browser.new_context(
            locale=locale, viewport={"width": 1280, "height": 900}
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A French-speaking reader's page."""
    return new_page(locale="fr-FR")


@pytest.fixture
def screenshot():
    """Save a full-page screenshot for people to look at; tests never read them."""

    def screenshot(page, name):
        try:
            SCREENSHOTS.mkdir(exist_ok=True)
            page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
        except (OSError, PlaywrightError) as error:
            warnings.warn(f"Screenshot {name} not saved: {error}", stacklevel=2)

    return screenshot


@pytest.fixture
def log_in():
    """Log ``user`` into the admin through its login form."""

    def log_in(page, live_server, user):
        page.goto(f"{live_server.url}/admin/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        if "/admin/login/enrol/" in page.url:
            # Publishers set up two-factor sign-in at their first sign-in.
            key = page.locator("#two-factor-key").inner_text()
            page.get_by_label("Code from the app").fill(totp(key))
            page.get_by_role("button", name="Turn on two-factor sign-in").click()
            page.get_by_role("link", name="I have kept them: continue").click()
        expect(page.locator("#user-tools")).to_contain_text(
            re.compile(user.username, re.IGNORECASE)
        )

    return log_in
