"""Glue for the dbt Python models of dbt_project/models/intermediate/disclosure/.

The models stay one call each; the SQL that shapes their input into hierarchies lives here, next
to the suppression it feeds.
"""

from __future__ import annotations

import os

import pandas as pd

from wijkwijs.disclosure.keys import disclosure_key
from wijkwijs.disclosure.population import round_population
from wijkwijs.disclosure.rules import DisclosureRules
from wijkwijs.disclosure.suppress import Hierarchy, protect

# cells per call of the suppression: trees never cross a month, so a batch of months is
# exact, and a national build (21 M cells) stays in memory instead of spilling
BATCH_CELLS = 2_000_000
# ranks a later population year after every earlier one in _small_flags
NO_EARLIER_YEAR = 10_000


def batch_cells() -> int:
    return int(os.environ.get("WIJKWIJS_DISCLOSURE_BATCH_CELLS") or BATCH_CELLS)
LEVEL_DEPTH = "case {0}.area_level when 'gemeente' then 0 when 'wijk' then 1 else 2 end"
PARENT = ("case {0}.area_level when 'buurt' then {1}.wijk_code "
          "when 'wijk' then {1}.gemeente_code end")


def rules_frame() -> pd.DataFrame:
    """The rules of this run as one row (int_disclosure_rules)."""
    return pd.DataFrame([DisclosureRules.from_env().as_row()])


def rules_of(relation) -> DisclosureRules:
    """The rules back from the int_disclosure_rules relation."""
    return DisclosureRules.from_row(relation.df().iloc[0].to_dict())


def published_population(frame: pd.DataFrame, rules: DisclosureRules, columns: list[str],
                         areas: pd.DataFrame) -> pd.DataFrame:
    """`frame` with the population `columns` as published: buurt and wijk randomly rounded.
    `areas` (int_areas_rolled_up) tells which wijken are a single buurt: they draw as it."""
    return round_population(frame, columns, disclosure_key(), rules.population_base,
                            single_buurt_wijken(areas))


def single_buurt_wijken(areas: pd.DataFrame) -> dict[tuple[int, str], str]:
    """(boundary_year, wijk_code) -> buurt_code for every wijk with exactly one buurt."""
    buurten = areas[areas["area_level"] == "buurt"]
    counts = buurten.groupby(["boundary_year", "wijk_code"])["area_code"].agg(["count", "first"])
    single = counts[counts["count"] == 1]
    return {(int(y), str(w)): str(b) for (y, w), b in single["first"].items()}


def _small_flags(session, name: str, counts: str, checked: str, group_sql: str,
                 period_year: str) -> None:
    """`{name}_small`: per boundary year, area, population group and year of the counts, whether
    the area or group is below the minimum. The population of the year itself, else of the
    latest earlier year, else of the earliest later one; none at all: treated as too small.
    One join and a nearest-year pick rather than two ASOF joins: the same rows, 3x faster
    (national, one month: 14 s -> 4 s; all months: 47 s -> 17 s, on a loaded machine)."""
    session.execute(
        f"""
        create or replace temp table {name}_small as
        with years as (
            select distinct boundary_year, {period_year} as year from {counts}
        )
        select e.boundary_year, e.area_code, e.population_group, y.year,
            coalesce(arg_min(e.is_too_small,
                             case when e.year <= y.year then y.year - e.year
                                  else {NO_EARLIER_YEAR} + e.year - y.year end),
                     true) as is_too_small
        from {checked} e join years y using (boundary_year)
        where e.population_group in ({group_sql})
        group by all
        """
    )


def _batches(session, counts: str, column: str) -> list[list]:
    """The values of `column` (a tree column: no tree crosses two values) in groups of about
    BATCH_CELLS cells."""
    batches, current, size, limit = [], [], 0, batch_cells()
    for value, n in session.execute(
            f"select {column}, count(*) from {counts} group by 1 order by 1").fetchall():
        if current and size + n > limit:
            batches.append(current)
            current, size = [], 0
        current.append(value)
        size += n
    return [*batches, current] if current or not batches else batches


