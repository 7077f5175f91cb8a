"""Production refuses to start without its secrets, and with them starts safe:
no debug pages, HTTPS only, compressed static files, kept connections, and
the page cache only where every process shares it.

Each test reads the settings in a fresh process, as a server would, from an
environment holding only what the test gives it.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

REDIS_URL = "redis://127.0.0.1:6379/15"

# What the settings read back, as a server process has them.
PROBE = """
import json
from django.conf import settings
database = settings.DATABASES["default"]
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "staticfiles": settings.STORAGES["staticfiles"]["BACKEND"],
    "CONN_MAX_AGE": database["CONN_MAX_AGE"],
    "CONN_HEALTH_CHECKS": database["CONN_HEALTH_CHECKS"],
    "cache": settings.CACHES["default"]["BACKEND"],
    "PAGE_CACHE": settings.PAGE_CACHE,
    "FRAGMENT_CACHE": settings.FRAGMENT_CACHE,
}))
"""


@pytest.fixture
def production(tmp_path):
    """Everything production requires, set."""
    return {
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "news.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'newsroom.sqlite3'}",
    }


def manage(*arguments, environment):
    """``manage.py`` in a fresh process whose environment is ``environment``
    alone (and what finds the programs): nothing leaks in from the shell's."""
    inherited = {
        name: os.environ[name]
        for name in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")
        if name in os.environ
    }
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=Path(settings.BASE_DIR),
        env={**inherited, **environment},
        capture_output=True,
        text=True,
        timeout=60,
    )


def settings_with(environment):
    result = manage("shell", "-c", PROBE, environment=environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("value", [None, ""], ids=["unset", "empty"])
@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_a_required_variable(
    production, missing, value
):
    if value is None:
        del production[missing]
    else:
        production[missing] = value

    result = manage("check", environment=production)

    assert result.returncode != 0
    # The error's own words, not the traceback (which quotes settings.py).
    assert missing in result.stderr.strip().splitlines()[-1]


def test_production_passes_the_deployment_checks_without_a_warning(production):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        environment={**production, "REDIS_URL": REDIS_URL},
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_production_never_shows_debug_pages_and_keeps_its_connections(production):
    # A DEBUG=1 left over from development must not turn debug pages on.
    found = settings_with({**production, "REDIS_URL": REDIS_URL, "DEBUG": "1"})

    assert found["DEBUG"] is False
    assert found["staticfiles"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert found["CONN_MAX_AGE"] > 0
    assert found["CONN_HEALTH_CHECKS"] is True


def test_production_with_redis_caches_pages_every_process_shares(production):
    found = settings_with({**production, "REDIS_URL": REDIS_URL})

    assert found["cache"] == "newsroom.core.cache.RedisCache"
    assert found["PAGE_CACHE"] is True
    assert found["FRAGMENT_CACHE"] is True


def test_production_without_redis_caches_no_page(production):
    # Each process's own memory: one could not hear of another's changes.
    found = settings_with(production)

    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert found["PAGE_CACHE"] is False
    assert found["FRAGMENT_CACHE"] is False
