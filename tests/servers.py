"""Server processes for tests: `manage.py runserver` in a process of its own,
reaching a database the test can write to, and fetched over HTTP as a
reader's browser would. Imported by the tests that need them."""

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from functools import partial
from pathlib import Path
from urllib.parse import quote
from uuid import uuid4

import pytest
import redis
from django.conf import settings as django_settings
from django.db import connection

# What a server process must not inherit from the shell that runs the tests:
# the test says how its server is cached and pooled.
NOT_INHERITED = (
    "REDIS_URL",
    "CACHE_KEY_PREFIX",
    "PAGE_CACHE",
    "SHARED_CACHE",
    "DATABASE_POOL",
)


# The Redis the servers share in these tests, and the tests' own process.
SHARED_REDIS = "redis://127.0.0.1:6379/15"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(name="server_database")
def fixture_server_database(transactional_db):
    """The test's database, committed to, as a server process reaches it."""
    if connection.vendor != "postgresql":
        pytest.skip(
            "A server process needs the test's own database; SQLite's test "
            "database lives in this process's memory."
        )
    return database_url()


def database_url():
    """The test's PostgreSQL database, as another process reaches it."""
    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    host = db["HOST"] or "127.0.0.1"
    port = f":{db['PORT']}" if db["PORT"] else ""
    user = quote(db["USER"], safe="")
    return f"postgres://{user}{password}@{host}{port}/{db['NAME']}"


@pytest.fixture(name="launch_servers")
def fixture_launch_servers(tmp_path):
    """``launch_servers(database_url, count, **environment)``: that many
    ``runserver`` processes on that database, each answering; their origins.
    They are stopped after the test."""
    processes = []

    def launch(url, count=1, **environment):
        started = []
        for _ in range(count):
            port = free_port()
            log = tmp_path / f"server-{port}.log"
            with log.open("w") as output:
                process = subprocess.Popen(
                    [
                        sys.executable,
                        "manage.py",
                        "runserver",
                        f"127.0.0.1:{port}",
                        "--noreload",
                        "--skip-checks",
                    ],
                    cwd=Path(django_settings.BASE_DIR),
                    env=server_environment(url, environment),
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            processes.append(process)
            started.append((process, f"http://127.0.0.1:{port}", log))
        for process, origin, log in started:
            wait_until_it_answers(process, origin, log)
        return [origin for _process, origin, _log in started]

    yield launch
    for process in processes:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(name="start_servers")
def fixture_start_servers(server_database, launch_servers):
    """``start_servers(count, **environment)``: that many ``runserver``
    processes on the test's database, each answering; their origins."""
    return partial(launch_servers, server_database)


def server_environment(url, environment):
    inherited = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    return {
        **inherited,
        "DATABASE_URL": url,
        "DJANGO_ENV": "development",
        "DEBUG": "0",
        **environment,
    }


def wait_until_it_answers(process, origin, log):
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{origin}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        try:
            # Gives the server a tenth of a second, and notices if it died.
            process.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"The server at {origin} exited:\n{log.read_text()}")
    pytest.fail(f"The server at {origin} did not answer:\n{log.read_text()}")


def fetch(origin, path):
    with urllib.request.urlopen(f"{origin}{path}", timeout=10) as response:
        return response.read().decode(), response.headers


def within_a_moment(check, seconds=3):
    """Whether ``check()`` comes true soon: a server process trusts the
    generation it read last for PAGE_CACHE_LOCAL_SECONDS (one second)."""
    deadline = time.monotonic() + seconds
    while not (result := check()) and time.monotonic() < deadline:
        time.sleep(0.1)
    return result


@pytest.fixture(name="shared_redis")
def fixture_shared_redis(server_database, settings):
    """This process's cache in the Redis the servers use, under a prefix of its
    own; the variables that give a server the same cache."""
    try:
        redis.Redis.from_url(SHARED_REDIS, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(f"Redis is required (REQUIRE_REDIS=1): {error}")
        pytest.skip(f"Redis is unreachable at {SHARED_REDIS}: {error}")
    prefix = f"test-{uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": SHARED_REDIS,
            "KEY_PREFIX": prefix,
        }
    }
    yield {"REDIS_URL": SHARED_REDIS, "CACHE_KEY_PREFIX": prefix}
    keys = redis.Redis.from_url(SHARED_REDIS)
    for key in keys.scan_iter(match=f"{prefix}:*"):
        keys.delete(key)


class Proxy:
    """A TCP relay to ``port`` on this machine, which the test can cut (every
    connection through it closed, new ones closed at once) and restore: what
    a process reaching Redis through it sees of a network fault, while every
    other process still reaches Redis."""

    def __init__(self, port):
        self.target = ("127.0.0.1", port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.relaying = True
        self.lock = threading.Lock()
        self.open = set()
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            if not self.relaying:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=2)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self.lock:
                self.open.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self.relay, args=(source, sink), daemon=True
                ).start()

    def relay(self, source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        self.close(source, sink)

    def close(self, *sockets):
        for each in sockets:
            with self.lock:
                self.open.discard(each)
            with contextlib.suppress(OSError):
                each.shutdown(socket.SHUT_RDWR)
            each.close()

    def cut(self):
        self.relaying = False
        with self.lock:
            connections = list(self.open)
        self.close(*connections)

    def restore(self):
        self.relaying = True

    def stop(self):
        self.cut()
        self.listener.close()


@pytest.fixture(name="redis_proxy")
def fixture_redis_proxy(shared_redis):
    """A relay to the shared Redis a test can cut for one server process:
    that server's variables (``environment``) point at it."""
    proxy = Proxy(6379)
    proxy.environment = {
        **shared_redis,
        "REDIS_URL": f"redis://127.0.0.1:{proxy.port}/15",
    }
    yield proxy
    proxy.stop()
