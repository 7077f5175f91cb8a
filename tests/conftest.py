import pytest

from tests.admin_people import logged_in, organisation
from tests.factories import user_in

# The local SMTP server's fixtures (smtp_server, mail_to_smtp).
pytest_plugins = ["tests.mail"]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Users log in with real passwords through the real forms; only the
    # deliberately slow hash (most of a second each) is swapped for a fast one.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def contributor(db):
    return user_in("Contributor")


@pytest.fixture
def editor(db):
    return user_in("Editor")


@pytest.fixture
def publisher(db):
    return user_in("Publisher")


@pytest.fixture
def editing(client, editor):
    """The test client, logged in as an editor."""
    return logged_in(client, editor)


@pytest.fixture
def iom_paraguay(db):
    return organisation()


@pytest.fixture
def in_geneva(settings):
    # The editor's own clock is not the venue's: the form must not use it.
    settings.TIME_ZONE = "Europe/Zurich"


@pytest.fixture(autouse=True)
def default_language():
    """Each test begins in the default language, whatever the last one read
    (a request for /es/ leaves Spanish active in the thread)."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def page_cache_off(request, settings):
    """Pages are made fresh in every test but those about the page cache
    (tests/test_page_cache.py), which turn it on. The content's generation
    is begun before the test, so a page's queries are counted as they are
    between two changes, not with the one query a change costs once."""
    from django.core.cache import cache

    from newsroom.core.pages import LOCAL, current_generation

    settings.PAGE_CACHE = settings.FRAGMENT_CACHE = False
    cache.clear()
    LOCAL.forget()
    if request.node.get_closest_marker("django_db") or {
        "db",
        "transactional_db",
    } & set(request.fixturenames):
        request.getfixturevalue("db")
        current_generation()


@pytest.fixture(autouse=True)
def media_dirs(settings, tmp_path):
    """Pictures and documents saved by a test go to its own folders, never
    to the project's media/ and private/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "originals": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private"},
        },
    }
