"""axe-core, in Chromium, over every public page type in English, French,
Spanish and Arabic: no serious or critical violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import (
    EventFactory,
    MentionFactory,
    PressContactFactory,
    ReleaseContactFactory,
    ReleaseFactory,
)
from tests.pictures import GalleryImageFactory, ImageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "fr", "es", "ar"]


@pytest.fixture
def newsroom():
    release = ReleaseFactory(
        slug_en="seminar",
        title_fr="Séminaire",
        slug_fr="seminaire",
        body_fr="<p>Texte du communiqué.</p>",
        title_es="Seminario",
        slug_es="seminario",
        body_es="<p>Texto del comunicado.</p>",
        title_ar="ندوة",
        slug_ar="nadwa",
        body_ar="<p>نص البيان.</p>",
        countries=["PY"],
        hero_image=ImageFactory(
            alt_text_fr="Des procureurs", alt_text_es="Fiscales", alt_text_ar="مدعون"
        ),
    )
    GalleryImageFactory(release=release)
    mention = MentionFactory(release=release)
    ReleaseContactFactory(release=release, contact=PressContactFactory())
    event = EventFactory(slug_en="consultation")
    return {
        "release": {code: release.url_in(code) for code in LANGUAGES},
        "official": mention.official,
        "event": event,
    }


def pages(newsroom, code):
    from django.utils import translation

    with translation.override(code):
        official = newsroom["official"].get_absolute_url()
        event = newsroom["event"].get_absolute_url()
    return [
        f"/{code}/",
        f"/{code}/releases/?q=seminar&country=PY",
        newsroom["release"][code],
        f"/{code}/events/",
        event,
        official,
        f"/{code}/officials/",
        f"/{code}/contacts/",
        f"/{code}/alerts/",
        f"/{code}/journalists/apply/",
        f"/{code}/accessibility/",
        f"/{code}/no-such-page/",  # 404
        f"/{code}/releases/?country=XX",  # 400
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_serious_or_critical_violation_on_any_page_type(
    live_server, new_page, newsroom, code
):
    axe = Axe()
    page = new_page(locale=code)
    found = {}
    for path in pages(newsroom, code):
        response = page.goto(live_server.url + path)
        expected = 404 if "no-such-page" in path else 400 if "=XX" in path else 200
        assert response.status == expected, path
        violations = axe.run(page).response["violations"]
        bad = [
            f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}"
            for v in violations
            if v["impact"] in ("serious", "critical")
        ]
        if bad:
            found[path] = bad
    assert found == {}
