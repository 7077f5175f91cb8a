"""Slugs: the part of an address that names a page."""

from django.utils.text import slugify

from newsroom.core.languages import LANGUAGE_CODES


def free_slug(text, taken, fallback="person", max_length=100):
    """A slug made from ``text`` for which ``taken(slug)`` is false."""
    base = slugify(text, allow_unicode=True)[: max_length - 10] or fallback
    slug, n = base, 1
    while taken(slug):
        n += 1
        slug = f"{base}-{n}"
    return slug


class TranslatedSlugs:
    """For a model with a translated title and slug: each language's slug is
    filled from its title, and one slug names one record whatever the
    language of the address (``/fr/events/<slug>/`` is never ambiguous)."""

    # What a title with no letters for a slug becomes, and addresses that
    # belong to the site (a feed, a calendar), never a record's.
    slug_fallback = "page"
    reserved_slugs = frozenset()

    def fill_missing_slugs(self):
        """Give every language that has a title but no slug one made from it."""
        for code in LANGUAGE_CODES:
            title = getattr(self, f"title_{code}")
            if title and not getattr(self, f"slug_{code}"):
                slug = free_slug(
                    title, self._slug_taken, self.slug_fallback, max_length=250
                )
                setattr(self, f"slug_{code}", slug)

    def _slug_taken(self, slug):
        """Another record has ``slug`` in any language, or the site does."""
        return (
            slug in self.reserved_slugs
            or type(self).objects.with_slug(slug).exclude(pk=self.pk).exists()
        )
