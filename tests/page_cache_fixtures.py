"""What the page cache's tests share: the cache turned on, a change made as
the admin makes it, a release, the addresses they read and what the headers
say. Each test module imports the fixtures it uses (as ``fixture_<name>``:
pytest knows them by their ``name``)."""

from functools import partial

import pytest

from tests.factories import ReleaseFactory

HOME = "/en/"
LIST = "/en/releases/"
RSS = "/en/releases/feed/"
ATOM = "/en/releases/feed/atom/"
# Stands for the address of the release a test makes.
DETAIL = "detail"


@pytest.fixture(name="page_cache_on", autouse=True)
def fixture_page_cache_on(settings):
    """The rest of the suite runs with the page cache off (tests/conftest.py).
    A test's own memory is the cache of its only process: shared."""
    settings.SHARED_CACHE = True
    settings.PAGE_CACHE = True


@pytest.fixture(name="committed")
def fixture_committed(django_capture_on_commit_callbacks):
    """A change as the admin makes it: committed, so the page cache hears of
    it (it ends the cache's generation on commit only)."""
    return partial(django_capture_on_commit_callbacks, execute=True)


@pytest.fixture(name="release")
def fixture_release():
    return ReleaseFactory(
        title_en="Prosecutors meet on trafficking",
        title_fr="Les procureurs se réunissent",
        body_fr="<p>Texte.</p>",
    )


def address(path, release):
    return release.url_in("en") if path == DETAIL else path


def cache_control(headers):
    """The Cache-Control directives: {"public": True, "max-age": 60, …}."""
    directives = {}
    for part in headers.get("Cache-Control", "").split(","):
        name, _equals, value = part.strip().partition("=")
        if name:
            directives[name.lower()] = int(value) if value else True
    return directives


def vary(response):
    return {name.strip().lower() for name in response.get("Vary", "").split(",")}
