"""A reader with a keyboard only, in French and in Arabic: every way through
the site (filter by a country not among the top ones, search, open a
release, download its picture, change language) with the Tab and Enter
keys, the focus always visible on screen; and no picture moves the text
when it arrives."""

from urllib.parse import urlencode

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.factories import ReleaseFactory
from tests.pictures import ImageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Thirteen countries with two releases each: Paraguay, with one, is not
# among the twelve a facet shows first.
OTHER_COUNTRIES = [
    "AR",
    "BO",
    "BR",
    "CL",
    "CO",
    "CR",
    "EC",
    "ES",
    "MX",
    "PE",
    "PA",
    "UY",
    "VE",
]

WORDS = {
    "fr": {"title": "Séminaire sur la traite", "word": "séminaire"},
    "ar": {"title": "ندوة حول الاتجار بالبشر", "word": "ندوة"},
}

FOCUS = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    tag: element.tagName.toLowerCase(),
    type: element.getAttribute("type") || "",
    href: element.getAttribute("href") || "",
    hreflang: element.getAttribute("hreflang") || "",
    text: (element.innerText || "").trim(),
    focusVisible: element.matches(":focus-visible"),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0
      && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
  };
}"""

LAYOUT_SHIFT = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 1000);
})"""


def tab_to(page, wanted, limit=150):
    """Press Tab until ``wanted(focus)``; at every step the focused element
    must show a focus ring, on screen."""
    wrapped = False
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS)
        if focus is None and not wrapped:
            # Past the footer, the focus leaves the page (for the browser's
            # address bar) and comes back at its top.
            wrapped = True
            continue
        assert focus is not None, "the focus was lost"
        assert focus["focusVisible"], focus
        assert focus["outline"], f"no visible focus ring on {focus}"
        assert focus["onScreen"], f"the focus is off screen: {focus}"
        if wanted(focus):
            return focus
    raise AssertionError(f"not reached with {limit} presses of Tab")


@pytest.fixture
def newsroom(media_dirs):
    for code in OTHER_COUNTRIES:
        for number in range(2):
            ReleaseFactory(
                title_fr=f"Communiqué {code} {number}",
                slug_fr=f"communique-{code.lower()}-{number}",
                body_fr="<p>Texte.</p>",
                title_ar=f"بيان {code} {number}",
                slug_ar=f"bayan-{code.lower()}-{number}",
                body_ar="<p>نص.</p>",
                countries=[code],
            )
    picture = ImageFactory(alt_text_fr="Des procureurs", alt_text_ar="مدعون")
    return ReleaseFactory(
        title_fr=WORDS["fr"]["title"],
        slug_fr="seminaire-sur-la-traite",
        body_fr="<p>Le séminaire a réuni les procureurs.</p>" * 8,
        title_ar=WORDS["ar"]["title"],
        slug_ar="nadwa",
        body_ar="<p>جمعت الندوة المدعين العامين.</p>" * 8,
        countries=["PY"],
        hero_image=picture,
    )


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_a_keyboard_reader_filters_searches_reads_downloads_and_changes_language(
    live_server, new_page, newsroom, code, screenshot
):
    page = new_page(locale=code)
    release_address = newsroom.url_in(code)
    with translation.override(code):
        download = newsroom.hero_image.get_download_url()
    page.goto(f"{live_server.url}/{code}/")

    skip = tab_to(page, lambda focus: True)
    assert skip["href"] == "#content"
    tab_to(page, lambda focus: focus["href"] == f"/{code}/releases/")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/{code}/releases/")

    # Paraguay is behind "All 14 countries", a <details> opened with Enter.
    summary = tab_to(page, lambda focus: focus["tag"] == "summary")
    assert "14" in summary["text"]
    page.keyboard.press("Enter")
    tab_to(page, lambda focus: "country=PY" in focus["href"])
    screenshot(page, f"keyboard-{code}-all-countries")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/{code}/releases/?country=PY")

    tab_to(page, lambda focus: focus["type"] == "search")
    page.keyboard.type(WORDS[code]["word"])
    page.keyboard.press("Enter")
    query = urlencode({"q": WORDS[code]["word"], "country": "PY"})
    expect(page).to_have_url(f"{live_server.url}/{code}/releases/?{query}")

    tab_to(page, lambda focus: focus["href"] == release_address)
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + release_address)
    expect(page.get_by_role("heading", level=1)).to_have_text(WORDS[code]["title"])

    tab_to(page, lambda focus: focus["href"] == download)
    with page.expect_download() as downloading:
        page.keyboard.press("Enter")
    assert downloading.value.suggested_filename.endswith(".jpg")

    other = "ar" if code == "fr" else "fr"
    tab_to(page, lambda focus: focus["hreflang"] == other)
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + newsroom.url_in(other))
    expect(page.locator("html")).to_have_attribute("lang", other)


def test_no_picture_moves_the_text_when_it_arrives(live_server, new_page, newsroom):
    page = new_page(locale="fr")
    # The pictures are held back until the text has been laid out and
    # painted, as on a slow connection.
    held = []
    page.route("**/media/**", lambda route: held.append(route))
    page.goto(live_server.url + newsroom.url_in("fr"), wait_until="domcontentloaded")
    page.wait_for_timeout(500)
    assert held, "the page asked for no picture"
    for route in held:
        route.continue_()
    page.wait_for_function("() => [...document.images].every(i => i.complete)")

    assert page.evaluate(LAYOUT_SHIFT) < 0.01
