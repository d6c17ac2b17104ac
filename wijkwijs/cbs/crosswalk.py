"""Series over boundary years: which buurt (or wijk) of one year is which of the next.

Every KWB edition has its own division into wijken and buurten. A figure can only be put next
to last year's when the area is the same area. Two sources say so:

- CBS's change flag (indelingswijziging, per area, relative to the year before): 1 code and
  boundary unchanged, 2 only the code changed, 3 the boundary moved (by about 5 m or more);
- the geometries of two boundary years: the area of overlap between every pair of areas
  (the crosswalk, derived here from the boundary files; nothing to fill in by hand).

An area continues the series of an area of the previous year when the two cover each other
for at least SAME_AREA of their surface and CBS did not flag a moved boundary; otherwise its
year starts a new series and that year is marked as a break (with the areas it came from in
the crosswalk). Without geometry the code and the flag decide: same code and flag 1 (or no
flag) continues. Figures are never moved between areas: a break is shown, not estimated away.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import shapely

SAME_AREA = 0.98  # share of both surfaces; CBS ignores boundary shifts under ~5 m
MIN_OVERLAP = 0.01  # slivers from digitising differences are not a relation
RD_NEW = "EPSG:28992"
SERIES_COLUMNS = [
    "area_level",
    "area_code",
    "boundary_year",
    "series_key",
    "predecessor_code",
    "predecessor_year",
    "link_basis",
    "is_break",
    "break_reason",
    "change_flag",
]


def overlaps(earlier: gpd.GeoDataFrame, later: gpd.GeoDataFrame) -> pd.DataFrame:
    """Area of overlap of every pair of areas of two boundary years (RD New, m²).

    Columns: from_code, to_code, overlap_m2, share_of_from, share_of_to."""
    empty = pd.DataFrame(
        columns=["from_code", "to_code", "overlap_m2", "share_of_from", "share_of_to"]
    )
    if earlier.empty or later.empty:
        return empty
    a = earlier[["code", "geometry"]].reset_index(drop=True)
    b = later[["code", "geometry"]].reset_index(drop=True)
    left, right = b.sindex.query(a.geometry, predicate="intersects")
    if len(left) == 0:
        return empty
    shared = shapely.area(
        shapely.intersection(a.geometry.values[left], b.geometry.values[right], grid_size=0.01)
    )
    frame = pd.DataFrame(
        {
            "from_code": a["code"].values[left],
            "to_code": b["code"].values[right],
            "overlap_m2": shared,
            "share_of_from": shared / a.geometry.area.values[left],
            "share_of_to": shared / b.geometry.area.values[right],
        }
    )
    relevant = (frame["share_of_from"] >= MIN_OVERLAP) | (frame["share_of_to"] >= MIN_OVERLAP)
    return frame[relevant & (frame["overlap_m2"] > 0)].reset_index(drop=True)


def crosswalk(areas: pd.DataFrame) -> pd.DataFrame:
    """Overlaps between each boundary year and the previous loaded one, per area level.

    `areas`: area_level, area_code, boundary_year, geometry_wkb (RD New)."""
    parts = []
    for level, frame in areas.groupby("area_level"):
        years = sorted(frame["boundary_year"].unique())
        for earlier, later in zip(years, years[1:], strict=False):
            pair = overlaps(_geo(frame, earlier), _geo(frame, later))
            parts.append(pair.assign(area_level=level, from_year=int(earlier), to_year=int(later)))
    if not parts:
        return pd.DataFrame(
            columns=["area_level", "from_year", "from_code", "to_year", "to_code"]
            + ["overlap_m2", "share_of_from", "share_of_to"]
        )
    return pd.concat(parts, ignore_index=True)


def _geo(frame: pd.DataFrame, year) -> gpd.GeoDataFrame:
    rows = frame[frame["boundary_year"] == year]
    geometry = gpd.GeoSeries.from_wkb(rows["geometry_wkb"].map(bytes), crs=RD_NEW).make_valid()
    return gpd.GeoDataFrame(
        {"code": rows["area_code"].values}, geometry=geometry.values, crs=RD_NEW
    )


def link_series(areas: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """One row per area and boundary year with its series key and whether that year breaks.

    `areas`: area_level, area_code, boundary_year, change_flag (may be NA), has_geometry.
    `links`: the crosswalk. A series key is '<first code>/<first year>'."""
    rows = []
    for level, frame in areas.groupby("area_level"):
        frame = frame.drop_duplicates(["area_code", "boundary_year"])
        years = sorted(frame["boundary_year"].unique())
        level_links = links[links["area_level"] == level] if not links.empty else links
        keys: dict[str, str] = {}
        previous_year = None
        for year in years:
            current = frame[frame["boundary_year"] == year]
            before = set(frame.loc[frame["boundary_year"] == previous_year, "area_code"])
            pair = (
                level_links[
                    (level_links["from_year"] == previous_year) & (level_links["to_year"] == year)
                ]
                if previous_year is not None and not level_links.empty
                else pd.DataFrame()
            )
            new_keys = {}
            for area in current.itertuples(index=False):
                link = _link(area, previous_year, before, pair, year)
                predecessor, basis, reason = link
                if predecessor is not None and reason is None:
                    key = keys.get(predecessor, f"{predecessor}/{previous_year}")
                else:
                    key = f"{area.area_code}/{year}"
                new_keys[area.area_code] = key
                rows.append(
                    {
                        "area_level": level,
                        "area_code": area.area_code,
                        "boundary_year": int(year),
                        "series_key": key,
                        "predecessor_code": predecessor,
                        "predecessor_year": int(previous_year) if predecessor else None,
                        "link_basis": basis,
                        "is_break": reason is not None and previous_year is not None,
                        "break_reason": reason if previous_year is not None else None,
                        "change_flag": area.change_flag,
                    }
                )
            keys, previous_year = new_keys, year
    if not rows:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    out = pd.DataFrame(rows, columns=SERIES_COLUMNS)
    out["change_flag"] = pd.to_numeric(out["change_flag"], errors="coerce").astype("Int64")
    out["predecessor_year"] = out["predecessor_year"].astype("Int64")
    return out


def _link(area, previous_year, before: set, pair: pd.DataFrame, year):
    """(predecessor code or None, link basis, break reason or None) for one area."""
    if previous_year is None:
        return None, "first_year", None
    flag = None if pd.isna(area.change_flag) else int(area.change_flag)
    consecutive = previous_year == year - 1
    if not pair.empty and area.has_geometry:
        mine = pair[pair["to_code"] == area.area_code].sort_values("overlap_m2", ascending=False)
        if mine.empty:
            return None, "geometry", "new_area"
        best = mine.iloc[0]
        same = best["share_of_from"] >= SAME_AREA and best["share_of_to"] >= SAME_AREA
        if same and not (consecutive and flag == 3):
            return best["from_code"], "geometry", None
        return best["from_code"], "geometry", "boundary_changed"
    # no geometry for one of the years: only the code and CBS's flag can say
    if area.area_code in before:
        if consecutive and flag == 3:
            return area.area_code, "change_flag", "boundary_changed"
        return area.area_code, "change_flag" if flag in (1, 2) else "same_code", None
    if consecutive and flag == 2:
        return None, "change_flag", "code_changed_unlinked"
    return None, "same_code", "new_area"
