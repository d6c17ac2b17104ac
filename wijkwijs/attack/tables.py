"""The published tables of a serving copy as cells of hierarchies, each with what it tells.

One row per cell: the table it comes from, its tree (e.g. one month, domain and category), its
area and parent, its state, and the interval [lo, hi] its true value is in as far as the cell
itself says: a published count's rounding interval (wijkwijs.disclosure.intervals), a hidden
count's a-priori range 0..(largest count the published population allows).
"""

from __future__ import annotations

import duckdb

from wijkwijs.disclosure.intervals import INF, count_bounds_sql
from wijkwijs.disclosure.rules import DisclosureRules

HIDDEN_STATES = ("suppressed", "too_few_residents")  # what the disclosure control hid
BANDS = ("10_13", "14_17", "18_23")  # youth age bands as columns of youth_input_by_buurt_theme


def _has(con, table: str, column: str | None = None) -> bool:
    sql = "select count(*) from information_schema.columns where table_name = ?"
    params = [table]
    if column:
        sql += " and column_name = ?"
        params.append(column)
    return con.execute(sql, params).fetchone()[0] > 0


def _quoted(values: list[str]) -> list[str]:
    return ["'" + str(v).replace("'", "''") + "'" for v in values]


def _population_upper(residents: str, level: str, rules: DisclosureRules) -> str:
    err = max(rules.population_base - 1, 0)
    return f"coalesce({residents} + case when {level} = 'gemeente' then 0 else {err} end, {INF})"


# (table, the columns of one tree besides the boundary year, period column, series,
#  value, state, the published population bounding the value)
HIERARCHIES = (
    ("area_clients_monthly", ("period", "domain", "category"), "period",
     "concat_ws('|', c.domain, c.category)", "clients", "clients_state", "residents"),
    ("area_client_totals_monthly", ("period", "domain"), "period", "c.domain",
     "clients", "clients_state", "residents"),
    ("area_stapeling_yearly", ("year", "combination"), "year", "c.combination",
     "households", "households_state", "total_households"),
)


def load_cells(con: duckdb.DuckDBPyConnection, rules: DisclosureRules,
               months: list[str] | None = None, years: list[str] | None = None,
               youth: bool = True) -> list[str]:
    """Create the temp table `cells` from the copy attached as `copy`; returns the tables read.

    `months` / `years` (an incremental publish): only those periods of the monthly and the
    yearly tables. Exact, because nothing the attacker knows links two periods: every tree,
    and so every sum, the population bounds, the algorithm's choices (knowledge.py), the
    gemeente cells the LP links (solve.py: same period) and the unique-client overlaps
    (overlap.py: same period), lies within one period. Youth cells are read whole, unless
    `youth` is false (a batch of a whole-copy audit that another batch reads them in)."""
    lo, hi = count_bounds_sql("value", rules)
    parts, read = [], []
    scoped = months is not None or years is not None
    for table, keys, period, series, value, state, population in HIERARCHIES:
        if not _has(con, table):
            continue
        periods = months if period == "period" else years
        # no period of this table changed: its part stays (with no rows), naming the columns
        where = ("" if not scoped else "where false" if not periods else
                 f"where cast(c.{period} as varchar) in ({', '.join(_quoted(periods))})")
        read.append(table)
        parts.append(
            f"""
            select '{table}' as source,
                concat_ws('|', c.boundary_year, {", ".join(f"c.{k}" for k in keys)}) as tree,
                a.gemeente_code as root_code, cast(c.{period} as varchar) as period_key,
                {series} as series, c.area_level, c.area_code,
                case c.area_level when 'buurt' then a.wijk_code
                                  when 'wijk' then a.gemeente_code end as parent_code,
                case c.area_level when 'gemeente' then 0 when 'wijk' then 1 else 2 end as depth,
                cast(c.{value} as bigint) as value, c.{state} as state,
                {_population_upper(f'c.{population}', 'c.area_level', rules)} as upper
            from copy.{table} c
            join copy.areas a
              on a.boundary_year = c.boundary_year and a.area_level = c.area_level
             and a.area_code = c.area_code
            {where}
            """
        )
    if youth and _has(con, "youth_input_by_buurt_theme"):
        read.append("youth_input_by_buurt_theme")
        tree = "concat_ws('|', boundary_year, buurt_code, theme, year, quarter)"
        parts.append(
            f"""
            select 'youth_input_by_buurt_theme', {tree}, buurt_code, concat(year, '-', quarter),
                theme, 'total', 'total', null, 0, cast(records as bigint), 'number',
                cast(records as bigint)
            from copy.youth_input_by_buurt_theme
            """
        )
        for band in BANDS:
            state = (
                f"records_{band}_state"
                if _has(con, "youth_input_by_buurt_theme", f"records_{band}_state")
                else "'number'"
            )
            parts.append(
                f"""
                select 'youth_input_by_buurt_theme', {tree}, buurt_code,
                    concat(year, '-', quarter), theme, 'band', '{band.replace("_", "-")}',
                    'total', 1, cast(records_{band} as bigint), {state}, cast(records as bigint)
                from copy.youth_input_by_buurt_theme
                """
            )
    if not parts:
        con.execute("create or replace temp table cells (source varchar, tree varchar)")
        return read
    youth = "source = 'youth_input_by_buurt_theme'"
    con.execute(
        f"""
        create or replace temp table cells as
        with raw as ({" union all ".join(parts)})
        select *,
            false as primary_known, false as order_known,
            state in {HIDDEN_STATES} as hidden,
            state = 'number' and value is not null as published,
            case when state = 'number' and value is not null then
                     case when {youth} then value else {lo} end
                 else 0 end as lo,
            case when state = 'number' and value is not null then
                     case when {youth} then value
                          -- the published population caps the count, unless it cannot be true
                          when {lo} <= upper then least({hi}, upper)
                          else {hi} end
                 else upper end as hi,
            -- the same without the population: for a tree the population cannot be true of
            case when state = 'number' and value is not null then
                     case when {youth} then value else least({hi}, {INF}) end
                 when {youth} then upper
                 else {INF} end as hi_no_population
        from raw
        """
    )
    return read
