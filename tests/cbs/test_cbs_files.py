"""User-supplied files: a PDOK wijk- en buurtkaart (boundaries and KWB attributes) and StatLine
CSV exports, read offline through the same code paths as downloaded data."""

import duckdb
import pytest

from tests.cbs.fakes import FIXTURES, write_pdok_gpkg
from wijkwijs.cbs.kwb import read_pdok_figures
from wijkwijs.cbs.statline_csv import UnusableExport, read_statline_csv
from wijkwijs.raw_tables import create_raw_tables
from wijkwijs.reference import load_reference, read_boundaries


def test_pdok_kwb_attributes_become_figures_with_states(tmp_path):
    path = write_pdok_gpkg(tmp_path / "wijkenbuurten_2024.gpkg", other_gemeente=True)
    rows = read_pdok_figures(path, 2024, "GM0997").set_index(["area_code", "measure"])
    assert set(rows.index.get_level_values(0)) == {
        "GM0997",
        "WK099701",
        "WK099702",
        "BU09970101",
        "BU09970102",
        "BU09970201",
    }  # padded buurt codes stripped, the other gemeente left out
    assert rows.loc[("BU09970101", "wmo_clienten"), ["value", "value_state"]].tolist() == [
        195,
        "number",
    ]
    assert rows.loc[("BU09970102", "jongeren_jeugdzorg"), "value_state"] == "suppressed"
    assert rows.loc[("BU09970201", "personen_bijstand"), "value_state"] == "not_published"
    assert rows.loc[("BU09970201", "inwoners"), "value"] == 0  # a real zero stays a zero
    assert rows.loc[("WK099702", "wmo_clienten"), "value_state"] == "suppressed"
    assert rows.loc[("BU09970101", "aandeel_0_14"), ["value", "unit"]].tolist() == [16.0, "%"]
    assert rows.loc[("BU09970201", "personen_bijstand"), "source_key"] == (
        "aantal_personen_met_een_alg_bijstandsuitkering_tot"
    )
    assert (rows["value_state"] != "number").sum() == rows["value"].isna().sum()


def test_boundaries_keep_water_and_change_flag(tmp_path):
    path = write_pdok_gpkg(tmp_path / "wijkenbuurten_2024.gpkg")
    buurten, wijken = read_boundaries(path, 2024)
    assert buurten.set_index("buurt_code")["is_water"].to_dict() == {
        "BU09970101": False,
        "BU09970102": False,
        "BU09970201": True,
    }
    assert buurten.set_index("buurt_code")["change_flag"].to_dict()["BU09970102"] == 2
    assert wijken.set_index("wijk_code")["wijk_name"].to_dict() == {
        "WK099701": "Dorp",
        "WK099702": "Water",
    }


def test_a_file_with_only_buurten_gets_wijken_by_dissolving(tmp_path):
    path = write_pdok_gpkg(tmp_path / "wijkenbuurten_2024.gpkg", wijken_layer=False)
    buurten, wijken = read_boundaries(path, 2024)
    assert len(buurten) == 3
    assert sorted(wijken["wijk_code"]) == ["WK099701", "WK099702"]
    assert set(wijken["wijk_name"]) == {"WK099701", "WK099702"}  # no names: the code
    assert set(wijken["gemeente_code"]) == {"GM0997"}


def test_national_file_is_filtered_to_the_configured_gemeente(tmp_path, monkeypatch):
    folder = tmp_path / "reference"
    folder.mkdir()
    write_pdok_gpkg(folder / "wijkenbuurten_2024.gpkg", other_gemeente=True)
    (folder / "bevolking.csv").write_text(
        "jaar,buurtcode,inwoners_0_17,inwoners_18_26,inwoners_27_66,inwoners_67_plus,huishoudens\n"
        "2024,BU09970101,500,300,1700,505,1300\n2024,BU10090101,1,1,1,1,1\n",
        encoding="utf-8",
    )
    con = duckdb.connect()
    create_raw_tables(con)
    monkeypatch.setenv("WIJKWIJS_GEMEENTE", "Drieburen")  # by name
    counts = load_reference(con, folder)
    assert counts == {"buurten": 3, "wijken": 2, "population": 1}
    assert con.execute("select distinct gemeente_code from raw.buurten").fetchall() == [("GM0997",)]
    monkeypatch.delenv("WIJKWIJS_GEMEENTE")
    assert load_reference(con, folder)["buurten"] == 4  # nothing configured: everything


def test_gemeente_in_no_file_is_refused(tmp_path):
    from wijkwijs.reference import InvalidReference

    write_pdok_gpkg(tmp_path / "wijkenbuurten_2024.gpkg")
    con = duckdb.connect()
    create_raw_tables(con)
    with pytest.raises(InvalidReference, match="GM0363"):
        load_reference(con, tmp_path, gemeente="GM0363")


def test_statline_csv_with_keys_bom_padding_and_dots():
    rows = read_statline_csv(FIXTURES / "kwb_2023_statline.csv", gemeente="GM0997")
    assert set(rows["year"]) == {2023}  # from the file name
    table = rows.set_index(["area_code", "measure"])
    assert table.loc[("GM0997", "inwoners"), "value"] == 6345
    assert table.loc[("BU09970102", "personen_bijstand"), "value_state"] == "suppressed"
    assert table.loc[("WK099701", "wmo_clienten"), "source_key"] == "wmoclienten_95"
    assert "BU10090101" not in set(rows["area_code"])


