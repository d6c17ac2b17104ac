"""Importing the code location does no work: no dbt parse, no manifest read, no warehouse
opened, no folder or file created (issue 21 item 7). Dagster loads the definitions later,
when it calls `defs()`."""

import json
import os
import subprocess
import sys

from wijkwijs.config import DBT_PROJECT_DIR, PROJECT_ROOT

PROBE = """
import json, os, sys
data = os.environ["WIJKWIJS_DATA_DIR"]
watched = (data, os.path.join({dbt!r}, "target"), os.path.join({dbt!r}, "profiles.yml"))
seen = {{"opened": [], "started": []}}

def audit(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.fsdecode(args[0])
        if path.startswith(watched):
            seen["opened"].append(path)
    elif event in ("subprocess.Popen", "os.exec", "os.posix_spawn", "os.system"):
        seen["started"].append(" ".join(map(os.fsdecode, args[1] or ())) if event !=
                               "os.system" else os.fsdecode(args[0]))

import duckdb

def refuse(*args, **kwargs):
    raise AssertionError("duckdb.connect at import")

duckdb.connect = refuse
sys.addaudithook(audit)
import orchestration.definitions
print(json.dumps(seen))
"""


def test_importing_the_definitions_reads_parses_and_creates_nothing(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    manifest = DBT_PROJECT_DIR / "target" / "manifest.json"
    before = manifest.stat().st_mtime_ns
    env = {**os.environ, "WIJKWIJS_DATA_DIR": str(data), "DAGSTER_HOME": str(tmp_path)}
    env.pop("WIJKWIJS_WAREHOUSE", None)
    probe = subprocess.run([sys.executable, "-c", PROBE.format(dbt=str(DBT_PROJECT_DIR))],
                           cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                           timeout=300)
    assert probe.returncode == 0, probe.stderr[-3000:]
    seen = json.loads(probe.stdout.strip().splitlines()[-1])
    assert seen["opened"] == []
    # no dbt started (some library asks `file` about the interpreter: platform.architecture)
    assert [cmd for cmd in seen["started"] if "dbt" in cmd] == [], seen["started"]
    assert list(data.iterdir()) == []  # no warehouse folder, no status file
    assert manifest.stat().st_mtime_ns == before  # no dbt parse wrote a manifest
