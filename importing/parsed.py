"""A release as the parser reads it: its parts, and the HTML and JSON made of
them."""

import datetime
import re
from dataclasses import dataclass, field

from django.utils.html import escape

from newsroom.core.html import sanitise_html

URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]]")


@dataclass
class ParsedRelease:
    source: str
    language: str = ""
    kind: str | None = None
    region: str | None = None
    region_code: str | None = None
    title: str = ""
    captions: list = field(default_factory=list)
    place: str = ""
    date: datetime.date | None = None
    blocks: list = field(default_factory=list)
    people: list = field(default_factory=list)
    contacts: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def caption(self):
        return "\n".join(self.captions)

    @property
    def summary(self):
        for kind, content in self.blocks:
            if kind == "p":
                return content
        return ""

    @property
    def body_html(self):
        html = []
        for kind, content in self.blocks:
            if kind == "p":
                html.append(f"<p>{_inline(content)}</p>")
            else:
                items = "".join(f"<li>{_inline(item)}</li>" for item in content)
                html.append(f"<{kind}>{items}</{kind}>")
        return sanitise_html("\n".join(html))

    def as_json(self):
        return {
            "source": self.source,
            "language": self.language,
            "kind": self.kind,
            "region": self.region,
            "region_code": self.region_code,
            "title": self.title,
            "caption": self.caption or None,
            "dateline": {
                "place": self.place or None,
                "date": self.date.isoformat() if self.date else None,
            },
            "summary": self.summary,
            "body_html": self.body_html,
            "countries": self.countries,
            "people": [person.as_json() for person in self.people],
            "contacts": [contact.as_json() for contact in self.contacts],
            "warnings": [str(warning) for warning in self.warnings],
        }


def _inline(text):
    """Escaped text, its web addresses made links."""
    escaped = escape(text)
    return URL.sub(lambda m: f'<a href="{_href(m.group())}">{m.group()}</a>', escaped)


def _href(shown):
    return shown if shown.startswith("http") else f"https://{shown}"
