# wijkwijs — the two commands of the quick start are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export WIJKWIJS_DATA_DIR ?= $(CURDIR)/data
PORT ?= 8501
# the dashboard listens on this computer only unless told otherwise (ADDRESS=0.0.0.0 behind a
# proxy with a login configured; docs/security.md)
ADDRESS ?= 127.0.0.1

.PHONY: demo test pipeline dagster dashboard setup setup-test test-fast browser axe demo-data bench loadtest backfill rebuild clean scrub-eval held confirm undo postgres audit readme-images

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(UV): | $(BIN)/python
	$(BIN)/pip install --quiet "uv>=0.8,<1"

# Installs exactly the locked versions; re-runs only when the lock or pyproject changes.
# Byte-compiled at install: where PYTHONDONTWRITEBYTECODE is set (containers, CI) Python would
# otherwise compile every imported module on every start (~6 s of a pipeline run, ~4 s of dbt's).
$(VENV)/.installed: requirements.lock pyproject.toml | $(UV)
	$(UV) pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.lock
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

$(DAGSTER_HOME)/dagster.yaml: orchestration/dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp $< $@

# The dbt manifest, so loading the Dagster definitions never has to parse dbt.
dbt_project/target/manifest.json: $(VENV)/.installed $(shell find dbt_project/models dbt_project/seeds dbt_project/macros dbt_project/tests -type f 2>/dev/null) dbt_project/dbt_project.yml
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir .
	touch $@

setup: $(VENV)/.installed $(DAGSTER_HOME)/dagster.yaml dbt_project/target/manifest.json

demo-data: setup
	$(BIN)/python -m wijkwijs.demo
	$(BIN)/python -m wijkwijs.appdb seed-demo

pipeline: setup
	$(BIN)/python -m orchestration.run $(if $(FORCE),--force,)

# Refuses to start when the login configuration cannot be used (docs/security.md); without a
# login it needs open mode switched on: `make dashboard WIJKWIJS_OPEN_MODE=1` (local use only).
dashboard: setup
	$(BIN)/python -m dashboards.auth --address $(ADDRESS)
	@echo "Dashboard: http://$(ADDRESS):$(PORT)"
	$(BIN)/streamlit run dashboards/streamlit_app.py --server.address $(ADDRESS) --server.port $(PORT) --server.headless true

# the demo switches open mode on explicitly: no login, everyone analyst, this computer only
demo: export WIJKWIJS_OPEN_MODE = 1
demo: demo-data pipeline dashboard

# The attacker on a serving copy (default: this data folder's): cells examined / hidden / pinned,
# exit 1 when it can narrow a hidden figure (docs/privacy.md). make audit COPY=path/to/copy.duckdb
audit: setup
	$(BIN)/python -m wijkwijs.attack $(COPY)

dagster: setup
	@echo "Dagster UI: http://localhost:3000"
	$(BIN)/dagster dev -m orchestration.definitions -p 3000

# Debian's chromium for the browser test (Playwright's own browser download does not work here).
browser:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

# Debian's PostgreSQL server binaries: the application-database tests start their own cluster
# in a temporary folder (tests/appdb/postgres.py); nothing listens on a port.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq postgresql >/dev/null; fi; }

# axe-core from npm for the accessibility check in the browser test (tests/browser/package.json,
# its lock committed; node_modules git-ignored)
AXE := tests/browser/node_modules/axe-core/axe.min.js
$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq npm >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq npm >/dev/null; fi; }
	cd tests/browser && npm ci --no-audit --no-fund --silent
	touch $@

axe: $(AXE)

setup-test: setup browser postgres axe

# Everything, as CI runs it.
test: setup-test
	$(BIN)/python -m pytest -n 2 -q

# The quick lane while working: no slow, browser or fuzz tests (lanes: tests/conftest.py).
test-fast: setup postgres
	$(BIN)/python -m pytest -n 2 -q -m "not slow and not browser and not fuzz"

# The README's pictures, taken by the browser test on the demo (docs/img/)
readme-images: setup-test
	WIJKWIJS_README_IMAGES=1 $(BIN)/python -m pytest -q -p no:randomly \
	  tests/browser/test_browser_accessibility.py -k readme_pictures

# The personal-data scrubber on the annotated corpus (docs/youth-input.md#measured)
scrub-eval: setup
	$(BIN)/python -m wijkwijs.personal.evaluation tests/youth/eval/dev.jsonl \
	  tests/youth/eval/heldout.jsonl tests/youth/eval/stress.jsonl \
	  tests/youth/eval/heldout2.jsonl tests/youth/eval/heldout3.jsonl tests/youth/eval/heldout4.jsonl \
	  tests/youth/eval/heldout5.jsonl tests/youth/eval/heldout6.jsonl tests/youth/eval/heldout7.jsonl \
	  tests/youth/eval/heldout8.jsonl tests/youth/eval/heldout9.jsonl tests/youth/eval/heldout10.jsonl \
	  tests/youth/eval/heldout11.jsonl tests/youth/eval/heldout12.jsonl \
	  tests/youth/eval/heldout13.jsonl tests/youth/eval/heldout14.jsonl \
	  tests/youth/eval/heldout15.jsonl tests/youth/eval/heldout16.jsonl \
	  tests/youth/eval/heldout17.jsonl tests/youth/eval/heldout18.jsonl \
	  --gazetteer tests/youth/eval/gazetteer.json

bench: setup
	$(BIN)/python -m bench $(if $(WORKLOAD),--workload $(WORKLOAD),)

loadtest: setup
	$(BIN)/python -m bench.load_test $(WIJKWIJS_DATA_DIR) --sessions 50 --duration 60 --think $(or $(THINK),5 15)

clean:
	rm -rf data/warehouse data/serving data/review data/inbox data/reference data/quarantine data/archive dbt_project/target $(DAGSTER_HOME)

# Rebuild a lost or corrupt warehouse from data/reference and data/archive (docs/operations.md)
rebuild: setup
	$(BIN)/python -m wijkwijs.recovery rebuild

# Files held because they would shrink a loaded month (docs/operations.md): list them,
# load one although it shrinks (make confirm FILE=wmo_2024-03.csv), or undo the newest load of
# a file (make undo FILE=wmo_2024-03_v2.csv); both publish afterwards.
held: setup
	$(BIN)/python -m wijkwijs.ingest held

confirm: setup
	@test -n "$(FILE)" || { echo "usage: make confirm FILE=<held file>"; exit 2; }
	$(BIN)/python -m wijkwijs.ingest confirm "$(FILE)"
	$(BIN)/python -m orchestration.run $(if $(FORCE),--force,)

undo: setup
	@test -n "$(FILE)" || { echo "usage: make undo FILE=<loaded file>"; exit 2; }
	$(BIN)/python -m wijkwijs.ingest undo "$(FILE)"
	$(BIN)/python -m orchestration.run $(if $(FORCE),--force,)

# Replay months FROM..TO (YYYY-MM) from the archive, then rebuild the models and the serving copy
# (the replay_archive job): make backfill FROM=2024-01 TO=2024-06
backfill: setup
	@test -n "$(FROM)" -a -n "$(TO)" || { echo "usage: make backfill FROM=2024-01 TO=2024-06"; exit 2; }
	$(BIN)/python -m orchestration.run --from "$(FROM)" --to "$(TO)"
