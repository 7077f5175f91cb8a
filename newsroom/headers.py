"""What every response tells the browser beyond its content: the content
security policy and the HTTP methods the site answers.

The policy is the setting ``SECURE_CSP``, in the shape Django 6.0 gives it
(directive → sources), so that Django's own middleware can take over when the
project moves to Django 6. It is one string for the life of a process, with no
nonce: the page cache (newsroom/core/pages/) may store a page whole and
serve it to anyone later, and this middleware sits above the cache, so a
cached page gets the policy afresh, exactly as a page made anew does
(docs/decisions.md, "Security headers"). The Permissions-Policy is
django-permissions-policy's (``PERMISSIONS_POLICY``).
"""

import base64
import hashlib
import re
from functools import cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponseNotAllowed

HEADER = "Content-Security-Policy"

# What the site answers: reading (GET, HEAD) and forms, the admin's and the
# public ones (POST). TRACE, PUT, DELETE, OPTIONS (the site offers no
# cross-origin access to ask about) and anything else are refused before any
# view runs, the same way at every address.
METHODS = ("GET", "HEAD", "POST")

SCRIPT_CONTENT = re.compile(r"<script[^>]*>(.*?)</script>", re.DOTALL)


class AllowedMethodsMiddleware:
    """Answer 405, with the methods the site does answer, to any other."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in METHODS:
            return HttpResponseNotAllowed(METHODS)
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """Send the policy with every response that does not carry its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Django's debug pages (DEBUG only) are made of inline script and style.
        if settings.DEBUG and response.status_code in (404, 500):
            return response
        if HEADER not in response:
            response[HEADER] = policy()
        return response


@cache
def policy():
    """``SECURE_CSP`` as a header, the inline scripts the site sends allowed
    by their hashes. Built once: rebuilding it costs a cached page's time."""
    directives = {name: list(sources) for name, sources in settings.SECURE_CSP.items()}
    directives["script-src"] = [
        *directives.get("script-src", ["'self'"]),
        *inline_script_sources(),
    ]
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def script_hash(content):
    """The CSP source allowing one inline script, by the SHA-256 of its text."""
    digest = base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()
    return f"'sha256-{digest}'"


def inline_script_sources():
    """The hashes of the only inline script the site sends: the import map
    that django-prose-editor's media put in the admin's forms, as they render
    it. Its addresses are the static files' (hashed names in production), so
    it is computed from the storage, not written down."""
    from django_prose_editor.widgets import prose_editor_admin_media

    rendered = str(prose_editor_admin_media["importmap"])
    return [script_hash(text) for text in SCRIPT_CONTENT.findall(rendered)]


@receiver(setting_changed)
def forget_policy(*, setting, **kwargs):
    if setting in {"SECURE_CSP", "STATIC_URL", "STORAGES"}:
        policy.cache_clear()
