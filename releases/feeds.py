"""RSS and Atom feeds of the releases, with the same filters as the list."""

from dataclasses import dataclass
from datetime import UTC
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.http import Http404, QueryDict
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from newsroom.core.pages import public_page
from newsroom.core.text import printable
from releases.forms import ReleaseFilterForm
from releases.jsonld import latest_change
from releases.views import public_releases

MAX_ITEMS = 50


def xml_text(text):
    """``text`` without what XML 1.0 cannot carry: Django refuses to write a
    feed holding it, so one stray character would take every feed down."""
    return printable(str(text))


@dataclass
class Subscription:
    """What one request for a feed asks for: valid filters, at one host."""

    form: ReleaseFilterForm
    host: str
    # scheme://host, for the addresses of pictures.
    origin: str = ""

    @property
    def filters(self):
        """The valid filters in use; stray parameters (utm_source…) left out."""
        return self.form.followed()

    def address(self, url_name):
        """The page or feed at ``url_name`` with the same filters."""
        query = QueryDict(mutable=True)
        query.update(self.filters)
        path = reverse(url_name)
        return f"{path}?{query.urlencode()}" if query else path

    def in_words(self):
        """The filters as a reader reads them: "Paraguay, Counter-trafficking"."""
        words = []
        for name, value in self.filters.items():
            field = self.form.fields[name]
            if getattr(field, "choices", None):
                words.append(str(dict(field.choices).get(value, value)))
            elif isinstance(value, str):
                # The words searched for.
                words.append(_("“%(text)s”") % {"text": value})
            else:
                words.append(str(value))
        return pgettext("between filters", ", ").join(words)


class ReleaseFeed(Feed):
    """The latest public releases in the reader's language, as RSS 2.0."""

    url_name = "releases:feed"
    item_guid_is_permalink = False

    @method_decorator(public_page)
    def __call__(self, request, *args, **kwargs):
        # Cached and revalidated as every public page is, never past the next
        # embargo (newsroom/pages.py).
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request):
        # Bound even without parameters: no filter is a valid choice.
        form = ReleaseFilterForm(request.GET)
        if not form.is_valid():
            # A country, theme, kind or year that is not one of the choices.
            raise Http404("No feed has these filters.")
        host, _port = split_domain_port(request.get_host())
        return Subscription(
            form=form, host=host, origin=request.build_absolute_uri("/")[:-1]
        )

    def items(self, subscription):
        form = subscription.form
        # Newest first even with a query: a feed reader shows what is new.
        found = public_releases().prefetch_related("themes")
        releases = form.filter(form.search(found)).latest()
        releases = list(releases[:MAX_ITEMS])
        # The notes of major changes, only when one has some: one query then.
        changed = [release for release in releases if release.changed_at]
        prefetch_related_objects(changed, "change_notes")
        for release in releases:
            # Item methods see only the item; the GUID's authority comes from
            # the request, so it travels with the release.
            release.feed_guid = guid(subscription.host, release)
            release.feed_origin = subscription.origin
        return releases

    def title(self, subscription):
        if subscription.filters:
            return _("%(site)s — Releases: %(filters)s") % {
                "site": settings.SITE_NAME,
                # The words searched for may hold anything.
                "filters": xml_text(subscription.in_words()),
            }
        return _("%(site)s — Releases") % {"site": settings.SITE_NAME}

    def link(self, subscription):
        return subscription.address("releases:index")

    def feed_url(self, subscription):
        return subscription.address(self.url_name)

    def description(self, subscription):
        return _("The latest releases from %(site)s, newest first.") % {
            "site": settings.SITE_NAME
        }

    def author_name(self):
        return settings.SITE_NAME

    def item_title(self, release):
        # RSS readers may read a title as HTML: escaped, "<" stays a "<".
        return escape(xml_text(release.title))

    def item_description(self, release):
        # Both formats carry the description as HTML; the lead is plain text.
        # A major change comes first, so feed readers see the correction.
        text = " ".join(filter(None, [latest_change(release), release.lead()]))
        return escape(xml_text(text))

    def item_link(self, release):
        return release.url_in(translation.get_language())

    def item_guid(self, release):
        return release.feed_guid

    def item_pubdate(self, release):
        return release.published_on

    def item_updateddate(self, release):
        # Its latest major change, else its publication: a typo corrected
        # (a minor change) does not make feed readers show it again.
        return release.last_modified

    def item_author_name(self, release):
        return settings.SITE_NAME

    def item_categories(self, release):
        return [xml_text(theme.name) for theme in release.themes.all()]

    def item_enclosures(self, release):
        """The main picture, 960 pixels wide, as feed readers show it."""
        picture = release.hero_image
        if picture is None:
            return []
        rendition = picture.rendition("w960-jpeg")
        return [
            Enclosure(
                # Pictures may be served from another host (a CDN).
                urljoin(release.feed_origin + "/", rendition.url),
                str(rendition.bytes),
                rendition.content_type,
            )
        ]


class AtomReleaseFeed(ReleaseFeed):
    """The same feed as Atom 1.0."""

    feed_type = Atom1Feed
    url_name = "releases:feed_atom"

    def subtitle(self, subscription):
        return self.description(subscription)

    def item_title(self, release):
        # Atom titles are plain text (type="text"): no escaping of our own.
        return xml_text(release.title)


def guid(host, release):
    """An ID that outlives the release's slugs and titles (RFC 4151 tag URI).

    Its year is the one the release was created in, which never changes. Each
    language's version has its own ID: a reader following two languages'
    feeds must not merge the French version into the English one.
    """
    year = release.created_at.astimezone(UTC).year
    return f"tag:{host},{year}:release:{release.pk}:{translation.get_language()}"
