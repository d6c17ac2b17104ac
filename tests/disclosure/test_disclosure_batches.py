"""Disclosure a batch of months at a time gives exactly the copy of one batch: no tree crosses a
month (issue 20: a national build protects about two million cells per batch)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from wijkwijs.config import DBT_PROJECT_DIR

COLUMNS = ("area_level, area_code, period, domain, category, boundary_year, clients, "
           "clients_state, suppression, protection_ok")


def test_disclosure_in_small_batches_equals_one_batch(demo_pipeline, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_pipeline, data_dir)
    warehouse = data_dir / "warehouse" / "wijkwijs.duckdb"
    env = {**os.environ, "WIJKWIJS_DATA_DIR": str(data_dir), "WIJKWIJS_WAREHOUSE": str(warehouse),
           # the demo's 37,000 cells in batches of a few months each
           "WIJKWIJS_DISCLOSURE_BATCH_CELLS": "3000", "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        one_batch = con.execute(
            f"select {COLUMNS} from intermediate.int_case_counts_disclosed").fetchall()
        months = con.execute("select count(distinct period) from "
                             "intermediate.int_case_counts_disclosed").fetchone()[0]
    dbt = Path(sys.executable).with_name("dbt")
    done = subprocess.run(
        [str(dbt), "run", "--quiet", "--select", "int_case_counts_disclosed",
         "--profiles-dir", ".", "--target-path", str(tmp_path / "target"),
         "--log-path", str(tmp_path / "logs")],
        cwd=DBT_PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        batched = con.execute(
            f"select {COLUMNS} from intermediate.int_case_counts_disclosed").fetchall()
    assert months == 42 and len(batched) == len(one_batch) > 30_000
    assert sorted(batched, key=repr) == sorted(one_batch, key=repr)
    # the secondary cells really were chosen in the batches (not all copied over)
    assert sum(1 for row in batched if row[8] == "secundair") > 0
