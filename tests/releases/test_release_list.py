"""The list of releases a reader meets: pages, and the filters that narrow it."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from releases.models import Kind
from tests.factories import ReleaseFactory, ThemeFactory
from tests.releases.reader_pages import MAY_12_2016

pytestmark = pytest.mark.django_db


def test_list_shows_twenty_releases_a_page_newest_first(client):
    now = timezone.now()
    releases = [
        ReleaseFactory(slug_en=f"release-{n:02}", publish_at=now - timedelta(hours=n))
        for n in range(1, 22)
    ]

    first = client.get("/en/releases/")
    second = client.get("/en/releases/?page=2")

    assert first.status_code == second.status_code == 200
    for release in releases[:20]:
        assert f"/en/releases/{release.slug_en}/" in first.text
        assert f"/en/releases/{release.slug_en}/" not in second.text
    assert "/en/releases/release-21/" not in first.text
    assert "/en/releases/release-21/" in second.text
    assert "page=2" in first.text


@pytest.mark.parametrize("page", ["abc", "999", "0", "-1", "1.5"])
def test_page_that_is_not_a_page_number_or_out_of_range_is_404(client, page):
    ReleaseFactory.create_batch(3)

    assert client.get(f"/en/releases/?page={page}").status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("country=ZZ", "is not one of the available choices"),
        ("kind=nope", "is not one of the available choices"),
        ("theme=missing", "is not one of the available choices"),
        ("year=abc", "Enter a whole number"),
        ("year=99999", "less than or equal to"),
    ],
)
def test_unknown_filter_value_is_400_with_a_message(client, query, message):
    ReleaseFactory(title_en="Visible release")

    response = client.get(f"/en/releases/?{query}")

    assert response.status_code == 400
    assert message in response.text


def test_country_filter_narrows_the_list(client):
    ReleaseFactory(title_en="About Paraguay", countries=["PY", "AR"])
    ReleaseFactory(title_en="About France", countries=["FR"])

    response = client.get("/en/releases/?country=PY")

    assert response.status_code == 200
    assert "About Paraguay" in response.text
    assert "About France" not in response.text


def test_theme_filter_narrows_the_list_in_the_readers_language(client):
    trafficking, climate = ThemeFactory(), ThemeFactory()
    ReleaseFactory(
        title_en="On trafficking",
        title_fr="Sur la traite",
        body_fr="<p>Texte.</p>",
        themes=[trafficking],
    )
    ReleaseFactory(
        title_en="On climate",
        title_fr="Sur le climat",
        body_fr="<p>Texte.</p>",
        themes=[climate],
    )

    english = client.get(f"/en/releases/?theme={trafficking.slug_en}")
    french = client.get(f"/fr/releases/?theme={trafficking.slug_fr}")

    assert english.status_code == french.status_code == 200
    assert "On trafficking" in english.text
    assert "On climate" not in english.text
    assert "Sur la traite" in french.text
    assert "Sur le climat" not in french.text


def test_kind_filter_narrows_the_list(client):
    ReleaseFactory(title_en="A statement", kind=Kind.STATEMENT)
    ReleaseFactory(title_en="Some news", kind=Kind.NEWS)

    response = client.get("/en/releases/?kind=statement")

    assert "A statement" in response.text
    assert "Some news" not in response.text


def test_year_filter_narrows_the_list(client):
    ReleaseFactory(title_en="From 2016", publish_at=MAY_12_2016)
    ReleaseFactory(title_en="From 2024", publish_at=datetime(2024, 1, 9, tzinfo=UTC))

    response = client.get("/en/releases/?year=2016")

    assert "From 2016" in response.text
    assert "From 2024" not in response.text


def test_filters_combine_and_pages_keep_them(client):
    now = timezone.now()
    for n in range(22):
        ReleaseFactory(
            kind=Kind.NEWS,
            countries=["PY"],
            publish_at=now - timedelta(hours=n),
        )
    ReleaseFactory(title_en="News from Brazil", kind=Kind.NEWS, countries=["BR"])

    response = client.get("/en/releases/?country=PY&kind=news")

    assert response.status_code == 200
    assert "News from Brazil" not in response.text
    assert "country=PY" in response.text
    second = client.get("/en/releases/?country=PY&kind=news&page=2")
    assert second.status_code == 200
    assert "News from Brazil" not in second.text
