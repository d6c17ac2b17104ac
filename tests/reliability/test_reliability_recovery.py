"""A damaged warehouse: `make pipeline` stops with a clear message and leaves the serving copy;
`python -m wijkwijs.recovery rebuild` rebuilds it from the archive and publishes the same copy."""

from __future__ import annotations

import os

from dashboards import reference_queries
from tests.conftest import data_env
from tests.reliability.reliability_helpers import (
    copy_demo,
    load_history,
    pipeline_env,
    run,
    serving_file,
    serving_state,
    table_fingerprints,
    tail,
)


def test_corrupt_warehouse_is_reported_and_rebuilt_from_the_archive(demo_pipeline, tmp_path):
    data_dir = copy_demo(demo_pipeline, tmp_path)
    warehouse = data_dir / "warehouse" / "wijkwijs.duckdb"
    env = pipeline_env(data_dir, tmp_path / "dagster_home")
    before = serving_state(data_dir)
    prints_before = table_fingerprints(serving_file(data_dir))
    history_before = load_history(serving_file(data_dir))
    garbage = os.urandom(256 * 1024)
    warehouse.write_bytes(garbage)

    proc = run(["-m", "orchestration.run"], env)
    assert proc.returncode == 1, tail(proc)
    for text in (
        f"Het warehouse {warehouse} is beschadigd of onleesbaar",
        f"The warehouse {warehouse} is damaged or unreadable",
        "python -m wijkwijs.recovery rebuild",
        "de vorige serving-kopie blijft staan",
    ):
        assert text in proc.stderr, tail(proc)
    assert serving_state(data_dir) == before
    with data_env(data_dir):
        assert reference_queries.publish_info()["content_hash"] == before[2]

    check = run(["-m", "wijkwijs.recovery", "check"], env)
    assert check.returncode == 1 and "beschadigd" in check.stdout, tail(check)

    proc = run(["-m", "wijkwijs.recovery", "rebuild"], env)
    assert proc.returncode == 0, tail(proc)
    assert "Pijplijn geslaagd / pipeline succeeded." in proc.stdout
    (broken,) = (data_dir / "warehouse").glob("wijkwijs.duckdb.broken-*")
    assert broken.read_bytes() == garbage  # moved aside as it was, for inspection
    assert run(["-m", "wijkwijs.recovery", "check"], env).returncode == 0
    # every figure, geometry, definition and code list served is what it was; the load log lists
    # the same files with the same statuses, rows and periods (only the load times are new)
    after = serving_state(data_dir)
    assert table_fingerprints(serving_file(data_dir)) == prints_before
    assert load_history(serving_file(data_dir)) == history_before
    assert after[:2] != before[:2]
    # the archive was read, not changed
    assert len(list((data_dir / "archive").glob("*.csv"))) == sum(history_before.values())
    assert not list(data_dir.glob(".rebuild-*"))
