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

Every published copy is also hard-linked (same inode, no extra space) as
`versions/<content hash>.duckdb` beside it, and the newest KEEP_VERSIONS of those stay: a
dashboard page run pins the copy it started with (dashboards/serving_copy.py) and reads every query
of that run from its link, so a publish in the middle of a run never mixes two copies on one
page.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from wijkwijs.attack import Audit, audit_copy
from wijkwijs.config import DUCKDB_CONFIG, STATIC_GEO_DIR, serving_versions_dir
from wijkwijs.disclosure import DisclosureRules
from wijkwijs.publish.geometry import publish_geometry, write_map_files
from wijkwijs.publish.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class PublishResult:
    path: Path
    content_hash: str
    changed: bool
    row_counts: dict[str, int]


KEEP_VERSIONS = 3  # a page run that outlives two more publishes falls back to the newest copy


# a load's months of youth input as quarters ('2024-02' -> '2024-K1'), for load_status
YOUTH_QUARTERS = (
    "array_to_string(list_sort(list_distinct(list_transform(string_split(periods, ','), "
    "p -> case when regexp_matches(p, '^[0-9]{4}-[0-9]{2}$') then left(p, 4) || '-K' || "
    "((cast(right(p, 2) as integer) - 1) // 3 + 1) else p end))), ',')"
)


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


def definitions(manifest_path: Path) -> pd.DataFrame:
    """Dutch label, definition, unit and source per mart column, from the dbt column docs."""
    manifest = json.loads(manifest_path.read_text())
    rows = []
    for node in manifest["nodes"].values():
        if node["resource_type"] != "model" or node["schema"] != "marts":
            continue
        for column in node["columns"].values():
            meta = column.get("meta") or column.get("config", {}).get("meta") or {}
            rows.append(
                {
                    "table_name": node["name"],
                    "column_name": column["name"],
                    "label": meta.get("label_nl", column["name"]),
                    "definition": meta.get("definition_nl", column.get("description", "")),
                    "unit": meta.get("unit", ""),
                    "source": meta.get("source_nl", ""),
                }
            )
    return pd.DataFrame(
        rows, columns=["table_name", "column_name", "label", "definition", "unit", "source"]
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


def _content_hash(con, tables: list[str], rules: DisclosureRules) -> tuple[str, dict[str, int]]:
    """Order-independent hash of every table's rows, the rules they were made with and the
    schema version: equal content, equal hash (a new schema version is always published)."""
    parts = [f"schema:{SCHEMA_VERSION}", json.dumps(rules.publish_info_columns(), sort_keys=True)]
    counts = {}
    for table in tables:
        n, digest = con.execute(
            f"select count(*), coalesce(sum(hash(t)), 0)::varchar from {table} t"
        ).fetchone()
        counts[table] = n
        parts.append(f"{table}:{n}:{digest}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest(), counts


def published_rules(con) -> DisclosureRules:
    """The rules the warehouse's marts were made with (attached as `wh`)."""
    row = con.execute("select * from wh.intermediate.int_disclosure_rules").df()
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


def current_hash(serving: Path) -> str | None:
    if not serving.exists():
        return None
    try:
        with duckdb.connect(str(serving), read_only=True) as con:
            return con.execute("select content_hash from publish_info").fetchone()[0]
    except duckdb.Error:
        return None  # an unreadable copy is simply replaced


def publish(
    warehouse: Path,
    serving: Path,
    manifest_path: Path,
) -> PublishResult:
    tmp = serving.with_name(f".{serving.name}.{os.getpid()}.tmp")
    try:
        serving.parent.mkdir(parents=True, exist_ok=True)
        # copies left by a publish that was killed (one publisher at a time: the warehouse pool)
        # (and DuckDB's write-ahead log next to one: `.tmp.wal`)
        for stale in serving.parent.glob(f".{serving.name}.*.tmp*"):
            stale.unlink(missing_ok=True)
        with duckdb.connect(str(tmp), config=DUCKDB_CONFIG) as con:
            con.execute(f"attach '{warehouse}' as wh (read_only)")
            rules = published_rules(con)
            # The marts are disclosure-controlled in dbt (wijkwijs.disclosure); the seeds are
            # code lists. Both are served as they are, every table of them, sorted on their
            # grain (the order the dashboard reads them in; a small table without one: all)
            grains = grain_keys(manifest_path)
            copied = []
            for schema in ("marts", "seeds"):
                for (table,) in con.execute(
                    "select table_name from duckdb_tables() "
                    "where database_name = 'wh' and schema_name = ? order by 1",
                    [schema],
                ).fetchall():
                    order = ", ".join(grains.get(table, ["all"]))
                    con.execute(
                        f"create table {table} as select * from wh.{schema}.{table} "
                        f"order by {order}"
                    )
                    copied.append(table)
            docs = definitions(manifest_path)
            con.register("docs", docs)
            con.execute("create table definitions as select * from docs order by all")
            on_map = publish_geometry(
                con.execute("select * from wh.raw.buurten order by all").df(),
                con.execute("select * from wh.raw.wijken order by all").df(),
            )
            con.register("on_map", on_map)  # the only geometry served: RD New, whole metres
            con.execute("create table area_map_geometry as select * from on_map")
            # youth input is published per quarter: a log from before the ingest logged
            # quarters still holds the months of collection (wijkwijs.ingest.load._periods)
            con.execute(
                "create table load_status as select file_name, file_kind, status, rows, "
                f"case when file_kind = 'youth_input' then {YOUTH_QUARTERS} else periods end "
                "as periods, loaded_at, message from wh.raw.load_log order by loaded_at, file_name"
            )
            con.execute("detach wh")
            content_tables = [*copied, "definitions", "area_map_geometry", "load_status"]
            digest, counts = _content_hash(con, content_tables, rules)
            recorded = rules.publish_info_columns()
            con.execute(
                "create table publish_info as select ?::timestamp as published_at, "
                "? as content_hash, ? as row_counts, ?::integer as schema_version, "
                + ", ".join(f"? as {name}" for name in recorded),
                [datetime.now(UTC).replace(tzinfo=None), digest, json.dumps(counts),
                 SCHEMA_VERSION, *recorded.values()],
            )
        if current_hash(serving) == digest:
            tmp.unlink()
            with contextlib.suppress(OSError):  # no hard links on this file system
                _link_version(serving, digest)
            return PublishResult(serving, digest, False, counts)
        audit = audit_copy(tmp)  # blocking: the attacker reads the copy before anyone else
        if not audit.ok:
            raise DisclosureAuditError(audit)
        _record_audit(tmp, audit)
        _add_map_files(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, serving)  # atomic: readers see the old or the new copy, never a mix
        # linked once served, so a failed swap leaves no version behind; no hard links on this
        # file system: readers then pin by path only
        with contextlib.suppress(OSError):
            _link_version(serving, digest)
            _prune_versions(serving)
        return PublishResult(serving, digest, True, counts)
    except (OSError, duckdb.IOException) as exc:  # disk full, folder missing or not writable
        if str(warehouse) in str(exc):
            raise  # the warehouse, not the serving folder (wijkwijs.recovery says what to do)
        raise ServingWriteError(serving_write_message(serving, exc)) from exc
    finally:
        with contextlib.suppress(OSError):  # never hide the error above behind this one
            tmp.unlink(missing_ok=True)
            Path(f"{tmp}.wal").unlink(missing_ok=True)
