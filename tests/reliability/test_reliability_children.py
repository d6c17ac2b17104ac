"""A killed pipeline leaves no writer behind: its dbt dies with it, and a live writer is waited
for or refused with its PID, never pushed aside."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import duckdb

from tests.reliability.reliability_helpers import wait_for_group_end
from wijkwijs.config import PROJECT_ROOT
from wijkwijs.ingest.writer import WriterBusy, wait_for_writer, writer_pid

PARENT = textwrap.dedent(
    """
    import subprocess, sys
    child = subprocess.Popen([sys.executable, "-c", '''
    import os, sys, time
    from orchestration.defs.dbt.child import die_with_parent
    die_with_parent(int(sys.argv[1]))
    print(os.getpid(), flush=True)
    time.sleep(600)
    ''', str(__import__("os").getpid())], stdout=subprocess.PIPE, text=True,
        start_new_session=True)  # its own group: only the death signal can end it
    print(child.pid, flush=True)
    print(child.stdout.readline().strip(), flush=True)
    __import__("time").sleep(600)
    """
)


def test_a_child_started_like_dbt_dies_when_the_pipeline_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=PROJECT_ROOT,
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    child = int(parent.stdout.readline())
    assert int(parent.stdout.readline()) == child  # the child asked for its death signal
    os.kill(parent.pid, signal.SIGKILL)  # the parent only: no process group kill
    parent.wait()
    wait_for_group_end(child)  # the child leads its own group: it must end by the signal


def test_a_live_writer_is_waited_for_or_refused_with_its_pid(tmp_path):
    warehouse = tmp_path / "wijkwijs.duckdb"
    duckdb.connect(str(warehouse)).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import duckdb, sys; c = duckdb.connect({str(warehouse)!r}); print('open', flush=True);"
         " sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        assert writer_pid(warehouse) == holder.pid
        try:
            wait_for_writer(warehouse, timeout=0.2)
            raise AssertionError("a live writer was not noticed")
        except WriterBusy as exc:
            assert exc.pid == holder.pid and f"proces {holder.pid}" in str(exc)
        env = {**os.environ, "WIJKWIJS_WAREHOUSE": str(warehouse), "WIJKWIJS_WRITER_WAIT": "0.2",
               "WIJKWIJS_DATA_DIR": str(tmp_path)}
        refused = subprocess.run([sys.executable, "-m", "wijkwijs.ingest", "undo", "x.csv"],
                                 cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)
        assert refused.returncode == 1 and f"process {holder.pid}" in refused.stderr
    finally:
        holder.stdin.close()
        holder.wait()
    assert wait_for_writer(warehouse, timeout=5) is None  # the lock went with the process
