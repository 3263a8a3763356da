# Veille: the two commands a newcomer needs are `make demo` and `make test`.
# Each creates .venv (pinned dependencies from pyproject.toml) when it is missing or stale.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: setup demo test lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/veille ingest examples/reports.jsonl examples/files --db $(DEMO_DB)
	$(BIN)/veille incidents --db $(DEMO_DB)

lint: setup
	$(BIN)/ruff check src tests bench

test: lint
	$(BIN)/pytest

$(VENV)/.bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

bench: $(VENV)/.bench
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
