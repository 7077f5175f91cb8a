"""/healthz tells a load balancer whether this server can reach its database,
and names what is down; /healthz/ready says whether every part answers (the
database and the cache), for monitoring and deployments; /healthz/live only
that the process answers, for a process supervisor, whatever is down."""

import os
import subprocess
import sys
from ast import literal_eval
from pathlib import Path

import pytest
from django.conf import settings

from tests.page_cache_fixtures import LIST

PROBE = """
from django.test import Client
for path in ("/healthz", "/healthz/ready", "/healthz/live"):
    response = Client().get(path)
    print(repr((response.status_code, response.content.decode(),
                response["Cache-Control"])))
"""
# Nothing listens on port 1: a connection is refused at once.
NO_DATABASE = "postgres://postgres@127.0.0.1:1/newsroom"
NO_REDIS = "redis://127.0.0.1:1/0"


def health_with(database_url, **environment):
    """GET /healthz, /healthz/ready and /healthz/live in a fresh process whose
    DATABASE_URL is ``database_url``: (status, body, Cache-Control) of each."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        cwd=Path(settings.BASE_DIR),
        env={
            **{k: v for k, v in os.environ.items() if k != "REDIS_URL"},
            "DATABASE_URL": database_url,
            "DJANGO_ENV": "development",
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [literal_eval(line) for line in result.stdout.strip().splitlines()[-3:]]


def test_healthz_answers_503_when_the_database_is_unreachable():
    healthz, ready, live = health_with(NO_DATABASE)
    assert healthz == (503, "database unreachable\n", "no-store")
    assert ready == (503, "database: unreachable\ncache: ok\n", "no-store")
    # The process itself is fine: no supervisor should restart it for that.
    assert live == (200, "ok\n", "no-store")


def test_healthz_answers_200_when_the_database_answers(tmp_path):
    healthz, ready, live = health_with(f"sqlite:///{tmp_path / 'health.sqlite3'}")
    assert healthz == (200, "ok\n", "no-store")
    assert ready == (200, "database: ok\ncache: ok\n", "no-store")
    assert live == (200, "ok\n", "no-store")


def test_healthz_names_both_when_database_and_redis_are_unreachable():
    healthz, ready, live = health_with(NO_DATABASE, REDIS_URL=NO_REDIS)
    assert healthz == (503, "database unreachable\ncache unreachable\n", "no-store")
    assert ready == (503, "database: unreachable\ncache: unreachable\n", "no-store")
    assert live == (200, "ok\n", "no-store")


@pytest.fixture
def redis_unreachable(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.core.cache.RedisCache",
            "LOCATION": NO_REDIS,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    settings.SHARED_CACHE = settings.PAGE_CACHE = settings.FRAGMENT_CACHE = True


@pytest.mark.django_db
def test_with_redis_unreachable_the_server_stays_in_service_and_says_so(
    client, redis_unreachable
):
    healthz = client.get("/healthz")
    assert (healthz.status_code, healthz.content) == (200, b"cache unreachable\n")
    assert healthz["Cache-Control"] == "no-store"
    ready = client.get("/healthz/ready")
    assert ready.status_code == 503
    assert ready.content == b"database: ok\ncache: unreachable\n"


@pytest.mark.django_db
def test_with_redis_unreachable_pages_are_made_afresh(client, redis_unreachable):
    from tests.factories import ReleaseFactory

    first = client.get(LIST)
    ReleaseFactory(title_en="Published while Redis is down")
    second = client.get(LIST)
    assert first.status_code == second.status_code == 200
    assert "Published while Redis is down" in second.content.decode()
