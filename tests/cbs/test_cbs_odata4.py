"""CBS OData v4 (datasets.cbs.nl) against recorded-shape responses: catalogue, metadata with
opaque measure codes, observations in long form with value attributes and absent cells, paging;
and the same rows as OData v3 for the same table."""

import duckdb
import pytest

from tests.cbs.fakes import FixtureTransport
from wijkwijs.cbs import odata, odata4, tables
from wijkwijs.cbs.api import V3, V4
from wijkwijs.cbs.config import Selection
from wijkwijs.cbs.kwb import fetch_kwb
from wijkwijs.cbs.run import refresh
from wijkwijs.cbs.transport import Fetcher
from wijkwijs.config import Paths


@pytest.fixture
def fetcher(tmp_path):
    return Fetcher(FixtureTransport(), tmp_path / "cache", sleep=lambda s: None)


def test_catalogue_leaves_out_discontinued_tables_and_finds_kwb_per_year(fetcher):
    entries = odata4.catalogue(fetcher, "Kerncijfers wijken en buurten")
    assert "84286NED" not in {e["Identifier"] for e in entries}  # Status 'Gediscontinueerd'
    assert odata.kwb_tables(entries) == {2023: "85618NED", 2024: "85984NED"}
    (url,) = fetcher.transport.calls
    assert url.startswith("https://datasets.cbs.nl/odata/v1/CBS/Datasets?$filter=contains")
    assert "$select" not in url  # v4 answers 400 on a field it does not have


def test_measure_codes_resolve_by_title_and_unit_with_group_paths(fetcher):
    meta = odata4.table_meta(fetcher, "85618NED")
    assert meta.region_key == "WijkenEnBuurten" and meta.period_key is None
    by_measure = {t.measure: t for t in meta.topics}
    assert by_measure["inwoners"].key == "T001036"
    assert by_measure["aandeel_jongeren_jeugdzorg"].unit == "%"
    assert by_measure["jongeren_jeugdzorg"].path == "Zorg/Jongeren met jeugdzorg in natura"
    assert "indelingswijziging" in by_measure  # a text measure, kept for the series
    ses = odata4.table_meta(fetcher, "85900NED")
    assert ses.period_key == "Perioden"
    assert [t.path for t in ses.topics][:3] == [
        "Particuliere huishoudens",
        "SES-WOA/Totaalscore/Gemiddelde score",
        "SES-WOA/Financiële welvaart/Gemiddelde score",
    ]


def test_observations_follow_next_links_strip_codes_and_keep_states(fetcher):
    rows = fetch_kwb(fetcher, "85618NED", 2023, "GM0997", V4).set_index(["area_code", "measure"])
    pages = [u for u in fetcher.transport.calls if "/Observations" in u]
    assert len(pages) == 2  # @odata.nextLink followed
    assert "BU10099701" not in rows.index.get_level_values(0)  # '0997' inside, other gemeente
    assert rows.loc[("GM0997", "inwoners"), ["value", "value_state"]].tolist() == [6345, "number"]
    assert (
        rows.loc[("BU09970102", "personen_bijstand"), "value_state"] == "suppressed"
    )  # Confidential
    assert rows.loc[("BU09970102", "aandeel_jongeren_jeugdzorg"), "value_state"] == "suppressed"
    assert rows.loc[("BU09970201", "wmo_clienten"), "value_state"] == "unknown"  # Impossible
    assert rows.loc[("BU09970101", "indelingswijziging"), "value"] == 1
    assert rows.loc[("BU09970101", "aandeel_jongeren_jeugdzorg"), ["value", "unit"]].tolist() == [
        8.7,
        "%",
    ]
    assert rows["source"].unique().tolist() == ["cbs_odata4"]
    # 2024: the social themes have no cell at all in the table: not yet published
    later = fetch_kwb(fetcher, "85984NED", 2024, "GM0997", V4).set_index(["area_code", "measure"])
    assert later.loc[("GM0997", "wmo_clienten"), "value_state"] == "not_published"
    assert later.loc[("BU09970102", "indelingswijziging"), "value"] == 3


def test_v3_and_v4_give_the_same_figures(fetcher):
    key = ["area_code", "measure"]
    v3 = fetch_kwb(fetcher, "85618NED", 2023, "GM0997", V3).set_index(key)
    v4 = fetch_kwb(fetcher, "85618NED", 2023, "GM0997", V4).set_index(key)
    assert sorted(v3.index) == sorted(v4.index)
    joined = v3[["value", "value_state"]].join(v4[["value", "value_state"]], rsuffix="_v4")
    differ = joined[joined["value_state"] != joined["value_state_v4"]]
    # the one intended difference: v4 marks the Wmo figure of the water buurt 'Impossible'
    assert list(differ.index) == [("BU09970201", "wmo_clienten")]
    numbers = joined[joined["value_state"] == "number"]
    assert (numbers["value"] == numbers["value_v4"]).all()
    spec = tables.load_specs()[0]
    for api in (V3, V4):
        meta = api.table_meta(fetcher, "85900NED")
        rows = odata.long_figures(meta, api.cells(fetcher, meta, "GM0997"), kwb_only=False)
        rows = tables.apply(spec, rows, meta.title).set_index(["area_code", "period", "measure"])
        assert rows.loc[("BU09970102", "2022JJ00", "ses_woa_totaal"), "value"] == -0.068
        assert rows.loc[("BU09970102", "2021JJ00", "ses_woa_totaal"), "value_state"] == "suppressed"
        assert set(rows["boundary_year"]) == {2023}  # 'regio-indeling 2023', every period


def test_region_names_from_the_code_list(fetcher):
    names = odata4.region_names(fetcher, "85618NED", "WijkenEnBuurten", "GM0997")
    assert names["WK099701"] == "Wijk 01 Dorp" and "BU10099701" not in names
    assert odata4.gemeente_names(fetcher, "85618NED", "WijkenEnBuurten") == {
        "GM0997": "Drieburen",
        "GM1009": "Andersum",
    }


def test_refresh_through_v4_loads_kwb_and_ses(tmp_path):
    data = Paths(tmp_path)
    data.reference.mkdir(parents=True)
    con = duckdb.connect()
    selection = Selection("GM0997", (2023, 2024), odata="v4")
    entries = refresh(con, data, selection, online=True, transport=FixtureTransport())
    status = {(e.source, e.table_id): e.status for e in entries}
    assert status[("cbs_odata4", "85618NED")] == "loaded"
    assert status[("cbs_odata4", "85900NED")] == "loaded"
    assert status[("cbs_odata4", "85100NED")] == "loaded"  # stapeling per wijk, paged
    assert con.execute(
        "select value from raw.cbs_wijk_figures where measure = 'stapeling_huishoudens_totaal' "
        "and area_code = 'WK099701' and period = '2023JJ00'"
    ).fetchone() == (400.0,)
    assert con.execute(
        "select value from raw.cbs_wijk_figures where measure = 'ses_woa_totaal' "
        "and area_code = 'GM0997' and period = '2022JJ00'"
    ).fetchone() == (0.17,)
    assert con.execute(
        "select area_name from raw.cbs_area_names where area_code = 'WK099701' and year = 2023"
    ).fetchone() == ("Wijk 01 Dorp",)
