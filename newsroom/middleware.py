from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


class RejectNulBytesMiddleware:
    """Answer 400 to a query string holding a NUL byte.

    PostgreSQL text cannot hold NUL, so such a value would end as a database
    error (a 500) wherever it meets a filter, the admin's included.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(
                _("The address holds a character that is not allowed."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
