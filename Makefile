# ikdoemee — the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve setup test lint format bench messages clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "ikdoemee needs Python 3.11 or newer (set PYTHON=python3.11)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when requirements.txt changed.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

setup: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) load_municipalities
	$(MANAGE) seed_demo
	$(MANAGE) assign_demo_roles
	$(MANAGE) translate_offers --local --municipality gent --locale en --locale fr --locale ar --locale uk
	$(MANAGE) import_offers docs/examples/offers-example.csv --source voorbeeld --no-progress
	$(MANAGE) import_offers docs/examples/offers-example.json --source voorbeeld --no-progress

run: setup
	@echo ""
	@echo "ikdoemee runs on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "Demo users, password 'ikdoemee-demo': admin, redactie-gent, redactie-antwerpen, reviewer-agii, reviewer-agii-2"
	@echo ""
	@# The task worker (admin imports, search index) runs beside the server and stops with it.
	@trap 'kill 0' EXIT INT TERM; \
	TASKS_BACKEND=database $(MANAGE) db_worker & \
	TASKS_BACKEND=database $(MANAGE) runserver $(HOST):$(PORT)

test: $(VENV)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the interface catalogues (needs GNU gettext: apt-get install gettext), then compile them
# without gettext. Fill every new msgstr: a test fails on empty or fuzzy entries.
messages: $(VENV)/.installed
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv/* --ignore=static/* --ignore=bench/*
	$(MANAGE) compile_catalogues

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 static
