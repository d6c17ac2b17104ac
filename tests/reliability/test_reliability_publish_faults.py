"""The publish step killed half-way, the disk full, the serving folder blocked: the dashboard
keeps reading the last good copy, the error says what to do, the next publish completes."""

from __future__ import annotations

import errno
import os

import duckdb
import pytest

from dashboards import auth, reference_queries
from orchestration.defs.dbt.resources import dbt_project
from tests.conftest import data_env
from tests.reliability.reliability_helpers import (
    KILLED,
    copy_demo,
    killed_at,
    killpoint,
    pipeline_env,
    serving_file,
    serving_state,
    tail,
)
from wijkwijs.access import open_access
from wijkwijs.publish import serving as serving_module
from wijkwijs.publish.serving import ServingWriteError, publish


def change_a_mart(warehouse) -> None:
    """New content for the next publish (as after a load), so it has to swap a new copy in."""
    with duckdb.connect(str(warehouse)) as con:
        con.execute("delete from marts.similar_buurten where rank = 5")


def dashboard_hash(data_dir) -> str:
    # as an analyst explicitly: monkeypatch.undo() below also undoes tests/conftest.py's
    # switch to open mode, and without it the dashboard reads nothing
    with data_env(data_dir), auth.use_access(open_access("test")):
        return reference_queries.publish_info()["content_hash"]


def test_publish_killed_mid_write_and_before_the_swap(demo_pipeline, tmp_path):
    data_dir = copy_demo(demo_pipeline, tmp_path)
    warehouse = data_dir / "warehouse" / "wijkwijs.duckdb"
    change_a_mart(warehouse)
    env = pipeline_env(data_dir, tmp_path / "dagster_home")
    before = serving_state(data_dir)
    for point in ("publish-mid-write", "publish-before-swap"):
        proc = killpoint("publish", env, point)
        assert proc.returncode == KILLED, tail(proc)
        assert killed_at(env) == f"KILLPOINT REACHED: {point}"
        assert serving_state(data_dir) == before, point
        assert dashboard_hash(data_dir) == before[2]
    # the next publish completes with what an uninterrupted publish of this warehouse writes,
    # and removes what the killed ones left (the temporary copy and its .tmp.wal)
    proc = killpoint("publish", env)
    assert proc.returncode == 0, tail(proc)
    assert not [p.name for p in serving_file(data_dir).parent.glob(".*tmp*")]
    expected = publish(
        warehouse, tmp_path / "check" / "wijkwijs.duckdb", dbt_project().manifest_path
    )
    after = serving_state(data_dir)
    assert after[2] == expected.content_hash != before[2]
    assert dashboard_hash(data_dir) == expected.content_hash
    with duckdb.connect(str(serving_file(data_dir)), read_only=True) as con:
        assert con.execute("select max(rank) from similar_buurten").fetchone() == (4,)


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("fault", ["disk_full_on_fsync", "disk_full_on_swap", "blocked_path"])
def test_serving_copy_cannot_be_written(demo_pipeline, tmp_path, monkeypatch, fault):
    data_dir = copy_demo(demo_pipeline, tmp_path)
    warehouse = data_dir / "warehouse" / "wijkwijs.duckdb"
    change_a_mart(warehouse)
    target = serving_file(data_dir)
    before = serving_state(data_dir)
    if fault == "disk_full_on_fsync":  # a full disk is often reported only when flushing
        monkeypatch.setattr(serving_module.os, "fsync", _enospc)
    elif fault == "disk_full_on_swap":
        monkeypatch.setattr(serving_module.os, "replace", _enospc)
    else:  # running as root, chmod does not stop a write: block the temporary file's path
        blocker = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        blocker.mkdir()
        (blocker / "x").write_text("in the way")
    with pytest.raises(ServingWriteError) as raised:
        publish(warehouse, target, dbt_project().manifest_path)
    message = str(raised.value)
    assert str(target.parent) in message and str(target) in message
    assert "kon niet worden geschreven" in message and "could not be written" in message
    assert "schijf" in message and "disk" in message and "make pipeline" in message
    if fault != "blocked_path":
        assert "No space left on device" in message
    monkeypatch.undo()
    # the last good copy is untouched and still what the dashboard reads; no temporary file left
    assert serving_state(data_dir) == before
    assert dashboard_hash(data_dir) == before[2]
    leftovers = {p.name for p in target.parent.iterdir()} - {target.name, "versions",
                                                            "status.json"}
    assert leftovers == (set() if fault != "blocked_path" else {blocker.name})
    # versions/ holds links of published copies only, never a half-made one
    assert not list((target.parent / "versions").glob("*.tmp"))
