# Veille: the two commands a newcomer needs are `make demo` and `make test`.
# Each creates .venv (pinned dependencies from pyproject.toml) when it is missing or stale.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db
# The compiled build (veille/extract compiled by mypyc, see setup.py) has its own environment.
COMPILED ?= .venv-compiled
SOURCES := Makefile pyproject.toml setup.py $(shell find src/veille -type f ! -path '*__pycache__*' 2>/dev/null)
# Compiling needs a C compiler and Python's headers; without them the compiled suite is skipped.
CAN_COMPILE := $(shell $(PYTHON) -c "import os, shutil, sysconfig; print(int(bool(shutil.which('cc')) and os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h'))))" 2>/dev/null)

.PHONY: setup demo test lint bench clean compiled test-compiled

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
	$(BIN)/mypy src/veille/extract

test: lint
	$(BIN)/pytest
	$(MAKE) test-compiled

compiled: $(COMPILED)/.installed

$(COMPILED)/.installed: $(SOURCES)
	$(PYTHON) -m venv $(COMPILED)
	$(COMPILED)/bin/python -m pip install --quiet --upgrade pip
	$(COMPILED)/bin/python -m pip install --quiet "setuptools>=77" wheel mypy==2.4.1
	rm -rf build  # setuptools would package compiled modules left there by an earlier build
	VEILLE_COMPILE=1 $(COMPILED)/bin/python -m pip install --quiet --no-build-isolation '.[dev]'
	touch $@

# The whole suite again, on the compiled engine installed as a user would install it.
test-compiled:
ifeq ($(CAN_COMPILE),1)
	$(MAKE) compiled
	VEILLE_EXPECT_COMPILED=1 $(COMPILED)/bin/pytest -p no:cacheprovider
else
	@echo "test-compiled: skipped, no C compiler or Python headers (the pure-Python suite ran)"
endif

$(VENV)/.bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

bench: $(VENV)/.bench compiled
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(COMPILED) build *.egg-info $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
