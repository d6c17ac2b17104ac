"""The attacker: what someone who reads a serving copy and knows the rules can work out.

Reads only the copy (attached read-only) and its `publish_info`, like a data user or a
journalist with the whole file, and computes for every hidden cell the interval its true value
must lie in, from everything published: the hierarchies (a wijk is the sum of its buurten), the
rounding base, the threshold, the small-area rule, the population as published, the
algorithm's own choices (knowledge.py) and, where a domain has a unique-client total, that it
lies between its largest category and the categories' sum (overlap.py). A copy is
publishable only if no hidden cell's interval lies inside 1..threshold-1 and each is at least
the protection width wide (or as wide as the published population alone allows, when that is
narrower), no published count is below the threshold, buurt and wijk population is rounded and
published once per true figure, and no youth record shows an age band its cell hides.

Used by the tests, by `make audit` (`python -m wijkwijs.attack`) and at publish, where a copy
that fails is not swapped in (wijkwijs.publish.serving). docs/privacy.md: the attacker model.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import duckdb

from wijkwijs.attack.knowledge import apply_knowledge
from wijkwijs.attack.overlap import apply_unique_totals
from wijkwijs.attack.report import EXAMPLES, Audit, TableFindings, table_findings
from wijkwijs.attack.solve import propagate_cells, solve_linked
from wijkwijs.attack.tables import HIERARCHIES, _has, load_cells
from wijkwijs.config import DUCKDB_CONFIG
from wijkwijs.disclosure.rules import DisclosureRules

POPULATION_COLUMNS = ("residents_total", "residents_0_17", "residents_18_plus",
                      "residents_18_66", "households")
CBS_POPULATION_BASE = 5
AUDIT_SPILL_SUFFIX = ".audit.tmp"  # the audit's spill folder, beside the copy it reads
# A whole copy with more cells is audited a batch of periods at a time: the national copy's
# 31 M cells at once spilled 26 GB within 15 minutes under the 4 GB limit (2026-12-07)
AUDIT_BATCH_CELLS = 3_000_000


def audit_batch_cells() -> int:
    return int(os.environ.get("WIJKWIJS_AUDIT_BATCH_CELLS") or AUDIT_BATCH_CELLS)


def _publish_info(con) -> dict:
    try:
        df = con.execute(
            "select * from copy.publish_info order by published_at desc limit 1"
        ).df()
    except duckdb.Error:
        return {}
    return df.iloc[0].to_dict() if len(df) else {}


def _population_exact(con) -> tuple[int, int]:
    have = {c for (c,) in con.execute(
        "select column_name from information_schema.columns where table_name = 'areas'"
    ).fetchall()}
    columns = [c for c in POPULATION_COLUMNS if c in have]
    if not columns:
        return 0, 0
    checks = " + ".join(
        f"count(*) filter (where {c} % {CBS_POPULATION_BASE} <> 0)" for c in columns
    )
    present = " + ".join(f"count({c})" for c in columns)
    return con.execute(
        f"select {checks}, {present} from copy.areas where area_level in ('buurt', 'wijk')"
    ).fetchone()


# areas' population columns and the rates' population group each holds
AREA_GROUPS = {"residents_total": "total", "residents_0_17": "0_17",
               "residents_18_plus": "18_plus", "residents_18_66": "18_66",
               "households": "households"}


def _columns(con, table: str) -> set[str]:
    return {c for (c,) in con.execute(
        "select column_name from information_schema.columns where table_name = ?", [table]
    ).fetchall()}


def _population_twice(con) -> int:
    """Population figures that are one true figure published as two different values: the
    same group of an area and year in areas and as a rate's denominator; 18 to the AOW age and
    18-66 in a year whose AOW age is 67 exactly; a wijk of a single buurt and that buurt. Two
    random roundings of one figure narrow it from 9 possible values to 4."""
    have = _columns(con, "areas")
    parts = [
        f"select boundary_year, area_level, area_code, '{group}' as grp, {column} as v "
        "from copy.areas"
        for column, group in AREA_GROUPS.items() if column in have
    ]
    for table, year in (("area_clients_monthly", "extract(year from period)"),
                        ("area_clients_yearly", "year")):
        if {"population_group", "residents"} <= _columns(con, table):
            parts.append(
                f"select distinct boundary_year, area_level, area_code, population_group, "
                f"residents from copy.{table} where {year} = boundary_year"
            )
    if not parts:
        return 0
    aow = ("select year from copy.aow_age where aow_age_years = 67 and aow_age_months = 0"
           if {"aow_age_years", "aow_age_months"} <= _columns(con, "aow_age")
           else "select null::integer as year where false")
    return con.execute(
        f"""
        with figures as (
            select boundary_year, area_level, area_code,
                case when grp = '18_aow' and boundary_year in ({aow}) then '18_66' else grp end
                    as grp, v
            from ({" union all ".join(parts)}) where v is not null
        ),
        single as (
            select boundary_year, wijk_code, any_value(area_code) as buurt_code
            from copy.areas where area_level = 'buurt' group by all having count(*) = 1
        ),
        keyed as (
            select f.boundary_year, f.grp, coalesce(s.buurt_code, f.area_code) as code, f.v
            from figures f
            left join single s
              on f.area_level = 'wijk' and s.boundary_year = f.boundary_year
             and s.wijk_code = f.area_code
            where f.area_level in ('buurt', 'wijk')
        )
        select count(*) from (
            select boundary_year, grp, code from keyed group by all having count(distinct v) > 1
        )
        """
    ).fetchone()[0]


def _small_group_rates(con, rules: DisclosureRules) -> int:
    """Rates published about a group whose published population shows it is below the minimum
    (published + population_base - 1 < min_group_residents): the rule forbids them, and the
    copy itself proves the group is that small. Rates and the BBV's rates (denominator: count
    times scale over the rate)."""
    err = max(rules.population_base - 1, 0)
    limit = rules.min_group_residents
    parts = []
    for table in ("area_clients_monthly", "area_clients_yearly"):
        have = _columns(con, table)
        if {"rate_state", "residents", "area_level"} <= have:
            parts.append(f"select count(*) from copy.{table} where rate_state = 'number' "
                         f"and area_level <> 'gemeente' and residents + {err} < {limit}")
        if {"bbv_rate", "bbv_rate_state", "clients"} <= have and "bbv_rate_scale" in _columns(
                con, "categories"):
            parts.append(
                f"select count(*) from copy.{table} t join copy.categories k "
                "using (domain, category) where t.bbv_rate_state = 'number' and t.bbv_rate > 0 "
                f"and t.area_level <> 'gemeente' "
                f"and round(t.clients * k.bbv_rate_scale / t.bbv_rate) + {err} < {limit}"
            )
    return sum(con.execute(q).fetchone()[0] for q in parts)


def _youth_loads_by_month(con) -> int:
    """Served load-log rows of youth input that name a month of collection: the ideas are
    published per quarter, and a delivery's months would date them within it."""
    if not {"file_kind", "periods"} <= _columns(con, "load_status"):
        return 0
    return con.execute(
        "select count(*) from copy.load_status where file_kind = 'youth_input' "
        "and regexp_matches(periods, '[0-9]{4}-[0-9]{2}(,|$)')"
    ).fetchone()[0]


