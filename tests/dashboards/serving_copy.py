"""The dashboard tests' serving copy, made by the real pipeline from the inputs of
tests/dashboards/fixture_inputs.py: ingest of a first delivery (stopped by a refused file, as
a real run is), then the next run with ingest, `dbt build` and publish
(orchestration.pipeline.run_pipeline, what `make pipeline` runs).

Built once per test session and shared by the xdist workers: the first worker builds it under a
file lock in the session's common temp folder, the others wait for the lock and reuse it
(the pattern of the pytest-xdist docs, "Making session-scoped fixtures execute only once").
Tests read it; a test that needs another state copies it first (`copy_data`).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from filelock import FileLock

from tests.conftest import data_env
from tests.dashboards import fixture_inputs

SERVING = Path("serving") / "wijkwijs.duckdb"


def build_copy(data_dir: Path) -> Path:
    """Run the pipeline on the fixture inputs into data_dir; returns data_dir."""
    from orchestration.defs.ingest.assets import INBOX_KEYS, REFERENCE_KEYS
    from orchestration.pipeline import failed_checks, failure_reason, failure_summary, run_pipeline

    fixture_inputs.write_reference(data_dir)
    fixture_inputs.write_inbox(data_dir)
    with data_env(data_dir):
        first = run_pipeline(asset_selection=[*REFERENCE_KEYS, *INBOX_KEYS])
        # the file with a BSN column stops the first run; the others of it are loaded
        assert failure_reason(first).startswith("1 bestand(en) afgewezen"), failure_summary(first)
        fixture_inputs.write_second_inbox(data_dir)
        result = run_pipeline()
    assert result.success, failure_summary(result)
    assert failed_checks(result) == []
    return data_dir


def shared_copy(tmp_path_factory) -> Path:
    """The data dir of the session's copy, built by whichever xdist worker comes first."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):  # <session>/popen-gwN: the session's folder
        root = root.parent  # (without xdist the parent holds every session's folder)
    data_dir = root / "dashboard_copy"
    with FileLock(str(root / "dashboard_copy.lock")):
        if not (data_dir / "built").exists():
            shutil.rmtree(data_dir, ignore_errors=True)  # a build that died half-way
            build_copy(data_dir)
            (data_dir / "built").touch()
    return data_dir


def copy_data(data_dir: Path, target: Path) -> Path:
    """A private copy of the data dir (serving copy and status file) to change in a test."""
    shutil.copytree(data_dir / "serving", target / "serving")
    return target / SERVING
