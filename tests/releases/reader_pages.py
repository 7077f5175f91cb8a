"""Releases in the site's languages, and the parts of a page a reader looks
at to tell which language it is in and which others it offers."""

import re
from datetime import UTC, datetime

from django.utils.translation import get_language_info

from tests.factories import ReleaseFactory

MAY_12_2016 = datetime(2016, 5, 12, 10, 0, tzinfo=UTC)


def in_four_languages(**kwargs):
    """A published release written in English, French, Spanish and Arabic."""
    fields = {
        "title_en": "Seminar in Paraguay",
        "slug_en": "seminar-in-paraguay",
        "body_en": "<p>English text.</p>",
        "title_fr": "Séminaire au Paraguay",
        "slug_fr": "seminaire-au-paraguay",
        "body_fr": "<p>Texte français.</p>",
        "title_es": "Seminario en Paraguay",
        "slug_es": "seminario-en-paraguay",
        "body_es": "<p>Texto español.</p>",
        "title_ar": "ندوة في باراغواي",
        "slug_ar": "ندوة-في-باراغواي",
        "body_ar": "<p>نص عربي.</p>",
    }
    return ReleaseFactory(**(fields | kwargs))


def english_and_french(**kwargs):
    return ReleaseFactory(
        title_en="Floods in the Chaco",
        slug_en="floods-in-the-chaco",
        title_fr="Inondations dans le Chaco",
        slug_fr="inondations-dans-le-chaco",
        body_fr="<p>Texte.</p>",
        **kwargs,
    )


def html_tag(text):
    return re.search(r"<html[^>]*>", text).group(0)


def alternate_languages(text):
    """The hreflang codes of the page's <link rel="alternate"> tags."""
    links = [tag for tag in re.findall(r"<link[^>]*>", text) if "alternate" in tag]
    codes = {re.search(r'hreflang="([^"]+)"', tag).group(1) for tag in links}
    return codes - {"x-default"}


def local_name(code):
    """A language's name in itself, as the switcher writes it ("français")."""
    return get_language_info(code)["name_local"]


def language_switcher(text):
    match = re.search(r"<nav[^>]*language[^>]*>(.*?)</nav>", text, re.DOTALL)
    assert match, "the page has no language switcher"
    return match.group(1)
