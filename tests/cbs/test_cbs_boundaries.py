"""Boundary files under the names and in the shapes CBS and PDOK give them: the national
GeoPackage, an OGC API export per collection, a WFS export (camelCase), a file from before
2022 (upper-case abbreviations); the year from the content or the name; an error that says
what is accepted; wijk names from the wijk layer or from StatLine."""

import json

import duckdb
import geopandas as gpd
import pytest
from shapely.geometry import box

from tests.cbs.fakes import PDOK, FixtureTransport, write_pdok_gpkg
from wijkwijs.cbs import boundary_files
from wijkwijs.cbs.config import Selection
from wijkwijs.cbs.kwb import read_pdok_figures
from wijkwijs.cbs.run import refresh
from wijkwijs.config import Paths
from wijkwijs.raw_tables import create_raw_tables
from wijkwijs.reference import InvalidReference, load_reference


@pytest.fixture
def con():
    con = duckdb.connect()
    create_raw_tables(con)
    return con


def ogc_export(path, layer: str) -> None:
    """What a user saves from the PDOK OGC API in a browser: all pages in one
    FeatureCollection, WGS84 (the API's default), the `links` of the answer kept."""
    pages = sorted(PDOK.glob(f"ogc_2024_{layer}*.json"))
    first = json.loads(pages[0].read_text())
    features = [f for p in pages for f in json.loads(p.read_text())["features"]]
    frame = gpd.GeoDataFrame.from_features(features, crs="EPSG:28992").to_crs("EPSG:4326")
    saved = json.loads(frame.to_json())
    path.write_text(json.dumps({"links": first["links"], **saved}), encoding="utf-8")


def test_the_national_geopackage_as_cbs_names_it(tmp_path, con):
    write_pdok_gpkg(tmp_path / "wijkenbuurten_2024_v1.gpkg", other_gemeente=True)
    counts = load_reference(con, tmp_path, gemeente="GM0997")
    assert counts == {"buurten": 3, "wijken": 2, "population": 0}
    assert con.execute("select distinct boundary_year from raw.buurten").fetchall() == [(2024,)]


def test_an_ogc_api_export_per_collection_without_a_year_in_the_name(tmp_path, con):
    ogc_export(tmp_path / "buurten.geojson", "buurten")
    ogc_export(tmp_path / "wijken.geojson", "wijken")
    (year,) = boundary_files.find(tmp_path)[0]  # 'wijken-en-buurten-2024' in the links
    assert year == 2024
    assert load_reference(con, tmp_path) == {"buurten": 3, "wijken": 2, "population": 0}
    wijken = dict(con.execute("select wijk_code, wijk_name from raw.wijken").fetchall())
    assert wijken == {"WK099701": "Dorp", "WK099702": "Water"}  # from the wijken collection
    area = con.execute(
        "select area_m2, change_flag from raw.buurten where buurt_code = 'BU09970101'"
    ).fetchone()
    assert abs(area[0] - 1.0e6) < 50 and area[1] == 1  # WGS84 back to RD New; 2024 flag by stem


def test_a_wfs_export_with_camel_case_attributes(tmp_path, con):
    for layer in ("buurten", "wijken"):
        (tmp_path / f"pdok_wfs_{layer}_2024.json").write_bytes(
            (PDOK / f"wfs_2024_{layer}.json").read_bytes()
        )
    load_reference(con, tmp_path)
    assert con.execute(
        "select buurt_code, is_water, change_flag from raw.buurten order by 1"
    ).fetchall() == [("BU09970101", False, 1), ("BU09970102", False, 1), ("BU09970201", True, 1)]
    (source,) = boundary_files.find(tmp_path)[0].values()
    rows = read_pdok_figures(source).set_index(["area_code", "measure"])
    assert rows.loc[("BU09970101", "inwoners"), "value"] == 3040  # aantalInwoners
    assert rows.loc[("BU09970101", "aandeel_0_14"), "value"] == 16  # percentagePersonen0Tot15Jaar
    assert rows.loc[("BU09970101", "wmo_clienten_per_1000"), "value"] == 64.9
    assert rows.loc[("BU09970102", "aandeel_jongeren_jeugdzorg"), "value_state"] == "suppressed"
    assert rows.loc[("WK099701", "inwoners"), "value"] == 5180


def old_style_file(path, year: int) -> None:
    """A wijk- en buurtkaart before 2022: upper-case abbreviations and JRSTATCODE."""
    rows = [
        ("BU09970101", "Oude Kern", "WK099701", "GM0997", "Drieburen", 1, "NEE", 3005, 16, 1300),
        ("BU09970102", "Nieuwe Akkers", "WK099701", "GM0997", "Drieburen", 2, "NEE", 2115, 16, 930),
    ]
    frame = gpd.GeoDataFrame(
        [
            dict(
                zip(
                    "BU_CODE BU_NAAM WK_CODE GM_CODE GM_NAAM IND_WBI H2O AANT_INW P_00_14_JR "
                    "AANTAL_HH".split(),
                    row,
                    strict=True,
                ),
                JRSTATCODE=f"{year}{row[0]}",
                geometry=box(120000 + n * 1000, 480000, 121000 + n * 1000, 481000),
            )
            for n, row in enumerate(rows)
        ],
        crs="EPSG:28992",
    )
    frame.to_file(path, layer="buurt", driver="GPKG")


