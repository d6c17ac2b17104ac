"""Reads of the serving copy for the Jongereninbreng page. No widgets here.

Same rules as dashboards/queries.py: read-only, closed straight after, cached per version of
the serving copy. Geometry is parsed and reprojected to RD New once per version.

Access: the ideas and the context figures of a plan area need the `youth_input` capability
(analyst, planner; docs/security.md); a wijkteam gets a PermissionError.
"""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import pandas as pd
import streamlit as st

from dashboards import auth
from dashboards.queries import CACHE_TTL, Version, current_copy, query, read_copy
from wijkwijs.access import YOUTH_INPUT
from wijkwijs.youth.plan_area import shapes_rd

YOUTH_TABLES = ("youth_input_records", "youth_input_by_buurt_theme")


def _require_youth() -> None:
    auth.require_access().require(YOUTH_INPUT)


def youth_published() -> bool:
    """True when the serving copy holds the youth-input marts."""
    df = query(
        "select count(*) as n from information_schema.tables where table_name in (?, ?)",
        YOUTH_TABLES,
    )
    return int(df["n"].iloc[0]) == len(YOUTH_TABLES)


def records() -> pd.DataFrame:
    """Every published idea (scrubbed, generalised), oldest quarter first."""
    _require_youth()
    return query(
        "select record_id, boundary_year, buurt_code, buurt_name, wijk_code, wijk_name, "
        "location_precision, x_rd, y_rd, lon, lat, year, quarter, quarter_start, theme, "
        "theme_label, idea, age_band, organisation, activity, support "
        "from youth_input_records order by quarter_start, record_id"
    )


def ideas_per_buurt(boundary_year: int, buurt_codes: list[str]) -> pd.DataFrame:
    """Published ideas and support per buurt of one boundary year, all quarters."""
    _require_youth()
    if not buurt_codes:
        return pd.DataFrame(columns=["buurt_code", "ideas", "support_total"])
    marks = ", ".join("?" for _ in buurt_codes)
    return query(
        "select buurt_code, sum(records)::integer as ideas, "
        "sum(support_total)::integer as support_total from youth_input_by_buurt_theme "
        f"where boundary_year = ? and buurt_code in ({marks}) group by buurt_code",
        (boundary_year, *buurt_codes),
    )


@st.cache_data(ttl=CACHE_TTL, max_entries=8, show_spinner=False)
def _cached_shapes(path: str, version: Version, area_level: str) -> gpd.GeoDataFrame:
    del version  # only part of the cache key
    rows = read_copy(
        path,
        "select boundary_year, area_code, geojson from area_geometry where area_level = ? "
        "order by boundary_year, area_code",
        (area_level,),
    )
    return shapes_rd(rows)


def shapes(area_level: str) -> gpd.GeoDataFrame:
    """Every area of a level, all boundary years, in RD New (boundary_year, area_code)."""
    auth.require_access()  # public boundaries, no figures
    path, version = current_copy()
    return _cached_shapes(path, version, area_level)


def choosable_areas(boundary_year: int) -> pd.DataFrame:
    return query(
        "select area_level, area_code, area_name, wijk_code, wijk_name from areas "
        "where boundary_year = ? and area_level in ('wijk', 'buurt') "
        "and not coalesce(is_water, false) order by wijk_name, area_level desc, area_name",
        (boundary_year,),
    )


def context_areas(boundary_year: int, codes: list[str], gemeente_code: str) -> pd.DataFrame:
    """Names and young residents of the buurten (and their gemeente) in one boundary year."""
    _require_youth()
    marks = ", ".join("?" for _ in codes) or "null"
    return query(
        "select area_level, area_code, area_name, gemeente_code, residents_0_17 from areas "
        f"where boundary_year = ? and (area_code in ({marks}) or "
        "(area_level = 'gemeente' and area_code = ?)) "
        "order by area_level = 'gemeente', area_name",
        (boundary_year, *codes, gemeente_code),
    )


def context_figures(period: date, codes: list[str], gemeente_code: str) -> pd.DataFrame:
    """Every category's rate per 1,000 in one month for the buurten and their gemeente."""
    _require_youth()
    marks = ", ".join("?" for _ in codes) or "null"
    return query(
        "select area_level, area_code, domain, category, rate_per_1000, rate_state "
        "from area_clients_monthly where period = ? and "
        f"(area_code in ({marks}) or (area_level = 'gemeente' and area_code = ?))",
        (period, *codes, gemeente_code),
    )


def gemeente_of(boundary_year: int, area_code: str) -> str:
    df = query(
        "select gemeente_code from areas where boundary_year = ? and area_code = ?",
        (boundary_year, area_code),
    )
    return str(df["gemeente_code"].iloc[0])
