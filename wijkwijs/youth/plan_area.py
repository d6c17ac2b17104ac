"""The plan area of a zoning discussion, and the youth input and buurten inside it.

Everything is computed in RD New (metres, so a buffer is a real distance) with geopandas and
shapely. An uploaded polygon may be GeoJSON or GeoPackage, in RD New or WGS84; a GeoJSON file
without a `crs` member whose numbers are clearly metres is read as RD New (GIS tools often write
RD coordinates without saying so).
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Mapping

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from wijkwijs.youth.locate import BUURT, RD_NEW, WGS84

MIN_BUURT_OVERLAP = 0.10  # a buurt counts as in the plan area when ≥ 10 % of it lies inside
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class PlanAreaError(ValueError):
    """The upload cannot be used as a plan area; the message is Dutch, for the user."""


def _looks_like_rd(frame: gpd.GeoDataFrame) -> bool:
    minx, miny, maxx, maxy = frame.total_bounds
    return maxx > 180 or maxy > 90 or minx < -180 or miny < -90


def read_plan_area(data: bytes, filename: str) -> BaseGeometry:
    """One (multi)polygon in RD New: the union of every polygon feature in the upload."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise PlanAreaError("Het bestand is groter dan 20 MB.")
    suffix = filename.lower().rsplit(".", 1)[-1]
    if suffix not in ("geojson", "json", "gpkg"):
        raise PlanAreaError("Kies een GeoJSON- (.geojson, .json) of GeoPackage-bestand (.gpkg).")
    try:
        with warnings.catch_warnings():  # GDAL notes the in-memory file has no .gpkg name
            warnings.filterwarnings("ignore", message=".*non conformant file extension")
            frame = gpd.read_file(io.BytesIO(data))
    except Exception as exc:  # GDAL's errors differ per driver; the user needs one sentence
        raise PlanAreaError(f"Het bestand is niet te lezen als {suffix.upper()}.") from exc
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    if frame.empty:
        raise PlanAreaError("Het bestand bevat geen geometrie.")
    if frame.crs is None or (
        suffix != "gpkg" and frame.crs.to_epsg() == 4326 and _looks_like_rd(frame)
    ):
        frame = frame.set_crs(RD_NEW if _looks_like_rd(frame) else WGS84, allow_override=True)
    polygons = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
    if polygons.empty:
        raise PlanAreaError("Het bestand bevat geen vlakken (polygonen), alleen punten of lijnen.")
    area = shapely.make_valid(shapely.union_all(polygons.to_crs(RD_NEW).geometry.to_numpy()))
    area = shapely.union_all(
        [g for g in getattr(area, "geoms", [area]) if g.geom_type in ("Polygon", "MultiPolygon")]
    )
    if area.is_empty or area.area < 1.0:
        raise PlanAreaError("Het plangebied heeft geen oppervlakte.")
    return area


def buffer_area(area: BaseGeometry, metres: float) -> BaseGeometry:
    """The plan area widened by `metres` (0: unchanged)."""
    return area.buffer(metres) if metres and metres > 0 else area


def shapes_rd(rows: pd.DataFrame) -> gpd.GeoDataFrame:
    """Serving-copy geometry rows (boundary_year, area_code, geojson in RD New, as publish
    stores it) as a GeoDataFrame in RD New: parsed, never reprojected."""
    return gpd.GeoDataFrame(
        rows.drop(columns=["geojson"]).reset_index(drop=True),
        geometry=shapely.from_geojson(list(rows["geojson"])),
        crs=RD_NEW,
    )


def overlapping_buurten(
    area: BaseGeometry, buurten: gpd.GeoDataFrame, min_share: float = MIN_BUURT_OVERLAP
) -> gpd.GeoDataFrame:
    """Buurten (RD New) of which at least `min_share` of the surface lies in the area, with
    that share in `share_in_area`."""
    geoms = buurten.geometry.to_numpy()
    inside = shapely.area(shapely.intersection(geoms, area))
    total = shapely.area(geoms)
    share = np.divide(inside, total, out=np.zeros_like(inside), where=total > 0)
    out = buurten.assign(share_in_area=share)
    return out[share >= min_share].reset_index(drop=True)


def records_in_area(
    records: pd.DataFrame,
    area: BaseGeometry,
    buurt_shapes: Mapping[tuple[int, str], BaseGeometry] | None = None,
    min_share: float = MIN_BUURT_OVERLAP,
) -> pd.DataFrame:
    """The records inside the area, with `match` = 'punt' or 'buurt'.

    A record with a 100 m point is inside when its point is (boundary included). A record known
    only by its buurt is inside when at least `min_share` of that buurt lies in the area (its
    point is just a stand-in); without `buurt_shapes` its point decides too.
    """
    if records.empty:
        return records.assign(match=pd.Series(dtype=str))
    shapely.prepare(area)
    by_point = shapely.intersects_xy(
        area, records["x_rd"].to_numpy(float), records["y_rd"].to_numpy(float)
    )
    match = np.where(by_point, "punt", "").astype(object)
    if buurt_shapes is not None:
        share_cache: dict[tuple[int, str], float] = {}
        for i, row in enumerate(records.itertuples(index=False)):
            if row.location_precision != BUURT:
                continue
            key = (int(row.boundary_year), row.buurt_code)
            if key not in share_cache:
                shape = buurt_shapes.get(key)
                share_cache[key] = (
                    shape.intersection(area).area / shape.area
                    if shape is not None and shape.area > 0
                    else float(by_point[i])
                )
            match[i] = "buurt" if share_cache[key] >= min_share else ""
    else:
        match = np.where(
            by_point & (records["location_precision"].to_numpy() == BUURT), "buurt", match
        )
    return records.assign(match=match)[match != ""].reset_index(drop=True)


NAME_COLUMNS = ("naam", "name")  # the plan area's own name in its file, in this order


def plan_area_name(data: bytes, filename: str) -> str | None:
    """The plan area's own name from its file: the `naam` (or `name`) of its polygon
    features, distinct values joined in file order; None when the file has none."""
    del filename  # the format is in the bytes; read_plan_area has checked the name
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*non conformant file extension")
            frame = gpd.read_file(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - read_plan_area has said why already
        return None
    frame = frame[frame.geometry.notna() & frame.geometry.geom_type.isin(
        ["Polygon", "MultiPolygon"])]
    by_lower = {str(c).lower(): c for c in frame.columns}
    for wanted in NAME_COLUMNS:
        column = by_lower.get(wanted)
        if column is None:
            continue
        names = [str(v).strip() for v in frame[column] if pd.notna(v) and str(v).strip()]
        if names:
            return ", ".join(dict.fromkeys(names))
    return None
