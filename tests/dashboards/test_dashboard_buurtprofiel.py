"""AppTest of the Buurtprofiel page: every domain of one area, its trend and its stapeling."""

from __future__ import annotations

from datetime import date

import pyarrow as pa

from dashboards.widgets import NO_DATA_MESSAGE

PROFILE = "pages/buurtprofiel.py"


def _domain_tables(at) -> dict[str, object]:
    """Wmo, Jeugdwet and Participatiewet tables by domain, indexed by category label."""
    names = ["Wmo", "Jeugdwet", "Participatiewet"]
    return {n: at.dataframe[i].value.set_index("Categorie") for i, n in enumerate(names)}


def _chart_rows(at, index: int):
    proto = at.get("vega_lite_chart")[index].proto
    return pa.ipc.open_stream(proto.datasets[0].data.data).read_pandas()


def test_url_selects_the_buurt_and_all_domains_are_shown(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    assert at.selectbox(key="sel_gebied").value == "BU99990101"
    assert at.selectbox(key="sel_gebied").options == [
        "Centrum (hele wijk)", "Centrum › Havenkwartier", "Centrum › Oude Markt",
        "Noord (hele wijk)", "Noord › Bloemenbuurt", "Noord › Sluiskwartier"]
    assert at.query_params == {"gebied": "BU99990101"}
    assert at.subheader[0].value == "Oude Markt"
    assert at.caption[0].value == (
        "Buurt in wijk Centrum, gemeente Demstervoort · 7.690 inwoners (1 januari 2024) · "
        "cijfers van maart 2024"
    )
    tables = _domain_tables(at)
    assert list(tables["Wmo"].columns) == ["Cliënten", "Per 1.000", "Gemeente per 1.000"]
    assert tables["Wmo"].loc["Hulp bij het huishouden"].to_list() == ["85", "13,1", "45,1"]
    assert len(tables["Wmo"]) == 5 and len(tables["Jeugdwet"]) == 4
    assert len(tables["Participatiewet"]) == 3
    assert tables["Jeugdwet"].loc["Jeugdhulp zonder verblijf"].to_list() == [
        "65", "53,7", "nog niet gepubliceerd"]
    captions = " ".join(c.value for c in at.caption)
    assert "Het aantal inwoners dat in deze maand een voorziening" in captions
    assert "noemer: inwoners 0 tot en met 17 jaar" in captions


def test_suppressed_and_not_published_cells_show_their_label(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990102")
    assert _domain_tables(at)["Wmo"].loc["Hulp bij het huishouden"].to_list() == [
        "geheim", "geheim", "45,1"]
    at = open_page(PROFILE, gebied="BU99990201")
    assert _domain_tables(at)["Jeugdwet"].loc["Jeugdhulp zonder verblijf"].to_list() == [
        "nog niet gepubliceerd", "nog niet gepubliceerd", "nog niet gepubliceerd"]
    assert _domain_tables(at)["Wmo"].loc["Hulp bij het huishouden", "Cliënten"] == "1.050"


def test_trend_leaves_the_unknown_month_open(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    assert len(at.get("vega_lite_chart")) == 3
    wmo = _chart_rows(at, 0)
    hh = wmo[wmo["category_label"] == "Hulp bij het huishouden"].sort_values("period")
    assert [p.date() for p in hh["period"]] == [date(2024, 1, 1), date(2024, 3, 1)]
    assert list(hh["value_text"]) == ["0,8", "13,1"]
    assert hh["segment"].nunique() == 2
    assert len(wmo) == 5 * 3 - 1  # five categories, three months, one gap


def test_stapeling_of_the_latest_year_with_a_number(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    assert "**2023**" in [m.value for m in at.markdown]  # 2024 is not yet published
    stapeling = at.dataframe[3].value.set_index("Combinatie")
    assert list(stapeling.index) == ["Wmo en Jeugdwet", "Wmo en Participatiewet",
                                     "Jeugdwet en Participatiewet",
                                     "Wmo, Jeugdwet en Participatiewet"]
    assert stapeling.loc["Wmo en Jeugdwet"].to_list() == ["45", "1,2", "3,6"]
    assert stapeling.loc["Wmo, Jeugdwet en Participatiewet"].to_list() == [
        "geheim", "geheim", "3,2"]
    captions = " ".join(c.value for c in at.caption)
    assert "Eenheid: % · Jaar: 2023" in captions


def test_a_wijk_profile_and_an_unknown_code(serving_data, open_page):
    at = open_page(PROFILE, gebied="WK999902")
    assert at.subheader[0].value == "Noord"
    assert _domain_tables(at)["Wmo"].loc["Hulp bij het huishouden"].to_list() == [
        "1.145", "72,6", "45,1"]
    at = open_page(PROFILE, gebied="BU00000000")
    assert at.query_params == {"gebied": "WK999901"}  # the first area, written back


def test_no_serving_copy_yet(empty_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    assert [i.value for i in at.info] == [NO_DATA_MESSAGE]
    assert not at.dataframe
