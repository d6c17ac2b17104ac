"""CBS OData: catalogue → table id per year, columns from metadata, paging, codes, states."""

import json

import pytest

from tests.cbs.fakes import ODATA, FixtureTransport
from wijkwijs.cbs import odata
from wijkwijs.cbs.kwb import fetch_kwb
from wijkwijs.cbs.transport import Fetcher


@pytest.fixture
def fetcher(tmp_path):
    return Fetcher(FixtureTransport(), tmp_path / "cache", sleep=lambda s: None)


def properties(table):
    return json.loads((ODATA / f"{table}_DataProperties.json").read_text())["value"]


def test_catalogue_gives_the_dutch_kwb_table_of_each_year(fetcher):
    entries = odata.catalogue(fetcher, "Kerncijfers wijken en buurten")
    assert odata.kwb_tables(entries) == {2018: "84286NED", 2023: "85618NED", 2024: "85984NED"}
    assert list(odata.wijk_tables(entries)) == ["stapeling", "wmo", "jeugd"]


def test_drifting_key_suffixes_resolve_to_the_same_measures():
    by_year = {
        table: {t.measure: t.key for t in odata.parse_meta(table, "", properties(table)).topics}
        for table in ("85618NED", "85984NED")
    }
    assert by_year["85618NED"]["personen_bijstand"] == "PersonenPerSoortUitkeringBijstand_74"
    assert by_year["85984NED"]["personen_bijstand"] == "PersonenPerSoortUitkeringBijstand_80"
    assert by_year["85618NED"]["wmo_clienten"] == "WmoClienten_95"
    assert by_year["85984NED"]["wmo_clienten"] == "WmoClienten_101"
    assert by_year["85618NED"]["inkomen_per_inwoner"] == "GemiddeldInkomenPerInwoner_72"
    assert by_year["85984NED"]["inkomen_per_inwoner"] == "GemiddeldInkomenPerInwoner_78"
    assert (
        set(by_year["85618NED"])
        == set(by_year["85984NED"])
        == {
            "indelingswijziging",  # a text topic, kept: the series need it
            "inwoners",
            "inwoners_0_14",
            "huishoudens",
            "inkomen_per_inwoner",
            "aandeel_huishoudens_sociaal_minimum",
            "netto_arbeidsparticipatie",
            "personen_bijstand",
            "wmo_clienten",
            "jongeren_jeugdzorg",
            "aandeel_jongeren_jeugdzorg",  # the percentage is its own measure, not dropped
        }
    )


def test_an_unknown_suffix_resolves_by_title_alone():
    props = [
        {"odata.type": "Cbs.OData.GeoDimension", "Key": "WijkenEnBuurten", "Title": "Regio"},
        {
            "odata.type": "Cbs.OData.Topic",
            "Key": "UitkeringAlgemeen_77",
            "Title": "Bijstand",
            "Datatype": "Long",
            "Unit": "aantal",
        },
    ]
    (topic,) = odata.parse_meta("X", "", props).topics
    assert (topic.key, topic.measure) == ("UitkeringAlgemeen_77", "personen_bijstand")


def test_metadata_without_region_dimension_is_refused():
    with pytest.raises(odata.MetadataError):
        odata.parse_meta("X", "", [{"odata.type": "Cbs.OData.Topic", "Key": "A_1"}])


def test_pages_are_followed_and_codes_stripped_and_filtered(fetcher):
    meta = odata.table_meta(fetcher, "85618NED")
    rows = odata.data_rows(fetcher, meta, "GM0997")
    transport = fetcher.transport
    assert sum("UntypedDataSet" in url for url in transport.calls) == 2  # nextLink followed
    assert [r["WijkenEnBuurten"] for r in rows] == [
        "GM0997",
        "WK099701",
        "BU09970101",
        "BU09970102",
        "WK099702",
        "BU09970201",
    ]  # BU10099701 has '0997' inside its code but lies in another gemeente


def test_kwb_rows_with_states(fetcher):
    rows = fetch_kwb(fetcher, "85618NED", 2023, "GM0997").set_index(["area_code", "measure"])
    assert rows.loc[("GM0997", "inwoners"), ["value", "value_state"]].tolist() == [6345, "number"]
    assert rows.loc[("BU09970102", "personen_bijstand"), "value_state"] == "suppressed"
    assert rows.loc[("BU09970102", "personen_bijstand"), "source_key"].endswith("_74")
    assert rows.loc[("WK099701", "wmo_clienten"), "area_level"] == "wijk"
    assert "op enig moment" in rows.loc[("GM0997", "wmo_clienten"), "definition_nl"]
    # 2024: the social-domain themes are '.' everywhere: not yet published, not secret
    later = fetch_kwb(fetcher, "85984NED", 2024, "GM0997").set_index(["area_code", "measure"])
    assert later.loc[("GM0997", "wmo_clienten"), "value_state"] == "not_published"
    assert later.loc[("BU09970101", "inwoners"), "value"] == 3040
    assert later["value"].where(later["value_state"] != "number").isna().all()


def test_gemeente_name_resolves_from_the_region_dimension(fetcher):
    names = odata.gemeente_names(fetcher, "85984NED", "WijkenEnBuurten")
    assert names == {"GM0997": "Drieburen", "GM1009": "Andersum"}
