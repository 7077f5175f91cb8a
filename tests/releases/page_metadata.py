"""A release in the seed's languages, and what its page tells search engines
and link previews: the JSON-LD article and the meta tags, read back."""

from datetime import UTC, datetime
from html.parser import HTMLParser

from releases.models import Release
from tests.factories import ReleaseFactory, ThemeFactory, jsonld

FIRST_PUBLISHED = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
EDITED = datetime(2024, 6, 4, 15, 30, tzinfo=UTC)
SITE = "http://testserver"
MARKUP_TITLE = 'Le "plan" d\'Asunción & <b>Genève</b></script><script>alert(1)</script>'


def french_release(**kwargs):
    """The seed's kind of release: written in French, translated into English."""
    defaults = {
        "title_fr": "Séminaire sur la traite des personnes au Paraguay",
        "slug_fr": "seminaire-traite-paraguay",
        "summary_fr": "Des procureurs de la région se réunissent à Asunción.",
        "body_fr": "<p>Texte du communiqué.</p>",
        "dateline_place_fr": "Paraguay",
        "title_en": "Seminar on trafficking in persons in Paraguay",
        "slug_en": "seminar-trafficking-paraguay",
        "dateline_place_en": "Paraguay",
        "original_language": "fr",
        "countries": ["PY", "JO"],
        "publish_at": FIRST_PUBLISHED,
        "first_published_at": FIRST_PUBLISHED,
    }
    if "themes" not in kwargs:
        defaults["themes"] = [
            ThemeFactory(
                name_en="Counter-trafficking", name_fr="Lutte contre la traite"
            )
        ]
    release = ReleaseFactory(**{**defaults, **kwargs})
    # auto_now would stamp the test's own clock; edited with a note for
    # readers (a major change), which moves its dateModified.
    Release.objects.filter(pk=release.pk).update(updated_at=EDITED, changed_at=EDITED)
    release.refresh_from_db()
    return release


def article_on(response):
    (article,) = jsonld(response, "NewsArticle")
    return article


class MetaTags(HTMLParser):
    """The page's ``<meta property|name=… content=…>`` as {key: [content, …]}."""

    def __init__(self, text):
        super().__init__()
        self.found = {}
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        key = attrs.get("property") or attrs.get("name")
        if tag == "meta" and key:
            self.found.setdefault(key, []).append(attrs.get("content"))


def meta(response):
    assert response.status_code == 200
    return MetaTags(response.text).found


def one(tags, key):
    (value,) = tags[key]
    return value
