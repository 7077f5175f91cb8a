"""The releases a list shows, as cards (the home page, the list of
releases, a search's results), kept for the generation of the content.

Two kinds of fragment: which releases a page of a list shows (for its
language, search, filters and page number), and each release's card (for
its language, and a search's words: its snippet marks them), whatever list
it appears in. A list made afresh (another address of it, a signed-in
reader, the same search again) reads neither the archive nor the releases,
and assembles their cards in one round trip to the cache; after a change,
the first reads the page's releases once, with their pictures, and their
themes: two queries, as a page with nothing kept.
"""

from django.db.models import prefetch_related_objects
from django.template.loader import get_template
from django.utils import translation

from newsroom.core.pages import fragment, fragments
from releases.models import Release
from releases.search import snippets


class Cards(list):
    """The cards' HTML, in order, and which releases they are (``pks``)."""

    def __init__(self, pairs):
        super().__init__(card for _pk, card in pairs)
        self.pks = [pk for pk, _card in pairs]


def listed(found, parts, query=""):
    """The cards of the releases ``found`` (a page: a sliced queryset), in
    its order; ``parts`` name the page (its list, language, filters, number),
    ``query`` is the search whose words the cards mark."""
    read = {}

    def page():
        releases = list(found.select_related("hero_image"))
        read.update((release.pk, release) for release in releases)
        return [release.pk for release in releases]

    pks = fragment("list-page", parts, page)
    language = translation.get_language()

    def make(missing):
        unread = [pk for pk in missing if pk not in read]
        if unread:
            # Kept in the list, their cards not: read them again (as the
            # public releases they are: a list shows no other).
            again = Release.objects.public().filter(pk__in=unread)
            again = again.select_related("hero_image")
            read.update((release.pk, release) for release in again)
        releases = [read[pk] for pk in missing if pk in read]
        prefetch_related_objects(releases, "themes")
        marked = snippets(releases, query) if query else {}
        template = get_template("includes/release_card.html")
        cards = {}
        for release in releases:
            release.snippet = marked.get(release.pk)
            cards[release.pk] = template.render({"release": release})
        return cards

    cards = fragments("release-card", {pk: (pk, language, query) for pk in pks}, make)
    return Cards([(pk, cards[pk]) for pk in pks if pk in cards])
