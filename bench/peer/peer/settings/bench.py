"""The peer's production settings for bench/peer.py, over the starter's own
production.py: everything that differs comes from the environment, as in
Newsroom's settings (DJANGO_SETTINGS_MODULE=peer.settings.bench)."""

import os
from urllib.parse import unquote, urlsplit

from .production import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"

INSTALLED_APPS = ["news", *INSTALLED_APPS]  # noqa: F405

# Static files served by the application through WhiteNoise, compressed and
# with hashed names, as Newsroom serves them; right after SecurityMiddleware,
# where WhiteNoise's documentation puts it.
MIDDLEWARE = list(MIDDLEWARE)  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)

# PostgreSQL, a persistent connection per worker checked before reuse: what
# Newsroom's production settings do (CONN_MAX_AGE 600, health checks).
_database = urlsplit(os.environ["DATABASE_URL"])
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": _database.path.lstrip("/"),
        "USER": unquote(_database.username or ""),
        "PASSWORD": unquote(_database.password or ""),
        "HOST": _database.hostname or "",
        "PORT": str(_database.port or ""),
        "CONN_MAX_AGE": int(os.environ.get("CONN_MAX_AGE", 600)),
        "CONN_HEALTH_CHECKS": True,
    }
}

# No page cache: every page made (the default cache, per process, is what
# Wagtail keeps its sites' root paths in). Errors, with their tracebacks, to
# the server's log, where bench/peer.py counts them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
