"""The whole pipeline for a municipality built only from fixture files: a PDOK GeoPackage for
Drieburen (3 buurten) in data/reference and CBS OData responses in the cache, no network."""

import dagster as dg
import duckdb

from orchestration.defs.cbs.assets import cbs_assets, cbs_reference_figures
from orchestration.defs.resources import resources_from_env
from orchestration.pipeline import all_assets, failed_checks, failure_summary
from tests.cbs.fakes import FixtureTransport, write_pdok_gpkg
from tests.conftest import data_env
from wijkwijs.cbs.config import Selection
from wijkwijs.cbs.run import refresh
from wijkwijs.config import Paths


def test_cbs_assets_are_opt_in(monkeypatch, tmp_path):
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    for name in ("WIJKWIJS_GEMEENTE", "WIJKWIJS_CBS", "WIJKWIJS_JAREN"):
        monkeypatch.delenv(name, raising=False)
    assert cbs_assets() == []
    monkeypatch.setenv("WIJKWIJS_CBS", "1")
    assert cbs_assets() == [cbs_reference_figures]
    defs = dg.Definitions(assets=all_assets(), resources=resources_from_env())
    dg.Definitions.validate_loadable(defs)
    assert defs.resolve_assets_def(dg.AssetKey(["raw", "kwb_figures"]))


def test_pipeline_for_a_real_shaped_municipality_from_files_only(tmp_path, monkeypatch):
    data = Paths(tmp_path)
    data.reference.mkdir(parents=True)
    write_pdok_gpkg(data.reference / "wijkenbuurten_2023.gpkg", other_gemeente=True)
    # what `python -m wijkwijs.cbs fetch` leaves behind: the cache (here from the fixtures)
    refresh(
        duckdb.connect(),
        data,
        Selection("GM0997", (2023,)),
        online=True,
        transport=FixtureTransport(),
    )
    monkeypatch.setenv("WIJKWIJS_GEMEENTE", "GM0997")
    monkeypatch.setenv("WIJKWIJS_JAREN", "2023")
    with data_env(tmp_path):
        result = dg.materialize(all_assets(), resources=resources_from_env(), raise_on_error=False)
    assert result.success, failure_summary(result)
    assert [c.check_name for c in failed_checks(result)] == []
    con = duckdb.connect(str(data.warehouse), read_only=True)
    assert con.execute(
        "select count(*), count(distinct gemeente_code) from raw.buurten"
    ).fetchone() == (3, 1)
    assert con.execute(
        "select is_water from raw.buurten where buurt_code = 'BU09970201'"
    ).fetchone() == (True,)
    rows = con.execute(
        "select area_code, measure, cbs_value, cbs_state, cbs_source from marts.cbs_comparison "
        "order by all"
    ).fetchall()
    assert ("BU09970101", "personen_bijstand", 80.0, "number", "cbs_odata") in rows
    assert ("BU09970102", "personen_bijstand", None, "suppressed", "cbs_odata") in rows
    assert {code for code, *_ in rows} == {
        "GM0997",
        "WK099701",
        "WK099702",
        "BU09970101",
        "BU09970102",
        "BU09970201",
    }
    status = dict(con.execute("select table_id, status from marts.cbs_fetch_status").fetchall())
    assert status["85618NED"] == "cached" and status["wijkenbuurten_2023.gpkg"] == "loaded"
