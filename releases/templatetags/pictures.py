"""``{% picture %}`` and ``{% figure %}``: a picture as pages show it.

Everything here is computed from the database row: rendition names are
hashes, sizes are known from the original's. No file is opened, checked or
encoded while a page is served.
"""

from django import template
from django.utils import translation

from releases import renditions

register = template.Library()

# The main column is 42rem wide on wide screens, the screen less its margins
# on narrow ones.
MAIN_COLUMN = "(min-width: 46rem) 42rem, calc(100vw - 2rem)"
CARD = "(min-width: 46rem) 13rem, calc(50vw - 1.5rem)"
SIZES = {"main": MAIN_COLUMN, "card": CARD, "thumbnail": "8rem", "portrait": "10rem"}


def picture_context(picture, shape="main", loading="lazy"):
    crop = shape in ("card", "thumbnail")
    if crop:
        fallback = picture.rendition("card2-jpeg")
    else:
        # The 960-pixel one, unless the picture is no wider than the smallest.
        fallback = picture.rendition(
            "w480-jpeg" if picture.width <= renditions.WIDTHS[0] else "w960-jpeg"
        )
    alt_language, alt = picture.alt_for_reader()
    return {
        "picture": picture,
        "webp": picture.srcset("card" if crop else "w", "webp"),
        "jpeg": picture.srcset("card" if crop else "w", "jpeg"),
        "src": fallback.url,
        "width": fallback.width,
        "height": fallback.height,
        "sizes": SIZES[shape],
        "alt": alt,
        "alt_language": alt_language
        if alt_language != translation.get_language()
        else None,
        "loading": loading,
    }


@register.inclusion_tag("includes/picture.html")
def picture(picture, shape="main", loading="lazy"):
    """A <picture>: WebP in every width, JPEG for browsers without WebP.

    ``shape`` is "main" (the whole picture, as wide as the text), "card"
    (cropped to 3:2 around its focal point), "thumbnail" or "portrait"
    (cropped, small). ``loading`` is "lazy" below the fold, "eager" for the
    picture a reader sees first.
    """
    return picture_context(picture, shape, loading)


@register.inclusion_tag("includes/figure.html")
def figure(picture, shape="main", loading="lazy", link_full=False):
    """The picture with its caption, credit, terms and high-resolution link."""
    caption_language, caption = picture.caption_for_reader()
    terms_language, terms = picture.usage_terms_for_reader()
    language = translation.get_language()
    context = picture_context(picture, shape, loading)
    context.update(
        {
            "caption": caption,
            "caption_language": caption_language
            if caption_language != language
            else None,
            "terms": terms,
            "terms_language": terms_language if terms_language != language else None,
            "full": picture.rendition("w1600-jpeg").url if link_full else None,
            "shape": shape,
        }
    )
    return context
