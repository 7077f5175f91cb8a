"""Every public page type names its alternates in each language and one
x-default: the page in the site's language, or a release's original."""

import re

import pytest

from tests.factories import EventFactory, MentionFactory, ReleaseFactory

pytestmark = pytest.mark.django_db

X_DEFAULT = re.compile(r'<link rel="alternate" hreflang="x-default" href="([^"]+)">')


@pytest.fixture
def pages():
    release = ReleaseFactory(slug_en="arrivals")
    event = EventFactory(slug_en="consultation")
    mention = MentionFactory(release=release)
    return {
        "/fr/": "http://testserver/en/",
        "/fr/releases/?country=PY": "http://testserver/en/releases/?country=PY",
        "/fr/events/": "http://testserver/en/events/",
        f"/en/events/{event.slug_en}/": f"http://testserver/en/events/{event.slug_en}/",
        mention.official.get_absolute_url(): (
            f"http://testserver{mention.official.get_absolute_url()}"
        ),
        "/es/contacts/": "http://testserver/en/contacts/",
        "/en/releases/arrivals/": "http://testserver/en/releases/arrivals/",
    }


def test_every_page_type_has_one_x_default(client, pages):
    for path, expected in pages.items():
        page = client.get(path).content.decode()
        assert X_DEFAULT.findall(page) == [expected], path
        # Each language it is in, and x-default; an English-only release
        # has only English.
        languages = 1 if "/releases/arrivals/" in path else 4
        assert page.count('<link rel="alternate" hreflang=') == languages + 1, path


def test_a_release_not_in_the_sites_language_defaults_to_its_original(client):
    ReleaseFactory(
        original_language="fr",
        title_en="",
        slug_en="",
        summary_en="",
        body_en="",
        title_fr="Arrivées",
        slug_fr="arrivees",
        body_fr="<p>Texte.</p>",
    )
    page = client.get("/fr/releases/arrivees/").content.decode()
    assert X_DEFAULT.findall(page) == ["http://testserver/fr/releases/arrivees/"]


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
@pytest.mark.parametrize("page", ["accessibility", "privacy"])
def test_the_statements_are_in_every_language_and_linked_from_every_page(
    client, language, page
):
    response = client.get(f"/{language}/{page}/")
    assert response.status_code == 200
    assert f'href="/{language}/{page}/"' in client.get(f"/{language}/").content.decode()
    assert f'lang="{language}"' in response.content.decode()
