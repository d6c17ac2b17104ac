"""The raw schema of the warehouse (docs/architecture.md) and small helpers around it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

RAW_DDL = """
create schema if not exists raw;
create table if not exists raw.case_counts (
    period date not null,
    boundary_year integer not null,
    buurt_code varchar not null,
    domain varchar not null,
    category varchar not null,
    clients integer,
    value_state varchar not null,
    load_id varchar not null
);
create table if not exists raw.stapeling (
    year integer not null,
    boundary_year integer not null,
    buurt_code varchar not null,
    combination varchar not null,
    households integer,
    value_state varchar not null,
    load_id varchar not null
);
create table if not exists raw.population (
    year integer not null,
    boundary_year integer not null,
    buurt_code varchar not null,
    residents_0_17 integer,
    residents_18_26 integer,
    residents_27_66 integer,
    residents_67_plus integer,
    households integer
);
-- every age band of bevolking.csv in long form (the four above included): the models build
-- each rate's population group from the bands that cover it (docs/data-contract.md)
create table if not exists raw.population_bands (
    year integer not null,
    boundary_year integer not null,
    buurt_code varchar not null,
    band varchar not null,
    age_from integer not null,
    age_to integer,
    to_aow boolean not null,
    residents integer
);
create table if not exists raw.buurten (
    boundary_year integer not null,
    buurt_code varchar not null,
    buurt_name varchar not null,
    wijk_code varchar not null,
    gemeente_code varchar not null,
    gemeente_name varchar not null,
    is_water boolean not null,
    change_flag integer,
    area_m2 double not null,
    geometry_wkb blob not null
);
create table if not exists raw.wijken (
    boundary_year integer not null,
    wijk_code varchar not null,
    wijk_name varchar not null,
    gemeente_code varchar not null,
    gemeente_name varchar not null,
    geometry_wkb blob not null
);
create table if not exists raw.load_log (
    load_id varchar not null,
    file_name varchar not null,
    file_kind varchar,
    content_hash varchar not null,
    status varchar not null,
    rows integer,
    periods varchar,
    loaded_at timestamp not null,
    loaded_by varchar not null,
    message varchar
);
-- which load replaced which: undoing a correction restores exactly the versions it replaced
create table if not exists raw.load_replacements (
    load_id varchar not null,
    replaced_load_id varchar not null
);
-- the months whose case counts or stapeling changed since the last successful dbt build (a
-- load, a correction, an undo, a replay): what an incremental build recomputes
-- (wijkwijs.build_plan); emptied by the build that handled them
create table if not exists raw.changed_periods (
    period date not null,
    kind varchar not null,
    noted_at timestamp not null
);
create table if not exists raw.youth_input (
    record_id varchar not null,
    line integer not null,
    collected_on date not null,
    boundary_year integer not null,
    buurt_code varchar not null,
    x_rd double not null,
    y_rd double not null,
    lon double not null,
    lat double not null,
    location_precision varchar not null,
    theme varchar not null,
    idea varchar not null,
    age_band varchar not null,
    organisation varchar not null,
    activity varchar not null,
    support integer,
    scrub_markers varchar,
    review_status varchar not null,
    review_reason varchar,
    load_id varchar not null
);
"""


def note_changed(con, kind: str, keys: pd.DataFrame) -> None:
    """Record the months a write to raw.<kind> touched (`keys`: its replace-key values): the
    case counts' periods, the stapeling years as their twelve months (the profile joins them
    per month). Other kinds (youth input) feed tables that every build makes whole."""
    if kind == "case_counts" and "period" in keys:
        months = pd.to_datetime(keys["period"]).dt.strftime("%Y-%m-01").unique().tolist()
    elif kind == "stapeling" and "year" in keys:
        months = [f"{int(y)}-{m:02d}-01" for y in keys["year"].dropna().unique()
                  for m in range(1, 13)]
    else:
        return
    if months:
        con.execute(
            "insert into raw.changed_periods select unnest(?::date[]), ?, "
            "now()::timestamp", [months, kind])


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """The single writing connection; creates the file and the raw schema when missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute(RAW_DDL)
    return con
