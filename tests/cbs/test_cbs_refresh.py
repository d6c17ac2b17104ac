"""Loading into a temporary warehouse: local files, CBS OData through the fixture transport,
and a failed fetch that keeps the last good rows and says so in raw.cbs_fetch_log."""

import shutil

import duckdb
import pytest

from tests.cbs.fakes import FIXTURES, FixtureTransport, write_pdok_gpkg
from wijkwijs.cbs.config import Selection
from wijkwijs.cbs.run import refresh
from wijkwijs.config import Paths


@pytest.fixture
def data(tmp_path):
    data = Paths(tmp_path)
    data.reference.mkdir(parents=True)
    return data


def figures(con, source, year=2023):
    return {
        (code, measure): (value, state)
        for code, measure, value, state in con.execute(
            "select area_code, measure, value, value_state from raw.kwb_figures "
            "where source = ? and year = ? order by all",
            [source, year],
        ).fetchall()
    }


def log_rows(con):
    return con.execute(
        "select source, table_id, year, status, rows, message from raw.cbs_fetch_log "
        "order by logged_at, source, table_id"
    ).fetchall()


def test_pdok_file_alone_loads_figures_offline(data):
    write_pdok_gpkg(data.reference / "wijkenbuurten_2024.gpkg")
    con = duckdb.connect()
    entries = refresh(con, data, Selection(gemeente=None, jaren=(), cbs=True))
    assert [(e.source, e.status, e.year) for e in entries] == [
        ("pdok", "loaded", 2024),
        ("wijkwijs", "loaded", None),  # the series over boundary years, rebuilt
    ]
    rows = figures(con, "pdok", 2024)
    assert rows[("BU09970101", "wmo_clienten")] == (195.0, "number")
    assert rows[("BU09970102", "personen_bijstand")] == (None, "suppressed")
    assert rows[("BU09970201", "personen_bijstand")] == (None, "not_published")
    assert con.execute("select count(*) from raw.cbs_fetch_log").fetchone() == (2,)


def test_odata_with_fixture_transport_then_from_cache(data):
    shutil.copy(FIXTURES / "kwb_2023_statline.csv", data.reference / "kwb_2023_statline.csv")
    (data.reference / "cbs").mkdir()
    shutil.copy(FIXTURES / "kwb_2023_statline.csv", data.reference / "cbs" / "kwb_2023.csv")
    selection = Selection(gemeente="Drieburen", jaren=(2023, 2024))
    con = duckdb.connect()
    transport = FixtureTransport()
    entries = refresh(con, data, selection, online=True, transport=transport)
    status = {(e.source, e.table_id, e.year): e.status for e in entries}
    assert status == {
        ("statline_csv", "kwb_2023.csv", 2023): "loaded",
        ("cbs_odata", "85618NED", 2023): "loaded",
        ("cbs_odata", "85984NED", 2024): "loaded",
        ("cbs_odata", "85100NED", None): "loaded",  # stapeling per wijk
        ("cbs_odata", "85201NED", None): "loaded",  # Wmo per type of provision per wijk
        ("cbs_odata", "85202NED", None): "loaded",  # youth care per form per wijk
        ("cbs_odata", "85900NED", None): "loaded",  # SES-WOA, through tabellen.toml
        ("wijkwijs", "reeksen", None): "loaded",
    }
    odata = figures(con, "cbs_odata")
    assert odata[("BU09970101", "personen_bijstand")] == (80.0, "number")
    assert odata[("WK099701", "wmo_clienten")] == (330.0, "number")
    wijk = con.execute(
        "select area_code, period, measure, value, value_state from raw.cbs_wijk_figures "
        "where table_id in ('85100NED', '85201NED', '85202NED') order by all"
    ).fetchall()
    # split tables: the dimension's value (by its title) is part of the measure
    assert ("WK099701", "2023JJ00", "stapeling_huishoudens_totaal", 400.0, "number") in wijk
    assert ("WK099701", "2023JJ00", "stapeling_huishoudens_wmo_jeugd", 10.0, "number") in wijk
    assert ("WK099701", "2022JJ00", "stapeling_huishoudens_totaal", 380.0, "number") in wijk  # lag
    assert ("WK099701", "2023JJ00", "wmo_clienten_hulp_bij_het_huishouden", 150.0, "number") in wijk
    assert ("WK099701", "2023JJ00", "wmo_clienten_verblijf_en_opvang", None, "suppressed") in wijk
    assert ("WK099701", "2023JJ00", "jongeren_jeugdbescherming", 10.0, "number") in wijk
    # half years keep no measure: a measure is one figure per area and whole year
    assert not [r for r in wijk if r[1] == "2023HJ01" and r[2] is not None]
    calls = len(transport.calls)
    # a second run offline: everything from the cache, fetch time kept
    again = refresh(con, data, selection, online=False, transport=transport)
    assert len(transport.calls) == calls
    assert {e.status for e in again if e.source == "cbs_odata"} == {"cached"}
    first = {e.table_id: e.fetched_at for e in entries if e.source == "cbs_odata"}
    assert all(first[e.table_id] == e.fetched_at for e in again if e.source == "cbs_odata")


def test_failed_fetch_keeps_the_last_good_data_and_logs_it(data):
    selection = Selection(gemeente="GM0997", jaren=(2023,))
    con = duckdb.connect()
    refresh(con, data, selection, online=True, transport=FixtureTransport())
    before = figures(con, "cbs_odata")
    assert before
    # CBS answers 503 for the 2023 table now; the cache is bypassed (refresh)
    broken = FixtureTransport(fail={"85618NED"})
    entries = refresh(
        con,
        data,
        selection,
        online=True,
        transport=broken,
        refresh_cache=True,
        sleep=lambda s: None,
    )
    (failed,) = [e for e in entries if e.table_id == "85618NED"]
    assert failed.status == "failed"
    assert "blijven staan" in failed.message and "503" in failed.message
    assert figures(con, "cbs_odata") == before
    assert sum("85618NED/TableInfos" in url for url in broken.calls) == 4  # 1 + 3 retries
    logged = [row for row in log_rows(con) if row[1] == "85618NED"]
    assert [row[3] for row in logged] == ["loaded", "failed"]


def test_offline_without_cache_skips_and_says_how_to_fetch(data):
    con = duckdb.connect()
    transport = FixtureTransport()
    entries = refresh(con, data, Selection(gemeente="GM0997", jaren=()), transport=transport)
    assert transport.calls == []
    entry, series = entries
    assert entry.status == "skipped" and "python -m wijkwijs.cbs fetch" in entry.message
    assert series.table_id == "reeksen" and series.rows == 0
