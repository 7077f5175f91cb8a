from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject


def site(request):
    """The site's name and every language's address for the current page.

    Pages whose content exists only in some languages (a release) replace
    ``alternates`` with their own list. Lazy, so that those pages and the
    admin, which never show this one, do not pay for resolving four URLs.
    """
    path = request.get_full_path()
    return {
        "site_name": settings.SITE_NAME,
        "alternates": SimpleLazyObject(
            lambda: [
                {
                    "code": code,
                    "url": request.build_absolute_uri(translate_url(path, code)),
                }
                for code, _name in settings.LANGUAGES
            ]
        ),
        # For readers of a language the site does not have (hreflang
        # x-default): the page in the site's own language, unless the view
        # names another (a release not in it: its original).
        "default_url": SimpleLazyObject(
            lambda: request.build_absolute_uri(
                translate_url(path, settings.LANGUAGE_CODE)
            )
        ),
    }
