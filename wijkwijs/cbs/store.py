"""Warehouse tables for CBS/PDOK reference figures and the fetch log.

`create table if not exists`, so the tables exist (empty) on the default demo path too; the
dbt staging models create the same tables in a pre-hook for runs where no CBS asset ran.
A source's rows are replaced only after a complete, successful read: a failed fetch leaves
the last good rows in place and writes a `failed` row to raw.cbs_fetch_log instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd

CBS_DDL = """
create schema if not exists raw;
create table if not exists raw.kwb_figures (
    source varchar not null,
    table_id varchar not null,
    year integer not null,
    area_level varchar not null,
    area_code varchar not null,
    measure varchar not null,
    measure_label varchar,
    unit varchar,
    value double,
    value_state varchar not null,
    source_key varchar,
    definition_nl varchar,
    fetched_at timestamp not null
);
create table if not exists raw.cbs_wijk_figures (
    source varchar not null,
    family varchar not null,
    table_id varchar not null,
    table_title varchar,
    period varchar,
    year integer,
    dimensions varchar,
    area_level varchar not null,
    area_code varchar not null,
    source_key varchar not null,
    measure_label varchar,
    unit varchar,
    value double,
    value_state varchar not null,
    definition_nl varchar,
    fetched_at timestamp not null
);
alter table raw.cbs_wijk_figures add column if not exists measure varchar;
alter table raw.cbs_wijk_figures add column if not exists boundary_year integer;
alter table raw.cbs_wijk_figures add column if not exists topic_path varchar;
create table if not exists raw.cbs_measures (
    measure varchar not null,
    measure_label varchar not null,
    unit varchar not null,
    theme varchar not null,
    definition_nl varchar not null,
    is_feature boolean not null
);
create table if not exists raw.cbs_area_names (
    area_level varchar not null,
    area_code varchar not null,
    year integer not null,
    area_name varchar not null,
    source varchar not null
);
create table if not exists raw.cbs_area_crosswalk (
    area_level varchar not null,
    from_year integer not null,
    from_code varchar not null,
    to_year integer not null,
    to_code varchar not null,
    overlap_m2 double not null,
    share_of_from double not null,
    share_of_to double not null
);
create table if not exists raw.cbs_area_series (
    area_level varchar not null,
    area_code varchar not null,
    boundary_year integer not null,
    series_key varchar not null,
    predecessor_code varchar,
    predecessor_year integer,
    link_basis varchar not null,
    is_break boolean not null,
    break_reason varchar,
    change_flag integer
);
create table if not exists raw.cbs_fetch_log (
    logged_at timestamp not null,
    source varchar not null,
    table_id varchar,
    year integer,
    status varchar not null,
    rows integer,
    fetched_at timestamp,
    message varchar
);
"""

KWB_COLUMNS = (
    "source table_id year area_level area_code measure measure_label unit value value_state "
    "source_key definition_nl fetched_at"
).split()
WIJK_COLUMNS = (
    "source family table_id table_title period year dimensions area_level area_code source_key "
    "measure_label unit value value_state definition_nl fetched_at measure boundary_year "
    "topic_path"
).split()
COLUMNS = {
    "kwb_figures": KWB_COLUMNS,
    "cbs_wijk_figures": WIJK_COLUMNS,
    "cbs_area_names": "area_level area_code year area_name source".split(),
    "cbs_area_crosswalk": (
        "area_level from_year from_code to_year to_code overlap_m2 share_of_from share_of_to"
    ).split(),
    "cbs_area_series": (
        "area_level area_code boundary_year series_key predecessor_code predecessor_year "
        "link_basis is_break break_reason change_flag"
    ).split(),
    "cbs_measures": "measure measure_label unit theme definition_nl is_feature".split(),
}

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
    con.execute(CBS_DDL)


def replace_rows(con, table: str, rows: pd.DataFrame, where: dict[str, object]) -> int:
    """Delete the rows matching `where` and insert `rows`, in one transaction."""
    columns = COLUMNS[table]
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
        columns=COLUMNS["cbs_measures"],
    )
    return replace_rows(con, "cbs_measures", rows, {})
