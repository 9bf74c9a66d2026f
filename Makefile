# Read top to bottom: `make run` serves the portal, `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
# Debian packages of the tests and benchmarks: the browser and its fonts, and the servers
# of the production profile, which the tests start and stop themselves.
DEBIAN_TEST_PACKAGES := chromium fonts-noto-cjk postgresql redis-server nginx-light libnginx-mod-http-cache-purge wrk logrotate \
	openjdk-17-jre-headless nodejs
# The audit tools (Lighthouse, axe-core, the Nu checker), pinned in audits/package-lock.json.
AUDIT_TOOLS := audits/node_modules/.installed

.PHONY: run run-prod stop-prod test lint messages bench bench-soak bench-search bench-import bench-screening bench-audit screenshots system-test-packages demo clean

# The venv is rebuilt only when a requirements file changes.
$(VENV)/.base: requirements/base.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -r requirements/base.txt
	touch $@

$(VENV)/.test: $(VENV)/.base requirements/test.txt
	$(PIP) install --quiet --disable-pip-version-check -r requirements/test.txt
	touch $@

run: $(VENV)/.base
	mkdir -p var/static
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo --once
	$(MANAGE) demo_admin
	$(MANAGE) demo_staff
	@# The database, the secret key and the demo password are the owner's alone; var/ itself
	@# lets the production profile's servers (postgres, nginx) through to var/prod, unlisted.
	chmod 711 var && chmod 600 var/db.sqlite3 var/secret-key var/demo-admin.txt
	@# granian, one process with threads: the in-process page cache, view counter and
	@# scheduler are shared by every request. DEBUG off: the portal's own 404 and 500 pages.
	DEBUG=0 DJANGO_SETTINGS_MODULE=portal.settings.dev $(VENV)/bin/granian --interface wsgi \
		--host 127.0.0.1 --port 8000 --workers 1 --blocking-threads 4 --no-access-log portal.wsgi:application

# The production profile on loopback: PostgreSQL, Redis, granian and nginx on :8080.
run-prod: $(VENV)/.base
	deploy/run-prod

stop-prod:
	deploy/stop-prod

system-test-packages:
	@dpkg -s $(DEBIAN_TEST_PACKAGES) >/dev/null 2>&1 || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEBIAN_TEST_PACKAGES) >/dev/null; }

$(AUDIT_TOOLS): audits/package-lock.json | system-test-packages
	command -v npm >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	cd audits && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

test: $(VENV)/.test system-test-packages $(AUDIT_TOOLS)
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run -v0
	$(VENV)/bin/pytest
	@# The whole suite again on PostgreSQL, a throwaway cluster made for the run (the
	@# production-profile tests ran once already: they start a PostgreSQL of their own;
	@# the audits read markup, which does not depend on the database).
	$(PY) -m portal.throwaway postgres -- $(VENV)/bin/pytest --ignore=delivery/tests/test_production.py -m "not audit"

# The browser tests, then their screenshots copied to docs/screenshots/ (README shows them).
screenshots: $(VENV)/.test system-test-packages
	$(VENV)/bin/pytest portal/tests/test_browser.py portal/tests/test_newsroom_path.py portal/tests/test_readers_voice.py portal/tests/test_login_security_browser.py
	cp var/screenshots/*.png docs/screenshots/

# Delivery side by side: nginx static, the Django ceiling, the portal cached and uncached,
# SQL queries per page, publish-to-visible at 100,000 articles, beacons per second.
bench: $(VENV)/.test system-test-packages
	deploy/bench --articles $(ARTICLES)

# Five minutes of the public pages at 80 % of capacity, PostgreSQL restarted half way.
bench-soak: $(VENV)/.test system-test-packages
	deploy/bench --articles $(ARTICLES) --soak 300

# Search on 100,000 synthetic articles, on SQLite and on a throwaway PostgreSQL: index
# build rate and size, p50/p95/p99 latency, substring recall, the judged set's nDCG@10 and
# recall@5. About 25 minutes; ARTICLES=10000 for a quick look.
ARTICLES ?= 100000
bench-search: $(VENV)/.test system-test-packages
	$(MANAGE) bench_search --articles $(ARTICLES)

# import_archive on a temporary SQLite database: an old site's archive generated from the
# demo's drafts (crawled text, UTF-8 and GBK HTML), pages/s per format with the search
# index and old addresses written, a second run of each, and the 301/404 paths with a
# million old addresses beside Wagtail's redirects. PAGES per format; about 5 minutes.
PAGES ?= 5000
bench-import: $(VENV)/.test
	$(MANAGE) bench_import --pages $(PAGES)

# 敏感词筛查 on one core: a generated 100,000-word dictionary over about 8 MB of generated
# article text; automaton build time and size, MB/s of UTF-8 screened. About 15 seconds.
bench-screening: $(VENV)/.base
	$(MANAGE) bench_screening

# The public pages through axe-core, the Nu checker and Lighthouse (performance included,
# a timing, so reported here and not asserted by a test), phone and desktop: a table.
# Serves the `make run` database on port 8005 for the run. About 4 minutes.
bench-audit: $(VENV)/.test system-test-packages $(AUDIT_TOOLS)
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo --once
	DEBUG=0 DJANGO_SETTINGS_MODULE=portal.settings.dev $(VENV)/bin/granian --interface wsgi --host 127.0.0.1 \
		--port 8005 --workers 1 --blocking-threads 4 --no-access-log portal.wsgi:application & server=$$!; \
	$(MANAGE) audit_pages --base http://127.0.0.1:8005; status=$$?; kill $$server; exit $$status

# Compile the admin's translations (locale/*/LC_MESSAGES/*.po) into the .mo files Django
# reads; both are committed, and a test fails when a .mo does not match its .po.
messages: $(VENV)/.test
	$(PY) -m babel.messages.frontend compile --statistics -d locale -D "django djangojs"

lint: $(VENV)/.test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf var
