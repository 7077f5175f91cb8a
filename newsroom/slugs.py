"""Slugs: the part of an address that names a page."""

from django.utils.text import slugify


def free_slug(text, taken, fallback="person", max_length=100):
    """A slug made from ``text`` for which ``taken(slug)`` is false."""
    base = slugify(text, allow_unicode=True)[: max_length - 10] or fallback
    slug, n = base, 1
    while taken(slug):
        n += 1
        slug = f"{base}-{n}"
    return slug
