"""Generalise locations: a point snaps to the centre of its 100 m cell in RD New, a buurt code
becomes the buurt's representative point; the buurt of a point is found by point-in-polygon.

geopandas/pyproj/shapely do the work (docs/design.md: no DuckDB spatial extension here).
"""

from __future__ import annotations

from functools import cache

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

RD_NEW = "EPSG:28992"
WGS84 = "EPSG:4326"
GRID_METRES = 100.0
GRID = "raster_100m"  # location_precision of a snapped point
BUURT = "buurt"  # location_precision of a record located by buurt code only
CRS_ALIASES = {
    "epsg:4326": WGS84, "4326": WGS84, "wgs84": WGS84, "wgs 84": WGS84,
    "epsg:28992": RD_NEW, "28992": RD_NEW, "rd": RD_NEW, "rd new": RD_NEW, "rdnew": RD_NEW,
}  # fmt: skip


@cache
def _transformer(source: str, target: str) -> Transformer:
    return Transformer.from_crs(source, target, always_xy=True)


def normalise_crs(text: str) -> str | None:
    """'epsg:4326', '4326', 'WGS84' → 'EPSG:4326'; None when not one of the two accepted."""
    return CRS_ALIASES.get(str(text).strip().lower())


def to_rd(x: np.ndarray, y: np.ndarray, crs: str) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates in `crs` (EPSG:4326 as lon/lat, or EPSG:28992) to RD New metres."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if crs == RD_NEW:
        return x, y
    return _transformer(crs, RD_NEW).transform(x, y)


def to_wgs84(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """RD New metres to (lon, lat), rounded to 6 decimals (about 0.1 m)."""
    lon, lat = _transformer(RD_NEW, WGS84).transform(
        np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    )
    return np.round(lon, 6), np.round(lat, 6)


def snap_to_grid(
    x: np.ndarray, y: np.ndarray, cell: float = GRID_METRES
) -> tuple[np.ndarray, np.ndarray]:
    """The centre of the `cell`-metre square each RD point lies in (155 123 → 155 150)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return np.floor(x / cell) * cell + cell / 2, np.floor(y / cell) * cell + cell / 2


def plausible(x: np.ndarray, y: np.ndarray, crs: str) -> np.ndarray:
    """True where the numbers can be in `crs` around the Netherlands (catches swapped CRS)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if crs == WGS84:
        return (x > 2.0) & (x < 8.0) & (y > 50.0) & (y < 54.5)
    return (x > -8_000) & (x < 300_000) & (y > 289_000) & (y < 630_000)


def buurten_frame(rows: pd.DataFrame) -> gpd.GeoDataFrame:
    """raw.buurten rows (boundary_year, buurt_code, geometry_wkb) as a GeoDataFrame in RD New."""
    return gpd.GeoDataFrame(
        rows[["boundary_year", "buurt_code"]].reset_index(drop=True),
        geometry=shapely.from_wkb([bytes(b) for b in rows["geometry_wkb"]]),
        crs=RD_NEW,
    )


def boundary_year_for(year: int, available: list[int]) -> int | None:
    """The record's own year if its boundaries are loaded, else the latest earlier year, else
    the earliest later one."""
    if not available:
        return None
    if year in available:
        return year
    earlier = [y for y in available if y < year]
    return max(earlier) if earlier else min(available)


def buurt_of_points(
    x: np.ndarray, y: np.ndarray, years: np.ndarray, buurten: gpd.GeoDataFrame
) -> np.ndarray:
    """Buurt code of every RD point in the boundaries of its year; None outside every buurt."""
    points = gpd.GeoDataFrame(
        {"boundary_year": np.asarray(years), "i": np.arange(len(x))},
        geometry=gpd.points_from_xy(x, y),
        crs=RD_NEW,
    )
    joined = gpd.sjoin(points, buurten, how="left", predicate="intersects")
    joined = joined[joined["boundary_year_left"] == joined["boundary_year_right"]]
    first = joined.sort_values(["i", "buurt_code"]).drop_duplicates("i").set_index("i")
    codes = first["buurt_code"].reindex(range(len(x)))
    return np.array([c if isinstance(c, str) else None for c in codes], dtype=object)


def representative_points(buurten: gpd.GeoDataFrame) -> dict[tuple[int, str], tuple[float, float]]:
    """(boundary_year, buurt_code) → a point that lies inside the buurt, rounded to metres.

    A representative point rather than the centroid: the centroid of a bent buurt can lie in
    its neighbour.
    """
    points = buurten.geometry.representative_point()
    return {
        (int(year), code): (round(p.x), round(p.y))
        for year, code, p in zip(
            buurten["boundary_year"], buurten["buurt_code"], points, strict=True
        )
    }
