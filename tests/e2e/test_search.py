"""A journalist searches in French, narrows by country, reads a result and
subscribes to the feed of that search."""

import re
from io import StringIO

import feedparser
import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED_TITLE = "Séminaire sur la lutte contre la traite au Paraguay"


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", stdout=StringIO())


def test_a_reader_searches_narrows_opens_and_follows(demo, live_server, page):
    page.goto(f"{live_server.url}/fr/releases/")

    page.get_by_role("searchbox").fill("traites")
    page.get_by_role("button", name="Rechercher").click()

    results = page.locator(".release-card")
    expect(results.first).to_be_visible()
    # The stem finds "traite"; the word is marked in the passage shown.
    expect(page.locator(".snippet mark").first).to_have_text("traite")

    facet = page.locator(".facet").filter(has_text="Pays")
    facet.get_by_role("link", name="Paraguay").click()
    expect(page).to_have_url(re.compile(r"q=traites.*country=PY|country=PY.*q=traites"))
    expect(results).to_have_count(1)
    expect(facet.locator("[aria-current]")).to_contain_text("Paraguay")

    follow = page.locator(".follow:not(.follow--email) a")
    feed_url = follow.get_attribute("href")
    assert "country=PY" in feed_url and "q=traites" in feed_url

    page.get_by_role("link", name=SEED_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEED_TITLE)

    response = page.request.get(f"{live_server.url}{feed_url}")
    assert response.ok
    feed = feedparser.parse(response.body())
    assert feed.feed.language == "fr"
    assert [entry.title for entry in feed.entries] == [SEED_TITLE]
