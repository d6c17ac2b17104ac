"""The common path of a case-count or stapeling file: the cell rules of wijkwijs.ingest.validate
checked at once, set-based in DuckDB, and the typed rows built by the same query.

It only ever says yes. A file it passes has no problem under validate's rules and its rows
equal validate's; whenever anything looks off (a bad cell, a code that is not in a list, a
digit that is not ASCII, a duplicate key, a total that does not add up) it answers None and
validate's per-row rules run, the one place that words a report. So every message stays as
it was, and a difference between the two can only cost time, never a wrong load:
tests/ingest/test_validate_sql.py holds both to that on generated files, valid ones and ones
broken in every way the rules know.

Each expression below is the strict, ASCII-only subset of the rule it names in validate.py
or values.py (Python's `\\d` also takes other scripts' digits; those files take the slow path).
"""

from __future__ import annotations

import threading
from datetime import date

import duckdb
import pandas as pd
import pyarrow as pa

from wijkwijs.ingest.kinds import CASE_COUNTS, STAPELING, FileKind, resolve_columns
from wijkwijs.ingest.unique_totals import check_unique_totals
from wijkwijs.ingest.validate import (
    DOMAIN_WORDS,
    FIRST_YEAR,
    INT32_MAX,
    LAST_YEAR,
    TOTAL_CODE,
    ValidationContext,
    check_duplicates,
    check_total_matches_parts,
    name_claim,
)

# values.parse_count: the markers of each state, '<5', a whole number, '12.0' / '12,00'
_MARKERS = {
    "suppressed": (".", "x", "X", "-99997"),
    "not_published": ("-99995", "-99991"),
    "unknown": ("", "?", "-99999"),
}


def _list(values) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def _state(c: str) -> str:
    """values.parse_count's state of cell `c`: a marker, '<5', a whole number, '12.0'."""
    return f"""
    case
        when {c} in ({_list(_MARKERS["suppressed"])}) then 'suppressed'
        when {c} in ({_list(_MARKERS["not_published"])}) then 'not_published'
        when {c} in ({_list(_MARKERS["unknown"])}) then 'unknown'
        when regexp_full_match({c}, '<[ ]*[0-9]+') then 'suppressed'
        when regexp_full_match({c}, '[0-9]{{1,18}}') then 'number'
        when regexp_full_match({c}, '[0-9]{{1,18}}[.,](?:0{{1,2}}|0{{4,}})') then 'number'
    end"""


def _number(c: str) -> str:
    return f"try_cast(regexp_extract({c}, '^[0-9]+') as bigint)"


def _period_shape(c: str) -> str:
    """validate.parse_period's shapes: YYYY-MM, YYYYMM, YYYY-MM-01, YYYYMMmm (StatLine)."""
    return (f"regexp_full_match({c}, '(?:[0-9]{{4}}-[0-9]{{2}}|[0-9]{{6}}|"
            f"[0-9]{{4}}-[0-9]{{2}}-01|[0-9]{{4}}MM[0-9]{{2}})')")


def _period_month(c: str) -> str:
    return f"cast(substr({c}, case length({c}) when 6 then 5 when 8 then 7 else 6 end, 2) as int)"


def _year(c: str) -> str:
    """validate.parse_years: four digits (their range is checked with the row)."""
    return f"case when regexp_full_match({c}, '[0-9]{{4}}') then cast({c} as int) end"


def _code(c: str) -> str:
    """A code-list value before lower(): ASCII letters, digits and '_' only."""
    return f"regexp_full_match({c}, '[A-Za-z0-9_]+')"


_local = threading.local()


def _context_tables(ctx: ValidationContext) -> dict[str, pd.DataFrame]:
    """The code lists of `ctx` as frames."""
    buurten = pd.DataFrame(
        [(year, code, gemeente) for year, codes in ctx.buurten.items()
         for code, gemeente in codes.items()],
        columns=["boundary_year", "buurt_code", "gemeente_code"],
    ).astype({"boundary_year": "int64", "buurt_code": str, "gemeente_code": str})
    categories = pd.DataFrame(
        [(d, c) for d, cats in ctx.categories.items() for c in cats],
        columns=["domain", "category"], dtype=str)
    combinations = pd.DataFrame({"combination": sorted(ctx.combinations | {TOTAL_CODE})},
                                dtype=str)
    gemeenten = buurten[["gemeente_code"]].drop_duplicates()
    return {"ctx_buurten": buurten, "ctx_gemeenten": gemeenten, "ctx_categories": categories,
            "ctx_combinations": combinations}


