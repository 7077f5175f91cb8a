"""What every response tells the browser: a content security policy that
allows no inline code, no framing, no plugin and no form sent elsewhere; a
permissions policy denying what the site never uses; and 405 to TRACE and
the other methods the site does not answer.

The policy holds up in a real browser in tests/e2e/test_headers_browser.py; its
score in tests/test_observatory.py.
"""

import base64
import hashlib
from html.parser import HTMLParser

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import path

from newsroom.headers import policy
from tests.factories import (
    EventFactory,
    MentionFactory,
    OfficialFactory,
    PressContactFactory,
    ReleaseContactFactory,
    ReleaseFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

PERMISSIONS_DENIED = ("camera", "microphone", "geolocation", "payment", "usb")


def directives(response):
    header = response["Content-Security-Policy"]
    return {
        name: sources for name, *sources in (part.split() for part in header.split(";"))
    }


@pytest.fixture
def release():
    theme = ThemeFactory()
    release = ReleaseFactory(countries=["PY"], themes=[theme])
    MentionFactory(release=release, official=OfficialFactory())
    ReleaseContactFactory(release=release, contact=PressContactFactory())
    return release


@pytest.fixture
def public_pages(release):
    """The public addresses a reader reaches, each page kind once."""
    event = EventFactory()
    official = release.mentions.get().official
    return [
        "/en/",
        "/en/releases/",
        f"/en/releases/?country=PY&kind=press_release&theme={release.themes.get().slug}",
        "/en/releases/?q=release",
        release.url_in("en"),
        "/en/events/",
        event.get_absolute_url(),
        official.get_absolute_url(),
        "/en/contacts/",
        "/ar/",
    ]


# ----- the policies, on every response -----


def test_the_policy_allows_no_inline_code_framing_plugin_or_foreign_form(client):
    found = directives(client.get("/robots.txt"))

    everything = [source for sources in found.values() for source in sources]
    assert "'unsafe-inline'" not in everything
    assert "'unsafe-eval'" not in everything
    assert found["default-src"] == ["'none'"]
    assert found["frame-ancestors"] == ["'none'"]
    assert found["object-src"] == ["'none'"]
    assert found["base-uri"] == ["'none'"]
    assert found["form-action"] == ["'self'"]
    assert found["script-src"][0] == "'self'"
    assert all(s.startswith("'sha256-") for s in found["script-src"][1:])


def test_every_kind_of_response_carries_both_policies(client, public_pages, release):
    addresses = [
        *public_pages,
        "/",  # a redirect to the reader's language
        "/en/releases/feed/",
        "/en/releases/feed/atom/",
        "/sitemap.xml",
        "/robots.txt",
        "/healthz",
        "/admin/login/",
        "/en/releases/no-such-release/",  # 404
        "/en/releases/?year=1",  # a filter refused: 400
        "/static/css/newsroom.css",
    ]
    for address in addresses:
        response = client.get(address)
        assert response["Content-Security-Policy"] == policy(), address
        denied = response["Permissions-Policy"].split(", ")
        assert all(f"{name}=()" in denied for name in PERMISSIONS_DENIED), address


def test_staff_pages_in_the_admin_carry_the_policy(editing, release):
    for address in (
        "/admin/",
        "/admin/releases/release/",
        "/admin/releases/release/add/",
        f"/admin/releases/release/{release.pk}/change/",
    ):
        response = editing.get(address)
        assert response.status_code == 200, address
        assert response["Content-Security-Policy"] == policy(), address


def test_a_cached_page_carries_the_policy_a_fresh_one_does(
    client, release, django_assert_num_queries, settings
):
    settings.SHARED_CACHE = settings.PAGE_CACHE = True
    fresh = client.get(release.url_in("en"))
    with django_assert_num_queries(0):
        cached = client.get(release.url_in("en"))

    assert cached.content == fresh.content
    assert cached["Content-Security-Policy"] == fresh["Content-Security-Policy"]
    assert cached["Content-Security-Policy"] == policy()
    # Nothing in a stored page belongs to one request.
    assert b"nonce" not in cached.content


def failing_view(request):
    raise RuntimeError("A bug")


urlpatterns = [path("fails/", failing_view), path("fine/", lambda r: HttpResponse())]
handler500 = "newsroom.faults.server_error"


@pytest.mark.urls(__name__)
def test_the_error_page_carries_the_policy_and_needs_no_inline_style():
    response = Client(raise_request_exception=False).get("/fails/")

    assert response.status_code == 500
    assert response["Content-Security-Policy"] == policy()
    assert inline_code(response.content.decode()) == []
    assert b'rel="stylesheet"' in response.content


# ----- what the policy allows is all the pages need -----


class InlineCode(HTMLParser):
    """What a page holds that a policy without 'unsafe-inline' blocks:
    scripts written in the page, style elements and attributes, event
    handler attributes; and nonces, which a cached page would hold stale."""

    def __init__(self):
        super().__init__()
        self.found, self.scripts, self.in_script = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # A data block (JSON-LD) is never run: no policy applies to it.
        if (
            tag == "script"
            and "src" not in attrs
            and attrs.get("type") != "application/ld+json"
        ):
            self.in_script = []
        if tag == "style":
            self.found.append("<style>")
        for name in attrs:
            if name == "style" or name.startswith("on") or name == "nonce":
                self.found.append(f"<{tag} {name}>")

    def handle_data(self, data):
        if self.in_script is not None:
            self.in_script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self.in_script is not None:
            self.scripts.append("".join(self.in_script))
            self.in_script = None


def inline_code(html, allowed=()):
    parser = InlineCode()
    parser.feed(html)
    scripts = [
        f"<script>{text[:60]}"
        for text in parser.scripts
        if script_source(text) not in allowed
    ]
    return parser.found + scripts


def script_source(text):
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    return f"'sha256-{digest}'"


def test_public_pages_hold_no_inline_script_or_style(client, public_pages):
    for address in public_pages:
        response = client.get(address)
        assert response.status_code == 200, address
        assert inline_code(response.content.decode()) == [], address
    page = client.get(public_pages[4]).content.decode()
    assert '<script type="application/ld+json">' in page


def test_the_admin_forms_inline_scripts_are_the_ones_the_policy_allows(editing):
    response = editing.get("/admin/releases/release/add/")
    html = response.content.decode()
    parser = InlineCode()
    parser.feed(html)

    # The prose editor's import map, allowed by its hash; nothing else inline.
    assert '<script type="importmap">' in html
    assert len(parser.scripts) == 1
    allowed = directives(response)["script-src"]
    assert inline_code(html, allowed=allowed) == []


# ----- methods -----


@pytest.mark.parametrize(
    "method", ["TRACE", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"]
)
def test_methods_the_site_does_not_answer_are_refused_everywhere(
    client, release, method
):
    for address in (
        "/en/releases/feed/",
        "/en/releases/feed/atom/",
        "/sitemap.xml",
        "/en/",
        release.url_in("en"),
        "/admin/login/",
        "/static/css/newsroom.css",
    ):
        response = client.generic(method, address)
        assert response.status_code == 405, (method, address)
        assert response["Allow"] == "GET, HEAD, POST"
        assert response["Content-Security-Policy"] == policy()


def test_reading_and_forms_still_work(client, release):
    assert client.get("/en/releases/feed/").status_code == 200
    assert client.head("/sitemap.xml").status_code == 200
    # A form is still answered: the sign-in form, with what was wrong.
    assert client.post("/admin/login/", {"username": "nobody"}).status_code == 200
