"""The whole pipeline for a municipality built only from fixture files: a PDOK GeoPackage for
Drieburen (3 buurten) in data/reference and CBS OData responses in the cache, no network; and
every page of the dashboard on that public-only copy."""

import json
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboards import contract
from orchestration.definitions import defs
from orchestration.defs.cbs.assets import cbs_assets, cbs_reference_figures
from orchestration.defs.resources import resources_from_env
from orchestration.pipeline import failed_checks, failure_summary, run_pipeline
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
    loaded = defs()
    dg.Definitions.validate_loadable(loaded)
    assert loaded.resolve_assets_def(dg.AssetKey(["raw", "kwb_figures"]))


@pytest.fixture(scope="module")
def public_copy(tmp_path_factory):
    """The whole pipeline on public data only (no own exports), run once for this module:
    (data dir, dagster result)."""
    root = tmp_path_factory.mktemp("public")
    data = Paths(root)
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
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIJKWIJS_GEMEENTE", "GM0997")
        mp.setenv("WIJKWIJS_JAREN", "2023,2024")
        with data_env(root):
            result = run_pipeline()
    return data, result


def test_pipeline_for_a_real_shaped_municipality_from_files_only(public_copy):
    data, result = public_copy
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


# --- every page on public data alone -----------------------------------------------------------

APP = Path(__file__).resolve().parents[2] / "dashboards" / "streamlit_app.py"


@pytest.fixture
def public_page(public_copy, monkeypatch):
    """Open a page of the app on the public-only copy with URL parameters."""
    data, _ = public_copy
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(data.data))

    def _open(page: str, **params: str) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=120)
        at.run()
        at.switch_page(page)
        at.query_params.clear()
        at.query_params.update(params)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return _open


def _texts(at) -> str:
    parts = [e.value for kind in ("info", "warning", "error", "caption", "markdown", "subheader")
             for e in getattr(at, kind)]
    parts += [f"{m.label}: {m.value}" for m in at.metric]
    return "\n".join(str(p) for p in parts)


def _table(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def _no_internals(at) -> None:
    """What a user reads names no table and shows no traceback."""
    text = _texts(at)
    for internal in ("area_profile_monthly", "area_clients_monthly", "cbs_area_figures",
                     "cbs_area_profile", "Traceback"):
        assert internal not in text


def test_buurtprofiel_on_public_data_shows_cbs_figures(public_page):
    at = public_page("pages/buurtprofiel.py", gebied="BU09970101")
    text = _texts(at)
    # the first-run note links the contract on a page the app serves itself
    assert "nog geen eigen maandcijfers" in text and contract.LINK in text
    assert at.subheader[0].value == "Oude Kern"
    metrics = {m.label: m.value for m in at.metric}
    # Wmo per 1,000 derived from CBS's counts (195 / 3,040 residents), jeugdzorg as CBS
    # publishes it (2023: 2024 not yet published), bijstand 80 of 3,040 - 495 residents of 15+
    assert metrics["Wmo-cliënten per 1 000 inwoners"] == "64,1"
    assert metrics["Percentage jongeren met jeugdzorg"] == "8,7%"
    assert metrics["Personen met bijstand (% van 15 jaar en ouder)"] == "3,1%"
    table = _table(at, "Cijfer").set_index("Cijfer")
    assert table.loc["Percentage jongeren met jeugdzorg", "Jaar"] == "2023"
    assert table.loc["Percentage jongeren met jeugdzorg", "Gemeente"] == "9,1%"
    assert table.loc["Percentage jongeren met jeugdzorg", "Index (gemeente = 100)"] == "96"
    assert table.loc["Wmo-cliënten per 1 000 inwoners", "Bron"] == "CBS (berekend)"
    assert table.loc["Gemiddeld inkomen per inwoner", "Waarde"] == "32,1 × 1.000 euro"
    assert "Bron: CBS" in text
    similar = _table(at, "Buurt")
    assert list(similar["Buurt"]) == ["Oude Kern (deze buurt)", "Nieuwe Akkers"]
    assert similar.iloc[1]["Percentage jongeren met jeugdzorg, 2023"] == "geheim"
    assert [b.label for b in at.get("download_button")][-1] == "Profiel als PDF (1 pagina)"
    _no_internals(at)


def test_integrale_blik_on_public_data_ranks_on_cbs_figures(public_page):
    at = public_page("pages/integrale_blik.py", jaar="2023")
    assert at.selectbox(key="sel_jaar").options == ["2024", "2023", "2022"]
    table = _table(at, "Druk")
    assert list(table["Buurt"]) == ["Oude Kern", "Nieuwe Akkers"]  # the water buurt left out
    first = table.iloc[0]
    assert first["Druk"] == "0 van 3 domeinen"
    assert first["Index Jeugdwet"] == "96"
    assert table.iloc[1]["Index Jeugdwet"] == "geheim"
    assert first["Huishoudens in 2+ domeinen (%), 2023"] == "10,0"  # the wijk's stapeling
    assert "Bron: CBS" in _texts(at)
    _no_internals(at)


def test_overzicht_on_public_data_maps_a_cbs_figure(public_page):
    at = public_page("pages/overzicht.py", niveau="wijk", cijfer="stapeling_aandeel_twee_of_meer",
                     jaar="2023")
    assert at.subheader[0].value == "Huishoudens met voorzieningen uit meer domeinen (%), 2023"
    table = _table(at, "Code")
    assert list(table["Code"]) == ["WK099701"]  # the water wijk is not drawn
    assert table.iloc[0]["Huishoudens met voorzieningen uit meer domeinen (%)"] == "10,0%"
    assert {m.label: m.value for m in at.metric} == {"Gemeente Drieburen": "9,8"}
    (chart,) = at.get("vega_lite_chart")  # the map: one shape per wijk, coloured
    spec = json.loads(chart.proto.spec)
    (dataset,) = [d for d in chart.proto.datasets if d.name == spec["data"]["name"]]
    assert "WK099701" in str(dataset.data)
    _no_internals(at)


def test_vergelijken_on_public_data_sets_cbs_figures_side_by_side(public_page):
    at = public_page("pages/vergelijken.py", gebieden="BU09970101,BU09970102")
    table = _table(at, "Cijfer").set_index("Cijfer")
    assert list(table.columns[2:5]) == ["Oude Kern", "Nieuwe Akkers", "Gemeente Drieburen"]
    row = table.loc["Percentage jongeren met jeugdzorg"]
    assert row["Jaar"] == "2023"  # CBS has not yet published 2024's youth care
    assert (row["Oude Kern"], row["Gemeente Drieburen"]) == ("8,7%", "9,1%")
    assert table.loc["Wmo-cliënten", "Gemeente Drieburen"] == "405 (2023)"
    # Nieuwe Akkers changed boundaries in 2024: its 2023 figure is another area's
    assert row["Nieuwe Akkers"] == "nog niet gepubliceerd (2024)"
    _no_internals(at)
