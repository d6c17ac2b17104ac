"""One month in seconds (issue 20 item 3): an incremental build gives, table for table, what a
full refresh of the same data gives."""

import json
import shutil

import duckdb
import pandas as pd
import pytest

from orchestration.pipeline import failed_checks, failure_summary, run_pipeline
from tests.conftest import data_env
from wijkwijs.build_plan import RECORD_NAME
from wijkwijs.demo import write_demo

LAST = "2026-06"
CORRECTED = "wmo_2025-03.csv"


def _run(data_dir):
    with data_env(data_dir):
        result = run_pipeline()
    assert result.success, failure_summary(result)
    assert failed_checks(result) == []
    return json.loads((data_dir / "warehouse" / RECORD_NAME).read_text())


def _tables(path) -> dict[str, list]:
    """Every table of the warehouse's dbt schemas, or of a serving copy, as sorted rows."""
    with duckdb.connect(str(path), read_only=True) as con:
        names = con.execute(
            "select schema_name, table_name from duckdb_tables() where schema_name in "
            "('intermediate', 'marts', 'main') and table_name not in "
            "('publish_info', 'load_status') order by 1, 2").fetchall()
        return {f"{s}.{t}": sorted(con.execute(f"select * from {s}.{t}").fetchall(), key=repr)
                for s, t in names}


@pytest.fixture(scope="module")
def incremental(tmp_path_factory):
    """The demo loaded without its last month, then that month and a corrected earlier month
    arriving together: the second build is incremental."""
    data_dir = tmp_path_factory.mktemp("incremental")
    write_demo(data_dir)
    aside = data_dir / "aside"
    aside.mkdir()
    for path in (data_dir / "inbox").glob(f"*_{LAST}.csv"):
        shutil.move(path, aside / path.name)
    first = _run(data_dir)
    for path in aside.iterdir():
        shutil.move(path, data_dir / "inbox" / path.name)
    archived = data_dir / "archive" / CORRECTED
    frame = pd.read_csv(archived, sep=";", dtype=str, keep_default_na=False,
                        encoding="utf-8-sig")
    counts = frame["aantal_clienten"].astype(int)
    frame["aantal_clienten"] = (counts + (counts % 3 == 0) * 7).astype(str)  # a correction
    frame.to_csv(data_dir / "inbox" / "wmo_2025-03_v2.csv", sep=";", index=False,
                 encoding="utf-8-sig")
    second = _run(data_dir)
    return data_dir, first, second


def test_the_second_build_recomputes_only_the_changed_months(incremental):
    _, first, second = incremental
    assert first["mode"] == "full" and first["months"] == 41
    assert second == {**second, "mode": "incremental", "months": 2}


def test_incremental_equals_a_full_refresh_table_for_table(incremental, tmp_path):
    data_dir, _, _ = incremental
    full = tmp_path / "full"
    shutil.copytree(data_dir, full)
    (full / "warehouse" / RECORD_NAME).unlink()  # no record: the next build is a full refresh
    served = (full / "serving" / "wijkwijs.duckdb").stat()
    assert _run(full)["mode"] == "full"
    after, before = (_tables(d / "warehouse" / "wijkwijs.duckdb") for d in (full, data_dir))
    assert after.keys() == before.keys() and "intermediate.int_case_counts_disclosed" in after
    for table, rows in before.items():
        if table != "intermediate.int_periods_changed":  # the plan itself: all months now
            assert after[table] == rows, table
    # the serving copy of the full refresh has the same content: publish left the file alone
    again = (full / "serving" / "wijkwijs.duckdb").stat()
    assert (again.st_ino, again.st_mtime_ns) == (served.st_ino, served.st_mtime_ns)
