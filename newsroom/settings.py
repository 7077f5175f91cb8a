"""Newsroom settings: one module, read from the environment.

Development needs nothing set. Production (``DJANGO_ENV=production``) refuses
to start without ``SECRET_KEY``, ``ALLOWED_HOSTS`` and ``DATABASE_URL``.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import dj_email_url
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
    # The page cache's count of changes (newsroom/core/pages/).
    "newsroom.core.pages",
    # The apps, lowest layer first (docs/architecture.md).
    "audit",
    "media",
    "contacts",
    "events",
    "releases",
    "importing",
    # Versions of what editors save, compared and restored in the admin
    # (django-reversion, history/), and the bin deleted things wait in for 30
    # days (wastebin/); both above the apps whose admins they extend.
    "reversion",
    "history",
    "wastebin",
    # Email alerts to readers (alerts/), sent by the job queue.
    "alerts",
    # Accredited journalists and their embargoed access (journalists/).
    "journalists",
    # Translations that stay true: the board, side by side, the public note
    # on an outdated translation (translations/).
    "translations",
    # Review by people without accounts (preview links) and editorial
    # remarks (reviews/).
    "reviews",
    # Sign-in: lockouts after failed attempts, and two-factor sign-in
    # (accounts/, docs/decisions.md, "Signing in").
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "accounts",
    # The job queue (docs/decisions.md, "Background work"): Django 6's tasks
    # framework, backported, with its database backend.
    "django_tasks",
    "django_tasks_db",
]
# The demo newsroom and the benchmark's generated archives: for development
# and `make bench` only (DEMO=1 loads it under production settings).
if os.environ.get("DEMO", "0" if PRODUCTION else "1") == "1":
    INSTALLED_APPS.append("demo")

MIDDLEWARE = [
    # First, so that every response has them: redirects, errors, static files
    # and cached pages too (newsroom/headers.py).
    "newsroom.headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # TRACE, PUT, DELETE, OPTIONS… answer 405 before any view runs.
    "newsroom.headers.AllowedMethodsMiddleware",
    "newsroom.middleware.RejectNulBytesMiddleware",
    # A database error from a view is a 503 page, not a 500 (newsroom/faults.py).
    "newsroom.faults.DatabaseUnavailableMiddleware",
    # Public pages and static files compressed for readers who ask, outside
    # the page cache and WhiteNoise so that both are (newsroom/compression.py).
    "newsroom.compression.CompressPublicMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, locale and auth: a cached page needs none of them.
    "newsroom.core.pages.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Lets audit.trail.record() know who is acting and from which address.
    "audit.middleware.AuditMiddleware",
    # Each admin save is one version, with who made it (history/).
    "history.middleware.VersionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: turns a sign-in refused for too many failures into the login page
    # saying so (accounts/lockouts.py).
    "axes.middleware.AxesMiddleware",
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
    # A database host that drops packets instead of refusing them: readers get
    # the 503 page within seconds, not a gateway timeout after gunicorn's 30 s
    # (a connect_timeout in DATABASE_URL wins).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", 5))
    )
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
# Where `make backup` writes its archives (newsroom/backups/).
BACKUP_ROOT = Path(os.environ.get("BACKUP_ROOT", BASE_DIR / "var" / "backups"))
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
# Axes first: it refuses a locked-out account before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Ten failed sign-ins for one account, or from one address, lock both out for
# half an hour (each further try starts the half hour again), or until a
# publisher lifts the lockout in the admin (accounts/lockouts.py).
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOCKOUT_MINUTES", 30)))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "accounts.lockouts.lockout_response"
# The client's address is REMOTE_ADDR unless PROXY_COUNT proxies stand in front
# and each appends to X-Forwarded-For (a header anyone else could forge).
if PROXY_COUNT := int(os.environ.get("PROXY_COUNT", 0)):
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    AXES_IPWARE_PROXY_COUNT = PROXY_COUNT
    AXES_IPWARE_PROXY_ORDER = "right-most"
# The name authenticator apps show beside the account.
OTP_TOTP_ISSUER = SITE_NAME

# The job queue: jobs are rows in the database (enqueued in the transaction
# of the change that causes them), run by `manage.py db_worker` (`make
# worker`) on any number of machines. TASKS_BACKEND may name another backend
# of django-tasks (its ImmediateBackend runs each job at once, in the process
# that enqueues it).
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        # Alerts have their own queue, so a long import never holds them
        # back when a worker serves only "alerts" (docs/deployment.md).
        "QUEUES": ["default", "alerts"],
    }
}
# The caps on one import asked for in the admin (importing/jobs.py): the
# files it reads, their bytes once unpacked, and the seconds it works; the
# files past a cap are reported as not imported.
IMPORT_MAX_FILES = int(os.environ.get("IMPORT_MAX_FILES", 5000))
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", 50 * 1024 * 1024))
IMPORT_MAX_SECONDS = int(os.environ.get("IMPORT_MAX_SECONDS", 300))

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
# changes or the next embargo lifts (newsroom/core/pages/). Only where every
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
# A change made in another process reaches this one within that many seconds,
# even if that process could not reach Redis: each trusts the generation it
# read last for half of it (a cached page then needs no round trip to Redis),
# and the database's word on it for the other half (docs/performance.md).
PAGE_CACHE_LOCAL_SECONDS = float(os.environ.get("PAGE_CACHE_LOCAL_SECONDS", 1))
# What public pages tell browsers and CDNs (Cache-Control max-age): every
# page expires at the next multiple of this many seconds (whole minutes), or
# is revalidated at every use in the step an embargo lifts in, so that the
# header tells nothing of the embargo's time (newsroom/core/pages/middleware.py).
PAGE_MAX_AGE = int(os.environ.get("PAGE_MAX_AGE", 60))

# Security. Development keeps plain HTTP on 127.0.0.1; production is HTTPS only.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content security policy (newsroom/headers.py; docs/decisions.md, "Security
# headers"), in Django 6.0's shape: every script, style, picture and font from
# the site itself, none inline but two in the admin's release form, each
# allowed by its hash (the prose editor's import map, added by
# newsroom/headers.py, and the one below); no plugin, no framing, forms sent
# only to the site. Static files or media served from another origin (a CDN,
# an object store) need that origin added where they load.
SECURE_CSP = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": [
        "'self'",
        # The editor's base rules (white-space: pre-wrap…), which Tiptap, in
        # django-prose-editor 0.28's editor.js, adds as a <style> element.
        # Another version may change them: tests/e2e/test_headers_browser.py
        # then fails, naming the new hash.
        "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='",
    ],
    # blob: the picture chosen for upload, previewed before it is sent (the
    # focal point picker).
    "img-src": ["'self'", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}
# Features of the browser that no page of the site uses, denied to every page
# and to anything a page could embed (django-permissions-policy).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
SESSION_COOKIE_HTTPONLY = True
# A session ends when the browser closes, or after 12 hours without a request
# (each request moves the end on; anonymous readers get no session at all).
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 12 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
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

# The site's address, for the links in emails (they are read outside it):
# SITE_URL, else the first of ALLOWED_HOSTS over HTTPS in production, else
# the development server (`make run PORT=N` sets it to that port).
SITE_URL = os.environ.get(
    "SITE_URL",
    f"https://{ALLOWED_HOSTS[0]}" if PRODUCTION else "http://127.0.0.1:8000",
).rstrip("/")

# Mail: EMAIL_URL (smtp://user:password@host:587/?tls=True, or console:, file:),
# else Django's own EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER,
# EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, EMAIL_USE_SSL. With neither, development
# prints each message in the terminal and production sends to localhost:25.
if os.environ.get("EMAIL_URL"):
    _email = {
        name: value
        for name, value in dj_email_url.parse(os.environ["EMAIL_URL"]).items()
        if value is not None
    }
    # dj-email-url reads file:///var/mail as "var/mail": the folder meant is
    # the absolute one.
    _folder = _email.get("EMAIL_FILE_PATH")
    if _folder and not _folder.startswith("/"):
        _email["EMAIL_FILE_PATH"] = f"/{_folder}"
    globals().update(_email)
elif os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT") or 25)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
    EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "0") == "1"
elif not PRODUCTION:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A mail server that stops answering must not hold a worker for ever.
EMAIL_TIMEOUT = int(
    os.environ.get("EMAIL_TIMEOUT") or globals().get("EMAIL_TIMEOUT") or 30
)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", f"Newsroom <newsroom@{urlsplit(SITE_URL).hostname}>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # django-axes announces itself at every start: not worth a line each time.
    "loggers": {
        "axes.apps": {"level": "WARNING"},
        # WeasyPrint (release PDFs) logs each step, and each screen-only CSS
        # rule it skips; only its errors matter here.
        "weasyprint": {"level": "ERROR"},
    },
}
