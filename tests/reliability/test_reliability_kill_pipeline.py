"""`make pipeline` killed (SIGKILL, the whole process group) at points during ingest, dbt build
and publish: the warehouse stays consistent, the serving copy stays the previous complete one,
and the next run completes with the result of an uninterrupted run."""

from __future__ import annotations

from collections import Counter

import duckdb

from orchestration.defs.dbt.resources import dbt_project
from tests.reliability.reliability_helpers import (
    KILLED,
    assert_warehouse_consistent,
    copy_demo,
    killed_at,
    killpoint,
    load_history,
    pipeline_env,
    publish_counts,
    serving_file,
    serving_state,
    table_fingerprints,
    tail,
)
from wijkwijs.publish.serving import publish


def redeliver(data_dir, name: str) -> str:
    """The archived file again under a new name: the same rows in reverse order, so other bytes
    (a new content hash: it loads and replaces its month) but the same figures. An uninterrupted
    run on it gives exactly the marts of the demo run."""
    lines = (data_dir / "archive" / name).read_bytes().splitlines(keepends=True)
    body = [line if line.endswith(b"\n") else line + b"\n" for line in lines[1:]]
    new_name = name.replace(".csv", "_opnieuw.csv")
    (data_dir / "inbox" / new_name).write_bytes(lines[0] + b"".join(reversed(body)))
    return new_name


def test_pipeline_killed_during_ingest_and_dbt_then_completes(demo_pipeline, tmp_path):
    data_dir = copy_demo(demo_pipeline, tmp_path)
    warehouse = data_dir / "warehouse" / "wijkwijs.duckdb"
    env = pipeline_env(data_dir, tmp_path / "dagster_home")
    before = serving_state(data_dir)
    prints_before = table_fingerprints(serving_file(data_dir))
    history_before = load_history(serving_file(data_dir))
    first = redeliver(data_dir, "jeugd_2026-06.csv")  # inbox order: this one loads first
    second = redeliver(data_dir, "wmo_2026-06.csv")

    # 1. killed with `second` written inside its open transaction: `first` is in whole and
    #    archived, `second` is absent and still waits in the inbox.
    point = f"ingest-before-commit:{second}"
    proc = killpoint("pipeline", env, point)
    assert proc.returncode == KILLED, tail(proc)
    assert killed_at(env) == f"KILLPOINT REACHED: {point}"
    status = assert_warehouse_consistent(warehouse)
    assert status[first] == "loaded" and status["jeugd_2026-06.csv"] == "replaced"
    assert second not in status and status["wmo_2026-06.csv"] == "loaded"
    assert (data_dir / "archive" / first).exists() and not (data_dir / "inbox" / first).exists()
    assert (data_dir / "inbox" / second).exists()
    assert serving_state(data_dir) == before

    # 2. killed between the commit of `second` and its move to the archive: loaded whole, the
    #    file is still in the inbox.
    point = f"ingest-after-commit:{second}"
    proc = killpoint("pipeline", env, point)
    assert proc.returncode == KILLED, tail(proc)
    assert killed_at(env) == f"KILLPOINT REACHED: {point}"
    assert "released killed run" in proc.stderr  # else it waits for the dead run's pool slot
    status = assert_warehouse_consistent(warehouse)
    assert status[second] == "loaded" and status["wmo_2026-06.csv"] == "replaced"
    assert (data_dir / "inbox" / second).exists()
    assert not (data_dir / "archive" / second).exists()
    assert serving_state(data_dir) == before

    # 3. the next run recognises `second` as a duplicate (nothing loaded twice) and is killed
    #    half-way through dbt build: a mart rebuilt, the area marts not yet.
    point = "dbt-after:youth_input_records"
    proc = killpoint("pipeline", env, point)
    assert proc.returncode == KILLED, tail(proc)
    assert killed_at(env) == f"KILLPOINT REACHED: {point}"
    status = assert_warehouse_consistent(warehouse)
    assert status[second] == "duplicate"
    # its load committed but it was never archived: it goes to archive/, not duplicates/, so
    # a replay or rebuild still finds every accepted file
    assert (data_dir / "archive" / second).exists()
    assert not (data_dir / "archive" / "duplicates" / second).exists()
    assert sorted(p.name for p in (data_dir / "inbox").iterdir()) == []
    assert serving_state(data_dir) == before
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute(
            "select count(*) from raw.load_log where file_name = ? and status = 'loaded'",
            [second],
        ).fetchone() == (1,)

    # 4. the next run completes: a new serving copy whose every table equals the demo run's
    #    (the uninterrupted run of the same figures); only the load log differs, by exactly the
    #    two re-deliveries and the one duplicate.
    proc = killpoint("pipeline", env)
    assert proc.returncode == 0, tail(proc)
    after = serving_state(data_dir)
    assert after[2] != before[2] and after[:2] != before[:2]
    assert table_fingerprints(serving_file(data_dir)) == prints_before
    expected = Counter(history_before)
    for name in ("jeugd_2026-06.csv", "wmo_2026-06.csv"):
        (row,) = [r for r in expected if r[0] == name]
        expected[row] -= 1
        expected[(name, *row[1:2], "replaced", *row[3:])] += 1
        expected[(name.replace(".csv", "_opnieuw.csv"), *row[1:2], "loaded", *row[3:])] += 1
    expected[(second, None, "duplicate", 0, None)] += 1
    assert load_history(serving_file(data_dir)) == +expected
    assert_warehouse_consistent(warehouse)
    # and the copy is exactly what an uninterrupted publish of this warehouse writes
    check = publish(warehouse, tmp_path / "check" / "wijkwijs.duckdb", dbt_project().manifest_path)
    assert check.content_hash == after[2]
    assert publish_counts(serving_file(data_dir))[1] == check.row_counts
