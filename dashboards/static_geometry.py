"""Map boundaries as a static file the browser fetches once, not sent with every rerun.

Streamlit serves `dashboards/static/` at `/app/static/` (`enableStaticServing` in
.streamlit/config.toml), without any login: only public geometry goes there, with the code
and name of each area (and where its name fits on the map) and never a figure (docs/design.md,
point 8). The file name carries a hash of its content, so app instances on different serving
copies can share the folder, and a new boundary file gets a new URL that no browser has
cached. The coordinates are RD New in whole metres, as publish stored them
(`wijkwijs.publish.geometry`), so the browser draws them without any spherical maths. No
widgets here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboards import auth
from dashboards.serving_copy import CACHE_TTL, Version, _read_copy, current_copy
from wijkwijs.config import STATIC_GEO_DIR
from wijkwijs.publish import geometry
from wijkwijs.publish.geometry import (  # noqa: F401 - part of this module's API
    MAP_AREAS_SQL,
    feature_collection,
    label_places,
)

STATIC_DIR = STATIC_GEO_DIR.parent
GEO_DIR = STATIC_GEO_DIR  # generated, git-ignored; publish writes here too
URL_PATH = "app/static/geo"


def write_geometry_file(
    shapes: Mapping[str, dict],
    names: Mapping[str, str],
    area_level: str,
    boundary_year: int,
    folder: Path | None = None,
    labels: Mapping[str, tuple[int, int, int]] | None = None,
) -> str:
    """Write the areas' geometry (and the places for their names) to
    `<level>-<year>-<content hash>.geojson` in `folder` (default GEO_DIR), unless that file is
    there already, and return the file name (publish writes the same files:
    wijkwijs.publish.geometry)."""
    return geometry.write_geometry_file(shapes, names, area_level, boundary_year,
                                        folder or GEO_DIR, labels)


def url_for(name: str) -> str:
    """The URL path (no host) of a file in the geometry folder, under the server's base path."""
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return "/" + "/".join(part for part in (base, URL_PATH, name) if part)


# no ttl: the key holds the serving copy's version, and the file never goes stale
@st.cache_data(max_entries=32, show_spinner=False)
def _written_file(
    path: str, version: Version, boundary_year: int, area_level: str
) -> str:
    geo = _map_geometry_of(path, version, boundary_year, area_level)
    return write_geometry_file(geo["shapes"], geo["names"], area_level, boundary_year,
                               labels=label_places(geo["shapes"]))


def geometry_url(boundary_year: int, area_level: str) -> str:
    """URL path of the static geometry file of one boundary year and level of the current
    serving copy; the file is written on the first request per serving version. Public
    boundaries, but only for a logged-in user with a role (as every read of the copy)."""
    auth.require_access()
    path, version = current_copy()  # the copy this page run reads
    published = _published_map_file(path, version, boundary_year, area_level)
    if published and (GEO_DIR / published).exists():  # written at publish: nothing to do
        return url_for(published)
    name = _written_file(path, version, boundary_year, area_level)
    if not (GEO_DIR / name).exists():  # the folder was emptied while the app ran
        _written_file.clear()
        name = _written_file(path, version, boundary_year, area_level)
    return url_for(name)


def planar_shapes(boundary_year: int, area_level: str) -> dict[str, dict]:
    """Per area code of a level its boundary as GeoJSON in the map's planar coordinates
    (RD New, whole metres), water left out: the same public boundaries as the static
    file, for a picture drawn on the server (the map in the profile PDF)."""
    auth.require_access()
    path, version = current_copy()
    return _map_geometry_of(path, version, boundary_year, area_level)["shapes"]


@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def _map_geometry_of(path: str, version: Version, boundary_year: int, area_level: str) -> dict:
    """The map's boundaries of one level in the copy at `path`, once per version: per area
    code its GeoJSON in the map's planar coordinates (RD New, whole metres: publish made them,
    `area_map_geometry`) and its name, water left out, and `bounds`, a frame of each area's
    box. Public, so no access check (`area_bounds` has one; dashboards.static_geometry writes
    the file)."""
    del version  # only part of the cache key
    df = _read_copy(path, MAP_AREAS_SQL, (boundary_year, area_level))
    return {
        "shapes": {code: json.loads(text) for code, text in zip(df["area_code"], df["geojson"],
                                                              strict=True)},
        "names": dict(zip(df["area_code"], df["area_name"], strict=True)),
        "bounds": df[["area_code", "minx", "miny", "maxx", "maxy"]],
    }


# its own small cache: read on every rerun, where the whole geometry would be copied each time;
# read straight from the copy's boxes (no geometry parsed at all)
@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def _cached_bounds(path: str, version: Version, boundary_year: int, area_level: str):
    del version
    return _read_copy(path, MAP_AREAS_SQL, (boundary_year, area_level))[
        ["area_code", "minx", "miny", "maxx", "maxy"]]


@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def _published_map_file(path: str, version: Version, boundary_year: int,
                       area_level: str) -> str | None:
    """The name of the boundary file publish wrote for this year and level (None: publish
    could not write the folder)."""
    del version
    df = _read_copy(path, "select file_name from map_files where boundary_year = ? "
                    "and area_level = ?", (boundary_year, area_level))
    return None if df.empty else str(df["file_name"].iloc[0])


def area_bounds(boundary_year: int, area_level: str) -> pd.DataFrame:
    """Per area code of a level its box in the map's planar coordinates (RD New,
    metres): `minx`, `miny`, `maxx`, `maxy`. Public boundaries, but a login is needed."""
    auth.require_access()
    path, version = current_copy()
    return _cached_bounds(path, version, boundary_year, area_level)
