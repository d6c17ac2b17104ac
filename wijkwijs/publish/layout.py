"""A second, period-first copy of the monthly figures in the serving copy, for the map.

`area_clients_monthly` is served area-first (publish sorts every table `order by all`): the
profile pages read every month of one area, which then sits in one or two row groups. The
Overzicht reads the opposite slice, one month of one category for every area, and out of an
area-first table that reads every row group: 600 ms at national scale (24 M rows, 14,500
buurten). Sorted period-first, DuckDB's zone maps skip all but one row group (20 ms).

Only the columns the map shows are copied (at national scale 620 MB beside the 1.8 GB copy,
35 s of publish). The table is derived from `area_clients_monthly`, so it is left out of the
content hash; a copy published before it existed has no such table and the dashboard then
reads `area_clients_monthly` (dashboards/queries.py).
"""

from __future__ import annotations

import duckdb

PERIOD_TABLE = "area_clients_by_period"
SOURCE_TABLE = "area_clients_monthly"
PERIOD_KEYS = ("area_level", "period", "domain", "category", "boundary_year", "area_code")
# every figure the Overzicht can show, with its state; residents for the denominator
PERIOD_FIGURES = (
    "clients", "clients_state", "rate_per_1000", "rate_state", "residents",
    "index_gemeente", "index_state", "rate_change_prev_year", "change_prev_year_state",
    "rate_change_prev_period", "change_prev_period_state",
)


def add_period_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create PERIOD_TABLE from SOURCE_TABLE in `con`, with the figure columns it has."""
    have = {
        name for (name,) in con.execute(
            "select column_name from information_schema.columns where table_name = ?",
            [SOURCE_TABLE],
        ).fetchall()
    }
    columns = [*PERIOD_KEYS, *(c for c in PERIOD_FIGURES if c in have)]
    con.execute(
        f"create table {PERIOD_TABLE} as select {', '.join(columns)} from {SOURCE_TABLE} "
        f"order by {', '.join(PERIOD_KEYS)}"
    )