def _cursor(ctx: ValidationContext) -> duckdb.DuckDBPyConnection:
    """This thread's in-memory DuckDB, holding the code lists of `ctx` as tables (made once
    per context: a load checks hundreds of files against the same lists)."""
    con = getattr(_local, "con", None)
    if con is None:
        con = _local.con = duckdb.connect(":memory:", config={"threads": 1})
    if getattr(_local, "ctx", None) is not ctx:
        for name, frame in _context_tables(ctx).items():
            con.register("frame", frame)
            con.execute(f"create or replace table {name} as select * from frame")
            con.unregister("frame")
        _local.ctx = ctx
    return con


def _area_checks(has_boundary: bool, has_municipality: bool) -> tuple[str, str]:
    """(typed expressions, row conditions) of the boundary year, buurt code and gemeente."""
    boundary = _year("boundary_year") if has_boundary else "year(period)"
    typed = f"""
        {boundary} as boundary_year,
        upper(buurt_code) as buurt_code,
        regexp_full_match(buurt_code, '[A-Za-z0-9]{{10}}') as code_ascii,
        {"regexp_full_match(municipality_code, '[A-Za-z0-9]+') and upper(municipality_code)"
         " = 'GM' || substr(upper(buurt_code), 3, 4)" if has_municipality else "true"}
            as municipality_ok"""
    ok = f"""
        and t.boundary_year between {FIRST_YEAR} and {LAST_YEAR}
        and t.code_ascii and regexp_full_match(t.buurt_code, 'BU[0-9A-Z]{{8}}')
        and b.buurt_code is not null and g.gemeente_code is not null
        and t.municipality_ok"""
    return typed, ok


def _case_counts_sql(has_boundary: bool, has_municipality: bool) -> str:
    area_typed, area_ok = _area_checks(has_boundary, has_municipality)
    return f"""
    with parsed as (
        select _row,
            case when {_period_shape("period")}
                 then try_cast(substr(period, 1, 4) as int) end as y,
            case when {_period_shape("period")}
                 then {_period_month("period")} end as m,
            * exclude (_row)
        from src
    ),
    typed as (
        select _row,
            case when y between {FIRST_YEAR} and {LAST_YEAR} and m between 1 and 12
                 then make_date(y, m, 1) end as period,
            * exclude (_row, y, m, period)
        from parsed
    ),
    t as (
        select _row, period, {area_typed},
            lower(domain) as domain, lower(category) as category,
            {_code("domain")} and {_code("category")} as codes_ascii,
            {_state("clients")} as value_state,
            {_number("clients")} as number
        from typed
    )
    select t._row, t.period, t.boundary_year, t.buurt_code, t.domain, t.category,
        case when value_state = 'number' then number end as clients, value_state,
        (t.period is not null and t.period <= $this_month {area_ok}
         and codes_ascii and c.category is not null
         and value_state is not null
         and (value_state <> 'number' or number between 0 and {INT32_MAX})
         and (len($claim_domains) = 0 or not list_contains($domain_words, t.domain)
              or list_contains($claim_domains, t.domain))
         and (len($claim_months) + len($claim_years) = 0
              or list_contains($claim_months, t.period)
              or list_contains($claim_years, year(t.period)))
        ) as ok
    from t
    left join ctx_buurten b on b.boundary_year = t.boundary_year and b.buurt_code = t.buurt_code
    left join ctx_gemeenten g on g.gemeente_code = 'GM' || substr(t.buurt_code, 3, 4)
    left join ctx_categories c on c.domain = t.domain and c.category = t.category
    order by t._row
    """


