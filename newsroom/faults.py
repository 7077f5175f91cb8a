"""When the database cannot be reached: 503 and a plain page, never a 500.

A lost database is an outage the reader can do nothing about but wait, and
load balancers, CDNs and crawlers read 503 with ``Retry-After`` as exactly
that (a 500 says the page itself is broken). Pages kept in the page cache
(newsroom/core/pages.py) are still served: the cache answers before any view
or session runs.

Two ways in: ``DatabaseUnavailableMiddleware`` turns a database error raised
by a view (or by rendering its template) into the 503 page, and
``server_error``, the site's ``handler500``, does the same for one raised by a
middleware (a session saved when the database has gone). Any other error is
still Django's own 500.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.views import defaults
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

# What psycopg and sqlite3 raise, through Django, when the server is down or
# the connection was lost; not IntegrityError, ProgrammingError or DataError,
# which are bugs or bad input and stay 500s (or form errors) where they are.
UNAVAILABLE = (OperationalError, InterfaceError)
# Seconds a reader or a crawler is asked to wait before trying again.
RETRY_AFTER = 30


def unavailable(request):
    """The 503 page in the reader's language: the language of the address
    (/fr/...), else what the browser asks for. Rendered without the
    request's context processors: none of them may reach the database."""
    language = translation.get_language_from_path(request.path_info)
    if language is None:
        language = translation.get_language_from_request(request)
    with translation.override(language):
        content = loader.render_to_string("503.html", {"site_name": settings.SITE_NAME})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    # Not kept by a CDN or a browser: the page must go once the database is back.
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response


class DatabaseUnavailableMiddleware:
    """A database error from a view is the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, UNAVAILABLE):
            return None
        logger.warning("Database unavailable for %s: %s", request.path, exception)
        return unavailable(request)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """``handler500``: the 503 page when a database error escaped the views
    (raised in a middleware), else Django's plain 500 page."""
    if isinstance(sys.exc_info()[1], UNAVAILABLE):
        return unavailable(request)
    return defaults.server_error(request, template_name)
