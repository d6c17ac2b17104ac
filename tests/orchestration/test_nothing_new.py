"""Nothing new, nothing done (issue 20 item 2): a run with unchanged inputs stops at once and
leaves the warehouse and the serving copy as they are; any change makes it do its work."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import data_env
from wijkwijs import run_inputs
from wijkwijs.config import paths

ROOT = Path(__file__).resolve().parents[2]


def _state(data_dir: Path) -> dict:
    """Contents and identity of the files a nothing-new run must not touch."""
    files = [data_dir / "warehouse" / "wijkwijs.duckdb", data_dir / "serving" / "wijkwijs.duckdb"]
    return {str(p): (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()) for p in files}


@pytest.fixture
def settled(tmp_path):
    """A data dir whose last run succeeded: reference files, warehouse and copy, its record."""
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "bevolking.csv").write_text("jaar,buurtcode\n2024,BU1\n")
    for folder in ("warehouse", "serving", "inbox"):
        (tmp_path / folder).mkdir()
    (tmp_path / "warehouse" / "wijkwijs.duckdb").write_bytes(b"warehouse")
    (tmp_path / "serving" / "wijkwijs.duckdb").write_bytes(b"copy")
    with data_env(tmp_path):
        run_inputs.remember(paths(), run_inputs.inputs_before_run(paths()))
        yield tmp_path


def test_unchanged_inputs_are_nothing_new(settled):
    assert run_inputs.nothing_new(paths())


def _restore_warehouse(data_dir: Path) -> None:
    """A restore from a backup: same content, another file."""
    backup = data_dir / "backup.duckdb"
    shutil.copy(data_dir / "warehouse" / "wijkwijs.duckdb", backup)
    os.replace(backup, data_dir / "warehouse" / "wijkwijs.duckdb")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: (d / "inbox" / "wmo_2026-07.csv").write_text("x"), id="inbox file"),
        pytest.param(lambda d: (d / "reference" / "bevolking.csv").write_text("jaar\n2025\n"),
                     id="reference changed"),
        pytest.param(lambda d: (d / "reference" / "wijkenbuurten_2025.gpkg").write_bytes(b"g"),
                     id="reference added"),
        pytest.param(lambda d: (d / "serving" / "wijkwijs.duckdb").unlink(), id="copy removed"),
        pytest.param(_restore_warehouse, id="warehouse restored"),
        pytest.param(lambda d: shutil.rmtree(d / "warehouse"), id="warehouse removed"),
    ],
)
def test_a_change_makes_the_next_run_do_its_work(settled, change):
    change(settled)
    assert not run_inputs.nothing_new(paths())


def test_a_file_that_is_no_input_changes_nothing(settled):
    (settled / "serving" / "export.log").write_text("an export")
    assert run_inputs.nothing_new(paths())


def test_a_changed_setting_or_rule_is_new(settled, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_SUPPRESSION_THRESHOLD", "5")
    assert not run_inputs.nothing_new(paths())


def test_a_failed_run_forgets_the_record(settled):
    run_inputs.forget(paths())
    assert not run_inputs.nothing_new(paths())


def test_make_pipeline_with_nothing_new_leaves_warehouse_and_copy_alone(demo_pipeline, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_pipeline, data_dir)
    with data_env(data_dir):
        run_inputs.remember(paths(), run_inputs.inputs_before_run(paths()))
    before = _state(data_dir)
    env = {**os.environ, "WIJKWIJS_DATA_DIR": str(data_dir),
           "WIJKWIJS_WAREHOUSE": str(data_dir / "warehouse" / "wijkwijs.duckdb"),
           "DAGSTER_HOME": str(tmp_path / "dagster_home")}
    done = subprocess.run([sys.executable, "-m", "orchestration.run"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Niets nieuw")
    assert _state(data_dir) == before
    assert not (tmp_path / "dagster_home").exists()  # Dagster never started
