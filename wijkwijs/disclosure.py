"""Disclosure control: the one module every published count passes through (DESIGN.md).

Applied once, in the dbt models `int_case_counts_disclosed` and `int_stapeling_disclosed`, so
every rate, index and change in the marts is computed from the published counts and cannot
reveal more than they do. Rules:

- primary suppression: a count from 1 to `threshold - 1` is hidden (state `suppressed`);
- secondary suppression: within a parent (wijk → its buurten, gemeente → its wijken) a hidden
  cell must not be recoverable by subtraction: if a published parent has exactly one hidden
  child, the smallest published child is hidden too (or, without one, the parent); a hidden
  parent whose children are all published gets its smallest child hidden. Repeated until stable;
- rounding: published counts are rounded to a multiple of `rounding_base`;
- a value that is not a number keeps its own state (suppressed, not_published, unknown).

Defaults, threshold 5 and base 5, follow CBS practice for Wmo and youth-care counts (rounded to
multiples of 5, small values secret): no published count lies between 1 and 4.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import duckdb

MAX_PASSES = 20  # each pass hides at least one cell; real hierarchies settle in 2–3


@dataclass(frozen=True)
class DisclosureRules:
    threshold: int = 5
    rounding_base: int = 5

    @classmethod
    def from_env(cls) -> DisclosureRules:
        return cls(
            threshold=int(os.environ.get("WIJKWIJS_SUPPRESSION_THRESHOLD", cls.threshold)),
            rounding_base=int(os.environ.get("WIJKWIJS_ROUNDING_BASE", cls.rounding_base)),
        )


def disclose(
    con: duckdb.DuckDBPyConnection,
    source: str,
    *,
    value: str,
    state: str,
    keys: list[str],
    rules: DisclosureRules,
    work_table: str = "disclosure_work",
) -> duckdb.DuckDBPyRelation:
    """Disclosure-controlled rows of `source` (a table or view name).

    `source` needs the columns `boundary_year`, `area_code`, `parent_code` (NULL at the top),
    the cell `keys` (e.g. period, domain, category), `value` and `state`. The result has the same
    columns, with `value` rounded or NULL, `state` updated, and `suppression` ('primair',
    'secundair' or NULL) saying why a cell was hidden.
    """
    t = rules.threshold
    con.execute(
        f"""
        create or replace temp table {work_table} as
        select *,
            ({state} = 'number' and {value} between 1 and {t - 1}) as _hidden,
            case when {state} = 'number' and {value} between 1 and {t - 1}
                 then 'primair' end as suppression
        from {source}
        """
    )
    group = ["boundary_year", *keys]
    on_group = " and ".join(f"c.{k} = p.{k}" for k in group)
    for _ in range(MAX_PASSES):
        if not _secondary_pass(con, work_table, value, state, group, on_group):
            break
    base = rules.rounding_base
    rounded = f"cast(round({value} / {base}.0) * {base} as integer)" if base > 1 else value
    return con.sql(
        f"""
        select * exclude (_hidden) replace (
            case when _hidden or {state} <> 'number' then null else {rounded} end as {value},
            case when _hidden then 'suppressed' else {state} end as {state}
        )
        from {work_table}
        """
    )


def _secondary_pass(con, work, value, state, group, on_group) -> int:
    """Hide one more cell in every group where a hidden cell could be recovered; returns count."""
    cols = ", ".join(group)
    c_cols = ", ".join(f"c.{k}" for k in group)
    needs = f"""
        with parents as (
            select {cols}, area_code as parent_code, _hidden as parent_hidden,
                   ({state} = 'number' and not _hidden) as parent_published
            from {work}
        ),
        groups as (
            select {c_cols}, c.parent_code, p.parent_hidden, p.parent_published,
                   count(*) filter (where c._hidden) as n_hidden,
                   count(*) filter (where not c._hidden and c.{state} = 'number') as n_open
            from {work} c
            join parents p on {on_group} and c.parent_code = p.parent_code
            group by all
        )
        select * from groups
        where (parent_published and n_hidden = 1) or (parent_hidden and n_hidden = 0)
    """
    # the smallest open child of each such group (non-zero first: a hidden zero protects less)
    children = con.execute(
        f"""
        with needs as ({needs}),
        ranked as (
            select c.area_code, {c_cols},
                   row_number() over (
                       partition by {c_cols}, c.parent_code
                       order by (c.{value} = 0), c.{value}, c.area_code
                   ) as rank
            from {work} c
            join needs p on {on_group} and c.parent_code = p.parent_code
            where not c._hidden and c.{state} = 'number'
        )
        update {work} w set _hidden = true, suppression = 'secundair'
        from ranked r
        where r.rank = 1 and w.area_code = r.area_code
          and {" and ".join(f"w.{k} = r.{k}" for k in group)}
        """
    ).fetchone()[0]
    # a published parent with one hidden child and no open child left: hide the parent itself
    parents = con.execute(
        f"""
        with needs as ({needs})
        update {work} w set _hidden = true, suppression = 'secundair'
        from needs n
        where n.n_open = 0 and n.parent_published and w.area_code = n.parent_code
          and {" and ".join(f"w.{k} = n.{k}" for k in group)}
        """
    ).fetchone()[0]
    return children + parents


def disclose_rolled_up(
    con: duckdb.DuckDBPyConnection,
    counts: duckdb.DuckDBPyRelation,
    areas: duckdb.DuckDBPyRelation,
    *,
    value: str,
    state: str,
    keys: list[str],
    name: str,
) -> duckdb.DuckDBPyRelation:
    """`disclose` for a roll-up with area_level/area_code rows and the area hierarchy beside it.

    Used by the dbt Python models; returns the roll-up's own columns plus `suppression`.
    """
    counts.to_view(f"{name}_counts", replace=True)
    areas.to_view(f"{name}_areas", replace=True)
    con.execute(
        f"""
        create or replace temp view {name}_cells as
        select c.*,
            case c.area_level when 'buurt' then a.wijk_code
                              when 'wijk' then a.gemeente_code end as parent_code
        from {name}_counts c
        join {name}_areas a
          on a.boundary_year = c.boundary_year and a.area_level = c.area_level
         and a.area_code = c.area_code
        """
    )
    disclosed = disclose(
        con,
        f"{name}_cells",
        value=value,
        state=state,
        keys=keys,
        rules=DisclosureRules.from_env(),
        work_table=f"{name}_work",
    )
    return disclosed.project(", ".join([*counts.columns, "suppression"]))
