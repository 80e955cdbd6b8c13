# Two commands: `make run` and `make test`. Everything else is a helper for those.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The address links in e-mails start with (DJANGO_SITE_URL): the one `make run` serves on, unless given.
SITE_URL = http://$(HOST):$(PORT)

.PHONY: run test install install-dev browser lint migrate demo bench scale clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when a requirements file changed.
$(VENV)/.installed: requirements.txt | $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Debian's Chromium drives the browser tests (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is missing: run 'sudo apt-get install chromium' for the browser tests."; fi; }

migrate: install
	$(PY) manage.py migrate --noinput

# run and its prerequisites (demo, migrate) build every absolute link from SITE_URL.
run demo: export DJANGO_SITE_URL = $(SITE_URL)

demo: migrate
	$(PY) manage.py load_demo
	$(PY) manage.py load_demo_comments
	$(PY) manage.py ensure_admin --site-url $(SITE_URL)

run: demo
	@echo "Serving on $(SITE_URL)/  (admin: $(SITE_URL)/admin/)"
	@echo "E-mails are not sent: they are printed below, in this console (set EMAIL_URL in .env to send them)."
	@echo "To confirm a sign-up, find the e-mail's 'Subject:' line and open the $(SITE_URL)/accounts/confirm-email/... link in it."
	@echo "One line per request: time, method, path, status, duration."
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install-dev browser lint
	$(BIN)/pytest

bench: install-dev
	$(PY) bench/run.py

# Pages that grow with the data, timed at S and M (each built in its own PostgreSQL database): bench/SCALE.md.
scale: install-dev
	$(PY) bench/scale.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
