"""Shared by the reliability tests: copies of the demo data, subprocess runs, state checks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import duckdb

from wijkwijs.config import PROJECT_ROOT

KILLED = -9  # returncode of a process ended by SIGKILL


def copy_demo(demo_pipeline: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(demo_pipeline, data_dir)
    return data_dir


def pipeline_env(data_dir: Path, dagster_home: Path) -> dict:
    """The environment of `make pipeline` for this data folder, with a fresh DAGSTER_HOME that
    has the production dagster.yaml (warehouse pool limit 1)."""
    dagster_home.mkdir(exist_ok=True)
    shutil.copy(PROJECT_ROOT / "orchestration" / "dagster.yaml", dagster_home / "dagster.yaml")
    return {
        "WIJKWIJS_DATA_DIR": str(data_dir),
        "WIJKWIJS_WAREHOUSE": str(data_dir / "warehouse" / "wijkwijs.duckdb"),
        "DAGSTER_HOME": str(dagster_home),
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/root"),
    }


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group, from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # ended while we looked
        fields = stat[stat.rindex(")") + 2 :].split()
        state, pgrp = fields[0], int(fields[2])
        if pgrp == pgid and state not in ("Z", "X"):
            members.append(int(entry.name))
    return members


def wait_for_group_end(pgid: int, timeout: float = 300) -> None:
    """Wait until every process of the group has ended: a SIGKILLed dbt child releases the
    warehouse's lock only when it is gone. A condition with a deadline, never a blind retry."""
    deadline = time.monotonic() + timeout
    while members := group_members(pgid):
        assert time.monotonic() < deadline, f"process group {pgid} still alive: {members}"
        time.sleep(0.05)


def holders(path: Path) -> list[str]:
    """Live processes (other than this one) with `path` or its WAL open, from /proc: who
    still holds a DuckDB file's lock, as 'pid (ppid, pgrp): command line'."""
    wanted = {str(path), f"{path}.wal"}
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if not any(os.readlink(fd) in wanted for fd in (entry / "fd").iterdir()):
                continue
            stat = (entry / "stat").read_text()
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()[:200]
        except OSError:
            continue  # ended while we looked, or not ours to read
        fields = stat[stat.rindex(")") + 2 :].split()
        found.append(f"{entry.name} ({fields[1]}, {fields[2]}): {cmd}")
    return found


def wait_for_file_released(path: Path, timeout: float = 300) -> None:
    """Wait until no process has `path` open: a killed run's dbt, ended by its parent-death
    signal rather than with the group, may still be on its way out when the group is gone."""
    deadline = time.monotonic() + timeout
    while found := holders(path):
        assert time.monotonic() < deadline, f"{path.name} still open in: {found}"
        time.sleep(0.05)


