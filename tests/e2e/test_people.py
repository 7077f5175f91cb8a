"""A reader follows the seed release to the people, the event and the press contact."""

import re
from io import StringIO
from pathlib import Path
from urllib.parse import quote

import pytest
import vobject
from django.core.management import call_command
from django.utils import translation
from playwright.sync_api import expect

from contacts.models import PressContact
from releases.models import Release

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED_TITLE = "Séminaire sur la lutte contre la traite au Paraguay"
SHOTS = Path("/tmp/shots")


@pytest.fixture
def seed(transactional_db):
    """The demo newsroom, and its seed release with everyone it names."""
    call_command("load_demo", stdout=StringIO())
    return Release.objects.get(title_fr=SEED_TITLE)


def in_french(url_of):
    with translation.override("fr"):
        return url_of()


def shoot(page, name):
    """A full-page screenshot for a person to look at; no test reads it."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def open_release(page, url):
    response = page.goto(url)
    assert response.ok, f"GET {url} answered {response.status}"
    expect(page.get_by_role("heading", level=1)).to_have_text(SEED_TITLE)


def test_reader_goes_from_the_seed_release_to_its_people_event_and_press_contact(
    live_server, page, seed
):
    release_url = live_server.url + in_french(seed.get_absolute_url)
    mentions = list(seed.mentions.select_related("official"))
    first = mentions[0].official
    event = seed.event
    contact = seed.release_contacts.get().contact

    open_release(page, release_url)
    people = page.locator(".release__people li")
    expect(people).to_have_count(len(mentions))
    expect(people.first).to_contain_text(first.full_name)
    shoot(page, "release-fr-people")

    # An official's page, in French.
    people.first.get_by_role("link", name=first.full_name).click()
    expect(page).to_have_url(f"{live_server.url}/fr/officials/{quote(first.slug)}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(first.full_name)
    expect(page.locator(".person__position")).to_have_text(first.position_fr)

    # The event: where, and when on the venue's clock.
    page.go_back()
    expect(page).to_have_url(release_url)
    page.locator(".release__event").get_by_role("link", name=event.title_fr).click()
    expect(page).to_have_url(live_server.url + in_french(event.get_absolute_url))
    facts = page.locator(".event .facts")
    expect(facts).to_contain_text("Asunción")
    expect(facts).to_contain_text(re.compile(r"10 mai 2016, 09:00"))
    expect(facts).to_contain_text(re.compile(r"11 mai 2016, 17:00"))
    expect(facts).to_contain_text("America/Asuncion")
    shoot(page, "event-fr")

    # The press contact's card, for a phone's address book.
    page.go_back()
    expect(page).to_have_url(release_url)
    card_link = page.locator(f".release__contacts #contact-{contact.slug}").get_by_role(
        "link", name="vCard"
    )
    with page.expect_download() as download:
        card_link.click()
    card = vobject.readOne(Path(download.value.path()).read_text(encoding="utf-8"))

    assert card.fn.value == "Eduardo Carrillo"
    phones = {tel.value: tel.params.get("TYPE", []) for tel in card.contents["tel"]}
    assert set(phones) == {"+59521296882", "+595 21 981-50-90-20"}
    assert "WORK" in [t.upper() for t in phones["+59521296882"]]
    assert "CELL" in [t.upper() for t in phones["+595 21 981-50-90-20"]]
    assert card.email.value == "ecarrillo@iom.int"
    assert PressContact.objects.get(pk=contact.pk).needs_review
