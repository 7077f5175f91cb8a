"""Pages weigh little on a slow connection: compressed for readers who ask,
the release page's HTML and CSS at most 15 KB as transferred, and nothing
compressed that carries a reader's secret (BREACH)."""

import gzip

import pytest

from tests.factories import ReleaseFactory

pytestmark = pytest.mark.django_db

BUDGET = 15 * 1024
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def transferred(client, path):
    response = client.get(path, **GZIP)
    assert response.status_code == 200, path
    body = (
        b"".join(response.streaming_content)
        if response.streaming
        else (response.content)
    )
    return response, body


def css_path(page):
    start = page.index('href="/static/') + len('href="')
    return page[start : page.index('"', start)]


@pytest.fixture
def release():
    return ReleaseFactory(
        slug_en="a-long-release",
        summary_en="A summary of the kind press officers write, two lines long. " * 2,
        body_en="".join(
            f"<p>Paragraph {n} of a release as long as a real one, with a quote "
            "from the Director General and the figures of the week.</p>"
            for n in range(30)
        ),
    )


def test_the_release_page_and_its_css_are_within_the_budget_compressed(client, release):
    page, html = transferred(client, "/en/releases/a-long-release/")
    assert page["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page["Vary"]
    text = gzip.decompress(html).decode()
    css, stylesheet = transferred(client, css_path(text))
    assert css["Content-Encoding"] == "gzip"
    total = len(html) + len(stylesheet)
    print(f"release page: {len(html)} B + CSS {len(stylesheet)} B = {total} B")
    assert total <= BUDGET


@pytest.mark.parametrize("path", ["/en/", "/en/releases/", "/fr/events/"])
def test_every_public_page_is_compressed_for_who_asks(client, release, path):
    response, body = transferred(client, path)
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(body)
    plain = client.get(path)
    assert not plain.has_header("Content-Encoding")


def test_a_page_with_a_form_token_or_a_session_is_never_compressed(client, editor):
    response = client.get("/en/alerts/", **GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
    client.force_login(editor)
    response = client.get("/admin/", **GZIP)
    assert not response.has_header("Content-Encoding")
