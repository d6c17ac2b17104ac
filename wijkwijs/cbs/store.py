"""Warehouse tables for CBS/PDOK reference figures and the fetch log.

The tables are declared once, as dbt sources (wijkwijs.raw_tables): they exist, empty, on the
default demo path too, created by the loaders and by dbt's on-run-start alike.
A source's rows are replaced only after a complete, successful read: a failed fetch leaves
the last good rows in place and writes a `failed` row to raw.cbs_fetch_log instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd

from wijkwijs.raw_tables import columns as raw_columns
from wijkwijs.raw_tables import create_raw_tables

# status of a fetch-log row
LOADED, CACHED, FAILED, SKIPPED = "loaded", "cached", "failed", "skipped"


@dataclass(frozen=True)
class LogEntry:
    source: str  # cbs_odata, cbs_odata4, pdok, statline_csv
    table_id: str | None
    year: int | None
    status: str
    rows: int | None
    fetched_at: datetime | None
    message: str


def naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def ensure_tables(con) -> None:
    create_raw_tables(con)


def replace_rows(con, table: str, rows: pd.DataFrame, where: dict[str, object]) -> int:
    """Delete the rows matching `where` and insert `rows`, in one transaction."""
    columns = raw_columns(table)
    frame = rows.reindex(columns=columns)
    condition = " and ".join(f"{k} = ?" for k in where) or "true"
    con.execute("begin transaction")
    try:
        con.execute(f"delete from raw.{table} where {condition}", list(where.values()))
        con.register("incoming_cbs", frame)
        names = ", ".join(columns)
        con.execute(f"insert into raw.{table} ({names}) select {names} from incoming_cbs")
        con.unregister("incoming_cbs")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return len(frame)


def last_good(con, table: str, where: dict[str, object]) -> tuple[int, datetime | None]:
    """How many rows are in place for a source, and when they were fetched."""
    condition = " and ".join(f"{k} = ?" for k in where) or "true"
    return con.execute(
        f"select count(*), max(fetched_at) from raw.{table} where {condition}",
        list(where.values()),
    ).fetchone()


def log(con, entries: list[LogEntry], now: datetime | None = None) -> None:
    logged_at = naive_utc(now or datetime.now(UTC))
    for e in entries:
        con.execute(
            "insert into raw.cbs_fetch_log values (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                logged_at,
                e.source,
                e.table_id,
                e.year,
                e.status,
                e.rows,
                naive_utc(e.fetched_at) if e.fetched_at else None,
                e.message,
            ],
        )


def write_measures(con, extra=()) -> int:
    """raw.cbs_measures from the registry in measures.py and the gemeente's own measures
    (tabellen.toml): one label, unit, theme and Dutch definition each, for the marts."""
    from wijkwijs.cbs.measures import MEASURES

    rows = pd.DataFrame(
        [
            (m.code, m.label_nl, m.unit, m.theme, m.definition_nl, m.feature)
            for m in (*MEASURES, *extra)
        ],
        columns=raw_columns("cbs_measures"),
    )
    return replace_rows(con, "cbs_measures", rows, {})
