# undrafts: `make run` to use it, `make test` to check it. Both set everything up first.
PYTHON ?= $(shell command -v python3.12 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# DEBUG is off unless DJANGO_DEBUG is set; development targets turn it on unless told otherwise
# (production exports DJANGO_DEBUG=0 and SECRET_KEY before `make setup`).
DEV := DJANGO_DEBUG=$${DJANGO_DEBUG:-1}

.PHONY: setup run serve test test-only lint format bench bench-load bench-import fuzz browser-deps pdf-deps backup restore clean demo-archive bench-archive crawl

setup: $(STAMP) db

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

db: $(STAMP)
	$(DEV) $(PY) manage.py migrate --noinput
	$(DEV) $(PY) manage.py load_seeds
.PHONY: db

run: setup
	@echo "undrafts is at http://$(HOST):$(PORT)/"
	DJANGO_DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

serve: setup
	DJANGO_DEBUG=$${DJANGO_DEBUG:-0} $(PY) manage.py collectstatic --noinput
	DJANGO_DEBUG=$${DJANGO_DEBUG:-0} $(VENV)/bin/gunicorn -c gunicorn.conf.py undrafts.wsgi

# Browser tests need Debian's Chromium and axe-core from the npm registry.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
		{ echo "Installing Debian's chromium for the browser tests"; \
		  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); }
	@test -f node_modules/axe-core/axe.min.js || npm ci --silent --no-audit --no-fund

# The real-PDF tests and the import benchmark read each PDF a second time with poppler's pdftotext.
pdf-deps:
	@command -v pdftotext >/dev/null 2>&1 || \
		{ echo "Installing Debian's poppler-utils (pdftotext) for the PDF tests"; \
		  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null); }

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: setup browser-deps pdf-deps lint test-only

test-only: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

bench: setup
	$(PY) bench/diff_bench.py

# Import time of every shared real PDF (extract + parse + store) beside pdftotext's.
bench-import: setup pdf-deps
	$(PY) bench/import_bench.py $(BENCH_ARGS)

# The shared real PDFs plus a synthetic archive made from them and the seeds:
# make demo-archive [DEMO_COUNT=10000]; then make run.
REALWORLD ?= ../shared/realworld/pdf
DEMO_COUNT ?= 10000
demo-archive: setup
	@if test -d "$(REALWORLD)"; then $(DEV) $(PY) manage.py import_documents "$(REALWORLD)" --jobs 2 || true; \
	 else echo "No real PDFs at $(REALWORLD) (set REALWORLD=...); the archive is made from the seeds alone."; fi
	$(DEV) $(PY) manage.py generate_archive --count $(DEMO_COUNT)

# Page and import times at 100, 1,000 and 10,000 documents (SQLite, or DATABASE_URL's server).
bench-archive: $(STAMP)
	$(PY) bench/archive_bench.py $(BENCH_ARGS)

# Every kind of public page reached by following links, on the database as it is.
crawl: $(STAMP)
	$(DEV) $(PY) bench/site_crawl.py $(CRAWL_ARGS)

# Coverage-guided fuzzing of the parser and the aligner: make fuzz [FUZZ_SECONDS=600]
FUZZ_SECONDS ?= 120
fuzz: $(STAMP)
	@mkdir -p test-artifacts/fuzz
	cd test-artifacts/fuzz && ../../$(PY) ../../tests/fuzz/fuzz_engine.py parse -max_total_time=$(FUZZ_SECONDS)
	cd test-artifacts/fuzz && ../../$(PY) ../../tests/fuzz/fuzz_engine.py compare -max_total_time=$(FUZZ_SECONDS)

# Starts gunicorn with the seeds and drives it with wrk (Debian's package).
bench-load: setup
	@command -v wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	$(PY) bench/load_bench.py $(BENCH_ARGS)

# make backup [BACKUP=backups/file.json.gz]; make restore BACKUP=backups/file.json.gz
backup: $(STAMP)
	$(DEV) $(PY) manage.py backup $(if $(BACKUP),--output $(BACKUP))

restore: $(STAMP)
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/<file>.json.gz"; exit 2; }
	$(DEV) $(PY) manage.py restore $(BACKUP)

clean:
	rm -rf $(VENV) staticfiles node_modules test-artifacts db.sqlite3
