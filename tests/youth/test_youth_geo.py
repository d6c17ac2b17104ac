"""Generalisation (100 m grid, buurt lookup) and the plan area: upload parsing in both
projections, GeoPackage, intersection with and without buffer."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import Point, box

from wijkwijs.youth import locate, plan_area

TO_WGS = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)
# Two buurten side by side, 500 m square each, in RD New; boundary year 2025 only.
WEST, EAST = box(155_000, 463_000, 155_500, 463_500), box(155_500, 463_000, 156_000, 463_500)
BUURTEN = gpd.GeoDataFrame(
    {"boundary_year": [2025, 2025], "buurt_code": ["BU99990101", "BU99990102"]},
    geometry=[WEST, EAST],
    crs="EPSG:28992",
)
PLAN_RD = box(155_100, 463_100, 155_300, 463_300)  # 200 m square inside the west buurt


def wgs_ring(geometry) -> list[list[float]]:
    xs, ys = geometry.exterior.xy
    lon, lat = TO_WGS.transform(np.array(xs), np.array(ys))
    return [[round(a, 7), round(b, 7)] for a, b in zip(lon, lat, strict=True)]


def feature_collection(rings, crs: str | None = None) -> bytes:
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"naam": f"deel {i}"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
            for i, ring in enumerate(rings)
        ],
    }
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    return json.dumps(doc).encode()


# --- generalisation ----------------------------------------------------------------------------


def test_snap_to_the_centre_of_the_100_m_cell():
    x, y = locate.snap_to_grid(
        np.array([155_123.4, 155_199.9, 155_200.0]), np.array([463_001.0, 463_099.0, 463_250.0])
    )
    assert x.tolist() == [155_150.0, 155_150.0, 155_250.0]
    assert y.tolist() == [463_050.0, 463_050.0, 463_250.0]


def test_wgs84_input_goes_to_rd_and_back():
    lon, lat = TO_WGS.transform(155_240.0, 463_310.0)
    x, y = locate.to_rd(np.array([lon]), np.array([lat]), locate.WGS84)
    assert x[0] == pytest.approx(155_240.0, abs=0.01) and y[0] == pytest.approx(463_310.0, abs=0.01)
    assert locate.normalise_crs(" epsg:4326 ") == locate.WGS84
    assert locate.normalise_crs("EPSG:28992") == locate.RD_NEW
    assert locate.normalise_crs("EPSG:3857") is None


def test_buurt_found_by_point_in_polygon_in_the_boundaries_of_the_year():
    codes = locate.buurt_of_points(
        np.array([155_100.0, 155_900.0, 157_000.0, 155_100.0]),
        np.array([463_100.0, 463_400.0, 463_100.0, 463_100.0]),
        np.array([2025, 2025, 2025, 2024]),
        BUURTEN,
    )
    assert codes.tolist() == ["BU99990101", "BU99990102", None, None]


def test_boundary_year_is_own_year_else_latest_earlier_else_earliest():
    assert locate.boundary_year_for(2025, [2023, 2024, 2025]) == 2025
    assert locate.boundary_year_for(2027, [2023, 2024, 2025]) == 2025
    assert locate.boundary_year_for(2020, [2023, 2024]) == 2023


def test_representative_point_lies_inside_the_buurt():
    points = locate.representative_points(BUURTEN)
    assert set(points) == {(2025, "BU99990101"), (2025, "BU99990102")}
    assert WEST.contains(Point(points[(2025, "BU99990101")]))


# --- plan area upload ----------------------------------------------------------------------------


def test_geojson_in_wgs84_is_read_into_rd():
    area = plan_area.read_plan_area(feature_collection([wgs_ring(PLAN_RD)]), "plan.geojson")
    assert area.area == pytest.approx(40_000, rel=1e-3)
    assert area.bounds == pytest.approx(PLAN_RD.bounds, abs=0.05)


def test_geojson_in_rd_with_crs_member_is_read_as_rd():
    ring = [list(c) for c in PLAN_RD.exterior.coords]
    data = feature_collection([ring], crs="urn:ogc:def:crs:EPSG::28992")
    area = plan_area.read_plan_area(data, "plan.json")
    assert (
        area.equals_exact(PLAN_RD, tolerance=0.01) or area.symmetric_difference(PLAN_RD).area < 0.01
    )


def test_geojson_with_rd_numbers_but_no_crs_is_read_as_rd():
    ring = [list(c) for c in PLAN_RD.exterior.coords]
    area = plan_area.read_plan_area(feature_collection([ring]), "plan.geojson")
    assert area.area == pytest.approx(40_000, rel=1e-6)


def test_several_features_are_united():
    second = box(155_600, 463_100, 155_700, 463_200)
    area = plan_area.read_plan_area(
        feature_collection([wgs_ring(PLAN_RD), wgs_ring(second)]), "twee.geojson"
    )
    assert area.geom_type == "MultiPolygon"
    assert area.area == pytest.approx(50_000, rel=1e-3)


def test_geopackage_in_rd_and_in_wgs84(tmp_path):
    for crs in ("EPSG:28992", "EPSG:4326"):
        path = tmp_path / f"plan_{crs[5:]}.gpkg"
        gpd.GeoDataFrame({"naam": ["plan"]}, geometry=[PLAN_RD], crs="EPSG:28992").to_crs(
            crs
        ).to_file(path, layer="plangebied", driver="GPKG")
        area = plan_area.read_plan_area(path.read_bytes(), path.name)
        assert area.area == pytest.approx(40_000, rel=1e-3)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"not json", "plan.geojson", "niet te lezen"),
        (b"{}", "plan.shp", "GeoJSON"),
        (
            json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": [
                        {
                            "type": "Feature",
                            "properties": {},
                            "geometry": {"type": "Point", "coordinates": [5.39, 52.15]},
                        }
                    ],
                }
            ).encode(),
            "punt.geojson",
            "geen vlakken",
        ),
    ],
)
def test_unusable_uploads_give_a_dutch_message(data, name, message):
    with pytest.raises(plan_area.PlanAreaError, match=message):
        plan_area.read_plan_area(data, name)


# --- intersection --------------------------------------------------------------------------------

RECORDS = pd.DataFrame(
    {
        "record_id": ["in", "edge_out", "far", "buurt_east", "buurt_west"],
        "boundary_year": [2025] * 5,
        "buurt_code": ["BU99990101", "BU99990101", "BU99990102", "BU99990102", "BU99990101"],
        "location_precision": ["raster_100m", "raster_100m", "raster_100m", "buurt", "buurt"],
        "x_rd": [155_150.0, 155_350.0, 155_950.0, 155_750.0, 155_250.0],
        "y_rd": [463_150.0, 463_150.0, 463_450.0, 463_250.0, 463_250.0],
    }
)
SHAPES = {(2025, "BU99990101"): WEST, (2025, "BU99990102"): EAST}


def test_points_inside_the_area_without_buffer():
    inside = plan_area.records_in_area(RECORDS, PLAN_RD)
    assert inside["record_id"].tolist() == ["in", "buurt_west"]
    assert inside["match"].tolist() == ["punt", "buurt"]


def test_a_buffer_takes_in_nearby_points():
    inside = plan_area.records_in_area(RECORDS, plan_area.buffer_area(PLAN_RD, 60))
    assert inside["record_id"].tolist() == ["in", "edge_out", "buurt_west"]


def test_buurt_records_count_when_enough_of_their_buurt_is_inside():
    # the plan area covers 16 % of the west buurt and none of the east buurt
    inside = plan_area.records_in_area(RECORDS, PLAN_RD, SHAPES)
    assert inside["record_id"].tolist() == ["in", "buurt_west"]
    wide = box(155_000, 463_000, 155_560, 463_500)  # 12 % of the east buurt
    inside = plan_area.records_in_area(RECORDS, wide, SHAPES)
    assert inside["record_id"].tolist() == ["in", "edge_out", "buurt_east", "buurt_west"]
    assert inside.set_index("record_id").loc["buurt_east", "match"] == "buurt"


def test_overlapping_buurten_with_share():
    found = plan_area.overlapping_buurten(plan_area.buffer_area(PLAN_RD, 0), BUURTEN)
    assert found["buurt_code"].tolist() == ["BU99990101"]
    assert found["share_in_area"].iloc[0] == pytest.approx(0.16)
    wide = plan_area.overlapping_buurten(box(155_000, 463_000, 155_560, 463_500), BUURTEN)
    assert wide["buurt_code"].tolist() == ["BU99990101", "BU99990102"]


def test_serving_geometry_is_read_in_rd_new_as_stored():
    """The copy's shapes are RD New in whole metres: parsed as they are, never reprojected."""
    rows = pd.DataFrame({"boundary_year": [2025], "area_code": ["BU99990101"],
                         "geojson": [shapely.to_geojson(WEST)]})
    shapes = plan_area.shapes_rd(rows)
    assert shapes.crs == "EPSG:28992"
    assert shapes.geometry.iloc[0].equals(WEST)
    assert shapes.geometry.iloc[0].area == 250_000
