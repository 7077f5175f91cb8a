"""Newsroom settings: one module, read from the environment.

Development needs nothing set. Production (``DJANGO_ENV=production``) refuses
to start without ``SECRET_KEY``, ``ALLOWED_HOSTS`` and ``DATABASE_URL``.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

ENVIRONMENT = os.environ.get("DJANGO_ENV", "development")
PRODUCTION = ENVIRONMENT == "production"


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item]


def required(name):
    value = os.environ.get(name, "")
    if not value:
        raise ImproperlyConfigured(f"{name} must be set when DJANGO_ENV=production.")
    return value


if PRODUCTION:
    SECRET_KEY = required("SECRET_KEY")
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", required("ALLOWED_HOSTS"))
    DATABASE_URL = required("DATABASE_URL")
    DEBUG = False
else:
    # A development key only: production refuses to start without its own.
    SECRET_KEY = os.environ.get(
        "SECRET_KEY", "django-insecure-development-only-never-used-in-production"
    )
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
    DATABASE_URL = os.environ.get(
        "DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    )
    DEBUG = os.environ.get("DEBUG", "1") == "1"

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_countries",
    "django_prose_editor",
    "imagekit",
    "newsroom",
    # The apps, lowest layer first (docs/architecture.md).
    "media",
    "contacts",
    "events",
    "releases",
    "importing",
]
# The demo newsroom and the benchmark's generated archives: for development
# and `make bench` only (DEMO=1 loads it under production settings).
if os.environ.get("DEMO", "0" if PRODUCTION else "1") == "1":
    INSTALLED_APPS.append("demo")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "newsroom.middleware.RejectNulBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, locale and auth: a cached page needs none of them.
    "newsroom.core.pages.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
            ],
        },
    },
]

# Database connections (docs/performance.md, "Connections"): each gunicorn
# worker keeps its connection for CONN_MAX_AGE seconds and checks it before
# reusing it; DATABASE_POOL=1 uses psycopg's pool instead (PostgreSQL only),
# for threaded workers.
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", 600 if PRODUCTION else 0)),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and (
    os.environ.get("DATABASE_POOL") == "1"
):
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": int(os.environ.get("DATABASE_POOL_SIZE", 4)),
        "timeout": 10,
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["TEST"] = {
        "NAME": os.environ.get("TEST_DATABASE_NAME")
        or f"test_{DATABASES['default']['NAME']}"
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Languages. English is the default; every public URL carries its prefix.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["newsroom.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# A theme with no Arabic name still shows its English one. Releases never fall
# back (releases/translation.py): lists only show those available in a language.
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# The admin's translation tabs use jQuery UI, served from our own static files.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

SITE_NAME = os.environ.get("SITE_NAME", "Newsroom")

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Originals of pictures and documents are kept out of MEDIA_ROOT: readers get
# them only through views that check the release is public. Renditions are
# public files under MEDIA_ROOT.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "originals": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Serve renditions from MEDIA_ROOT through Django (newsroom.views.media):
# on while developing; in production a web server or object store may do it.
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "1" if DEBUG else "0") == "1"
# Renditions are made when a picture is saved (media/renditions.py), and a
# page only computes their names: it never opens, checks or encodes a file.
IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY = "imagekit.cachefiles.strategies.Optimistic"
IMAGEKIT_SPEC_CACHEFILE_NAMER = "imagekit.cachefiles.namers.hash"
IMAGEKIT_CACHEFILE_DIR = "renditions"

# Development serves static files straight from the apps and static/.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION

LOGIN_URL = "admin:login"

# The cache: Redis when REDIS_URL is set, shared by every process (pages are
# invalidated in all of them at once); else each process's own memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "newsroom.core.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "newsroom"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole public pages are kept in the cache until something they may show
# changes or the next embargo lifts (newsroom/core/pages.py). Only where every
# process sees the same cache, which is Redis, in development as in
# production: a process's own memory never hears of a change made by another
# (a release published from `manage.py shell` or a management command), and
# would serve its old pages for up to an hour (docs/decisions.md,
# "Development cache").
SHARED_CACHE = os.environ.get("SHARED_CACHE", "1" if REDIS_URL else "0") == "1"
# Never without a shared cache: a process could not hear of another's changes.
PAGE_CACHE = SHARED_CACHE and os.environ.get("PAGE_CACHE", "1") == "1"
# What pages compute over the whole archive (the list's facet counts) is kept
# the same way, so that a page made afresh does not count 100,000 rows.
FRAGMENT_CACHE = SHARED_CACHE and os.environ.get("FRAGMENT_CACHE", "1") == "1"
# How long a process trusts the generation it read last: a cached page then
# needs no round trip to Redis, and a change made in another process reaches
# this one within that many seconds (docs/performance.md).
PAGE_CACHE_LOCAL_SECONDS = float(os.environ.get("PAGE_CACHE_LOCAL_SECONDS", 1))
# What public pages tell browsers and CDNs (Cache-Control), in seconds; both
# are cut short before the next embargo lifts.
PAGE_MAX_AGE = int(os.environ.get("PAGE_MAX_AGE", 60))
PAGE_STALE_WHILE_REVALIDATE = int(os.environ.get("PAGE_STALE_WHILE_REVALIDATE", 120))

# Security. Development keeps plain HTTP on 127.0.0.1; production is HTTPS only.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
    if os.environ.get("SECURE_PROXY_SSL_HEADER"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The SSL redirect may be done by the proxy; say so explicitly to silence it.
    SILENCED_SYSTEM_CHECKS = env_list("SILENCED_SYSTEM_CHECKS")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
