"""Reads of the serving copy for the Jongereninbreng page. No widgets here.

Same rules as the other query modules (dashboards/serving_copy.py, query_access.py):
read-only, closed straight after, cached per version of the serving copy. Geometry is read
in RD New as publish stored it, parsed once per version and never reprojected.

Access: the ideas and the context figures need the `youth_input` capability (analyst,
planner; docs/security.md); a wijkteam gets a PermissionError. The social-domain context
(figures and young residents) is there only for the buurten of a plan area: the context
functions take the plan area itself and refuse any code that is not one of its buurten
(`plan_buurten`), for every role.
"""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import pandas as pd
import streamlit as st
from shapely.geometry.base import BaseGeometry

from dashboards import auth
from dashboards.query_access import NOT_IN_COPY, check_areas
from dashboards.serving_copy import CACHE_TTL, Version, _query, _read_copy, current_copy
from wijkwijs.access import AREA_FIGURES, YOUTH_INPUT
from wijkwijs.youth.plan_area import overlapping_buurten, shapes_rd

NOT_IN_PLAN_AREA = (
    "De context is er alleen voor de buurten in het plangebied; deze buurt ligt er niet in."
)


def _require_youth() -> None:
    auth.require_access().require(YOUTH_INPUT)


def records() -> pd.DataFrame:
    """Every published idea (scrubbed, generalised), oldest quarter first."""
    _require_youth()
    return _query(
        "select record_id, boundary_year, buurt_code, buurt_name, wijk_code, wijk_name, "
        "location_precision, x_rd, y_rd, lon, lat, year, quarter, quarter_start, theme, "
        "theme_label, idea, age_band, organisation, activity, support "
        "from youth_input_records order by quarter_start, record_id"
    )


def _buurten_in_copy(boundary_year: int, codes: list[str]) -> None:
    """PermissionError unless every code is a buurt of `boundary_year` in the copy."""
    if not codes:
        return
    marks = ", ".join("?" for _ in codes)
    found = _query(
        "select distinct area_code from areas where boundary_year = ? and area_level = 'buurt' "
        f"and area_code in ({marks})",
        (boundary_year, *codes),
    )
    if set(map(str, codes)) - set(found["area_code"]):
        raise PermissionError(NOT_IN_COPY)


def ideas_per_buurt(boundary_year: int, buurt_codes: list[str]) -> pd.DataFrame:
    """Published ideas and support per buurt of one boundary year, all quarters."""
    _require_youth()
    if not buurt_codes:
        return pd.DataFrame(columns=["buurt_code", "ideas", "support_total"])
    _buurten_in_copy(boundary_year, list(buurt_codes))
    marks = ", ".join("?" for _ in buurt_codes)
    return _query(
        "select buurt_code, sum(records)::integer as ideas, "
        "sum(support_total)::integer as support_total from youth_input_by_buurt_theme "
        f"where boundary_year = ? and buurt_code in ({marks}) group by buurt_code",
        (boundary_year, *buurt_codes),
    )


@st.cache_data(ttl=CACHE_TTL, max_entries=8, show_spinner=False)
def _cached_shapes(path: str, version: Version, area_level: str) -> gpd.GeoDataFrame:
    del version  # only part of the cache key
    rows = _read_copy(
        path,
        "select boundary_year, area_code, geojson from area_map_geometry where area_level = ? "
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
    """Names and codes of the wijken and buurten to build a plan area from."""
    _require_youth()
    return _query(
        "select area_level, area_code, area_name, wijk_code, wijk_name from areas "
        "where boundary_year = ? and area_level in ('wijk', 'buurt') "
        "and not coalesce(is_water, false) order by wijk_name, area_level desc, area_name",
        (boundary_year,),
    )


def plan_buurten(boundary_year: int, plan_area: BaseGeometry) -> list[str]:
    """The buurten of `boundary_year` of which at least plan_area.MIN_BUURT_OVERLAP lies in
    the plan area (RD New), by code."""
    _require_youth()
    buurten = shapes("buurt")
    year = buurten[buurten["boundary_year"] == boundary_year]
    return list(overlapping_buurten(plan_area, year)["area_code"])


def _plan_scope(boundary_year: int, plan_area: BaseGeometry, codes: list[str]) -> list[str]:
    """`codes` when every one is a buurt of the plan area, else PermissionError."""
    inside = set(plan_buurten(boundary_year, plan_area))
    if any(str(code) not in inside for code in codes):
        raise PermissionError(NOT_IN_PLAN_AREA)
    return [str(code) for code in codes]


def _scope(boundary_year: int, codes: list[str]) -> tuple[str, tuple]:
    """A where-condition (and its parameters) for the buurten `codes` of one boundary year
    and their gemeenten."""
    marks = ", ".join("?" for _ in codes)
    return (
        "boundary_year = ? and ("
        f"(area_level = 'buurt' and area_code in ({marks})) or (area_level = 'gemeente' and "
        "area_code in (select gemeente_code from areas where boundary_year = ? "
        f"and area_level = 'buurt' and area_code in ({marks}))))",
        (boundary_year, *codes, boundary_year, *codes),
    )


def context_areas(boundary_year: int, plan_area: BaseGeometry, codes: list[str]) -> pd.DataFrame:
    """Names and young residents of buurten of the plan area and of their gemeente."""
    _require_youth()
    codes = _plan_scope(boundary_year, plan_area, codes)
    if not codes:
        return pd.DataFrame(columns=["area_level", "area_code", "area_name", "gemeente_code",
                                     "residents_0_17"])
    where, params = _scope(boundary_year, codes)
    return _query(
        "select area_level, area_code, area_name, gemeente_code, residents_0_17 from areas "
        f"where {where} order by area_level = 'gemeente', area_name",
        params,
    )


def context_figures(
    period: date, boundary_year: int, plan_area: BaseGeometry, codes: list[str]
) -> pd.DataFrame:
    """Every category's rate per 1,000 in one month for buurten of the plan area and their
    gemeente."""
    _require_youth()
    codes = _plan_scope(boundary_year, plan_area, codes)
    if not codes:
        return pd.DataFrame(columns=["area_level", "area_code", "domain", "category",
                                     "rate_per_1000", "rate_state"])
    where, params = _scope(boundary_year, codes)
    return _query(
        "select area_level, area_code, domain, category, rate_per_1000, rate_state "
        f"from area_clients_monthly where period = ? and {where}",
        (period, *params),
    )


def ideas_per_theme_since(buurt_codes: list[str], first_quarter: date) -> pd.DataFrame:
    """Published youth ideas per theme in these areas' buurten (newest boundary year) from
    `first_quarter` on, for the team meeting: counts only, for a role that may see the figures
    of every buurt given (a wijkteam its own) or the youth input itself."""
    access = auth.require_access()
    if not access.can(YOUTH_INPUT):
        access.require(AREA_FIGURES)
        if buurt_codes:
            check_areas(access, *buurt_codes)
    columns = ["theme_label", "ideas", "first"]
    if not buurt_codes:
        return pd.DataFrame(columns=columns)
    marks = ", ".join("?" for _ in buurt_codes)
    return _query(
        "select theme_label, sum(records)::integer as ideas, min(quarter_start) as first "
        f"from youth_input_by_buurt_theme where buurt_code in ({marks}) "
        "and quarter_start >= ? and boundary_year = (select max(boundary_year) "
        "from youth_input_by_buurt_theme) group by theme_label order by ideas desc, theme_label",
        (*buurt_codes, first_quarter),
    )
