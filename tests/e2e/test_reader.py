"""A reader on the public site, in French, English and Arabic."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from releases.models import Release

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED_TITLE = "Séminaire sur la lutte contre la traite au Paraguay"


@pytest.fixture
def seed(transactional_db):
    """The demo newsroom, and its seed release: French, with an English version."""
    call_command("load_demo", stdout=StringIO())
    return Release.objects.get(title_fr=SEED_TITLE)


def direction(page, selector):
    return page.locator(selector).evaluate("node => getComputedStyle(node).direction")


def test_reader_follows_the_seed_release_from_the_french_home_then_reads_english(
    live_server, page, seed, screenshot
):
    page.goto(f"{live_server.url}/fr/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    latest = page.locator("section[aria-labelledby=latest]")
    link = latest.get_by_role("link", name=SEED_TITLE)
    expect(link).to_be_visible()
    screenshot(page, "fr-home")

    link.click()
    expect(page).to_have_url(f"{live_server.url}/fr/releases/{seed.slug_fr}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(SEED_TITLE)
    expect(page.locator(".release__meta .region")).to_have_text("Global")
    body = page.locator(".release__body")
    expect(body.locator(".dateline")).to_have_text(re.compile(r"^Paraguay\b"))
    expect(body.locator("ul > li")).to_have_text(
        [
            re.compile(r"^Argentina Santacruz de l’OIM en Equateur"),
            re.compile(r"^Gaby Rengifo de l’OIM en Colombie"),
            re.compile(r"^Erika Rojas de l’OIM au Costa Rica"),
        ]
    )
    screenshot(page, "release-fr")

    switcher = page.locator("nav.language-switcher")
    switcher.get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{live_server.url}/en/releases/{seed.slug_en}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(seed.title_en)
    expect(page.locator(".release__body .dateline")).to_contain_text("Paraguay")
    expect(switcher.locator("[aria-current]")).to_have_text("English")
    screenshot(page, "release-en")


def test_arabic_pages_read_right_to_left(live_server, page, seed, screenshot):
    page.goto(f"{live_server.url}/ar/")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert direction(page, "body") == "rtl"
    # The layout mirrors itself: the site's name starts at the right-hand side.
    name = page.locator(".site-name").bounding_box()
    assert name["x"] > page.viewport_size["width"] / 2
    screenshot(page, "ar-home")

    first = page.locator("section[aria-labelledby=latest] .release-card__title a")
    title = first.first.inner_text()
    first.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert direction(page, ".release__body") == "rtl"
    screenshot(page, "release-ar")


def test_skip_link_is_the_first_thing_the_keyboard_reaches(live_server, page):
    page.goto(f"{live_server.url}/fr/")
    page.keyboard.press("Tab")
    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/fr/#content")
    expect(page.locator("main#content")).to_be_focused()