def _youth_records_revealing(con) -> int:
    """Records whose age band is shown while their cell (buurt, theme, quarter) hides it."""
    states = {c for (c,) in con.execute(
        "select column_name from information_schema.columns "
        "where table_name = 'youth_input_by_buurt_theme' and column_name like '%_state'"
    ).fetchall()}
    needed = {"records_10_13_state", "records_14_17_state", "records_18_23_state"}
    if not needed <= states:
        return 0  # a legacy copy hides nothing per cell: its small counts are counted above
    return con.execute(
        """
        select count(*)
        from copy.youth_input_records r
        join copy.youth_input_by_buurt_theme c
          on c.boundary_year = r.boundary_year and c.buurt_code = r.buurt_code
         and c.theme = r.theme and c.year = r.year and c.quarter = r.quarter
        where (r.age_band = '10-13' and c.records_10_13_state <> 'number')
           or (r.age_band = '14-17' and c.records_14_17_state <> 'number')
           or (r.age_band = '18-23' and c.records_18_23_state <> 'number')
        """
    ).fetchone()[0]


def audit_connection(con: duckdb.DuckDBPyConnection, months: list[str] | None = None,
                     years: list[str] | None = None) -> Audit:
    """Audit the copy attached to `con` as `copy`; `months` / `years`: only those periods'
    cells of the monthly and yearly tables (an incremental publish: load_cells says why that
    is exact). The other checks are cheap and always read the whole copy."""
    rules = DisclosureRules.from_publish_info(_publish_info(con))
    width = rules.protection_width or DisclosureRules.protection_width
    batches = (_period_batches(con, audit_batch_cells()) if months is None and years is None
               else [(months, years)])
    findings, linked = [], 0
    for number, (batch_months, batch_years) in enumerate(batches):
        found, batch_linked = _cell_findings(con, rules, width, batch_months, batch_years,
                                             youth=number == 0)
        findings, linked = _merged(findings, found), linked + batch_linked
    exact, checked = _population_exact(con)
    tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
    youth = _youth_records_revealing(con) if "youth_input_records" in tables else 0
    # a legacy copy published the population exactly: counted above, nothing to lay side by side
    twice = 0 if rules.zeros_published else _population_twice(con)
    return Audit(rules, width, tuple(findings), int(exact), int(checked), int(youth), linked,
                 population_twice=int(twice), youth_loads_by_month=int(_youth_loads_by_month(con)),
                 small_group_rates=int(_small_group_rates(con, rules)))


