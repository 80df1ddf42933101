# Everyday tasks. `make check` is what CI runs (.ci/run).
PY ?= .venv/bin/python

.PHONY: setup check test lint format sample-db bench

setup:
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]'

check: lint test

test:
	$(PY) -m pytest

lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format:
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# Rebuild the bundled claims.db from the sample reports (review work in it is lost).
sample-db:
	rm -f claims.db claims.db-wal claims.db-shm
	$(PY) -m workbench ingest workbench/samples --db claims.db

bench:
	for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done
