"""A page as a PDF: its own HTML, laid out by WeasyPrint with the print
stylesheet (``@media print`` in newsroom.css), so the PDF holds what the
page holds and nothing more.

WeasyPrint reads the stylesheet and pictures through ``read_local``, from
the static files and the media storage on this machine: never over the
network, and nothing outside this site, so a page cannot make the server
fetch an address of someone else's choosing.

Arabic is laid out right to left by Pango with a font that covers it: the
stylesheet names Noto Naskh Arabic and Noto Sans Arabic (Debian's
fonts-noto-core; docs/deployment.md).
"""

import functools
import mimetypes
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from PIL import ImageFile


class Unavailable(Exception):
    """PDFs cannot be made here: WeasyPrint's libraries (Pango) are missing."""


def html_to_pdf(html, *, base_url):
    """The PDF of ``html``, a whole page whose relative links are relative to
    ``base_url`` (the site's address). Tagged (PDF/UA), so a screen reader
    reads it in order, headings as headings, in the page's language."""
    weasyprint = _weasyprint()
    document = weasyprint.HTML(
        string=html, base_url=base_url, url_fetcher=_fetcher()(base_url)
    )
    return document.write_pdf(pdf_variant="pdf/ua-1")


@functools.cache
def _weasyprint():
    """WeasyPrint, imported at the first PDF a process makes rather than at
    its start (it takes 0.4 s)."""
    truncated = ImageFile.LOAD_TRUNCATED_IMAGES
    try:
        import weasyprint
    except OSError as error:  # Pango is missing on this machine
        raise Unavailable(f"WeasyPrint needs Pango: {error}") from error
    finally:
        # WeasyPrint tells Pillow to open truncated pictures, for the whole
        # process; the upload checks (media/images.py) need it to refuse them.
        ImageFile.LOAD_TRUNCATED_IMAGES = truncated
    return weasyprint


@functools.cache
def _fetcher():
    """WeasyPrint's fetcher, reading through ``read_local`` only."""
    weasyprint = _weasyprint()

    class LocalFetcher(weasyprint.URLFetcher):
        def __init__(self, base_url):
            super().__init__()
            self.base_url = base_url

        def fetch(self, url, headers=None):
            content, kind = read_local(url, self.base_url)
            return weasyprint.urls.URLFetcherResponse(
                url, content, {"Content-Type": kind}
            )

    return LocalFetcher


def read_local(url, base_url):
    """``(content, media type)`` of a static file or public picture of this
    site (``base_url``); every other address raises (WeasyPrint leaves it
    out of the PDF)."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if parts[:2] != urlsplit(base_url)[:2]:
        raise ValueError(f"Not this site's: {url}")
    if path.startswith(settings.STATIC_URL):
        name = path.removeprefix(settings.STATIC_URL)
        opened = open_static(name)
    elif path.startswith(settings.MEDIA_URL):
        name = path.removeprefix(settings.MEDIA_URL)
        opened = default_storage.open(name)
    else:
        raise ValueError(f"Neither a static file nor a public picture: {url}")
    with opened as body:
        content = body.read()
    return content, mimetypes.guess_type(name)[0] or "application/octet-stream"


def open_static(name):
    """A static file, collected (production) or where it is written (tests,
    the development server)."""
    if ".." in name.split("/"):
        raise ValueError(f"Not a static file: {name}")
    if staticfiles_storage.exists(name):
        return staticfiles_storage.open(name)
    found = finders.find(name)
    if not found:
        raise FileNotFoundError(name)
    return open(found, "rb")