def run(args: list[str], env: dict, kill_at: str | None = None, timeout: int = 600):
    """`python <args>` in a new session (so a kill hook ends its own process group, dbt
    included, and never pytest); returns the CompletedProcess once the whole group ended."""
    marker = Path(env["DAGSTER_HOME"]) / "killed_at.txt"
    marker.unlink(missing_ok=True)
    env = {**env, "WIJKWIJS_KILL_AT": kill_at or "", "WIJKWIJS_KILL_MARKER": str(marker)}
    with subprocess.Popen(
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as proc:
        stdout, stderr = proc.communicate(timeout=timeout)
        wait_for_group_end(proc.pid)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


def killpoint(mode: str, env: dict, kill_at: str | None = None):
    return run(["-m", "tests.reliability.killpoint", mode], env, kill_at)


def killed_at(env: dict) -> str:
    """The kill point the last run reached ('' if none)."""
    marker = Path(env["DAGSTER_HOME"]) / "killed_at.txt"
    return marker.read_text().strip() if marker.exists() else ""


def tail(proc) -> str:
    return f"rc={proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"


# --- the serving copy -------------------------------------------------------------------------


def serving_file(data_dir: Path) -> Path:
    return data_dir / "serving" / "wijkwijs.duckdb"


def serving_state(data_dir: Path) -> tuple[int, int, str]:
    """(inode, mtime_ns, content_hash) of the serving copy; reading it proves it is readable."""
    path = serving_file(data_dir)
    stat = path.stat()
    with duckdb.connect(str(path), read_only=True) as con:
        digest = con.execute("select content_hash from publish_info").fetchone()[0]
        assert con.execute("select count(*) from area_clients_monthly").fetchone()[0] > 0
    return stat.st_ino, stat.st_mtime_ns, digest


def table_fingerprints(path: Path) -> dict[str, tuple[int, str]]:
    """(rows, order-independent hash) of every served table but publish_info and load_status
    (those two carry the time of each load and of the publish) and publish_digests (the
    digests of the others, load_status's among them). record_id of youth input starts
    with the load id, which holds the load time: only its stable part (content hash of the
    file + line) is compared."""
    prints = {}
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [
            t
            for (t,) in con.execute("select table_name from duckdb_tables() order by 1").fetchall()
            if t not in ("publish_info", "load_status", "publish_digests")
        ]
        for table in tables:
            columns = [c[0] for c in con.execute(f"describe {table}").fetchall()]
            select = ", ".join(
                f"regexp_replace({c}, '^[0-9]{{8}}T[0-9]+-', '') as {c}" if c == "record_id" else c
                for c in columns
            )
            prints[table] = con.execute(
                f"select count(*), coalesce(sum(hash(t)), 0)::varchar from (select {select} "
                f"from {table}) t"
            ).fetchone()
    return prints


def load_history(path: Path) -> Counter:
    """What was loaded, as the Datastatus page shows it, without the load times."""
    with duckdb.connect(str(path), read_only=True) as con:
        return Counter(
            con.execute(
                "select file_name, file_kind, status, rows, periods from load_status"
            ).fetchall()
        )


def publish_counts(path: Path) -> tuple[str, dict]:
    with duckdb.connect(str(path), read_only=True) as con:
        digest, counts = con.execute("select content_hash, row_counts from publish_info").fetchone()
    return digest, json.loads(counts)


# --- the warehouse ----------------------------------------------------------------------------


def assert_warehouse_consistent(warehouse: Path) -> dict[str, str]:
    """Every file is in the warehouse whole or not at all; returns {file_name: last status}.

    - a load logged as `loaded` has exactly its logged number of rows under its load id;
    - a `replaced` load has at most that many (a later file took over some or all keys);
    - no row carries a load id without a load-log entry (half a file without its log);
    - no key is present twice (case counts: period, buurt, domain, category; stapeling: year,
      buurt, combination).
    """
    wait_for_file_released(warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for table in ("case_counts", "stapeling", "youth_input"):
            bad = con.execute(
                f"""
                with present as (select load_id, count(*) n from raw.{table} group by 1)
                select coalesce(p.load_id, l.load_id), l.file_name, l.status, l.rows, p.n
                from present p
                full join (select * from raw.load_log
                           where status in ('loaded', 'replaced') and file_kind = ?) l
                  using (load_id)
                where l.load_id is null                      -- rows without a load-log entry
                   or (l.status = 'loaded' and coalesce(p.n, 0) <> l.rows)
                   or (l.status = 'replaced' and coalesce(p.n, 0) > l.rows)
                """,
                [table],
            ).fetchall()
            assert bad == [], f"raw.{table} does not match raw.load_log: {bad}"
        assert con.execute(
            "select count(*) from (select period, boundary_year, buurt_code, domain, category "
            "from raw.case_counts group by all having count(*) > 1)"
        ).fetchone() == (0,)
        assert con.execute(
            "select count(*) from (select year, boundary_year, buurt_code, combination "
            "from raw.stapeling group by all having count(*) > 1)"
        ).fetchone() == (0,)
        rows = con.execute(
            "select file_name, status from raw.load_log order by loaded_at"
        ).fetchall()
    return dict(rows)
