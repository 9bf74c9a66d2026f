# Read top to bottom: `make run` serves the portal, `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
DEBIAN_TEST_PACKAGES := chromium fonts-noto-cjk postgresql

.PHONY: run test lint messages bench-search system-test-packages demo clean

# The venv is rebuilt only when a requirements file changes.
$(VENV)/.base: requirements/base.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -r requirements/base.txt
	touch $@

$(VENV)/.test: $(VENV)/.base requirements/test.txt
	$(PIP) install --quiet --disable-pip-version-check -r requirements/test.txt
	touch $@

run: $(VENV)/.base
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo --once
	$(MANAGE) demo_admin
	$(MANAGE) demo_staff
	@# No autoreloader: its parent process would kill the server before buffered views flush.
	$(MANAGE) runserver 127.0.0.1:8000 --noreload

# Debian's Chromium and CJK fonts for the browser tests, PostgreSQL for the search tests
# on a second engine (started and stopped by the tests themselves), installed once.
system-test-packages:
	@dpkg -s $(DEBIAN_TEST_PACKAGES) >/dev/null 2>&1 || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEBIAN_TEST_PACKAGES) >/dev/null; }

test: $(VENV)/.test system-test-packages
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run -v0
	$(VENV)/bin/pytest

# Search on 100,000 synthetic articles, on SQLite and on a throwaway PostgreSQL: index
# build rate and p50/p95/p99 latency. About 10 minutes; ARTICLES=10000 for a quick look.
ARTICLES ?= 100000
bench-search: $(VENV)/.test system-test-packages
	$(MANAGE) bench_search --articles $(ARTICLES)

# Compile the admin's translations (locale/*/LC_MESSAGES/*.po) into the .mo files Django
# reads; both are committed, and a test fails when a .mo does not match its .po.
messages: $(VENV)/.test
	$(PY) -m babel.messages.frontend compile --statistics -d locale -D "django djangojs"

lint: $(VENV)/.test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf var
