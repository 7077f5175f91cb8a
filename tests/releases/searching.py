"""Releases written for the search tests, and what a reader of the list
finds with a query."""

import re

import pytest
from django.db import connection

from tests.factories import ReleaseFactory

POSTGRESQL = connection.vendor == "postgresql"
needs_postgresql = pytest.mark.skipif(
    not POSTGRESQL,
    reason="stemming, ranking, websearch syntax and ts_headline: full-text "
    "search needs PostgreSQL",
)
sqlite_only = pytest.mark.skipif(
    POSTGRESQL, reason="the simple fallback search runs where PostgreSQL is absent"
)

ENGLISH_FIELDS = ("title", "slug", "summary", "body", "dateline_place")


def written_in(language, title, body, **fields):
    """A public release in ``language`` only, its body one paragraph."""
    only = {} if language == "en" else {f"{f}_en": "" for f in ENGLISH_FIELDS}
    return ReleaseFactory(
        original_language=language,
        **only,
        **{f"title_{language}": title, f"body_{language}": f"<p>{body}</p>"},
        **fields,
    )


def search_page(client, language, query, **params):
    return client.get(f"/{language}/releases/", {"q": query, **params})


def found(client, language, query, **params):
    """The releases the reader of ``language`` finds, in the order shown."""
    response = search_page(client, language, query, **params)
    assert response.status_code == 200
    return response.context["cards"].pks


def snippet_of(response, release):
    """The highlighted passage shown under ``release``'s title."""
    title = re.escape(release.for_reader()["title"])
    card = re.search(
        rf"{title}</a>.*?<p class=\"release-card__lead snippet\"[^>]*>(.*?)</p>",
        response.text,
        re.S,
    )
    assert card, "no snippet under the release's title"
    return card.group(1)
