"""Map boundaries as a static file the browser fetches once, not sent with every rerun.

Streamlit serves `dashboards/static/` at `/app/static/` (`enableStaticServing` in
.streamlit/config.toml), without any login: only public geometry goes there, with the code
and name of each area (and where its name fits on the map) and never a figure (DESIGN.md,
point 8). The file name carries a hash of its content, so app instances on different serving
copies can share the folder, and a new boundary file gets a new URL that no browser has
cached. The coordinates are RD New (`dashboards.maps.MAP_CRS`, whole metres), so the browser
draws them without any spherical maths. No widgets here.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import shapely
import streamlit as st

from dashboards import auth, queries

STATIC_DIR = Path(__file__).resolve().parent / "static"
GEO_DIR = STATIC_DIR / "geo"  # generated, git-ignored
URL_PATH = "app/static/geo"


def label_places(shapes: Mapping[str, dict]) -> dict[str, tuple[int, int, int]]:
    """Where an area's name goes on the map: per code the centre and radius (whole metres, in
    the shapes' planar coordinates) of the largest circle inside the area. The map writes
    the name there when it fits in the circle at the map's scale (`maps.chart`)."""
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
    folder: Path | None = None,
    labels: Mapping[str, tuple[int, int, int]] | None = None,
) -> str:
    """Write the areas' geometry (and the places for their names) to
    `<level>-<year>-<content hash>.geojson` in `folder` (default GEO_DIR), unless that file
    is there already, and return the file name.

    Written to a temporary file and renamed, so a reader never sees half a file."""
    body = json.dumps(
        feature_collection(shapes, names, labels), ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    name = f"{area_level}-{boundary_year}-{hashlib.sha256(body).hexdigest()[:12]}.geojson"
    folder = folder or GEO_DIR
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


def url_for(name: str) -> str:
    """The URL path (no host) of a file in the geometry folder, under the server's base path."""
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return "/" + "/".join(part for part in (base, URL_PATH, name) if part)


# no ttl: the key holds the serving copy's version, and the file never goes stale
@st.cache_data(max_entries=32, show_spinner=False)
def _written_file(
    path: str, version: queries.Version, boundary_year: int, area_level: str
) -> str:
    geo = queries._map_geometry_of(path, version, boundary_year, area_level)
    return write_geometry_file(geo["shapes"], geo["names"], area_level, boundary_year,
                               labels=label_places(geo["shapes"]))


def geometry_url(boundary_year: int, area_level: str) -> str:
    """URL path of the static geometry file of one boundary year and level of the current
    serving copy; the file is written on the first request per serving version. Public
    boundaries, but only for a logged-in user with a role (as every read of the copy)."""
    auth.require_access()
    path, version = queries.current_copy()  # the copy this page run reads
    name = _written_file(path, version, boundary_year, area_level)
    if not (GEO_DIR / name).exists():  # the folder was emptied while the app ran
        _written_file.clear()
        name = _written_file(path, version, boundary_year, area_level)
    return url_for(name)


def planar_shapes(boundary_year: int, area_level: str) -> dict[str, dict]:
    """Per area code of a level its boundary as GeoJSON in the map's planar coordinates
    (`maps.MAP_CRS`, whole metres), water left out: the same public boundaries as the static
    file, for a picture drawn on the server (the map in the profile PDF)."""
    auth.require_access()
    path, version = queries.current_copy()
    return queries._map_geometry_of(path, version, boundary_year, area_level)["shapes"]
