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

An incremental build also runs only the part of the dbt graph that reads changed input
(`changed_sources`): the case counts and stapeling when months changed, and any other raw table
(youth input, review decisions, CBS figures, the load log) whose content digest differs from
the one the last successful build recorded. The models that read none of them (areas, CBS
marts, seeds, the disclosure rules) are left as that build made them: their inputs, the code
and the settings are the same (else the fingerprint forces a full refresh).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from graphlib import TopologicalSorter

import duckdb

from wijkwijs.config import Paths
from wijkwijs.raw_tables import create_raw_tables

RECORD_NAME = "last_build.json"
FULL, INCREMENTAL = "full", "incremental"
# raw tables whose changes every load, correction and undo notes per month
# (raw.changed_periods, column `kind`): changed when noted there, not digested (the big ones)
PERIOD_SOURCES = ("raw.case_counts", "raw.stapeling")
# the dbt model that turns raw.build_periods into the months each model recomputes
PLAN_MODEL = "model.wijkwijs.int_periods_changed"


@dataclass(frozen=True)
class BuildPlan:
    mode: str  # FULL or INCREMENTAL
    months: int  # how many months the build recomputes (changed ones; every one when full)
    noted_until: datetime | None  # the changes this build handles (cleared after success)
    fingerprint: str
    reason: str  # why a full refresh, for the log
    # the raw tables ("schema.table") whose content changed since the last successful build
    # (on a full refresh: every one); dbt builds what reads them, and only that
    changed_sources: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # every raw table dbt reads: digested after the build

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


def _last_record(paths: Paths) -> dict:
    try:
        record = json.loads(record_path(paths).read_text())
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def source_digest(con, table: str) -> str | None:
    """Row count and an order-free sum of row hashes of a raw table (None: no such table).
    Cheap next to the build it may save: one scan of a small table."""
    try:
        count, total = con.execute(
            f"select count(*), coalesce(sum(hash(t)::hugeint), 0)::varchar from {table} t"
        ).fetchone()
    except duckdb.CatalogException:
        return None
    return f"{count}:{total}"


def plan_build(con, paths: Paths, force_full: bool = False,
               sources: tuple[str, ...] = ()) -> BuildPlan:
    """Decide, and write `raw.build_periods` for dbt (the connection writes the warehouse).
    `sources`: the raw tables ("schema.table") the dbt project reads."""
    create_raw_tables(con)  # a warehouse that never loaded a file still has its raw tables
    fingerprint = build_fingerprint(paths)
    record = _last_record(paths)
    last = record.get("fingerprint")
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
    if mode == FULL:
        changed = tuple(sources)
    else:
        before, now = record.get("digests") or {}, source_digests(con, sources)
        noted = {f"raw.{kind}" for (kind,) in con.execute(
            "select distinct kind from raw.changed_periods where noted_at <= ?", [noted_until]
        ).fetchall()}
        changed = tuple(t for t in sources
                        if (t in PERIOD_SOURCES and t in noted)
                        or (t not in PERIOD_SOURCES and (t not in before or before[t] != now[t])))
    return BuildPlan(mode, months, noted_until, fingerprint, reason, changed, sources)


def source_digests(con, sources: tuple[str, ...]) -> dict[str, str | None]:
    return {t: source_digest(con, t) for t in sources if t not in PERIOD_SOURCES}


def build_succeeded(con, paths: Paths, plan: BuildPlan) -> None:
    """Clear the changes the build handled and keep its fingerprint for the next plan, with the
    digests of the raw tables as the build left them (its hooks create the missing ones)."""
    if plan.noted_until is not None:
        con.execute("delete from raw.changed_periods where noted_at <= ?", [plan.noted_until])
    path = record_path(paths)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"fingerprint": plan.fingerprint, "mode": plan.mode,
                               "months": plan.months,
                               "changed_sources": list(plan.changed_sources),
                               "digests": source_digests(con, plan.sources)}))
    os.replace(tmp, path)


