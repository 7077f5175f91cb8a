"""Compressed pages for readers who ask (``Accept-Encoding: gzip``), and
only the pages that are the same for everyone.

A public page (``Cache-Control: public``: the page cache's pages, static
files) carries no CSRF token, no session and nothing of one reader, so
compressing it gives an attacker nothing to guess at (BREACH); a form, the
admin, a journalist's embargoed page or a reader's alerts page is never
compressed. Files WhiteNoise serves precompressed in production already say
their encoding and are left as they are.
"""

from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers


class CompressPublicMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        cache_control = response.get("Cache-Control", "")
        if (
            "public" not in cache_control
            or response.has_header("Set-Cookie")
            or response.cookies
        ):
            return response
        compressed = super().process_response(request, response)
        # Whether or not this reader asked, a shared cache must keep both.
        patch_vary_headers(compressed, ("Accept-Encoding",))
        return compressed
