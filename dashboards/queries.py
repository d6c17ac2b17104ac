"""Every read of the serving copy. No widgets here.

Each query opens the serving copy read-only and closes it straight after: the dashboard never
holds a connection, and never opens the warehouse (DESIGN.md, decision 1). Results are cached
keyed on the serving copy's version, (st_ino, st_mtime_ns) of the file: the pipeline renames a
new copy over the old one, which changes both, so a new publication is read without a restart.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import shapely
import streamlit as st

from wijkwijs.config import paths

CACHE_TTL = 600  # seconds; a new serving copy is picked up at once through the version key
DOMAIN_ORDER = ("wmo", "jeugd", "participatiewet")

Version = tuple[int, int]


class ServingCopyMissing(RuntimeError):
    """No serving copy has been published yet."""


def serving_path() -> Path:
    return paths().serving


def serving_version(path: Path | None = None) -> Version | None:
    """(st_ino, st_mtime_ns) of the serving copy, or None if there is none."""
    try:
        stat = os.stat(path or serving_path())
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_mtime_ns)


def has_serving_copy() -> bool:
    return serving_version() is not None


def _read(path: str, sql: str, params: tuple) -> pd.DataFrame:
    try:
        con = duckdb.connect(path, read_only=True)
    except duckdb.Error as exc:
        if not os.path.exists(path):
            raise ServingCopyMissing(path) from exc
        raise
    try:
        return con.execute(sql, list(params)).df()
    finally:
        con.close()


@st.cache_data(ttl=CACHE_TTL, max_entries=256, show_spinner=False)
def _cached_query(path: str, version: Version, sql: str, params: tuple) -> pd.DataFrame:
    del version  # only part of the cache key
    return _read(path, sql, params)


def _current() -> tuple[str, Version]:
    path = serving_path()
    version = serving_version(path)
    if version is None:
        raise ServingCopyMissing(str(path))
    return str(path), version


def query(sql: str, params: tuple = ()) -> pd.DataFrame:
    """Run `sql` on the current serving copy (cached per version of the copy)."""
    path, version = _current()
    return _cached_query(path, version, sql, tuple(params))


def _as_dates(series: pd.Series) -> list[date]:
    return [ts.date() for ts in pd.to_datetime(series)]


# --- reference tables -------------------------------------------------------------------------


def publish_info() -> dict:
    df = query("select * from publish_info order by published_at desc limit 1")
    return df.iloc[0].to_dict() if len(df) else {}


def categories() -> pd.DataFrame:
    """The category code list, domains in the fixed order, categories in table order."""
    return query(
        "select domain, category, domain_label, category_label, population_group, "
        "population_group_label from categories "
        "order by case domain when 'wmo' then 1 when 'jeugd' then 2 "
        "when 'participatiewet' then 3 else 4 end, rowid"
    )


def value_state_labels() -> dict[str, str]:
    df = query("select value_state, label from value_states")
    return dict(zip(df["value_state"], df["label"], strict=True))


def definition(table_name: str, column_name: str) -> dict[str, str]:
    """Label, definition, unit and source of one served column (empty strings if undocumented)."""
    df = query(
        "select label, definition, unit, source from definitions "
        "where table_name = ? and column_name = ?",
        (table_name, column_name),
    )
    if not len(df):
        return {"label": "", "definition": "", "unit": "", "source": ""}
    return {k: ("" if pd.isna(v) else str(v)) for k, v in df.iloc[0].to_dict().items()}


# --- monthly client counts --------------------------------------------------------------------


def periods(domain: str) -> list[date]:
    """The months with figures for `domain`, newest first."""
    df = query(
        "select distinct period from area_clients_monthly where domain = ? order by period desc",
        (domain,),
    )
    return _as_dates(df["period"])


def latest_period() -> date | None:
    df = query("select max(period) as period from area_clients_monthly")
    value = df["period"].iloc[0]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def boundary_year_of(period: date) -> int | None:
    """The boundary year the figures of `period` are published in."""
    df = query(
        "select max(boundary_year) as y from area_clients_monthly where period = ?", (period,)
    )
    value = df["y"].iloc[0]
    return None if pd.isna(value) else int(value)


def area_values(
    area_level: str, domain: str, category: str, period: date, boundary_year: int
) -> pd.DataFrame:
    """Every area of a level with its count and rate for one domain, category and month.

    An area without a row gets state `unknown` rather than disappearing from the map.
    """
    return query(
        """
        with figures as (
            select * from area_clients_monthly
            where area_level = ? and domain = ? and category = ? and period = ?
                and boundary_year = ?
        )
        select
            a.area_code, a.area_name, a.wijk_code, a.wijk_name,
            a.gemeente_code, a.gemeente_name,
            f.clients, coalesce(f.clients_state, 'unknown') as clients_state,
            f.rate_per_1000, coalesce(f.rate_state, 'unknown') as rate_state,
            f.residents
        from areas a
        left join figures f on f.area_code = a.area_code
        where a.area_level = ? and a.boundary_year = ? and not coalesce(a.is_water, false)
        order by a.wijk_name, a.area_name, a.area_code
        """,
        (area_level, domain, category, period, boundary_year, area_level, boundary_year),
    )


def areas(boundary_year: int) -> pd.DataFrame:
    """Wijken and buurten (no water) of a boundary year, for choosing one."""
    return query(
        "select area_level, area_code, area_name, wijk_code, wijk_name, gemeente_code, "
        "gemeente_name, residents_total from areas "
        "where boundary_year = ? and area_level in ('wijk', 'buurt') "
        "and not coalesce(is_water, false) order by wijk_name, wijk_code, area_level desc, "
        "area_name",
        (boundary_year,),
    )


def area_monthly(area_level: str, area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All months of one area and of its gemeente, every domain and category."""
    return query(
        "select area_level, area_code, period, domain, category, clients, clients_state, "
        "rate_per_1000, rate_state from area_clients_monthly "
        "where (area_level = ? and area_code = ?) "
        "or (area_level = 'gemeente' and area_code = ?) order by period",
        (area_level, area_code, gemeente_code),
    )


def area_stapeling(area_level: str, area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All years of the stapeling figures of one area and of its gemeente."""
    return query(
        "select area_level, area_code, year, combination, households, households_state, "
        "total_households, share_pct, share_state from area_stapeling_yearly "
        "where (area_level = ? and area_code = ?) "
        "or (area_level = 'gemeente' and area_code = ?) order by year, combination",
        (area_level, area_code, gemeente_code),
    )


# --- geometry ---------------------------------------------------------------------------------


@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def _cached_geometry(path: str, version: Version, boundary_year: int, area_level: str) -> dict:
    del version  # only part of the cache key
    df = _read(
        path,
        "select area_code, geojson from area_geometry "
        "where boundary_year = ? and area_level = ? order by area_code",
        (boundary_year, area_level),
    )
    shapes = {code: json.loads(text) for code, text in zip(df["area_code"], df["geojson"],
                                                            strict=True)}
    if shapes:
        bounds = shapely.total_bounds(shapely.from_geojson(list(df["geojson"])))
        bounds = tuple(float(b) for b in bounds)
    else:
        bounds = None
    return {"shapes": shapes, "bounds": bounds}


def geometry(boundary_year: int, area_level: str) -> dict:
    """GeoJSON geometry per area code (WGS84) and the bounds, parsed once per serving version."""
    path, version = _current()
    return _cached_geometry(path, version, boundary_year, area_level)
