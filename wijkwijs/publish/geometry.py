"""Map geometry for the serving copy: simplified once per boundary year, WGS84 for display."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import shapely

SIMPLIFY_METRES = 5.0  # invisible at neighbourhood zoom, cuts vertices of real PDOK files a lot


def display_geometry(buurten: pd.DataFrame, wijken: pd.DataFrame) -> pd.DataFrame:
    """Rows (boundary_year, area_level, area_code, geojson) for buurten, wijken and gemeenten."""
    frames = []
    for level, rows, code in (("buurt", buurten, "buurt_code"), ("wijk", wijken, "wijk_code")):
        geo = gpd.GeoDataFrame(
            {"boundary_year": rows["boundary_year"], "area_code": rows[code]},
            geometry=shapely.from_wkb(rows["geometry_wkb"].map(bytes)),
            crs="EPSG:28992",
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
    geo = pd.concat(frames, ignore_index=True)
    simplified = geo.geometry.simplify(SIMPLIFY_METRES, preserve_topology=True)
    wgs84 = gpd.GeoSeries(simplified, crs="EPSG:28992").to_crs("EPSG:4326")
    wgs84 = shapely.set_precision(wgs84.values, 1e-6)  # ~0.1 m: smaller JSON, same picture
    return pd.DataFrame(
        {
            "boundary_year": geo["boundary_year"].astype(int),
            "area_level": geo["area_level"],
            "area_code": geo["area_code"],
            "geojson": shapely.to_geojson(wgs84),
        }
    ).sort_values(["boundary_year", "area_level", "area_code"], ignore_index=True)
