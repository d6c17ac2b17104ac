"""Publish the serving copy: written aside, checked, then swapped in with one atomic rename.

The dashboard never opens the warehouse (docs/design.md, decision 1): it reads this copy
read-only and notices a new version by file identity. A failed publish leaves the previous
copy untouched; a publish whose content equals the current copy leaves the file as it is
(idempotent runs).

Before the swap the attacker (wijkwijs.attack) reads the new copy as any user could; a copy it
can break is never swapped in (`DisclosureAuditError`), so the previous copy stays served. The
disclosure rules the marts were made with (`intermediate.int_disclosure_rules`) are written into
`publish_info`, the one place the dashboard, exports and youth pages read them from, beside
`schema_version` (wijkwijs.publish.schema): the dashboard reads only a copy of its own version.

A copy is written **incrementally** when a current copy of the same schema version exists: the
current copy is copied aside and only what differs from the warehouse is replaced in it, period
by period for the tables with a `period` or `year` column (the monthly and yearly marts: a new
month is one delete and one insert), whole for the rest; the same swap follows. What differs is
found by comparing per-period row hashes of both sides, so the result is the copy a full publish
writes, table for table (tests/disclosure/test_publish_incremental.py), without assuming which
months dbt rewrote. The copy's side is the one its own publish recorded (`publish_digests`), and
the content hash is summed from the same digests, so a monthly publish reads the copy's big
tables for neither. The attacker then examines the changed months only when nothing else it
reads changed (its cells never link two months: wijkwijs.attack.tables), else the whole copy.

Every published copy is also hard-linked (same inode, no extra space) as
`versions/<content hash>.duckdb` beside it, and the newest KEEP_VERSIONS of those stay: a
dashboard page run pins the copy it started with (dashboards/serving_copy.py) and reads every
query of that run from its link, so a publish in the middle of a run never mixes two copies on one
page.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from wijkwijs.attack import AUDIT_SPILL_SUFFIX, Audit, audit_copy
from wijkwijs.config import DUCKDB_CONFIG, STATIC_GEO_DIR, serving_versions_dir
from wijkwijs.disclosure import DisclosureRules
from wijkwijs.publish.geometry import publish_geometry, write_map_files
from wijkwijs.publish.schema import SCHEMA_VERSION
from wijkwijs.publish.served import served_tables


@dataclass(frozen=True)
class PublishResult:
    path: Path
    content_hash: str
    changed: bool
    row_counts: dict[str, int]
    # incremental: what was replaced ({table: periods, or ["*"] for the whole table}); None
    # for a copy written whole
    replaced: dict[str, list[str]] | None = None
    audit_scope: str = ""  # "", "whole copy" or the months/years the attacker examined


# a mart's rows per period: an incremental publish replaces them period by period
PERIOD_COLUMNS = ("period", "year")
# the tables whose cells the attacker links (wijkwijs.attack.tables), by their period column
AUDIT_MONTHLY = ("area_clients_monthly", "area_client_totals_monthly")
AUDIT_YEARLY = ("area_stapeling_yearly",)


KEEP_VERSIONS = 3  # a page run that outlives two more publishes falls back to the newest copy


def _link_version(serving: Path, digest: str) -> None:
    """`versions/<digest>.duckdb` as a hard link of the served copy."""
    folder = serving_versions_dir(serving)
    folder.mkdir(exist_ok=True)
    link = folder / f"{digest[:16]}.duckdb"
    if link.exists() and link.stat().st_ino == serving.stat().st_ino:
        return
    staged = folder / f".{link.name}.{os.getpid()}.tmp"
    staged.unlink(missing_ok=True)
    try:
        os.link(serving, staged)
        os.replace(staged, link)
    finally:
        staged.unlink(missing_ok=True)


def _prune_versions(serving: Path) -> None:
    """Keep the newest KEEP_VERSIONS links (the current copy's always), drop the rest."""
    folder = serving_versions_dir(serving)
    if not folder.is_dir():
        return
    current = os.stat(serving).st_ino
    links = sorted(folder.glob("*.duckdb"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    keep = {p for p in links if p.stat().st_ino == current} | set(links[:KEEP_VERSIONS])
    for stale in [*folder.glob(".*.tmp"), *(p for p in links if p not in keep)]:
        stale.unlink(missing_ok=True)


class DisclosureAuditError(RuntimeError):
    """The attacker could narrow a hidden figure in the new copy: it is not published."""

    def __init__(self, audit: Audit):
        self.audit = audit
        super().__init__(
            "De nieuwe serving-kopie is niet gepubliceerd: de aanvaller kan een verborgen cijfer "
            "te nauw insluiten; het dashboard blijft de vorige kopie tonen. Zie docs/privacy.md.\n"
            "The new serving copy was not published: the attacker can narrow a hidden figure "
            "too far; the dashboard keeps the previous copy. See docs/privacy.md.\n"
            + audit.text()
        )


class ServingWriteError(RuntimeError):
    """The new serving copy could not be written or swapped in (disk full, folder not writable)."""


def serving_write_message(serving: Path, error: BaseException) -> str:
    return (
        f"De nieuwe serving-kopie kon niet worden geschreven in {serving.parent} ({error}). "
        f"Het dashboard blijft de vorige kopie {serving} tonen. Maak ruimte vrij op de schijf "
        f"of maak de map schrijfbaar, en start daarna de pijplijn opnieuw (make pipeline).\n"
        f"The new serving copy could not be written in {serving.parent} ({error}). The "
        f"dashboard keeps showing the previous copy {serving}. Free disk space or make the "
        f"folder writable, then run the pipeline again (make pipeline)."
    )


def grain_keys(manifest_path: Path) -> dict[str, list[str]]:
    """Per model its grain: the columns of its `unique_combination_of_columns` test."""
    manifest = json.loads(manifest_path.read_text())
    grains: dict[str, list[str]] = {}
    for node in manifest["nodes"].values():
        meta = node.get("test_metadata") or {}
        if node["resource_type"] != "test" or meta.get("name") != "unique_combination_of_columns":
            continue
        kwargs = meta.get("kwargs") or {}
        columns = kwargs.get("combination_of_columns") or (
            kwargs.get("arguments") or {}).get("combination_of_columns")
        model = (node.get("attached_node") or "").rsplit(".", 1)[-1]
        if columns and model:
            grains.setdefault(model, list(columns))
    return grains


def _content_hash(digests: dict[str, dict], rules: DisclosureRules) -> tuple[str, dict[str, int]]:
    """Order-independent hash of every table's rows (from their per-period digests: a table's
    row count and row-hash sum are the sums of its periods'), the rules they were made with and
    the schema version: equal content, equal hash (a new schema version is always published)."""
    parts = [f"schema:{SCHEMA_VERSION}", json.dumps(rules.publish_info_columns(), sort_keys=True)]
    counts = {}
    for table, per_period in digests.items():
        n = sum(rows for rows, _ in per_period.values())
        counts[table] = n
        parts.append(f"{table}:{n}:{sum(int(h) for _, h in per_period.values())}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest(), counts


def published_rules(con, schema: str = "wh.intermediate") -> DisclosureRules:
    """The rules the warehouse's marts were made with (attached as `wh`, or `con` itself)."""
    row = con.execute(f"select * from {schema}.int_disclosure_rules").df()
    return DisclosureRules.from_row(row.iloc[0].to_dict())


def _record_audit(copy: Path, audit: Audit) -> None:
    totals = audit.totals()
    with duckdb.connect(str(copy), config=DUCKDB_CONFIG) as con:
        for name in ("examined", "hidden", "pinned", "exact", "narrow"):
            con.execute(f"alter table publish_info add column audit_{name} bigint")
            con.execute(f"update publish_info set audit_{name} = ?", [totals[name]])


def _add_map_files(copy: Path, folder: Path = STATIC_GEO_DIR) -> None:
    """The map's public boundary files, written now rather than on the first page view, and
    their names in the copy (`map_files`). A folder that cannot be written is no reason to
    withhold the figures: `map_files` is then empty and the dashboard writes the files itself."""
    with duckdb.connect(str(copy), config=DUCKDB_CONFIG) as con:
        try:
            files = write_map_files(con, folder)
        except OSError:
            files = pd.DataFrame({"boundary_year": pd.Series(dtype="int64"),
                                  "area_level": pd.Series(dtype="str"),
                                  "file_name": pd.Series(dtype="str")})
        con.register("files", files)
        con.execute("create table map_files as select * from files")


def _map_files_kept(con, folder: Path = STATIC_GEO_DIR) -> bool:
    """Are the files the copy being written lists in `map_files` all still in `folder`? They
    are named after their content, so one that exists is the one that was written."""
    try:
        names = [n for (n,) in con.execute("select file_name from main.map_files").fetchall()]
    except duckdb.Error:  # a copy from before the table
        return False
    return bool(names) and all((folder / name).is_file() for name in names)


def current_hash(serving: Path) -> str | None:
    if not serving.exists():
        return None
    try:
        with duckdb.connect(str(serving), read_only=True) as con:
            return con.execute("select content_hash from publish_info").fetchone()[0]
    except duckdb.Error:
        return None  # an unreadable copy is simply replaced


def _geometry_source(con) -> str:
    """What `area_map_geometry` is made from: the warehouse's raw boundaries (attached as `wh`)
    and the code that simplifies them, ours and the geometry libraries'. Equal: the copy's own
    geometry is this publish's (the national map took 27 s to make again on every monthly
    publish)."""
    import geopandas
    import shapely

    from wijkwijs.publish import geometry

    parts = [hashlib.sha256(Path(geometry.__file__).read_bytes()).hexdigest(),
             shapely.__version__, geopandas.__version__]
    for table in ("buurten", "wijken"):
        parts.append(str(con.execute(
            f"select count(*), coalesce(sum(hash(t)), 0)::varchar from wh.raw.{table} t"
        ).fetchone()))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _geometry_source_of_copy(con) -> str | None:
    """The geometry source the copy being written started from (None: unknown, made anew)."""
    try:
        return con.execute("select geometry_source from main.publish_info").fetchone()[0]
    except duckdb.Error:  # a copy from before this column, or without publish_info
        return None


def _columns(con, database: str | None, schema: str, table: str) -> list[tuple[str, str]]:
    """Names and types of a table's columns (database None: the copy being written)."""
    return con.execute(
        "select column_name, data_type from duckdb_columns() "
        "where database_name = coalesce(?, current_database()) "
        "and schema_name = ? and table_name = ? order by column_index",
        [database, schema, table]).fetchall()


def _digests(con, relation: str, key: str | None) -> dict[str | None, tuple[int, str]]:
    """Row count and order-free row-hash sum, per value of `key` as text (None: the whole
    table, or rows without a period)."""
    select = f"{key}::varchar as k" if key else "null as k"
    return {k: (n, h) for k, n, h in con.execute(
        f"select {select}, count(*), coalesce(sum(hash(t)), 0)::varchar from {relation} t "
        "group by all").fetchall()}


def _stored_digests(con) -> dict[str, dict]:
    """The per-period digests of the copy being written, as its publish recorded them
    (`publish_digests`; the copy is written by publish alone). Empty for a copy from before
    that table: its tables are then digested anew."""
    try:
        rows = con.execute("select table_name, period, row_count, row_hash "
                           "from main.publish_digests").fetchall()
    except duckdb.Error:
        return {}
    stored: dict[str, dict] = {}
    for table, period, n, h in rows:
        stored.setdefault(table, {})[period] = (n, h)
    return stored


def _record_digests(con, digests: dict[str, dict]) -> None:
    """Keep this copy's per-period digests in it, so the next publish need not read the copy
    to find what changed (at national scale 15–35 s of every monthly publish)."""
    rows = pd.DataFrame(
        [(t, k, n, h) for t, per_period in digests.items() for k, (n, h) in per_period.items()],
        columns=["table_name", "period", "row_count", "row_hash"],
    ).astype({"table_name": "string", "period": "string", "row_count": "int64",
              "row_hash": "string"})
    con.register("digests", rows)
    con.execute("create or replace table main.publish_digests as select * from digests")
    con.unregister("digests")


def _copy_table(con, schema: str, table: str, order: str, base: bool,
                stored: dict | None) -> tuple[list[str], dict]:
    """Bring table `table` of the copy in line with wh.<schema>.<table>: whole when the copy
    has no such table or a different shape, else only the periods (or the table) whose rows
    differ, against the copy's `stored` digests (None: digested now). Returns what was
    replaced ([] nothing, ['*'] the whole table, else the periods) and the table's digests."""
    source = f"wh.{schema}.{table}"
    shape = _columns(con, "wh", schema, table)
    key = next((c for c in PERIOD_COLUMNS if c in {c for c, _ in shape}), None)
    new = _digests(con, source, key)
    if not base or _columns(con, None, "main", table) != shape:
        con.execute(f"create or replace table main.{table} as select * from {source} "
                    f"order by {order}")
        return ["*"], new
    old = stored if stored is not None else _digests(con, f"main.{table}", key)
    changed = [k for k in new.keys() | old.keys() if new.get(k) != old.get(k)]
    if not changed:
        return [], new
    if key is None or None in changed:  # rows without a period: the whole table
        con.execute(f"create or replace table main.{table} as select * from {source} "
                    f"order by {order}")
        return ["*"], new
    periods = f"(select cast(unnest(?) as {dict(shape)[key]}))"
    con.execute(f"delete from main.{table} where {key} in {periods}", [changed])
    con.execute(f"insert into main.{table} select * from {source} "
                f"where {key} in {periods} order by {order}", [changed])
    return sorted(changed), new


def _audit_scope(replaced: dict[str, list[str]] | None) -> tuple[list[str], list[str]] | None:
    """The months and years whose cells the attacker must examine after an incremental
    publish, or None for the whole copy: when `areas` (which places every cell in its tree)
    changed, or a period table was replaced whole. Its other checks always read everything."""
    if replaced is None or replaced.get("areas") or any(
            replaced.get(t) == ["*"] for t in (*AUDIT_MONTHLY, *AUDIT_YEARLY)):
        return None
    months = sorted({p for t in AUDIT_MONTHLY for p in replaced.get(t, [])})
    years = sorted({p for t in AUDIT_YEARLY for p in replaced.get(t, [])})
    return months, years


def publish(
    warehouse: Path,
    serving: Path,
    manifest_path: Path,
    incremental: bool = True,
) -> PublishResult:
    """Write the serving copy from the warehouse's marts and swap it in. `incremental`: start
    from the current copy when it has this schema version (see the module's docstring)."""
    tmp = serving.with_name(f".{serving.name}.{os.getpid()}.tmp")
    try:
        serving.parent.mkdir(parents=True, exist_ok=True)
        # copies left by a publish that was killed (one publisher at a time: the warehouse pool)
        # (and DuckDB's write-ahead log next to one: `.tmp.wal`, the audit's spill folder:
        # `.tmp.audit.tmp`, wijkwijs.attack.audit_config)
        for stale in serving.parent.glob(f".{serving.name}.*.tmp*"):
            if stale.name.endswith(AUDIT_SPILL_SUFFIX) and stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:  # anything else in the way is not ours to remove: the write reports it
                stale.unlink(missing_ok=True)
        replaced: dict[str, list[str]] = {}
        with duckdb.connect(str(warehouse), read_only=True) as wh:
            rules = published_rules(wh, "intermediate")
        recorded = rules.publish_info_columns()
        base = incremental and _reusable(serving, recorded)
        if base:
            shutil.copyfile(serving, tmp)
        with duckdb.connect(str(tmp), config=DUCKDB_CONFIG) as con:
            con.execute(f"attach '{warehouse}' as wh (read_only)")
            geometry_source = _geometry_source(con)
            kept_geometry = base and _geometry_source_of_copy(con) == geometry_source
            stored = _stored_digests(con) if base else {}
            if base:  # written again below
                for table in ("publish_info", "publish_digests"):
                    con.execute(f"drop table if exists main.{table}")
            # The marts are disclosure-controlled in dbt (wijkwijs.disclosure); the seeds are
            # code lists, among them the Dutch label of every mart column (seed `definitions`).
            # Both are served as they are, every table the manifest names
            # (wijkwijs.publish.served), sorted on their grain (the order the dashboard reads
            # them in; a small table without one: all)
            grains = grain_keys(manifest_path)
            copied, digests = [], {}
            for served in served_tables(manifest_path):
                schema, table = served.schema, served.name
                order = ", ".join(grains.get(table, ["all"]))
                replaced[table], digests[table] = _copy_table(con, schema, table, order, base,
                                                              stored.get(table))
                copied.append(table)
            if base:  # a mart the warehouse no longer has is no longer served
                for (table,) in con.execute(
                    "select table_name from duckdb_tables() "
                    "where database_name = current_database() "
                    "and table_name not in (select unnest(?))",
                    [[*copied, *DERIVED_TABLES]]).fetchall():
                    con.execute(f"drop table main.{table}")
                    replaced[table] = ["*"]
            if not kept_geometry:  # the copy's own is made from the same boundaries and code
                on_map = publish_geometry(
                    con.execute("select * from wh.raw.buurten order by all").df(),
                    con.execute("select * from wh.raw.wijken order by all").df(),
                )
                con.register("on_map", on_map)  # the only geometry served: RD New, whole metres
                con.execute("create or replace table area_map_geometry as select * from on_map")
            # the map files are made from the geometry and the areas' names: kept with them
            # (national: 4 s of every monthly publish)
            map_files_kept = (kept_geometry and not replaced.get("areas")
                              and _map_files_kept(con))
            if not map_files_kept:
                con.execute("drop table if exists main.map_files")
            con.execute("detach wh")
            digests["area_map_geometry"] = _digests(con, "main.area_map_geometry", None)
            _record_digests(con, digests)
            digest, counts = _content_hash(digests, rules)
            con.execute(
                "create table publish_info as select ?::timestamp as published_at, "
                "? as content_hash, ? as row_counts, ?::integer as schema_version, "
                + ", ".join(f"? as {name}" for name in recorded)
                + ", ? as geometry_source",
                [datetime.now(UTC).replace(tzinfo=None), digest, json.dumps(counts),
                 SCHEMA_VERSION, *recorded.values(), geometry_source],
            )
        replaced_or_none = {t: c for t, c in replaced.items() if c} if base else None
        if current_hash(serving) == digest:
            tmp.unlink()
            with contextlib.suppress(OSError):  # no hard links on this file system
                _link_version(serving, digest)
            return PublishResult(serving, digest, False, counts, replaced_or_none)
        scope = _audit_scope(replaced_or_none)
        # blocking: the attacker reads the copy before anyone else
        audit = audit_copy(tmp) if scope is None else audit_copy(tmp, months=scope[0],
                                                                 years=scope[1])
        if not audit.ok:
            raise DisclosureAuditError(audit)
        _record_audit(tmp, audit)
        if not map_files_kept:
            _add_map_files(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, serving)  # atomic: readers see the old or the new copy, never a mix
        # linked once served, so a failed swap leaves no version behind; no hard links on this
        # file system: readers then pin by path only
        with contextlib.suppress(OSError):
            _link_version(serving, digest)
            _prune_versions(serving)
        described = ("whole copy" if scope is None
                     else "months " + ",".join(scope[0]) + "; years " + ",".join(scope[1]))
        return PublishResult(serving, digest, True, counts, replaced_or_none, described)
    except (OSError, duckdb.IOException) as exc:  # disk full, folder missing or not writable
        if str(warehouse) in str(exc):
            raise  # the warehouse, not the serving folder (wijkwijs.recovery says what to do)
        raise ServingWriteError(serving_write_message(serving, exc)) from exc
    finally:
        with contextlib.suppress(OSError):  # never hide the error above behind this one
            tmp.unlink(missing_ok=True)
            Path(f"{tmp}.wal").unlink(missing_ok=True)


# the copy's own tables, written by every publish (not marts or seeds)
DERIVED_TABLES = ("area_map_geometry", "publish_info", "map_files", "publish_digests")


def _reusable(serving: Path, rules: dict) -> bool:
    """Is there a current copy to start from: this schema version, made with these rules (other
    rules are a full refresh, and the attacker must then read every month anew)?"""
    if not serving.exists():
        return False
    try:
        with duckdb.connect(str(serving), read_only=True) as con:
            info = con.execute("select * from publish_info").df()
    except duckdb.Error:
        return False
    if len(info) != 1 or info["schema_version"].iloc[0] != SCHEMA_VERSION:
        return False
    return all(name in info and _same(info[name].iloc[0], value)
               for name, value in rules.items())


def _same(a, b) -> bool:
    return (pd.isna(a) and pd.isna(b)) if (b is None or (isinstance(b, float) and pd.isna(b))) \
        else str(a) == str(b)
