"""The releases' feeds, fetched and parsed as a feed reader parses them."""

from datetime import UTC, datetime
from html import unescape

import feedparser
import pytest
from django.utils.html import strip_tags

RSS = "/en/releases/feed/"
ATOM = "/en/releases/feed/atom/"
BOTH = pytest.mark.parametrize("path", [RSS, ATOM])


def read(client, path):
    """The feed at ``path``, parsed as a feed reader parses it."""
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def shown(detail):
    """What a reader displays of a title or summary, HTML or plain text."""
    if detail.type == "text/html":
        return unescape(strip_tags(detail.value))
    return detail.value


def titles(feed):
    return [shown(entry.title_detail) for entry in feed.entries]


def as_datetime(parsed):
    """feedparser's UTC ``struct_time`` as an aware datetime."""
    return datetime(*parsed[:6], tzinfo=UTC)
