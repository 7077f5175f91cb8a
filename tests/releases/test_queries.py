"""Public pages run a fixed number of SQL queries, however many releases exist."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import ReleaseFactory, ThemeFactory

pytestmark = pytest.mark.django_db

COUNTRIES = [["PY", "AR", "BR"], ["FR", "SN", "ML"], ["JO", "LB", "SY"]]


@pytest.fixture
def themes():
    return ThemeFactory.create_batch(6)


def make_releases(count, themes, start=0):
    """Releases in English and French, each with three themes and three countries."""
    now = timezone.now()
    releases = []
    for n in range(start, start + count):
        releases.append(
            ReleaseFactory(
                publish_at=now - timedelta(hours=n + 1),
                title_fr=f"Communiqué {n}",
                body_fr="<p>Texte.</p>",
                countries=COUNTRIES[n % 3],
                themes=[themes[(n + k) % len(themes)] for k in range(3)],
            )
        )
    return releases


def queries_for(client, path):
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_release_page_runs_at_most_8_queries(
    client, themes, django_assert_max_num_queries, language
):
    release = make_releases(25, themes)[0]
    path = f"/{language}/releases/{getattr(release, f'slug_{language}')}/"

    with django_assert_max_num_queries(8):
        response = client.get(path)

    assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/en/releases/", "/fr/releases/", "/en/releases/?page=2", "/en/releases/?kind="],
)
def test_list_of_twenty_runs_at_most_10_queries(
    client, themes, django_assert_max_num_queries, path
):
    make_releases(45, themes)

    with django_assert_max_num_queries(10):
        response = client.get(path)

    assert response.status_code == 200


def test_filtered_list_runs_at_most_10_queries(
    client, themes, django_assert_max_num_queries
):
    make_releases(30, themes)

    with django_assert_max_num_queries(10):
        response = client.get(f"/en/releases/?country=PY&theme={themes[0].slug_en}")

    assert response.status_code == 200


@pytest.mark.parametrize("language", ["en", "fr"])
def test_home_page_runs_at_most_10_queries(
    client, themes, django_assert_max_num_queries, language
):
    make_releases(25, themes)

    with django_assert_max_num_queries(10):
        response = client.get(f"/{language}/")

    assert response.status_code == 200


def test_query_count_does_not_grow_with_the_number_of_releases(client, themes):
    first = make_releases(5, themes)[0]
    paths = [
        "/en/",
        "/en/releases/",
        "/fr/releases/",
        f"/en/releases/{first.slug_en}/",
        f"/fr/releases/{first.slug_fr}/",
    ]
    few = {path: queries_for(client, path) for path in paths}

    make_releases(35, themes, start=5)
    many = {path: queries_for(client, path) for path in paths}

    assert many == few
