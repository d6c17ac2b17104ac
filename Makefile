# wijkwijs — the two commands of the quick start are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export WIJKWIJS_DATA_DIR ?= $(CURDIR)/data
PORT ?= 8501

.PHONY: demo test pipeline dagster dashboard setup setup-test browser demo-data bench loadtest backfill rebuild clean audit

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(UV): | $(BIN)/python
	$(BIN)/pip install --quiet "uv>=0.8,<1"

# Installs exactly the locked versions; re-runs only when the lock or pyproject changes.
$(VENV)/.installed: requirements.lock pyproject.toml | $(UV)
	$(UV) pip install --quiet --python $(BIN)/python -r requirements.lock
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

pipeline: setup
	$(BIN)/python -m orchestration.run

dashboard: setup
	@echo "Dashboard: http://localhost:$(PORT)"
	$(BIN)/streamlit run dashboards/streamlit_app.py --server.port $(PORT) --server.headless true

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

setup-test: setup browser

test: setup-test
	$(BIN)/python -m pytest -n 2 -q

bench: setup
	$(BIN)/python -m bench $(if $(WORKLOAD),--workload $(WORKLOAD),)

loadtest: setup
	$(BIN)/python -m bench.load_test $(WIJKWIJS_DATA_DIR) --sessions 50 --duration 60 --think $(or $(THINK),5 15)

clean:
	rm -rf data/warehouse data/serving data/inbox data/reference data/quarantine data/archive dbt_project/target $(DAGSTER_HOME)

# Rebuild a lost or corrupt warehouse from data/reference and data/archive (docs/operations.md)
rebuild: setup
	$(BIN)/python -m wijkwijs.recovery rebuild

# Replay months FROM..TO (YYYY-MM) from the archive, then rebuild the models and the serving copy:
# make backfill FROM=2024-01 TO=2024-06
backfill: setup
	$(BIN)/dagster asset materialize -m orchestration.definitions \
	  --select 'raw/case_counts,raw/stapeling,raw/youth_input' \
	  --partition-range $(FROM)-01...$(TO)-01
	$(BIN)/python -m orchestration.run
