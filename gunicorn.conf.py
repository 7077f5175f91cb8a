"""gunicorn, as `make serve` runs it: every number comes from the environment.

    WEB_CONCURRENCY    worker processes (default: 2 per core)
    GUNICORN_THREADS   threads per worker (default 1: sync workers; more
                       than 1 runs gthread workers, which keep connections
                       alive)
    HOST, PORT         where to listen (default 127.0.0.1:8000)

docs/performance.md gives the figures behind the defaults.
"""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Pages cost CPU, not waiting: more workers than this only queue for the
# cores (docs/performance.md, "Workers").
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1)))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
worker_class = "gthread" if threads > 1 else "sync"
# The application is loaded once, before the workers are forked: they start
# at once and share its memory until they write to it.
preload_app = True
# A worker is replaced after this many requests, so that no slow leak grows.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 20000))
max_requests_jitter = max_requests // 10
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# Errors always; one line per request only when asked (ACCESS_LOG=1).
errorlog = "-"
accesslog = "-" if os.environ.get("ACCESS_LOG") == "1" else None
# Behind a proxy on the same machine or network, trust its X-Forwarded-*.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
