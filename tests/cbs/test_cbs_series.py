"""Series over boundary years: the crosswalk from the geometries of two divisions, series
keys through CBS's change flags, and a break where a buurt changed."""

import duckdb
import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from wijkwijs.cbs.config import Selection
from wijkwijs.cbs.crosswalk import crosswalk, link_series
from wijkwijs.cbs.run import refresh
from wijkwijs.config import Paths
from wijkwijs.raw_tables import create_raw_tables
from wijkwijs.reference import load_reference

# code, x from, x to, change flag, inwoners
DIVISIONS = {
    2022: [
        ("BU09970101", 0, 1000, 1, 3000),
        ("BU09970102", 1000, 2000, 1, 2100),
        ("BU09970199", 2000, 3000, 1, 0),
    ],
    2023: [
        ("BU09970101", 0, 1000, 1, 3005),  # unchanged
        ("BU09970102", 1000, 1500, 3, 1200),  # split: the west half keeps the code
        ("BU09970103", 1500, 2000, 3, 950),  # the east half is new
        ("BU09970198", 2000, 3000, 2, 0),  # same area, new code
    ],
}


def write_division(path, year):
    rows = [
        {
            "buurtcode": code,
            "buurtnaam": code[-2:],
            "wijkcode": "WK099701",
            "gemeentecode": "GM0997",
            "gemeentenaam": "Drieburen",
            "water": "NEE",
            "indelingswijziging_wijken_en_buurten": flag,
            "aantal_inwoners": inwoners,
            "geometry": box(100000 + x0, 480000, 100000 + x1, 481000),
        }
        for code, x0, x1, flag, inwoners in DIVISIONS[year]
    ]
    gpd.GeoDataFrame(rows, crs="EPSG:28992").to_file(path, layer="buurten", driver="GPKG")


@pytest.fixture
def warehouse(tmp_path):
    data = Paths(tmp_path)
    data.reference.mkdir(parents=True)
    for year in DIVISIONS:
        write_division(data.reference / f"wijkenbuurten_{year}.gpkg", year)
    con = duckdb.connect()
    create_raw_tables(con)
    load_reference(con, data.reference)
    refresh(con, data, Selection(None, (), cbs=True))
    return con


def series(con):
    return {
        (code, year): (key, basis, is_break, reason)
        for code, year, key, basis, is_break, reason in con.execute(
            "select area_code, boundary_year, series_key, link_basis, is_break, break_reason "
            "from raw.cbs_area_series where area_level = 'buurt' order by all"
        ).fetchall()
    }


def test_the_crosswalk_is_the_overlap_of_the_geometries(warehouse):
    rows = warehouse.execute(
        "select from_code, to_code, round(overlap_m2), round(share_of_from, 3), "
        "round(share_of_to, 3) from raw.cbs_area_crosswalk where area_level = 'buurt' order by 1, 2"
    ).fetchall()
    assert rows == [
        ("BU09970101", "BU09970101", 1_000_000, 1.0, 1.0),
        ("BU09970102", "BU09970102", 500_000, 0.5, 1.0),
        ("BU09970102", "BU09970103", 500_000, 0.5, 1.0),
        ("BU09970199", "BU09970198", 1_000_000, 1.0, 1.0),
    ]  # shared edges touch, but a touch is no overlap


def test_series_continue_through_a_new_code_and_break_at_a_split(warehouse):
    found = series(warehouse)
    assert found[("BU09970101", 2023)] == ("BU09970101/2022", "geometry", False, None)
    assert found[("BU09970198", 2023)] == ("BU09970199/2022", "geometry", False, None)
    assert found[("BU09970102", 2023)] == ("BU09970102/2023", "geometry", True, "boundary_changed")
    assert found[("BU09970103", 2023)] == ("BU09970103/2023", "geometry", True, "boundary_changed")
    assert found[("BU09970102", 2022)] == ("BU09970102/2022", "first_year", False, None)
    wijk = warehouse.execute(
        "select series_key, is_break from raw.cbs_area_series where area_code = 'WK099701' "
        "order by boundary_year"
    ).fetchall()
    assert wijk == [("WK099701/2022", False), ("WK099701/2022", False)]  # outline unchanged


def test_the_flag_says_boundary_moved_even_when_the_areas_look_alike():
    areas = pd.DataFrame(
        [
            ("buurt", "BU1", 2023, 1, True),
            ("buurt", "BU1", 2024, 3, True),
        ],
        columns=["area_level", "area_code", "boundary_year", "change_flag", "has_geometry"],
    )
    links = pd.DataFrame(
        [("buurt", 2023, "BU1", 2024, "BU1", 1e6, 0.995, 0.995)],
        columns=["area_level", "from_year", "from_code", "to_year", "to_code"]
        + ["overlap_m2", "share_of_from", "share_of_to"],
    )
    (_, second) = link_series(areas, links).itertuples(index=False)
    assert (second.is_break, second.break_reason) == (True, "boundary_changed")


def test_without_geometry_the_code_and_flag_decide():
    areas = pd.DataFrame(
        [
            ("buurt", "BU1", 2023, 1, False),
            ("buurt", "BU2", 2023, 1, False),
            ("buurt", "BU1", 2024, 1, False),
            ("buurt", "BU2", 2024, 3, False),
            ("buurt", "BU3", 2024, 2, False),
            ("buurt", "BU4", 2024, 3, False),
        ],
        columns=["area_level", "area_code", "boundary_year", "change_flag", "has_geometry"],
    )
    empty = crosswalk(pd.DataFrame(columns=["area_level", "area_code", "boundary_year"]))
    rows = link_series(areas, empty).set_index(["area_code", "boundary_year"])
    assert rows.loc[("BU1", 2024), ["series_key", "is_break"]].tolist() == ["BU1/2023", False]
    assert rows.loc[("BU2", 2024), ["is_break", "break_reason"]].tolist() == [
        True,
        "boundary_changed",
    ]
    assert rows.loc[("BU3", 2024), "break_reason"] == "code_changed_unlinked"
    assert rows.loc[("BU4", 2024), "break_reason"] == "new_area"
