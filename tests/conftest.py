"""Shared fixtures: the demo municipality run through the real pipeline, once per session."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

# Test lanes (markers registered in pyproject.toml). `make test` runs everything, as CI does;
# `make test-fast` leaves out the lanes below. Assigned here by what a test needs, not by hand
# per module, so a new test lands in the right lane by itself:
# - browser: a real Chromium through Playwright (tests/browser);
# - fuzz: a Hypothesis property test (`@given`), hundreds of generated examples;
# - slow: the real stack at work (the demo pipeline: Dagster, dbt build and publish; dbt builds
#   of fixtures; killed and restarted pipelines), each seconds to minutes. A test elsewhere that
#   runs the whole pipeline itself says so with @pytest.mark.slow.
BROWSER_DIRS = {"browser"}
SLOW_DIRS = {"reliability", "dbt", "orchestration"}
SLOW_FIXTURES = {"demo_pipeline", "public_copy"}  # public_copy: tests/cbs/test_cbs_pipeline.py


def pytest_collection_modifyitems(config, items):
    for item in items:
        folder = Path(item.path).resolve().relative_to(TESTS).parts[0]
        if folder in BROWSER_DIRS:
            item.add_marker(pytest.mark.browser)
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.fuzz)
        if folder in SLOW_DIRS or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@contextmanager
def data_env(data_dir: Path):
    """Point every path (inbox, warehouse, serving) at data_dir for the duration."""
    saved = {k: os.environ.get(k) for k in ("WIJKWIJS_DATA_DIR", "WIJKWIJS_WAREHOUSE")}
    os.environ["WIJKWIJS_DATA_DIR"] = str(data_dir)
    os.environ["WIJKWIJS_WAREHOUSE"] = str(data_dir / "warehouse" / "wijkwijs.duckdb")
    try:
        yield data_dir
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(autouse=True)
def _main_module_kept():
    """Streamlit's AppTest leaves the app script as `sys.modules["__main__"]`; a process that a
    later test starts with the `spawn` or `forkserver` method (Dagster's multiprocess executor)
    would then run the whole dashboard script as its main module and crash. Put it back."""
    import sys

    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


@pytest.fixture(autouse=True)
def _data_dir_outside_the_repo(monkeypatch, tmp_path_factory):
    """No test writes into the project's data/ (export logs, warehouses): each test starts with
    its own empty data dir unless it points the paths somewhere itself. The app runs in open
    mode, switched on explicitly, unless a test configures a login (tests/security)."""
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("WIJKWIJS_OPEN_MODE", "1")
    monkeypatch.delenv("WIJKWIJS_WAREHOUSE", raising=False)
    monkeypatch.delenv("WIJKWIJS_INBOX", raising=False)
    monkeypatch.delenv("WIJKWIJS_APP_DB", raising=False)  # never a real application database


@pytest.fixture(scope="session")
def demo_pipeline(tmp_path_factory) -> Path:
    """Data dir of a real pipeline run (ingest → dbt build → publish) on the demo municipality.

    Read-only for tests: copy it (shutil.copytree) before changing anything in it.
    """
    from orchestration.pipeline import failed_checks, failure_summary, run_pipeline
    from wijkwijs.demo import write_demo

    data_dir = tmp_path_factory.mktemp("demo_pipeline")
    write_demo(data_dir)
    with data_env(data_dir):
        result = run_pipeline()
    assert result.success, failure_summary(result)
    assert failed_checks(result) == []
    return data_dir
