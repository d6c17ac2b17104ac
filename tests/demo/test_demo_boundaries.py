"""The boundary GeoPackages: codes, counts, a proper tiling of an irregular town."""

from __future__ import annotations

import re

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely

YEARS = (2023, 2024, 2025, 2026)


@pytest.fixture(scope="module")
def layers(demo_dir):
    path = demo_dir / "reference" / "wijkenbuurten_2025.gpkg"
    return {name: gpd.read_file(path, layer=name) for name in ("buurten", "wijken", "gemeenten")}


def test_every_boundary_year_has_the_three_layers_in_rd_new(demo_dir):
    for year in YEARS:
        path = demo_dir / "reference" / f"wijkenbuurten_{year}.gpkg"
        assert [name for name, _ in pyogrio.list_layers(path)] == ["buurten", "wijken", "gemeenten"]
        for name in ("buurten", "wijken", "gemeenten"):
            assert gpd.read_file(path, layer=name).crs.to_epsg() == 28992


def test_boundaries_are_the_same_every_year_and_flagged_unchanged(demo_dir, layers):
    reference = layers["buurten"].set_index("buurtcode").geometry
    for year in YEARS:
        buurten = gpd.read_file(
            demo_dir / "reference" / f"wijkenbuurten_{year}.gpkg", layer="buurten"
        ).set_index("buurtcode")
        assert list(buurten.index) == list(reference.index)
        assert buurten.geometry.geom_equals_exact(reference, tolerance=0).all()
        assert set(buurten.indicatie_wijziging) == {1}


def test_codes_have_cbs_formats_and_nest(layers):
    buurten, wijken, gemeenten = layers["buurten"], layers["wijken"], layers["gemeenten"]
    assert list(gemeenten.gemeentecode) == ["GM9999"]
    assert list(gemeenten.gemeentenaam) == ["Demstervoort"]
    assert all(re.fullmatch(r"WK\d{6}", c) for c in wijken.wijkcode)
    assert all(re.fullmatch(r"BU\d{8}", c) for c in buurten.buurtcode)
    assert all(c.startswith("WK9999") for c in wijken.wijkcode)
    assert all(b[2:8] == w[2:8] for b, w in zip(buurten.buurtcode, buurten.wijkcode, strict=True))
    assert buurten.buurtcode.is_unique and wijken.wijkcode.is_unique
    assert buurten.buurtnaam.is_unique and wijken.wijknaam.is_unique
    assert set(buurten.wijkcode) == set(wijken.wijkcode)
    assert set(buurten.gemeentecode) == {"GM9999"} and set(wijken.gemeentecode) == {"GM9999"}


def test_six_wijken_and_40_to_80_buurten(layers, demo_run):
    assert len(layers["wijken"]) == 6
    assert 40 <= len(layers["buurten"]) <= 80
    assert demo_run[1].buurten == len(layers["buurten"]) and demo_run[1].wijken == 6


def test_almost_empty_buurten_exist(layers):
    buurten = layers["buurten"].set_index("buurtnaam")
    assert list(buurten.index[buurten.water == "JA"]) == ["Buitenhaven"]
    assert set(buurten.water) == {"JA", "NEE"}
    assert buurten.loc["Buitenhaven", "aantal_inwoners"] == 0
    assert 10 <= buurten.loc["Bedrijventerrein De Vaart", "aantal_inwoners"] <= 30
    assert 0 <= buurten.loc["Stadspark", "aantal_inwoners"] <= 5


def test_buurten_tile_the_town_outline(layers):
    geoms = layers["buurten"].geometry.to_numpy()
    outline = layers["gemeenten"].geometry.iloc[0]
    assert shapely.is_valid(geoms).all() and outline.is_valid
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pairs = left < right
    overlap = shapely.area(shapely.intersection(geoms[left[pairs]], geoms[right[pairs]]))
    assert pairs.sum() > len(geoms)  # neighbours do touch
    assert overlap.max() < 1e-3  # square metres: shared edges only
    union = shapely.union_all(geoms)
    assert abs(union.area - outline.area) / outline.area < 0.001
    assert union.symmetric_difference(outline).area / outline.area < 0.001


def test_wijk_geometry_is_the_union_of_its_contiguous_buurten(layers):
    buurten = layers["buurten"]
    for wijk in layers["wijken"].itertuples():
        union = shapely.union_all(buurten.geometry[buurten.wijkcode == wijk.wijkcode].to_numpy())
        assert wijk.geometry.symmetric_difference(union).area < 1.0
        assert len(shapely.get_parts(wijk.geometry)) == 1  # one contiguous area


def test_town_is_irregular_and_in_the_middle_of_the_netherlands(layers):
    outline = layers["gemeenten"].geometry.iloc[0]
    xmin, ymin, xmax, ymax = outline.bounds
    assert outline.area < 0.85 * (xmax - xmin) * (ymax - ymin)
    assert 5000 < xmax - xmin < 7500 and 4000 < ymax - ymin < 6500
    assert np.hypot(outline.centroid.x - 155_000, outline.centroid.y - 463_000) < 1000
