"""Geometry goes one way: publish stores it in RD New in whole metres, and no page converts
it (the map draws RD New as it is). Counted, not assumed: every reprojection a page render
could make (geopandas' to_crs, and the pyproj transformer under it) is counted."""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
import pyproj
import pytest
import shapely

from tests.youth.youth_serving_fixture import build_youth_serving
from wijkwijs.publish.geometry import publish_geometry

# RD New's valid area (EPSG:28992, metres): the Netherlands and a margin
RD_X, RD_Y = (-7_000, 300_000), (289_000, 629_000)


def _boundaries() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two buurten of one wijk in RD New with coordinates to the millimetre, as PDOK has them."""
    west = shapely.Polygon([(155_000.123, 463_000.456), (155_500.789, 463_000.012),
                            (155_500.789, 463_500.5), (155_000.123, 463_499.6)])
    east = shapely.Polygon([(155_500.789, 463_000.012), (156_000.3, 463_000.7),
                            (156_000.3, 463_500.2), (155_500.789, 463_500.5)])
    buurten = pd.DataFrame({
        "boundary_year": [2024, 2024], "buurt_code": ["BU99990101", "BU99990102"],
        "geometry_wkb": shapely.to_wkb([west, east])})
    wijken = pd.DataFrame({"boundary_year": [2024], "wijk_code": ["WK999901"],
                           "gemeente_code": ["GM9999"],
                           "geometry_wkb": shapely.to_wkb([west.union(east)])})
    return buurten, wijken


def test_published_geometry_is_rd_new_in_whole_metres():
    rows = publish_geometry(*_boundaries())
    assert list(zip(rows["area_level"], rows["area_code"], strict=True)) == [
        ("buurt", "BU99990101"), ("buurt", "BU99990102"), ("gemeente", "GM9999"),
        ("wijk", "WK999901")]
    for text, minx, miny, maxx, maxy in rows[["geojson", "minx", "miny", "maxx", "maxy"]].values:
        shape = json.loads(text)
        points = [p for ring in shape["coordinates"] for p in ring]
        assert points and all(isinstance(v, int) for p in points for v in p)  # whole metres
        assert all(RD_X[0] < x < RD_X[1] and RD_Y[0] < y < RD_Y[1] for x, y in points)
        assert (minx, miny, maxx, maxy) == shapely.from_geojson(text).bounds
    first = json.loads(rows["geojson"].iloc[0])["coordinates"][0]
    assert [155_000, 463_000] in first and [155_501, 463_000] in first  # rounded, not moved


@pytest.fixture
def reprojections(monkeypatch) -> list[str]:
    """Every CRS transformation made while the test runs, by what made it."""
    made: list[str] = []
    for owner, name in ((gpd.GeoSeries, "to_crs"), (gpd.GeoDataFrame, "to_crs"),
                        (pyproj.Transformer, "transform")):
        original = getattr(owner, name)

        def counted(self, *args, _original=original, _what=f"{owner.__name__}.{name}", **kw):
            made.append(_what)
            return _original(self, *args, **kw)

        monkeypatch.setattr(owner, name, counted)
    return made


@pytest.mark.parametrize(("page", "params"), [
    ("pages/overzicht.py", {"domein": "wmo"}),
    ("pages/overzicht.py", {"domein": "wmo", "niveau": "wijk"}),
    ("pages/buurtprofiel.py", {"gebied": "BU99990101"}),
])
def test_a_page_with_a_map_reprojects_nothing(serving_data, open_page, reprojections, page,
                                              params):
    at = open_page(page, **params)
    assert at.get("vega_lite_chart") or at.get("arrow_vega_lite_chart") or at.dataframe
    assert reprojections == []


def test_the_youth_map_reprojects_nothing(tmp_path, monkeypatch, reprojections):
    from streamlit.testing.v1 import AppTest

    from tests.dashboards.conftest import APP

    build_youth_serving(tmp_path / "serving" / "wijkwijs.duckdb")
    reprojections.clear()  # the fixture gives its records their lon/lat, as the ingest does
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    at.switch_page("pages/jongereninbreng.py")
    at.run()
    at.multiselect[0].set_value(["BU99990101"]).run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("plangebied" in c.value for c in at.caption)  # the map and its legend are shown
    assert reprojections == []
