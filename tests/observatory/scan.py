"""The Observatory's scan (src/retriever/retriever.js): the address over
HTTP and HTTPS with their redirects, /robots.txt and a CORS preflight."""

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from django.test import Client

RULES = json.loads(
    (Path(__file__).parent.parent / "observatory_rules.json").read_text()
)
HOST = "news.example.org"
HTML_TYPES = {"text/html", "application/xhtml+xml"}


# ----- the scan (src/retriever/retriever.js) -----


def follow(client, url, **headers):
    """GET ``url`` and its redirects: the addresses visited and the last answer."""
    route = []
    for _ in range(10):
        parts = urlsplit(url)
        response = client.get(
            parts.path + (f"?{parts.query}" if parts.query else ""),
            secure=parts.scheme == "https",
            headers={"host": parts.netloc, **headers},
        )
        route.append(url)
        if response.status_code not in (301, 302, 303, 307, 308):
            break
        url = urljoin(url, response["Location"])
    return route, response


def scan(path):
    accept = {
        "accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "accept-language": "en",
    }
    http_route, _ = follow(Client(), f"http://{HOST}{path}", **accept)
    session = Client()
    https_route, auto = follow(session, f"https://{HOST}{path}", **accept)
    session.get("/robots.txt", secure=True, headers={"host": HOST})
    final = urlsplit(https_route[-1])
    cors = session.options(
        final.path,
        secure=True,
        headers={
            "host": HOST,
            "origin": "https://http-observatory.security.mozilla.org",
            "access-control-request-method": "GET",
        },
    )
    return {
        "auto": auto,
        "http_route": http_route,
        "cookies": [m for m in session.cookies.values() if m["max-age"] != 0],
        "cors": cors,
        "html": auto.content.decode() if is_html(auto) else "",
    }


def is_html(response):
    return response.get("Content-Type", "").split(";")[0].strip() in HTML_TYPES


def header_values(response, name):
    value = response.get(name)
    return [] if value is None else [value]


class Page(HTMLParser):
    """A page's ``<meta http-equiv>`` values and its ``<script>`` elements."""

    def __init__(self, html):
        super().__init__()
        self.http_equiv, self.scripts = {}, []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("http-equiv"):
            name = attrs["http-equiv"].lower()
            self.http_equiv.setdefault(name, []).append(attrs.get("content") or "")
        if tag == "script":
            self.scripts.append(attrs)
