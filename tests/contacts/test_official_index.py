"""The officials index, /<lang>/officials/: everyone with a page, by
organisation, with their position in the reader's language, a hundred a
page, as JSON-LD ItemList, and in the sitemap."""

import json
import re

import pytest
from django.utils import translation

from releases.models import Status
from tests.factories import (
    MentionFactory,
    OfficialFactory,
    OrganisationFactory,
    ReleaseFactory,
)

pytestmark = pytest.mark.django_db


def named(official, **release):
    MentionFactory(official=official, release=ReleaseFactory(**release))
    return official


def test_the_index_lists_who_has_a_page_by_organisation(client):
    iom = OrganisationFactory(name_en="IOM", name_fr="OIM")
    prosecutors = OrganisationFactory(name_en="Public Prosecutor's Office")
    pope = named(
        OfficialFactory(
            full_name="Amy Pope",
            organisation=iom,
            position_en="Director General",
            position_fr="Directrice générale",
        )
    )
    diaz = named(OfficialFactory(full_name="Ana Díaz", organisation=prosecutors))
    hidden = OfficialFactory(full_name="Not Yet Named")
    MentionFactory(
        official=hidden,
        release=ReleaseFactory(
            status=Status.DRAFT, publish_at=None, first_published_at=None
        ),
    )

    page = client.get("/fr/officials/").content.decode()
    assert "Amy Pope" in page and "Ana Díaz" in page
    assert "Directrice générale" in page
    assert "Not Yet Named" not in page
    # Grouped, organisations by their name in French.
    headings = re.findall(r"<h2 id=\"organisation-\d+\"><bdi>([^<]+)</bdi>", page)
    assert headings == ["OIM", "Public Prosecutor&#x27;s Office"]
    with translation.override("fr"):
        assert f'href="{pope.get_absolute_url()}"' in page
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1]
    )
    assert data["@type"] == "ItemList"
    assert data["numberOfItems"] == 2
    assert {item["name"] for item in data["itemListElement"]} == {
        pope.full_name,
        diaz.full_name,
    }


def test_the_index_comes_a_hundred_a_page(client, django_assert_max_num_queries):
    release = ReleaseFactory()
    for n in range(105):
        MentionFactory(release=release, official=OfficialFactory(), order=n)
    with django_assert_max_num_queries(4):
        first = client.get("/en/officials/")
    assert first.content.decode().count('class="role"') == 100
    second = client.get("/en/officials/?page=2").content.decode()
    assert second.count('class="role"') == 5
    assert client.get("/en/officials/?page=3").status_code == 404
    assert client.get("/en/officials/?page=x").status_code == 404


def test_the_index_is_in_the_sitemap_in_every_language(client):
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    for code in ("en", "fr", "es", "ar"):
        assert f"http://testserver/{code}/officials/" in sitemap
