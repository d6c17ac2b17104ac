"""The whole pipeline for a municipality built only from fixture files: a PDOK GeoPackage for
Drieburen (3 buurten) in data/reference and CBS OData responses in the cache, no network."""

import dagster as dg
import duckdb
import pytest

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


@pytest.mark.slow  # the whole pipeline with a dbt build (200 s of the fast lane's 425 s)
def test_pipeline_for_a_real_shaped_municipality_from_files_only(tmp_path, monkeypatch):
    data = Paths(tmp_path)
    data.reference.mkdir(parents=True)
    write_pdok_gpkg(data.reference / "wijkenbuurten_2023.gpkg", other_gemeente=True)
    write_pdok_gpkg(data.reference / "wijkenbuurten_2024_v1.gpkg", other_gemeente=True)
    # what `python -m wijkwijs.cbs fetch` leaves behind: the cache (here from the fixtures)
    refresh(
        duckdb.connect(),
        data,
        Selection("GM0997", (2023, 2024)),
        online=True,
        transport=FixtureTransport(),
    )
    monkeypatch.setenv("WIJKWIJS_GEMEENTE", "GM0997")
    monkeypatch.setenv("WIJKWIJS_JAREN", "2023,2024")
    with data_env(tmp_path):
        result = dg.materialize(all_assets(), resources=resources_from_env(), raise_on_error=False)
    assert result.success, failure_summary(result)
    assert [c.check_name for c in failed_checks(result)] == []
    con = duckdb.connect(str(data.warehouse), read_only=True)
    assert con.execute(
        "select count(*), count(distinct gemeente_code), count(distinct boundary_year) "
        "from raw.buurten"
    ).fetchone() == (6, 1, 2)
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
    assert status["85900NED"] == "cached"  # SES-WOA
    # every CBS figure per area and year, with state, source and series, for the pages
    figures = {
        (r[0], r[1], r[2]): r[3:]
        for r in con.execute(
            "select area_code, year, measure, value, value_state, source_label, source, "
            "series_key, is_series_break, unit from marts.cbs_area_figures"
        ).fetchall()
    }
    assert figures[("BU09970101", 2023, "inkomen_per_inwoner")] == (
        32.1,
        "number",
        "CBS",
        "cbs_odata",
        "BU09970101/2023",
        False,
        "x 1 000 euro",
    )
    assert figures[("BU09970101", 2024, "inkomen_per_inwoner")][1] == "not_published"
    assert figures[("BU09970101", 2023, "aandeel_jongeren_jeugdzorg")][:2] == (8.7, "number")
    assert figures[("BU09970102", 2022, "ses_woa_totaal")][:2] == (-0.068, "number")
    assert figures[("BU09970102", 2024, "inwoners")][4:6] == ("BU09970102/2024", True)
    assert figures[("WK099701", 2024, "inwoners")][4] == "WK099701/2023"
    assert not any(m == "indelingswijziging" for _, _, m in figures)
    assert (
        con.execute(
            "select break_text_nl from marts.cbs_area_series where area_code = 'BU09970102' "
            "and boundary_year = 2024"
        )
        .fetchone()[0]
        .startswith("De grens van dit gebied is veranderd ten opzichte van 2023")
    )
    features = dict(
        con.execute(
            "select measure, value from intermediate.int_cbs_features_carried_forward "
            "where area_code = 'BU09970101' and boundary_year = 2024"
        ).fetchall()
    )
    assert features["inkomen_per_inwoner"] == 32.1  # 2024 not yet published: 2023's number
    assert features["ses_woa_totaal"] == 0.222


def test_unusable_reference_files_fail_a_check_that_says_what_is_accepted(tmp_path):
    from orchestration.defs.ingest.assets import reference_data

    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "WijkBuurtkaart_2024_v1.zip").write_bytes(b"PK")
    with data_env(tmp_path):
        result = dg.materialize(
            [reference_data], resources=resources_from_env(), raise_on_error=False
        )
    (check,) = [c for c in failed_checks(result)]
    assert check.asset_check_key.name == "reference_files_usable"
    assert "pak het uit" in check.description and "WijkBuurtkaart_2024_v1.zip" in check.description
    assert "Traceback" not in check.description


def test_a_failed_first_run_does_not_promise_a_previous_copy():
    from orchestration.run import copy_stays_message

    assert "nog geen serving-kopie" in copy_stays_message(False)
    assert "vorige serving-kopie blijft staan" in copy_stays_message(True)
