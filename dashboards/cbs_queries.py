"""CBS figures per area, so every page works on public data alone (docs/real-data.md; queries of
the serving copy, access-checked, no widgets)."""

from __future__ import annotations

import pandas as pd

from dashboards.query_access import figures_access, one_area, restricted
from dashboards.serving_copy import _query

# The measure that stands for each domain on public data, in CBS's definition (docs/models.md)
CBS_DOMAIN_MEASURES = {
    "wmo": "wmo_clienten_per_1000",
    "jeugd": "aandeel_jongeren_jeugdzorg",
    "participatiewet": "aandeel_bijstand_15_plus",
}


# a buurt's wijk from its code (BU gggg ww bb), so a wijkteam sees only its own wijken
_CBS_WIJK = ("case f.area_level when 'buurt' then 'WK' || substr(f.area_code, 3, 6) "
             "when 'wijk' then f.area_code end")


_CBS_COLUMNS = (
    "f.area_level, f.area_code, f.area_name, f.gemeente_code, f.boundary_year, f.year, "
    "f.measure, f.measure_label, f.theme, f.unit, f.definition_nl, f.value, f.value_state, "
    "f.gemeente_value, f.gemeente_state, f.index_gemeente, f.index_state, f.source_label, "
    f"f.table_id, {_CBS_WIJK} as wijk_code"
)


def cbs_years() -> list[int]:
    """Years with CBS figures in their own boundaries, newest first (empty without CBS)."""
    df = _query(
        "select distinct year from cbs_area_figures where year = boundary_year "
        "and area_level in ('buurt', 'wijk') order by year desc"
    )
    return [int(y) for y in df["year"]]


def cbs_measures(area_level: str) -> pd.DataFrame:
    """The CBS measures with at least one figure for areas of a level (any state): measure,
    label, theme, unit, definition; the domain measures first, then by theme and label."""
    first = " ".join(f"when '{m}' then {i}" for i, m in enumerate(CBS_DOMAIN_MEASURES.values()))
    return _query(
        "select measure, any_value(measure_label) as measure_label, any_value(theme) as theme, "
        "any_value(unit) as unit, any_value(definition_nl) as definition_nl "
        "from cbs_area_figures where area_level = ? and unit not in ('code') group by measure "
        f"order by case measure {first} else 9 end, theme, measure_label",
        (area_level,),
    )


def cbs_area_values(area_level: str, measure: str, year: int) -> pd.DataFrame:
    """One CBS measure for every area of a level in one year, in that year's boundaries, with
    the gemeente's figure and the index; for the map, the ranking and comparing (a wijkteam:
    its own wijken)."""
    access = figures_access()
    frame = _query(
        f"select {_CBS_COLUMNS} from cbs_area_figures f left join areas a "
        "on a.area_level = f.area_level and a.area_code = f.area_code "
        "and a.boundary_year = f.boundary_year "
        "where f.area_level = ? and f.measure = ? and f.year = ? and f.boundary_year = f.year "
        "and not coalesce(a.is_water, false) order by f.area_name, f.area_code",
        (area_level, measure, year),
    )
    return restricted(frame, access)


def cbs_area_figures(area_code: str, boundary_year: int) -> pd.DataFrame:
    """Every CBS measure of one area as the area is in `boundary_year`, with the gemeente's
    figure: per measure the newest year CBS has published (care and income figures come a
    year or two after the population), else the newest year with its state. Earlier years
    count only while the area is the same area (its CBS series)."""
    one_area(area_code)
    return _query(
        f"with mine as (select distinct coalesce(series_key, area_code || '/' || boundary_year) "
        "as series from cbs_area_figures where area_code = ? and boundary_year = ?) "
        f"select {_CBS_COLUMNS} from cbs_area_figures f join mine "
        "on coalesce(f.series_key, f.area_code || '/' || f.boundary_year) = mine.series "
        "where f.area_code = ? and f.boundary_year <= ? and f.year <= ? "
        "qualify row_number() over (partition by f.measure order by "
        "f.value_state <> 'not_published' desc, f.year desc, f.boundary_year desc) = 1 "
        "order by f.theme, f.measure_label",
        (area_code, boundary_year, area_code, boundary_year, boundary_year),
    )


def cbs_profile_rows(area_level: str, year: int) -> pd.DataFrame:
    """The integrated profile on CBS's figures (`cbs_area_profile`) of every area of a level in
    one year, with the wijk's name; the same columns as `profile_rows` where they mean the
    same (a wijkteam: its own wijken)."""
    access = figures_access()
    frame = _query(
        "select p.*, coalesce(w.area_name, p.wijk_code) as wijk_name, "
        "coalesce(g.area_name, p.gemeente_code) as gemeente_name, p.year as stapeling_year "
        "from cbs_area_profile p left join cbs_area_profile w "
        "on w.area_level = 'wijk' and w.area_code = p.wijk_code "
        "and w.boundary_year = p.boundary_year and w.year = p.year "
        "left join cbs_area_profile g "
        "on g.area_level = 'gemeente' and g.area_code = p.gemeente_code "
        "and g.boundary_year = p.boundary_year and g.year = p.year "
        "left join areas a on a.area_level = p.area_level and a.area_code = p.area_code "
        "and a.boundary_year = p.boundary_year "
        "where p.area_level = ? and p.year = ? and p.boundary_year = p.year "
        "and not coalesce(a.is_water, false) "
        "order by wijk_name, p.area_name",
        (area_level, year),
    )
    return restricted(frame, access)