def _cell_findings(con, rules: DisclosureRules, width: int, months, years,
                   youth: bool) -> tuple[list[TableFindings], int]:
    """The attacker on the cells of `months` and `years` (None: all), and the youth cells."""
    load_cells(con, rules, months, years, youth=youth)
    if con.execute("select count(*) from cells").fetchone()[0] == 0:
        return [], 0
    apply_knowledge(con, rules)
    propagate_cells(con)
    apply_unique_totals(con)  # before the LP: a new propagation would undo its bounds
    linked = solve_linked(con)
    return table_findings(con, rules, width), linked


def _period_batches(con, limit: int) -> list[tuple[list[str] | None, list[str] | None]]:
    """A whole copy's months and years in batches of about `limit` cells, or one batch of
    everything (None, None) when it has no more. Exact: no cell links two periods
    (tables.load_cells), so the batches' findings together are the whole copy's."""
    sizes = {"period": {}, "year": {}}
    for table, _, column, *_ in HIERARCHIES:
        if _has(con, table):
            for key, n in con.execute(f"select cast({column} as varchar), count(*) "
                                      f"from copy.{table} group by 1").fetchall():
                sizes[column][key] = sizes[column].get(key, 0) + n
    if sum(map(sum, (s.values() for s in sizes.values()))) <= limit:
        return [(None, None)]
    batches = []
    for column, counts in sizes.items():
        groups, size = [[]], 0
        for key in sorted(counts):
            if groups[-1] and size + counts[key] > limit:
                groups.append([])
                size = 0
            groups[-1].append(key)
            size += counts[key]
        batches += [(g, []) if column == "period" else ([], g) for g in groups if g]
    return batches


def _merged(findings: list[TableFindings], more: list[TableFindings]) -> list[TableFindings]:
    """Two batches' findings per table, counts added, the first examples kept."""
    by_source = {f.source: f for f in findings}
    for f in more:
        known = by_source.get(f.source)
        by_source[f.source] = f if known is None else replace(
            known, examples=(known.examples + f.examples)[:EXAMPLES],
            **{k: getattr(known, k) + getattr(f, k) for k in _COUNTS})
    return sorted(by_source.values(), key=lambda f: f.source)  # as table_findings orders


_COUNTS = ("examined", "hidden", "exact", "pinned", "narrow", "published_small", "inconsistent")


def audit_copy(path: Path | str, months: list[str] | None = None,
               years: list[str] | None = None) -> Audit:
    """Audit the serving copy at `path` (opened read-only; nothing is written); `months` /
    `years` limit the cell analysis to those periods (audit_connection)."""
    with duckdb.connect(config=audit_config(path)) as con:
        con.execute("set enable_progress_bar = false")  # a report, not a terminal session
        con.execute(f"attach '{Path(path)}' as copy (read_only)")
        return audit_connection(con, months, years)


def audit_config(path: Path | str) -> dict:
    """The pipeline's memory limit, spilling beside the copy: unbounded, DuckDB takes 80 % of
    RAM, and the audit of a national copy took 20 GB before it was stopped (2026-12-07); an
    in-memory database would otherwise spill into `.tmp` of whatever folder the run started in."""
    return {**DUCKDB_CONFIG, "temp_directory": f"{Path(path)}{AUDIT_SPILL_SUFFIX}"}