def test_a_file_from_before_2022_year_from_its_content(tmp_path, con):
    old_style_file(tmp_path / "buurtkaart_oud.gpkg", 2017)
    (year,) = boundary_files.find(tmp_path)[0]
    assert year == 2017  # JRSTATCODE, not the file name
    load_reference(con, tmp_path)
    assert con.execute(
        "select buurt_code, buurt_name, wijk_code, change_flag from raw.buurten order by 1"
    ).fetchall() == [
        ("BU09970101", "Oude Kern", "WK099701", 1),
        ("BU09970102", "Nieuwe Akkers", "WK099701", 2),
    ]
    (source,) = boundary_files.find(tmp_path)[0].values()
    rows = read_pdok_figures(source).set_index(["area_code", "measure"])
    assert rows.loc[("BU09970102", "inwoners"), "value"] == 2115
    assert rows.loc[("BU09970102", "aandeel_0_14"), ["value", "unit"]].tolist() == [16, "%"]
    assert rows.loc[("BU09970102", "huishoudens"), "value"] == 930


def test_nothing_usable_says_what_is_accepted_and_writes_nothing(tmp_path, con):
    write_pdok_gpkg(tmp_path / "wijkenbuurten_2023.gpkg")
    load_reference(con, tmp_path)
    (tmp_path / "wijkenbuurten_2023.gpkg").unlink()
    (tmp_path / "notities.json").write_text('{"geen": "kaart"}', encoding="utf-8")
    with pytest.raises(InvalidReference) as error:
        load_reference(con, tmp_path)
    message = str(error.value)
    assert "geen grenzenbestand gevonden" in message
    for accepted in ("GeoPackage (.gpkg)", "GeoJSON", "wijkenbuurten_2024_v1.gpkg", "OGC API"):
        assert accepted in message
    assert "Traceback" not in message
    assert con.execute("select count(*) from raw.buurten").fetchone() == (3,)  # kept


def test_a_zip_and_a_file_without_a_year_are_named(tmp_path, con):
    (tmp_path / "WijkBuurtkaart_2024_v1.zip").write_bytes(b"PK\x03\x04")
    frame = gpd.read_file(PDOK / "wfs_2024_buurten.json")
    frame.to_file(tmp_path / "buurten.geojson", driver="GeoJSON")  # no year, no links
    with pytest.raises(InvalidReference) as error:
        load_reference(con, tmp_path)
    problems = {p.file: p.reason_nl for p in error.value.problems}
    assert "pak het uit" in problems["WijkBuurtkaart_2024_v1.zip"]
    assert "jaar onbekend" in problems["buurten.geojson"]


def test_wijk_names_from_statline_when_the_boundary_file_has_none(tmp_path):
    data = Paths(tmp_path)
    data.reference.mkdir(parents=True)
    write_pdok_gpkg(data.reference / "wijkenbuurten_2023.gpkg", wijken_layer=False)
    con = duckdb.connect()
    create_raw_tables(con)
    load_reference(con, data.reference)
    assert con.execute("select wijk_name from raw.wijken order by 1").fetchall() == [
        ("WK099701",),
        ("WK099702",),
    ]
    # CBS's region names arrive with the KWB table; the wijken get them, now and next load
    refresh(con, data, Selection("GM0997", (2023,)), online=True, transport=FixtureTransport())
    expected = [("WK099701", "Wijk 01 Dorp"), ("WK099702", "Wijk 02 Water")]
    assert con.execute("select wijk_code, wijk_name from raw.wijken order by 1").fetchall() == (
        expected
    )
    load_reference(con, data.reference)
    assert con.execute("select wijk_code, wijk_name from raw.wijken order by 1").fetchall() == (
        expected
    )


def test_an_unpacked_cbs_zip_and_geojson_slips(tmp_path, con):
    """The CBS zip unpacked into a folder; a GeoJSON with RD coordinates but no `crs` member;
    a WGS84 GeoJSON written latitude first."""
    folder = tmp_path / "WijkBuurtkaart_2023_v2"
    folder.mkdir()
    write_pdok_gpkg(folder / "wijkenbuurten_2023_v2.gpkg")
    rd = json.loads((PDOK / "wfs_2024_buurten.json").read_text())
    rd.pop("crs")
    (tmp_path / "buurten_2024.geojson").write_text(json.dumps(rd), encoding="utf-8")
    frame = gpd.read_file(PDOK / "wfs_2024_buurten.json").to_crs("EPSG:4326")
    flipped = json.loads(frame.to_json())
    for feature in flipped["features"]:
        feature["geometry"]["coordinates"] = [
            [[y, x] for x, y in ring] for ring in feature["geometry"]["coordinates"]
        ]
    (tmp_path / "buurten_2025.geojson").write_text(json.dumps(flipped), encoding="utf-8")
    load_reference(con, tmp_path)
    areas = con.execute(
        "select boundary_year, round(sum(area_m2) / 1e6, 2), count(*) from raw.buurten "
        "group by 1 order by 1"
    ).fetchall()
    assert areas == [(2023, 3.0, 3), (2024, 3.0, 3), (2025, 3.0, 3)]
