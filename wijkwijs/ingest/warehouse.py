"""The warehouse connection of the loaders and small helpers around the raw schema (whose
tables are declared once, in the dbt sources: wijkwijs.raw_tables)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


# The settings of a load, each set back afterwards:
# - checkpoint_threshold: DuckDB rewrites its tables into the database file whenever the
#   write-ahead log passes it (16 MiB by default): a city load of 370 files did so a few times,
#   each rewrite longer than the one before (up to 2.5 s). A load checkpoints at 256 MiB
#   instead (the city's whole load logs ~72 MB); every commit is still logged and synced.
# - threads: a load is hundreds of small statements (a file's month), for which a second
#   thread costs more in hand-overs than it gains: the city load's CPU went from 29 to 22 s.
LOAD_SETTINGS = {"checkpoint_threshold": "256MiB", "threads": "1"}


@contextmanager
def load_settings(con) -> Iterator[None]:
    """LOAD_SETTINGS on the connection while loading, then its own settings again."""
    before = {
        name: con.execute(f"select current_setting('{name}')").fetchone()[0]
        for name in LOAD_SETTINGS
    }
    for name, value in LOAD_SETTINGS.items():
        con.execute(f"set {name} = '{value}'")
    try:
        yield
    finally:
        for name, value in before.items():
            con.execute(f"set {name} = '{value}'")
