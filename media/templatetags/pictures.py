"""``{% picture %}`` and ``{% figure %}``: a picture as pages show it.

Everything here is computed from the database row: rendition names are
hashes, sizes are known from the original's. No file is opened, checked or
encoded while a page is served.
"""

from django import template
from django.utils import translation

from media import renditions

register = template.Library()

# The main column is 42rem wide on wide screens, the screen less its margins
# on narrow ones.
MAIN_COLUMN = "(min-width: 46rem) 42rem, calc(100vw - 2rem)"
CARD = "(min-width: 46rem) 13rem, calc(50vw - 1.5rem)"
SIZES = {"main": MAIN_COLUMN, "card": CARD, "thumbnail": "8rem", "portrait": "10rem"}


def in_page_language(found):
    """``(text, language)`` from ``(language, text)``: the language only when
    it is not the page's, for a lang attribute."""
    language, text = found
    return text, language if language != translation.get_language() else None


def picture_context(picture, shape="main", loading="lazy"):
    crop = shape in ("card", "thumbnail")
    if crop:
        fallback = picture.rendition("card2-jpeg")
    else:
        # The 960-pixel one, unless the picture is no wider than the smallest.
        fallback = picture.rendition(
            "w480-jpeg" if picture.width <= renditions.WIDTHS[0] else "w960-jpeg"
        )
    alt, alt_language = in_page_language(picture.alt_for_reader())
    kind = "card" if crop else "w"
    return {
        "picture": picture,
        "webp": picture.srcset(kind, "webp"),
        "jpeg": picture.srcset(kind, "jpeg"),
        "src": fallback.url,
        "width": fallback.width,
        "height": fallback.height,
        "sizes": SIZES[shape],
        "alt": alt,
        "alt_language": alt_language,
        "loading": loading,
    }


@register.inclusion_tag("includes/picture.html")
def picture(picture, shape="main", loading="lazy"):
    """A <picture>: WebP in every width, JPEG for browsers without WebP.

    ``shape`` is "main" (the whole picture, as wide as the text), "card"
    (cropped to 3:2 around its focal point), "thumbnail" (the same crop,
    small) or "portrait" (the whole picture, small). ``loading`` is "lazy"
    below the fold, "eager" for the picture a reader sees first.
    """
    return picture_context(picture, shape, loading)


@register.inclusion_tag("includes/figure.html")
def figure(picture, shape="main", loading="lazy", link_full=False):
    """The picture with its caption, credit, terms and high-resolution link."""
    caption, caption_language = in_page_language(picture.caption_for_reader())
    terms, terms_language = in_page_language(picture.usage_terms_for_reader())
    context = picture_context(picture, shape, loading)
    context.update(
        {
            "caption": caption,
            "caption_language": caption_language,
            "terms": terms,
            "terms_language": terms_language,
            "full": picture.rendition("w1600-jpeg").url if link_full else None,
            "shape": shape,
        }
    )
    return context
