"""Map geometry for the serving copy, made once per publish and never per page view.

Geometry goes one way. The boundaries arrive in RD New (EPSG:28992, wijkwijs.reference) and are
served in RD New: `area_map_geometry` holds every area, simplified once per boundary year, as
GeoJSON in whole metres with its box, so nothing that reads the copy reprojects or measures it.
The web map draws these planar coordinates as they are (an identity projection,
dashboards.maps.fitted_projection), the PDF maps and the youth page's plan area work in them
too. The one thing that needs WGS84, the GeoJSON export of youth ideas (RFC 7946), gets its
lon/lat once per record at ingest (wijkwijs.youth.locate), never from this geometry.
- The map's public boundary files (one GeoJSON per boundary year and level, code and name
  only, never a figure; docs/design.md decision 8) are written at publish into the
  dashboard's static folder, named after a hash of their content; `map_files` in the copy
  names them. The first page after a publish then only reads them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

SIMPLIFY_METRES = 5.0  # invisible at neighbourhood zoom, cuts vertices of real PDOK files a lot
MAP_CRS = "EPSG:28992"  # RD New, the Dutch national grid in metres: the map's boundary file
WHOLE_METRES = re.compile(r"(\d)\.0(?=[,\]])")  # 155000.0 → 155000 in the file


def _simplified(buurten: pd.DataFrame, wijken: pd.DataFrame) -> gpd.GeoDataFrame:
    """Buurten, wijken and gemeenten (wijken dissolved) in RD New, simplified once."""
    frames = []
    for level, rows, code in (("buurt", buurten, "buurt_code"), ("wijk", wijken, "wijk_code")):
        geo = gpd.GeoDataFrame(
            {"boundary_year": rows["boundary_year"], "area_code": rows[code]},
            geometry=shapely.from_wkb(rows["geometry_wkb"].map(bytes)),
            crs=MAP_CRS,
        )
        geo["area_level"] = level
        frames.append(geo)
    gemeenten = (
        frames[1][["boundary_year", "geometry"]]
        .assign(area_code=wijken["gemeente_code"].to_numpy())
        .dissolve(by=["boundary_year", "area_code"])
        .reset_index()
        .assign(area_level="gemeente")
    )
    frames.append(gemeenten)
    geo = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=MAP_CRS)
    geo["geometry"] = geo.geometry.simplify(SIMPLIFY_METRES, preserve_topology=True)
    return geo


def as_map_geojson(geometries) -> list[str]:
    """GeoJSON texts of MAP_CRS geometries, whole metres written as integers (shorter)."""
    return [WHOLE_METRES.sub(r"\1", text) for text in shapely.to_geojson(geometries)]


def map_rows(keys: pd.DataFrame, geometries) -> pd.DataFrame:
    """`area_map_geometry` rows: `keys` (boundary_year, area_level, area_code) with each
    geometry (MAP_CRS) rounded to whole metres as GeoJSON and its box, sorted on the keys."""
    planar = shapely.set_precision(np.asarray(geometries), 1.0)
    box = shapely.bounds(planar)
    rows = keys.reset_index(drop=True).assign(
        geojson=as_map_geojson(planar), minx=box[:, 0], miny=box[:, 1], maxx=box[:, 2],
        maxy=box[:, 3])
    return rows.sort_values(["boundary_year", "area_level", "area_code"], ignore_index=True)


def publish_geometry(buurten: pd.DataFrame, wijken: pd.DataFrame) -> pd.DataFrame:
    """`area_map_geometry` of buurten, wijken and gemeenten: simplified once, RD New in whole
    metres, with each area's box (no other coordinate system is stored)."""
    geo = _simplified(buurten, wijken)
    keys = pd.DataFrame({"boundary_year": geo["boundary_year"].astype(int),
                         "area_level": geo["area_level"], "area_code": geo["area_code"]})
    return map_rows(keys, geo.geometry.values)


def label_places(shapes: Mapping[str, dict]) -> dict[str, tuple[int, int, int]]:
    """Where an area's name goes on the map: per code the centre and radius (whole metres, in
    the shapes' planar coordinates) of the largest circle inside the area. The map writes
    the name there when it fits in the circle at the map's scale (`dashboards.maps.chart`)."""
    codes = sorted(shapes)
    if not codes:
        return {}
    geoms = shapely.from_geojson([json.dumps(shapes[c]) for c in codes])
    tolerance = np.maximum(np.sqrt(np.abs(shapely.area(geoms))) / 50, 1.0)
    lines = shapely.maximum_inscribed_circle(geoms, tolerance)
    starts = shapely.get_coordinates(shapely.get_point(lines, 0))
    radius = shapely.length(lines)
    return {c: (round(x), round(y), round(r))
            for c, (x, y), r in zip(codes, starts, radius, strict=True)}


def feature_collection(
    shapes: Mapping[str, dict],
    names: Mapping[str, str],
    labels: Mapping[str, tuple[int, int, int]] | None = None,
) -> dict:
    """A GeoJSON FeatureCollection with only `area_code` and `area_name` per area, and with
    `labels` (`label_places`) the place for its name: `label_x`, `label_y`, `label_r`."""
    labels = labels or {}

    def properties(code: str) -> dict:
        place = labels.get(code)
        extra = dict(zip(("label_x", "label_y", "label_r"), place, strict=True)) if place else {}
        return {"area_code": code, "area_name": names.get(code, code), **extra}

    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": properties(code), "geometry": shapes[code]}
            for code in sorted(shapes)
        ],
    }


def write_geometry_file(
    shapes: Mapping[str, dict],
    names: Mapping[str, str],
    area_level: str,
    boundary_year: int,
    folder: Path,
    labels: Mapping[str, tuple[int, int, int]] | None = None,
) -> str:
    """Write the areas' geometry (and the places for their names) to
    `<level>-<year>-<content hash>.geojson` in `folder`, unless that file is there already,
    and return the file name.

    Written to a temporary file and renamed, so a reader never sees half a file."""
    body = json.dumps(
        feature_collection(shapes, names, labels), ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    name = f"{area_level}-{boundary_year}-{hashlib.sha256(body).hexdigest()[:12]}.geojson"
    target = folder / name
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                os.fchmod(f.fileno(), 0o644)  # mkstemp makes it 0600; this file is public
                f.write(body)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return name


# the areas a map shows: water has no figures, so the map leaves it out too
MAP_AREAS_SQL = """
    select g.area_code, g.geojson, coalesce(a.area_name, g.area_code) as area_name,
        g.minx, g.miny, g.maxx, g.maxy
    from area_map_geometry g left join areas a using (boundary_year, area_level, area_code)
    where g.boundary_year = ? and g.area_level = ? and not coalesce(a.is_water, false)
    order by g.area_code
"""


def write_map_files(con, folder: Path) -> pd.DataFrame:
    """Write the boundary file of every boundary year and level of the copy open in `con`
    (with `area_map_geometry` and `areas`) into `folder`; rows (boundary_year, area_level,
    file_name) for the copy's `map_files`."""
    rows = []
    for year, level in con.execute(
            "select distinct boundary_year, area_level from area_map_geometry order by 1, 2"
    ).fetchall():
        df = con.execute(MAP_AREAS_SQL, [year, level]).df()
        shapes = {code: json.loads(text) for code, text in zip(df["area_code"], df["geojson"],
                                                              strict=True)}
        names = dict(zip(df["area_code"], df["area_name"], strict=True))
        rows.append((year, level, write_geometry_file(shapes, names, level, year, folder,
                                                       labels=label_places(shapes))))
    return pd.DataFrame(rows, columns=["boundary_year", "area_level", "file_name"])
