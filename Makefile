# Newsroom. `make run` serves the demo; `make test` runs every test but the browser tests (make test-browser).
# DATABASE_URL selects PostgreSQL (default: an SQLite file, db.sqlite3).

PYTHON ?= python3
PORT ?= 8000
# The job queues a worker serves (newsroom/settings.py, TASKS).
QUEUES ?= default,alerts
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: backup restore run worker serve test test-browser setup setup-dev users lint format clean bench bench-peer bench-search bench-alerts profile soak

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.stamp-runtime: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.stamp-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.stamp-runtime

# Translations are compiled by a pure-Python command: no GNU gettext needed.
setup: $(VENV)/.stamp-runtime
	$(MANAGE) compile_translations
	$(MANAGE) ensure_database
	$(MANAGE) migrate --noinput

setup-dev: $(VENV)/.stamp-dev setup

# Links in emails point at this server unless SITE_URL says otherwise.
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: setup
	$(MANAGE) load_demo
	@echo
	@echo "  Newsroom is at http://127.0.0.1:$(PORT)/"
	@echo "  For an editor's login, run in another terminal:  make users"
	@echo "  (it prints contributor, editor and publisher accounts with new passwords)"
	@echo "  A job-queue worker runs beside it (imports, email alerts); it stops with"
	@echo "  the server. Emails are printed in this terminal unless EMAIL_HOST or"
	@echo "  EMAIL_URL names a mail server."
	@echo
	@$(MANAGE) db_worker --queue-name $(QUEUES) --interval 0.5 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# A worker of the job queue (imports, email alerts): run as many, on as many
# machines, as the work needs; each takes jobs from the database. Ctrl+C lets
# the job it is running finish first (twice: stop at once). QUEUES=alerts
# makes one that only sends alerts, never held up by a long import.
worker: setup
	$(MANAGE) db_worker --queue-name $(QUEUES) --interval 0.5

# Production serving: gunicorn (gunicorn.conf.py: WEB_CONCURRENCY workers,
# GUNICORN_THREADS threads) with DJANGO_ENV=production, which refuses to
# start without SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL in the
# environment. See docs/deployment.md.
serve: export DJANGO_ENV = production
serve: setup
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) check --deploy
	PORT=$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py newsroom.wsgi

users: setup
	$(MANAGE) demo_users

# Backups (newsroom/backups/): the database and the media files in one dated
# archive under var/backups (BACKUP_ROOT). `make restore FILE=…` brings one
# back into an empty database and media folders; it refuses, changing
# nothing, when they hold data, unless FORCE=1 (what is there is backed up
# first).
backup: $(VENV)/.stamp-runtime
	$(MANAGE) backup

restore: $(VENV)/.stamp-runtime
	@test -n "$(FILE)" || { echo "Say which backup: make restore FILE=var/backups/newsroom-….tar"; exit 2; }
	$(MANAGE) ensure_database
	$(MANAGE) restore "$(FILE)" $(if $(filter 1,$(FORCE)),--force)

test: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest -m "not browser"

# Browser tests drive Debian's Chromium (apt-get install chromium).
test-browser: setup-dev
	$(BIN)/pytest -m browser

# Search over 100,000 made-up releases on PostgreSQL (a database of its own,
# newsroom_bench by default): medians and 95th percentiles of database time.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/newsroom_bench
bench-search: setup-dev
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) ensure_database
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) migrate --noinput
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) bench_search --releases 100000

# Alerts to SUBSCRIBERS addresses for one release, with one worker and with
# two (bench/alerts.py): seconds to the last email, none lost or sent twice.
SUBSCRIBERS ?= 10000
ALERTS_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/newsroom_bench_alerts
bench-alerts: setup-dev
	DATABASE_URL=$(ALERTS_DATABASE_URL) $(MANAGE) ensure_database
	$(BIN)/python bench/alerts.py --subscribers $(SUBSCRIBERS) \
		--database $(ALERTS_DATABASE_URL) $(BENCH_OPTIONS)

# The site under load (bench/run.py, docs/performance.md): a generated
# newsroom of RELEASES releases on PostgreSQL, served by the production
# command, loaded by wrk; results in bench/results/.
RELEASES ?= 100000
COMPARE ?= 1000
BENCH_SECONDS ?= 10
bench: setup-dev
	@command -v wrk >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python bench/run.py --releases $(RELEASES) --compare $(COMPARE) \
		--seconds $(BENCH_SECONDS) $(BENCH_OPTIONS)

# Beside Wagtail (bench/peer.py): Wagtail's own starter project with a news
# page and an index, built from PyPI in PEER_DIR (outside the repository),
# with as many items as ours; both served and loaded in turn, the ratios in
# bench/results/.
PEER_DIR ?= $(HOME)/.cache/newsroom-bench-peer
PEER_ITEMS ?= 1000
bench-peer: setup-dev
	@command -v wrk >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python bench/peer.py --items $(PEER_ITEMS) --dir $(PEER_DIR) $(BENCH_OPTIONS)

# Where a page made afresh spends its time (bench/profiled.py): PAGE of the
# benchmark's database of RELEASES releases, in-process, under cProfile.
PAGE ?= release
profile: setup-dev
	$(BIN)/python bench/profiled.py --releases $(RELEASES) --page "$(PAGE)" \
		$(BENCH_OPTIONS)

# A minute at 64 connections over every kind of page, page cache off then on:
# no error, no socket error, workers' memory before and after.
SOAK_SECONDS ?= 60
soak: setup-dev
	@command -v wrk >/dev/null || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python bench/soak.py --releases $(RELEASES) --seconds $(SOAK_SECONDS)

lint: setup-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