def _stapeling_sql(has_boundary: bool) -> str:
    area_typed, area_ok = _area_checks(has_boundary, has_municipality=False)
    area_typed = area_typed.replace("year(period)", "year")
    return f"""
    with typed as (
        select _row, {_year("year")} as year, * exclude (_row, year) from src
    ),
    t as (
        select _row, year, {area_typed},
            lower(combination) as combination, {_code("combination")} as codes_ascii,
            {_state("households")} as value_state,
            {_number("households")} as number
        from typed
    )
    select t._row, t.year, t.boundary_year, t.buurt_code, t.combination,
        case when value_state = 'number' then number end as households, value_state,
        (year between {FIRST_YEAR} and {LAST_YEAR} {area_ok}
         and codes_ascii and c.combination is not null
         and value_state is not null
         and (value_state <> 'number' or number between 0 and {INT32_MAX})
         and (len($claim_years) = 0 or list_contains($claim_years, t.year))
        ) as ok
    from t
    left join ctx_buurten b on b.boundary_year = t.boundary_year and b.buurt_code = t.buurt_code
    left join ctx_gemeenten g on g.gemeente_code = 'GM' || substr(t.buurt_code, 3, 4)
    left join ctx_combinations c on c.combination = t.combination
    order by t._row
    """


def fast_rows(frame: pd.DataFrame, kind: FileKind, file: str,
              ctx: ValidationContext) -> pd.DataFrame | None:
    """validate's typed rows of a file that breaks no rule, or None: then validate decides."""
    if kind not in (CASE_COUNTS, STAPELING) or frame.empty:
        return None
    found = resolve_columns(frame, kind)
    if any(c.name not in found for c in kind.required()):
        return None
    if any(pd.api.types.infer_dtype(frame[h], skipna=False) != "string"
           for h in found.values()):
        return None  # the readers give text; anything else is validate's to judge
    src = pa.table({**{name: pa.array(frame[header].to_numpy(), type=pa.string())
                       for name, header in found.items()},
                    "_row": pa.array(frame.index.to_numpy(), type=pa.int64())})
    claim = name_claim(file)
    con = _cursor(ctx)
    try:
        con.register("src", src)
        if kind is CASE_COUNTS:
            sql = _case_counts_sql("boundary_year" in found, "municipality_code" in found)
            params = {
                "this_month": date(ctx.today.year, ctx.today.month, 1),
                "domain_words": sorted(set(DOMAIN_WORDS.values())),
                "claim_domains": sorted(claim.domains),
                "claim_months": sorted(claim.months),
                "claim_years": sorted(claim.years),
            }
        else:
            sql = _stapeling_sql("boundary_year" in found)
            params = {"claim_years": sorted(claim.years | {m.year for m in claim.months})}
        # through Arrow: dates arrive as Python dates, as validate gives them
        rows = con.execute(sql, params).to_arrow_table().to_pandas(date_as_object=True)
    finally:
        con.unregister("src")
    if not rows["ok"].all():
        return None
    return _as_validated(rows, kind, ctx, file, found)


def _as_validated(rows: pd.DataFrame, kind: FileKind, ctx: ValidationContext, file: str,
                  found: dict) -> pd.DataFrame | None:
    """The rows with validate's index and dtypes, after the rules across rows (duplicate keys,
    totals against their parts): those are validate's own functions, run on the typed rows."""
    out = rows.drop(columns=["ok", "_row"])
    out.index = pd.Index(rows["_row"].to_numpy(), dtype="int64")
    value = "clients" if kind is CASE_COUNTS else "households"
    if kind is STAPELING:
        out["year"] = out["year"].astype("int64")
    out["boundary_year"] = out["boundary_year"].astype("int64")
    out[value] = out[value].astype("Int64")
    out["value_state"] = out["value_state"].astype("string")
    if kind is CASE_COUNTS:
        key = ["period", "buurt_code", "domain", "category"]
        if check_duplicates(out, key, file, found[key[0]]) or check_unique_totals(
                out, file, found[value], ctx.categories, 1):
            return None
        return out
    key = ["year", "buurt_code", "combination"]
    if check_duplicates(out, key, file, found[key[0]]) or check_total_matches_parts(
            out, ["year", "buurt_code"], "combination", value, file, found[value],
            ctx.single_domain):
        return None
    return out[out["combination"] != TOTAL_CODE]