def test_statline_csv_with_title_headers_and_x():
    rows = read_statline_csv(FIXTURES / "kwb_2023_statline_titels.csv").set_index(
        ["area_code", "measure"]
    )
    assert rows.loc[("GM0997", "wmo_clienten"), "value"] == 405
    assert rows.loc[("GM0997", "inwoners_0_14"), "value"] == 1010
    assert rows.loc[("WK099701", "personen_bijstand"), "value_state"] == "suppressed"
    assert rows.loc[("WK099702", "inwoners"), "value_state"] == "suppressed"


def test_csv_without_codes_is_refused(tmp_path):
    path = tmp_path / "kwb_2023.csv"
    path.write_text("naam;inwoners\nDorp;12\n", encoding="utf-8")
    with pytest.raises(UnusableExport):
        read_statline_csv(path)


def test_a_geojson_export_loads_through_the_same_path(tmp_path):
    import geopandas as gpd

    gpkg = write_pdok_gpkg(tmp_path / "export.gpkg", wijken_layer=False)
    path = tmp_path / "wijkenbuurten_2023.geojson"
    gpd.read_file(gpkg, layer="buurten").to_crs("EPSG:4326").to_file(path, driver="GeoJSON")
    buurten, wijken = read_boundaries(path, 2023)
    assert sorted(buurten["buurt_code"]) == ["BU09970101", "BU09970102", "BU09970201"]
    assert len(wijken) == 2
    assert abs(buurten["area_m2"].iloc[0] - 1.0e6) < 10  # back in RD New
    rows = read_pdok_figures(path, 2023, "GM0997")
    assert set(rows["area_level"]) == {"buurt"}


def test_cbs_kwb_download_with_its_abbreviations(tmp_path):
    """CBS's yearly 'kwb-<jaar>' download (xlsx or csv): gwb_code, recs and abbreviations."""
    import duckdb
    import pandas as pd

    from wijkwijs.cbs.config import Selection
    from wijkwijs.cbs.run import refresh
    from wijkwijs.config import Paths

    data = Paths(tmp_path)
    (data.reference / "cbs").mkdir(parents=True)
    frame = pd.DataFrame(
        {
            "gwb_code_10": ["GM0997", "WK099701", "BU09970101", "BU09970102"],
            "gwb_code": ["GM0997", "WK099701", "BU09970101", "BU09970102"],
            "regio": ["Drieburen", "Dorp", "Oude Kern", "Nieuwe Akkers"],
            "recs": ["Gemeente", "Wijk", "Buurt", "Buurt"],
            "ind_wbi": [".", "1", "1", "3"],
            "a_inw": [6345, 5120, 3005, 2115],
            "a_65_oo": [1200, 980, 600, 380],
            "p_hh_osm": [7.4, 7.6, 6.1, "."],
            "a_wmo_t": [405, 330, 195, 135],
            "p_jz_tn": [9.1, 9.0, 8.7, "."],
            "a_opl_hw": [1500, 1200, 800, 400],
        }
    )
    frame.to_excel(data.reference / "cbs" / "kwb-2023.xlsx", index=False)
    old_binary = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # the OLE2 signature of .xls
    (data.reference / "cbs" / "kwb-2016.xls").write_bytes(old_binary)
    con = duckdb.connect()
    entries = {e.table_id: e for e in refresh(con, data, Selection(None, (), cbs=True))}
    assert entries["kwb-2023.xlsx"].status == "loaded" and entries["kwb-2023.xlsx"].year == 2023
    assert entries["kwb-2016.xls"].status == "failed"
    assert "oud Excel-formaat (.xls" in entries["kwb-2016.xls"].message
    rows = {
        (code, measure): (value, state)
        for code, measure, value, state in con.execute(
            "select area_code, measure, value, value_state from raw.kwb_figures"
        ).fetchall()
    }
    assert rows[("BU09970102", "inwoners")] == (2115.0, "number")
    assert rows[("WK099701", "inwoners_65_plus")] == (980.0, "number")
    assert rows[("BU09970102", "aandeel_huishoudens_sociaal_minimum")] == (None, "suppressed")
    assert rows[("GM0997", "aandeel_jongeren_jeugdzorg")] == (9.1, "number")
    assert rows[("BU09970102", "indelingswijziging")] == (3.0, "number")
    assert rows[("BU09970101", "opleiding_hoog")] == (800.0, "number")
    assert not any(m in ("regio", "recs") for _, m in rows)


def test_names_from_a_statline_export_reach_the_wijken(tmp_path):
    import duckdb

    from wijkwijs.cbs.config import Selection
    from wijkwijs.cbs.run import refresh
    from wijkwijs.config import Paths
    from wijkwijs.raw_tables import create_raw_tables

    data = Paths(tmp_path)
    (data.reference / "cbs").mkdir(parents=True)
    write_pdok_gpkg(data.reference / "wijkenbuurten_2023.gpkg", wijken_layer=False)
    (data.reference / "cbs" / "kwb_2023_titels.csv").write_bytes(
        (FIXTURES / "kwb_2023_statline_titels.csv").read_bytes()
    )
    con = duckdb.connect()
    create_raw_tables(con)
    load_reference(con, data.reference)
    refresh(con, data, Selection(None, (), cbs=True))
    assert con.execute("select wijk_code, wijk_name from raw.wijken order by 1").fetchall() == [
        ("WK099701", "Noord"),
        ("WK099702", "Water"),
    ]
