"""Pictures as schema.org JSON-LD."""

from newsroom.core.jsonld import drop_empty


def image_jsonld(request, picture, rendition="w1600-jpeg"):
    """A picture as a schema.org ImageObject, with the credit and terms
    search engines show beside it."""
    made = picture.rendition(rendition)
    return drop_empty(
        {
            "@type": "ImageObject",
            "contentUrl": request.build_absolute_uri(made.url),
            "url": request.build_absolute_uri(made.url),
            "width": made.width,
            "height": made.height,
            "caption": picture.caption_for_reader()[1],
            "description": picture.alt_for_reader()[1],
            "creditText": picture.credit,
            "copyrightNotice": picture.credit,
            "usageInfo": picture.usage_terms_for_reader()[1],
        }
    )
