"""The warehouse connection of the loaders and small helpers around the raw schema (whose
tables are declared once, in the dbt sources: wijkwijs.raw_tables)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from wijkwijs.raw_tables import create_raw_tables


def note_changed(con, kind: str, keys: pd.DataFrame) -> None:
    """Record the months a write to raw.<kind> touched (`keys`: its replace-key values): the
    case counts' periods, the stapeling years as their twelve months (the profile joins them
    per month). Other kinds (youth input) feed tables that every build makes whole."""
    if kind == "case_counts" and "period" in keys:
        months = pd.to_datetime(keys["period"]).dt.strftime("%Y-%m-01").unique().tolist()
    elif kind == "stapeling" and "year" in keys:
        months = [
            f"{int(y)}-{m:02d}-01" for y in keys["year"].dropna().unique() for m in range(1, 13)
        ]
    else:
        return
    if months:
        con.execute(
            "insert into raw.changed_periods select unnest(?::date[]), ?, now()::timestamp",
            [months, kind],
        )


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """The single writing connection; creates the file and the raw schema when missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    create_raw_tables(con)
    return con
