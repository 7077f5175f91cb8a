"""A release printed from the browser: the text alone, with its contacts and
its address, the body's links spelled out."""

import pytest
from django.utils.encoding import uri_to_iri

from tests.factories import ReleaseContactFactory
from tests.releases.reader_pages import in_four_languages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOWN = """selector => {
  const element = document.querySelector(selector);
  return element !== null && getComputedStyle(element).display !== "none";
}"""


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_a_printed_release_is_its_text_contacts_and_address(
    live_server, new_page, code
):
    release = in_four_languages(
        body_fr='<p>Voir <a href="https://example.org/rapport">le rapport</a>.</p>',
        body_ar='<p>انظر <a href="https://example.org/rapport">التقرير</a>.</p>',
    )
    ReleaseContactFactory(release=release)
    page = new_page(locale=code)
    page.goto(live_server.url + release.url_in(code))
    assert page.evaluate(SHOWN, ".site-header")
    assert not page.evaluate(SHOWN, ".release__address")

    page.emulate_media(media="print")

    for gone in [".site-header", ".site-footer", ".release__formats"]:
        assert not page.evaluate(SHOWN, gone), gone
    for kept in ["h1", ".release__body", ".release__contacts", ".release__address"]:
        assert page.evaluate(SHOWN, kept), kept
    link = page.locator(".release__body a")
    spelled = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert "https://example.org/rapport" in spelled
    address = page.locator(".release__address a")
    # In the reader's script, not percent-escapes.
    expected = uri_to_iri(f"{live_server.url}{release.url_in(code)}")
    assert address.inner_text() == expected
    # Chromium prints it on A4 without an error.
    assert page.pdf(format="A4").startswith(b"%PDF")
