"""Odd addresses and query strings get a clear 4xx, never a 500."""

import pytest

from tests.factories import ReleaseFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/en/releases/<script>/",
        "/en/releases/a.b/",
        "/en/releases/" + "x" * 2000 + "/",
    ],
)
def test_a_malformed_release_address_is_a_plain_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("path", ["/fr/releases/%00/", "/en/releases/a%00b/"])
def test_a_nul_byte_in_the_address_is_a_400(client, path):
    assert client.get(path).status_code == 400


@pytest.mark.parametrize(
    "query",
    ["?q=%00", "?country=%00", "?theme=a%00", "?page=%00", "?%00=1"],
)
def test_a_nul_byte_in_the_query_string_is_a_400(client, query):
    response = client.get(f"/en/releases/{query}")

    assert response.status_code == 400
    assert "not allowed" in response.text


def test_a_nul_byte_in_an_admin_filter_is_a_400_not_a_database_error(admin_client):
    response = admin_client.get("/admin/releases/release/?status__exact=%00")

    assert response.status_code == 400


def test_an_arabic_slug_still_reaches_its_release(client):
    release = ReleaseFactory(
        original_language="ar",
        title_ar="بيان عن الهجرة",
        slug_ar="بيان-عن-الهجرة",
        body_ar="<p>نص.</p>",
    )

    response = client.get(f"/ar/releases/{release.slug_ar}/")

    assert response.status_code == 200
    assert "بيان عن الهجرة" in response.text
