"""Full refresh or one month: what a dbt build recomputes.

The monthly models are dbt incremental models (docs/architecture.md#incremental-builds). A
build is a **full refresh** when there is no record of a successful build on this warehouse,
or when anything that feeds every month changed since: the reference files (boundaries,
population), the code, the settings and the disclosure key (wijkwijs.run_inputs). Otherwise it
is **incremental**: only the months whose case counts or stapeling changed since the last
successful build (`raw.changed_periods`, written by every load, correction, undo and replay)
are recomputed, with the months whose comparisons read them (dbt: int_periods_changed).

The plan is written into the warehouse as `raw.build_periods` (the changed months; on a full
refresh every month) before dbt starts; after a successful build the months it handled are
cleared from `raw.changed_periods` and the record is kept beside the warehouse. A failed
build clears nothing, so the next one recomputes the same months (every incremental model
replaces its months whole, so a half-finished build is made good).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime

from wijkwijs.config import Paths
from wijkwijs.raw_tables import create_raw_tables

RECORD_NAME = "last_build.json"
FULL, INCREMENTAL = "full", "incremental"


@dataclass(frozen=True)
class BuildPlan:
    mode: str  # FULL or INCREMENTAL
    months: int  # how many months the build recomputes (changed ones; every one when full)
    noted_until: datetime | None  # the changes this build handles (cleared after success)
    fingerprint: str
    reason: str  # why a full refresh, for the log

    @property
    def full(self) -> bool:
        return self.mode == FULL


def build_fingerprint(paths: Paths) -> str:
    """What every month depends on: reference files, code, settings and key, the warehouse
    file itself (a rebuilt or restored warehouse is a new file)."""
    from wijkwijs import run_inputs

    parts = {
        "reference": run_inputs._listing(paths.reference),
        "code": run_inputs.code_digest(),
        "settings": run_inputs.settings_digest(),
        "warehouse": paths.warehouse.stat().st_ino if paths.warehouse.exists() else None,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def record_path(paths: Paths):
    return paths.warehouse.parent / RECORD_NAME


def _last_fingerprint(paths: Paths) -> str | None:
    try:
        return json.loads(record_path(paths).read_text())["fingerprint"]
    except (OSError, ValueError, KeyError):
        return None


def plan_build(con, paths: Paths, force_full: bool = False) -> BuildPlan:
    """Decide, and write `raw.build_periods` for dbt (the connection writes the warehouse)."""
    create_raw_tables(con)  # a warehouse that never loaded a file still has its raw tables
    fingerprint = build_fingerprint(paths)
    last = _last_fingerprint(paths)
    reason = ("gevraagd / requested" if force_full
              else "eerste build / first build" if last is None
              else "referentie, code of instellingen gewijzigd / reference, code or settings "
                   "changed" if last != fingerprint else "")
    noted_until = con.execute("select max(noted_at) from raw.changed_periods").fetchone()[0]
    if reason:
        con.execute("create or replace table raw.build_periods as "
                    "select distinct period from raw.case_counts")
        mode = FULL
    else:
        con.execute("create or replace table raw.build_periods as select distinct period "
                    "from raw.changed_periods where noted_at <= ?", [noted_until])
        mode = INCREMENTAL
    months = con.execute("select count(*) from raw.build_periods").fetchone()[0]
    return BuildPlan(mode, months, noted_until, fingerprint, reason)


def build_succeeded(con, paths: Paths, plan: BuildPlan) -> None:
    """Clear the changes the build handled and keep its fingerprint for the next plan."""
    if plan.noted_until is not None:
        con.execute("delete from raw.changed_periods where noted_at <= ?", [plan.noted_until])
    path = record_path(paths)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"fingerprint": plan.fingerprint, "mode": plan.mode,
                               "months": plan.months}))
    os.replace(tmp, path)
