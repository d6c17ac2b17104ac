"""The map boundaries as a static file: public geometry with codes and names, no figures."""

from __future__ import annotations

import json
import re

import duckdb
import shapely
import shapely.geometry

from dashboards import static_geometry
from tests.dashboards.serving_fixture import YEAR

SQUARE = {"type": "Polygon", "coordinates": [[[5, 52], [5.1, 52], [5.1, 52.1], [5, 52]]]}


def test_written_once_under_a_content_addressed_name(tmp_path):
    shapes = {"BU02": SQUARE, "BU01": {**SQUARE, "coordinates": [[[6, 52], [6.1, 52], [6, 52]]]}}
    names = {"BU01": "Oude Markt", "BU02": "Súdwest"}
    name = static_geometry.write_geometry_file(shapes, names, "buurt", 2024, folder=tmp_path)
    assert re.fullmatch(r"buurt-2024-[0-9a-f]{12}\.geojson", name)
    path = tmp_path / name
    collection = json.loads(path.read_text("utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert [f["properties"] for f in collection["features"]] == [
        {"area_code": "BU01", "area_name": "Oude Markt"},
        {"area_code": "BU02", "area_name": "Súdwest"},
    ]
    assert collection["features"][1]["geometry"] == SQUARE
    assert path.stat().st_mode & 0o777 == 0o644  # served to anyone: readable, like a web file

    # the same content: the same name, and the file is not written again
    before = path.stat()
    again = static_geometry.write_geometry_file(shapes, names, "buurt", 2024, folder=tmp_path)
    assert again == name and path.stat().st_mtime_ns == before.st_mtime_ns
    # other boundaries: another name, the old file stays for pages still showing it
    moved = static_geometry.write_geometry_file(
        {**shapes, "BU02": {**SQUARE, "coordinates": [[[5, 52], [5.2, 52], [5, 52.2], [5, 52]]]}},
        names, "buurt", 2024, folder=tmp_path,
    )
    assert moved != name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, moved])  # no temp files


def test_url_of_the_serving_copys_boundaries(serving_data, tmp_path, monkeypatch):
    monkeypatch.setattr(static_geometry, "GEO_DIR", tmp_path / "geo")
    static_geometry._written_file.clear()
    url = static_geometry.geometry_url(YEAR, "buurt")
    assert re.fullmatch(rf"/app/static/geo/buurt-{YEAR}-[0-9a-f]{{12}}\.geojson", url)
    path = tmp_path / "geo" / url.rsplit("/", 1)[1]
    collection = json.loads(path.read_text("utf-8"))

    with duckdb.connect(str(serving_data), read_only=True) as con:
        expected = con.execute(
            "select g.area_code, a.area_name, g.geojson from area_map_geometry g "
            "join areas a using (boundary_year, area_level, area_code) "
            "where g.boundary_year = ? and g.area_level = 'buurt' and not a.is_water "
            "order by 1",
            [YEAR],
        ).fetchall()
    assert len(expected) == 4
    assert [
        (f["properties"]["area_code"], f["properties"]["area_name"], f["geometry"])
        for f in collection["features"]
    ] == [(code, name, json.loads(shape)) for code, name, shape in expected]
    # in the map's planar RD New metres (the fixture lies near 5.9 E, 52.0 N)
    x, y = collection["features"][0]["geometry"]["coordinates"][0][0]
    assert 185_000 < x < 195_000 and 435_000 < y < 450_000
    # public geometry only: no figure of any kind next to the code, the name and the place
    # for the name (the centre and radius of the largest circle inside the area)
    assert {key for f in collection["features"] for key in f["properties"]} == {
        "area_code", "area_name", "label_x", "label_y", "label_r"}
    for feature in collection["features"]:
        props = feature["properties"]
        shape = shapely.geometry.shape(feature["geometry"])
        centre = shapely.Point(props["label_x"], props["label_y"])
        assert shape.contains(centre) and props["label_r"] > 0
        # the circle lies inside the area (to the rounding to whole metres)
        assert shape.buffer(2).contains(centre.buffer(props["label_r"]))
    assert collection["features"][0]["properties"]["area_name"] == "Oude Markt"

    # a rerun: the cached URL, no new file; a removed file is written again
    written = path.stat().st_mtime_ns
    assert static_geometry.geometry_url(YEAR, "buurt") == url
    assert path.stat().st_mtime_ns == written
    path.unlink()
    assert static_geometry.geometry_url(YEAR, "buurt") == url
    assert path.exists()
