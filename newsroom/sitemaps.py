"""Sitemaps for search engines: releases, events, officials and the lists
readers start from (the officials' index among them), each address
with its ``hreflang`` alternates and an ``x-default``.

Each section is passed to Django's views as a class, so every request makes
its own instance.
"""

from functools import cached_property

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    Max,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import translation

from contacts.models import officials_with_a_page
from events.models import Event
from newsroom.core.languages import LANGUAGE_CODES
from releases.models import Release, available_q
from releases.models.release import fallback_among


class LanguagePaginator(Paginator):
    """Pages of items read from the database a page at a time, each item then
    spread into one ``(item, language)`` pair per language it has.

    Django's own i18n paging builds every pair of the section in memory for
    each page; with a hundred thousand releases that alone takes seconds.
    """

    def __init__(self, object_list, per_page, *, languages_for):
        super().__init__(object_list, per_page)
        self.languages_for = languages_for

    def _get_page(self, object_list, number, paginator):
        pairs = [
            (item, code) for item in object_list for code in self.languages_for(item)
        ]
        return super()._get_page(pairs, number, paginator)


class TranslatedSitemap(Sitemap):
    """One ``<url>`` per page and language, each naming all its languages."""

    i18n = True
    alternates = True
    # Items (not addresses) per page: each has up to four addresses, far
    # below the protocol's 50,000, so a page is quick to build.
    limit = 1000
    # When an item's page last changed, worked out by the database.
    last_changed = F("updated_at")

    def queryset(self):
        raise NotImplementedError

    def items(self):
        return self.queryset().annotate(last_changed=self.last_changed).order_by("pk")

    @cached_property
    def paginator(self):
        return LanguagePaginator(
            self.items(), self.limit, languages_for=self.get_languages_for_item
        )

    def get_latest_lastmod(self):
        paginator = self.paginator
        totals = paginator.object_list.aggregate(
            count=Count("pk"), latest=Max("last_changed")
        )
        # The index asks for the number of pages next: one query for both.
        paginator.count = totals["count"]
        return totals["latest"]

    def lastmod(self, item):
        return item.last_changed

    @cached_property
    def addresses(self):
        return {}

    def location(self, item):
        # Django asks for each address once for its <url> and again for every
        # alternate of the item's other languages; reverse() is the slow part.
        key = (item.pk, translation.get_language())
        if key not in self.addresses:
            self.addresses[key] = self.address(item)
        return self.addresses[key]

    def address(self, item):
        """The item's page in the active language."""
        return item.get_absolute_url()

    def default_language(self, item):
        """The language of the ``x-default`` alternate."""
        return settings.LANGUAGE_CODE

    def get_urls(self, page=1, site=None, protocol=None):
        # Django's own x_default points at the default language's address
        # without its prefix, and only when the item exists in that language;
        # a release in French alone needs its French address instead.
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            item, _language = url["item"]
            default = self.default_language(item)
            url["alternates"].append(
                {
                    "lang_code": "x-default",
                    "location": next(
                        alternate["location"]
                        for alternate in url["alternates"]
                        if alternate["lang_code"] == default
                    ),
                }
            )
        return urls


class ReleaseSitemap(TranslatedSitemap):
    # Its latest major change, else its publication (an embargo lifting):
    # a typo corrected (a minor change) is not worth a crawler's visit.
    last_changed = Coalesce("changed_at", "publish_at")

    def queryset(self):
        # Which languages a release is available in comes from the database
        # (the rule Release.languages() applies in Python), so that the bodies
        # of public releases are never loaded to list their addresses.
        availability = {
            f"in_{code}": ExpressionWrapper(
                available_q(code), output_field=BooleanField()
            )
            for code in LANGUAGE_CODES
        }
        return (
            Release.objects.public()
            .only(
                "original_language",
                "publish_at",
                "changed_at",
                *(f"slug_{code}" for code in LANGUAGE_CODES),
            )
            .annotate(**availability)
        )

    def get_languages_for_item(self, item):
        return [code for code in LANGUAGE_CODES if getattr(item, f"in_{code}")]

    def default_language(self, item):
        # Where a reader without one of the release's languages lands.
        return fallback_among(self.get_languages_for_item(item), item.original_language)

    def address(self, item):
        return item.url_in(translation.get_language())


class EventSitemap(TranslatedSitemap):
    """Every public event, in every language: their texts fall back to English."""

    def queryset(self):
        return Event.objects.public().only(
            "updated_at", *(f"slug_{code}" for code in LANGUAGE_CODES)
        )

    def address(self, item):
        return item.url_in(translation.get_language())


class OfficialSitemap(TranslatedSitemap):
    def queryset(self):
        return officials_with_a_page().only("slug", "updated_at")


class PageSitemap(Sitemap):
    """The lists readers start from — the home page, the releases, events and
    officials, the press contacts — in every language."""

    i18n = True
    alternates = True
    PAGES = [
        "home",
        "releases:index",
        "events:index",
        "officials:index",
        "contacts:index",
    ]

    def items(self):
        return self.PAGES

    def location(self, item):
        return reverse(item)

    @cached_property
    def latest(self):
        """The lists change with the newest public release: one query."""
        newest = (
            Release.objects.public()
            .annotate(last_changed=Coalesce("changed_at", "publish_at"))
            .aggregate(latest=Max("last_changed"))
        )
        return newest["latest"]

    def lastmod(self, item):
        return self.latest

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            url["alternates"].append(
                {
                    "lang_code": "x-default",
                    "location": next(
                        alternate["location"]
                        for alternate in url["alternates"]
                        if alternate["lang_code"] == settings.LANGUAGE_CODE
                    ),
                }
            )
        return urls


SITEMAPS = {
    "releases": ReleaseSitemap,
    "events": EventSitemap,
    "officials": OfficialSitemap,
    "pages": PageSitemap,
}