def manifest_sources(manifest: dict) -> dict[str, str]:
    """The raw tables the dbt project's models read ("schema.table") and their dbt source ids.
    A declared table no model reads (the loaders' own bookkeeping: `load_replacements`,
    `changed_periods`, `reference_source`, declared so the raw schema has one home) changes no
    build."""
    return {f"{s['schema']}.{s['identifier']}": uid for uid, s in manifest["sources"].items()
            if any(c.startswith("model.") for c in manifest["child_map"].get(uid, []))}


def _reading(manifest: dict, changed_sources: tuple[str, ...]) -> set[str]:
    """The dbt nodes that read one of these raw tables, directly or through other nodes. When
    months changed, also the plan model and what reads it: the plan is `raw.build_periods`,
    which every such build rewrites and the model reads by name (a stapeling-only build left
    it stale, and the profile then replaced the previous build's months). The monthly models
    then recompute a corrected stapeling year's months too: the same figures, made again."""
    ids = manifest_sources(manifest)
    todo = [ids[t] for t in changed_sources if t in ids]
    if set(changed_sources) & set(PERIOD_SOURCES) and PLAN_MODEL in manifest["nodes"]:
        todo.append(PLAN_MODEL)
    reached = set(todo)
    while todo:
        for child in manifest["child_map"].get(todo.pop(), []):
            if child not in reached:
                reached.add(child)
                todo.append(child)
    return reached


def nodes_to_skip(manifest: dict, changed_sources: tuple[str, ...]) -> list[str]:
    """dbt `fqn:` selectors of the models and seeds an incremental build leaves alone:
    everything that reads none of the changed raw tables, directly or through other models.
    Their tests go with them (dbt's eager indirect selection leaves out every test of an
    excluded model, also one that reads a rebuilt model too, such as a relationship of a
    rebuilt mart to `areas`). Models only: dbt takes ~10 ms per fqn selector, and tests are
    most of the nodes."""
    reached = _reading(manifest, changed_sources)
    return sorted("fqn:" + ".".join(node["fqn"]) for uid, node in manifest["nodes"].items()
                  if node["resource_type"] in ("model", "seed", "snapshot")
                  and uid not in reached)


# The kinds of test a model's `column_checks` test runs itself on an incremental build
# (dbt_project/macros/column_checks.sql, column_check_sql): tests of one column or of one
# model's grain.
FOLDED_TESTS = ("not_null", "unique", "accepted_values", "value_matches_state",
                "unique_combination_of_columns")
COLUMN_CHECKS = "column_checks"


def is_folded_test(test: dict) -> bool:
    """A test (manifest node) of a kind `column_checks` runs, of error severity: on a model with
    a column_checks test an incremental build runs it inside that test. Not declared as a Dagster
    asset check on any model (orchestration/defs/dbt/translator.py): it still runs, on its own
    on a full refresh and in CI, and a failure fails the build and is named."""
    kind = (test.get("test_metadata") or {}).get("name")
    severity = (test.get("config") or {}).get("severity") or "error"
    return kind in FOLDED_TESTS and severity.lower() == "error"


def folded_test_selectors() -> list[str]:
    """dbt selectors of the tests an incremental build leaves to column_checks: of a kind it
    runs, of error severity (a warning stays a warning, on its own), of a model that has a
    column_checks test (`1+test_name:column_checks`: those models, and with them their tests).
    The column_checks test then runs exactly the tests of its model this command left out."""
    return [f"test_name:{kind},config.severity:error,1+test_name:{COLUMN_CHECKS}"
            for kind in FOLDED_TESTS]


def selection_args(manifest: dict, changed_sources: tuple[str, ...]) -> list[str]:
    """`--exclude` of an incremental build: what reads no changed raw table, and the tests
    folded into their model's column_checks."""
    return ["--exclude", " ".join([*nodes_to_skip(manifest, changed_sources),
                                   *folded_test_selectors()])]


def tables_left_alone(manifest: dict, changed_sources: tuple[str, ...]) -> list[dict]:
    """The models and seeds an incremental build leaves alone, parents before children."""
    reached = _reading(manifest, changed_sources)
    nodes = manifest["nodes"]
    order = TopologicalSorter({uid: [p for p in manifest["parent_map"].get(uid, []) if p in nodes]
                               for uid in nodes}).static_order()
    return [nodes[uid] for uid in order if uid not in reached
            and nodes[uid]["resource_type"] in ("model", "seed", "snapshot")]
