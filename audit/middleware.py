"""Makes the current request's user and address known to audit.trail.record()."""

from contextvars import ContextVar

current_request = ContextVar("audit_current_request", default=None)


class AuditMiddleware:
    """Holds the request for the length of the view, so that the code deep in
    a workflow can record who did it and from where without being told."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)
