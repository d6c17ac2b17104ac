"""The integrated profile (pressure in more domains at once) and the most alike buurten
(queries of the serving copy, access-checked, no widgets)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboards.query_access import figures_access, one_area, restricted
from dashboards.serving_copy import _query


def profile_periods() -> list[date]:
    """Months of the integrated profile, newest first."""
    df = _query("select distinct period from area_profile_monthly order by period desc")
    return [ts.date() for ts in pd.to_datetime(df["period"])]


def profile_rows(area_level: str, period: date) -> pd.DataFrame:
    """The integrated profile of every area of a level in one month, with names."""
    access = figures_access()
    frame = _query(
        "select a.area_name, a.wijk_name, a.gemeente_name, a.residents_total, p.* "
        "from area_profile_monthly p join areas a "
        "on a.area_level = p.area_level and a.area_code = p.area_code "
        "and a.boundary_year = p.boundary_year "
        "where p.area_level = ? and p.period = ? and not coalesce(a.is_water, false) "
        "order by a.wijk_name, a.area_name",
        (area_level, period),
    )
    return restricted(frame, access)


def profile_of(area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All months of the integrated profile of one area and of its gemeente."""
    one_area(area_code, gemeente_code)
    return _query(
        "select * from area_profile_monthly where area_code = ? "
        "or (area_level = 'gemeente' and area_code = ?) order by period",
        (area_code, gemeente_code),
    )


def similar_buurten(boundary_year: int, buurt_code: str) -> pd.DataFrame:
    """The most alike buurten of a buurt (mart `similar_buurten`), best first, with names.

    Names and codes only (public); their figures go through `areas_at` and its filter.
    """
    one_area(buurt_code)
    return _query(
        "select s.rank, s.similar_buurt_code as area_code, a.area_name, a.wijk_name, "
        "s.distance, s.features from similar_buurten s left join areas a "
        "on a.area_level = 'buurt' and a.area_code = s.similar_buurt_code "
        "and a.boundary_year = s.boundary_year "
        "where s.boundary_year = ? and s.buurt_code = ? order by s.rank",
        (boundary_year, buurt_code),
    )
