"""Series and crosswalk in the warehouse: raw.cbs_area_crosswalk and raw.cbs_area_series from
the boundaries (raw.buurten, raw.wijken) and every area a CBS figure names (see crosswalk.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from wijkwijs.cbs.crosswalk import crosswalk, link_series
from wijkwijs.cbs.store import LOADED, LogEntry, replace_rows
from wijkwijs.raw_tables import create_raw_tables

GEOMETRY_SQL = """
select 'buurt' as area_level, buurt_code as area_code, boundary_year, geometry_wkb
from raw.buurten
union all
select 'wijk', wijk_code, boundary_year, geometry_wkb from raw.wijken
"""
# every area and year of a division (boundaries, KWB), with CBS's change flag
AREAS_SQL = """
with geometry as (
    select 'buurt' as area_level, buurt_code as area_code, boundary_year, change_flag
    from raw.buurten
    union all
    select 'wijk', wijk_code, boundary_year, null from raw.wijken
),
figures as (
    select area_level, trim(area_code) as area_code, year as boundary_year,
        max(case when measure = 'indelingswijziging' and value_state = 'number'
            then cast(value as integer) end) as change_flag
    from raw.kwb_figures
    group by all
),
divisions as (
    select distinct boundary_year from geometry
    union
    select distinct boundary_year from figures
),
other_tables as (
    -- another table's areas count only in a known division: a table without a regio-indeling
    -- in its title gets its period's year, which need not be a division of its own
    select distinct area_level, trim(area_code) as area_code, boundary_year,
        null::integer as change_flag
    from raw.cbs_wijk_figures
    where boundary_year in (select boundary_year from divisions)
),
combined as (
    select area_level, area_code, boundary_year, change_flag, true as has_geometry
    from geometry
    union all
    select area_level, area_code, boundary_year, change_flag, false from figures
    union all
    select area_level, area_code, boundary_year, change_flag, false from other_tables
)
select
    area_level, area_code, boundary_year,
    max(change_flag) as change_flag,
    bool_or(has_geometry) as has_geometry
from combined
where area_level in ('gemeente', 'wijk', 'buurt')
group by all
order by all
"""


def build_series(con) -> LogEntry:
    """Recompute the crosswalk and the series from what the warehouse holds now."""
    create_raw_tables(con)  # raw.buurten and raw.wijken, empty when no boundaries were loaded
    links = crosswalk(con.execute(GEOMETRY_SQL).df())
    series = link_series(con.execute(AREAS_SQL).df(), links)
    replace_rows(con, "cbs_area_crosswalk", links, {})
    replace_rows(con, "cbs_area_series", series, {})
    breaks = int(series["is_break"].sum()) if not series.empty else 0
    years = series["boundary_year"].nunique() if not series.empty else 0
    return LogEntry(
        "wijkwijs",
        "reeksen",
        None,
        LOADED,
        len(series),
        datetime.now(UTC),
        f"Reeksen over {years} indelingsjaren: {len(links)} overlappingen, {breaks} breuken.",
    )


def apply_names(con) -> int:
    """Wijken that the boundary file gave no name (the code stands in) get CBS's name of the
    same year, or of any year when that year has none."""
    create_raw_tables(con)
    return con.execute(
        """
        update raw.wijken as w set wijk_name = coalesce(
            (select max(n.area_name) from raw.cbs_area_names n
             where n.area_code = w.wijk_code and n.year = w.boundary_year),
            (select arg_max(n.area_name, n.year) from raw.cbs_area_names n
             where n.area_code = w.wijk_code))
        where w.wijk_name = w.wijk_code
          and exists (select 1 from raw.cbs_area_names n where n.area_code = w.wijk_code)
        """
    ).fetchone()[0]
