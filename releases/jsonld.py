"""Releases as schema.org JSON-LD."""

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from newsroom.core.jsonld import drop_empty

# Google shows at most this many characters of a headline, and its rich
# results test warns about longer ones.
HEADLINE_LENGTH = 110


def news_article_jsonld(request, release, *, images=()):
    """The release, as the page shows it in the current language, as a
    schema.org NewsArticle.

    ``images`` are its pictures as ImageObjects (``image_jsonld``). Uses only
    what the release page has already loaded (themes are prefetched), so it
    adds no query.
    """
    language = translation.get_language()
    url = request.build_absolute_uri(release.url_in(language))
    publisher = {
        "@type": "Organization",
        "name": settings.SITE_NAME,
        "url": request.build_absolute_uri(reverse("home")),
    }
    published = release.published_on
    # Its latest major change, else its publication: a typo corrected
    # (a minor change) is not news to search engines.
    modified = release.last_modified
    return drop_empty(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline(release.title),
            "description": article_description(release),
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "inLanguage": language,
            "datePublished": iso_datetime(published),
            "dateModified": iso_datetime(modified),
            "dateline": release.dateline_place,
            "articleSection": str(release.get_kind_display()),
            "keywords": [theme.name for theme in release.themes.all()],
            "about": [
                {"@type": "Country", "name": country.name, "identifier": country.code}
                for country in release.countries
            ],
            "author": publisher,
            "publisher": publisher,
            "image": list(images),
            "isAccessibleForFree": True,
            # The page stays online with the withdrawal note; say so rather
            # than present it as current news.
            "creativeWorkStatus": "Withdrawn" if release.is_withdrawn else None,
        }
    )


def latest_change(release):
    """ "Updated 3 December 2026: <note>" for the release's latest major
    change, in the reader's language; "" if it has none. Reads its notes:
    prefetch ``change_notes``."""
    notes = release.notes_for_reader()
    if not notes:
        return ""
    made_at, _language, text = notes[0]
    updated = gettext("Updated %(date)s:") % {
        "date": formats.date_format(timezone.localtime(made_at), "DATE_FORMAT")
    }
    return f"{updated} {text}"


def headline(title):
    """``title`` cut to Google's limit at a word boundary, ellipsis included."""
    if len(title) <= HEADLINE_LENGTH:
        return title
    cut = title[: HEADLINE_LENGTH - 1]
    if not title[HEADLINE_LENGTH - 1].isspace():
        # Not in the middle of a word, unless the title is one long word.
        cut = cut.rpartition(" ")[0] or cut
    return cut.rstrip(" ,;:.-–—،؛") + "…"


def article_description(release):
    """What the release says, or, once withdrawn, when and why it was: then
    the words of the page's description meta, which the template builds from
    the same message."""
    if not release.is_withdrawn:
        return release.lead()
    at = release.withdrawn_at
    withdrawn = gettext("Withdrawn on %(date)s") % {
        "date": formats.date_format(timezone.localtime(at), "DATE_FORMAT") if at else ""
    }
    note = release.withdrawal_note_for_reader()[1]
    return f"{withdrawn}. {note}" if note else withdrawn


def iso_datetime(value):
    """``value`` on the site's clock, as the page's ``<time datetime>`` shows it."""
    return timezone.localtime(value).isoformat() if value else None