def _disclose_rolled_up(session, counts, areas, checked, rules_rel, *, name: str,
                        keys: list[str], value: str, state: str, year: str, group: str,
                        group_join: str = "", extra_views=(), only=None):
    """A roll-up (area_level, area_code, boundary_year, `keys`, `value`, `state`) after
    disclosure control, one hierarchy per boundary year and `keys`. `year` is the SQL for the
    population year of a row (on `c`), `group` the SQL for its population group (on `c` and
    what `group_join` joins, e.g. the category list as `k`). The trees are protected a batch
    of `keys[0]` values at a time; with `only` (a relation with the column `keys[0]`) just
    those values (an incremental build: the periods that changed)."""
    rules = rules_of(rules_rel)
    views = ((counts, "counts"), (areas, "areas"), (checked, "checked"), *extra_views)
    if only is not None:
        views = (*views, (only, "only"))
    for rel, view in views:
        rel.to_view(f"{name}_{view}", replace=True)
    batch_column = keys[0]
    # the counts this build protects: with `only`, its values alone, so that the small-area
    # flags too are worked out for their years only (a month at national: 17 s -> 4 s)
    scoped = f"{name}_counts"
    if only is not None:
        scoped = f"{name}_scoped"
        session.execute(f"create or replace temp view {scoped} as select * from {name}_counts "
                        f"semi join {name}_only using ({batch_column})")
    groups = (f"select population_group from {name}_categories" if group_join
              else group)
    _small_flags(session, name, scoped, f"{name}_checked", groups, year.replace("c.", ""))
    joins = "".join(
        f"""
        left join {name}_{table} {alias}
          on {alias}.boundary_year = c.boundary_year and {alias}.area_code = c.area_code
         and {alias}.population_group = {group} and {alias}.year = {year}"""
        for table, alias in (("small", "s"), ("checked", "e"))
    )
    out, first = f"{name}_disclosed", True  # a temp table: the batches' rows, returned below
    for batch in _batches(session, scoped, batch_column):
        session.execute(f"create or replace temp table {name}_batch as "
                        f"select unnest(?) as {batch_column}", [batch])
        session.execute(
            f"""
            create or replace temp view {name}_cells as
            select c.area_level, c.boundary_year, {", ".join(f"c.{k}" for k in keys)},
                c.area_code, {PARENT.format('c', 'a')} as parent_code,
                {LEVEL_DEPTH.format('c')} as depth,
                c.{value} as value, c.{state} as state,
                coalesce(s.is_too_small, true) as small,
                e.upper_bound as upper, false as public
            from {name}_counts c
            semi join {name}_batch b using ({batch_column})
            join {name}_areas a
              on a.boundary_year = c.boundary_year and a.area_level = c.area_level
             and a.area_code = c.area_code
            {group_join.format(name=name)}
            {joins}
            """
        )
        protected = protect(session, f"{name}_cells", Hierarchy(("boundary_year", *keys)),
                            rules, disclosure_key(), name)
        rows = protected.project(
            f"area_level, area_code, {', '.join(keys)}, boundary_year, "
            f"cast(value as integer) as {value}, state as {state}, suppression, protection_ok"
        )
        rows.to_view(f"{name}_batch_rows", replace=True)
        session.execute(f"create or replace temp table {out} as select * from {name}_batch_rows"
                        if first else f"insert into {out} select * from {name}_batch_rows")
        first = False
    return session.table(out)


def disclose_counts(session, counts, areas, categories, checked, rules_rel, *, name: str,
                    only=None):
    """int_case_counts_rolled_up after disclosure control; the population group of a count is
    its category's (the rates' denominator). With `only` (a relation of `period`s) just those
    months: their trees are all the suppression ever looks at."""
    return _disclose_rolled_up(
        session, counts, areas, checked, rules_rel, name=name,
        keys=["period", "domain", "category"], value="clients", state="clients_state",
        year="cast(extract(year from c.period) as integer)", group="k.population_group",
        group_join="left join {name}_categories k "
                   "on k.domain = c.domain and k.category = c.category",
        extra_views=((categories, "categories"),), only=only,
    )


def disclose_stapeling(session, stapeling, areas, checked, rules_rel, *, name: str):
    """int_stapeling_rolled_up after disclosure control; the group a stapeling figure is
    about is the area's households."""
    return _disclose_rolled_up(
        session, stapeling, areas, checked, rules_rel, name=name,
        keys=["year", "combination"], value="households", state="households_state",
        year="c.year", group="'households'",
    )
