"""AppTests of what changed and where it rises (issue 19.1) and of what must not mislead
(19.2), on the small fixture copy: the change indicators on a diverging map, the ranking with
the team meeting's test, the search, the profile's period, change table, years and links."""

from __future__ import annotations

import json

import duckdb
import pyarrow as pa

from dashboards import maps

PROFILE = "pages/buurtprofiel.py"


def _spec(at) -> dict:
    return json.loads(at.get("vega_lite_chart")[0].proto.spec)


def _map_values(at):
    chart = at.get("vega_lite_chart")[0].proto
    spec = json.loads(chart.spec)
    (dataset,) = [d for d in chart.datasets if d.name == spec["data"]["name"]]
    return pa.ipc.open_stream(dataset.data.data).read_pandas().set_index("area_code")


def _table_with(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_change_since_the_month_before_on_a_diverging_map(serving_data, open_page):
    at = open_page(indicator="verandering-maand", domein="wmo", categorie="begeleiding",
                   periode="2024-03")
    values = _map_values(at)
    # every buurt's Wmo begeleiding rose by 5 clients from februari to maart: all on the
    # rising side, per 1.000 inwoners from +0,4 (Bloemenbuurt, 5 / 12.010) to +0,8
    # (Havenkwartier, 5 / 5.950); Oude Markt 25 → 30 of 7.690: 3,25 → 3,90, +0,7
    assert set(values["fill"]) <= set(maps.DIVERGING_5[2:])
    assert values.loc["BU99990101", "value_line"] == "+0,7 per 1.000 inwoners"
    table = _table_with(at, "Code").set_index("Code")
    assert table.loc["BU99990102", "Verandering t.o.v. vorige maand"] == "+0,8"
    # the legend is signed, in Dutch notation, and no two classes share a number
    legend = " ".join(m.value for m in at.markdown if "background" in m.value)
    assert "+0,4" in legend and "+0,8" in legend
    captions = " ".join(c.value for c in at.caption)
    assert "Kleuren rond 0: blauw gedaald, rood gestegen" in captions


def test_the_index_is_coloured_around_100(serving_data, open_page):
    at = open_page(indicator="index", periode="2024-03", domein="wmo", categorie="begeleiding")
    values = _map_values(at)
    assert set(values["fill"]) <= {*maps.DIVERGING_5, *maps.STATE_GREYS.values()}
    assert "Kleuren rond 100" in " ".join(c.value for c in at.caption)


def test_where_it_rises_ranks_by_change_with_the_meetings_test(serving_data, open_page):
    at = open_page(indicator="per1000", domein="wmo", categorie="begeleiding",
                   periode="2024-03")
    # no month a year earlier in the fixture: the ranking says so instead of guessing
    assert not any("Opvallend?" in d.value.columns for d in at.dataframe)
    assert "geen verandering t.o.v. een jaar eerder te berekenen" in " ".join(
        c.value for c in at.caption)
    at = open_page(indicator="verandering-maand", domein="wmo", categorie="begeleiding",
                   periode="2024-03")
    ranking = _table_with(at, "Opvallend?")
    changes = ranking["Verandering per 1.000 inwoners"].tolist()
    numbers = [float(c.replace(",", ".")) for c in changes]
    assert numbers == sorted(numbers, reverse=True) and len(ranking) == 4
    # two comparison months in the fixture: the test says why it cannot judge
    assert set(ranking["Opvallend?"]) == {
        "niet te toetsen (minder dan 3 vergelijkingsmaanden met een getal)"}
    assert "dezelfde regel als het teamoverleg" in " ".join(c.value for c in at.caption)


def test_search_outlines_the_area_and_links_its_profile(serving_data, open_page):
    at = open_page()
    box = at.selectbox(key="zoek")
    assert box.value is None and "Bloemenbuurt (Noord)" in box.options  # name and wijk
    box.select("BU99990201").run()
    layers = _spec(at)["layer"]
    assert {"filter": "(datum.area_code === 'BU99990201')"} in layers[1]["transform"]
    assert any("Bloemenbuurt" in m.value for m in at.markdown)
    links = at.get("page_link")
    assert any("gebied=BU99990201" in str(link.proto) for link in links)


def test_profile_period_selector_shows_an_earlier_month(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    assert "periode" not in at.query_params  # the newest month: a link keeps following it
    at = open_page(PROFILE, gebied="BU99990101", periode="2024-02")
    assert at.selectbox(key="sel_periode").value == "2024-02"
    assert at.caption[0].value.endswith("cijfers van februari 2024")
    domain = at.dataframe[0].value.set_index("Categorie")
    # 25 clients of 7.690 inwoners (Wmo: every resident is the denominator)
    assert domain.loc["Ondersteuning thuis / begeleiding", "Per 1.000"] == "3,3"
    assert domain.loc["Hulp bij het huishouden", "Per 1.000"] == "onbekend"  # not the wijk's


def test_profile_what_changed_with_the_meetings_test(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990102")
    changed = _table_with(at, "t.o.v. vorige maand").set_index("Categorie")
    begeleiding = changed.loc["Ondersteuning thuis / begeleiding"]
    assert begeleiding["Per 1.000"] == "7,6"  # 45 of 5.950 inwoners; februari 40: 6,7
    assert begeleiding["t.o.v. vorige maand"] == "+0,8"
    assert changed.loc["Hulp bij het huishouden", "t.o.v. vorige maand"] == "geheim"
    assert begeleiding["Opvallend?"].startswith("niet te toetsen")
    assert "### Wat veranderde, maart 2024" in [m.value for m in at.markdown]


def test_trends_start_at_zero_explain_the_rounding_and_have_a_table(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    band, line = spec["layer"]
    assert line["encoding"]["y"]["scale"]["zero"] is True
    assert "labelExpr" in line["encoding"]["y"]["axis"]  # Dutch numbers, never 0.000000
    assert band["mark"]["type"] == "area"
    assert at.get("vega_lite_chart")[0].proto.alt.startswith("Lijngrafiek: Wmo")
    assert "afgerond op 5" in " ".join(c.value for c in at.caption)
    months = _table_with(at, "Maand")
    assert list(months["Maand"]) == ["maart 2024", "februari 2024", "januari 2024"]
    # januari: 10 of 7.690 inwoners
    assert list(months["Hulp bij het huishouden"]) == ["geheim", "onbekend", "1,3"]


def test_stapeling_of_every_year(serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990201")
    years = _table_with(at, "2023 (%)").set_index("Combinatie")
    assert years.loc["Wmo en Jeugdwet", "2023 (%)"] == "4,7"  # 75 of 1.605 households
    assert "2024 (%)" in years.columns


def test_a_link_to_water_or_an_unknown_code_is_answered_in_dutch(own_copy, open_page):
    # the copy has no water buurt: one added beside Oude Markt, as publish serves it
    with duckdb.connect(str(own_copy)) as con:
        con.execute(
            "insert into areas select * replace ('BU99990199' as area_code, 'De Plas' as "
            "area_name, true as is_water, 0 as residents_total) from areas "
            "where area_code = 'BU99990101'")
    at = open_page(PROFILE, gebied="BU99990199")
    assert [w.value for w in at.warning] == [
        "De Plas is water: daar wonen geen mensen, dus er zijn geen cijfers over. Hieronder "
        "staat het eerste gebied uit de lijst; kies een ander gebied."]
    at = open_page(PROFILE, gebied="BU12345678")
    assert at.warning[0].value.startswith("Het gebied uit de link staat niet in de "
                                          "gepubliceerde cijfers")
    at = open_page(PROFILE, gebied="GM9999")
    assert at.warning[0].value.startswith("Demstervoort is geen buurt of wijk")


def test_no_wijk_figure_for_a_group_the_buurt_does_not_have(own_copy, open_page):
    """A buurt without children: its youth figure is not hidden, it does not exist, so the
    wijk's youth figure does not stand in for it (the headline showed a jeugd rate '(wijk)').
    Oude Markt's children taken out of the copy by hand, with the states the marts give then."""
    with duckdb.connect(str(own_copy)) as con:
        con.execute("update areas set residents_0_17 = 0 where area_code = 'BU99990101'")
        con.execute(
            "update area_clients_monthly set clients = null, clients_state = "
            "'too_few_residents', residents = 0, rate_per_1000 = null, "
            "rate_state = 'too_few_residents', "
            "show_wijk_instead = true, wijk_rate_per_1000 = 20.0, wijk_rate_state = 'number' "
            "where area_code = 'BU99990101' and domain = 'jeugd'")
    at = open_page(PROFILE, gebied="BU99990101")
    jeugd = at.dataframe[0].value.set_index("Categorie")
    assert jeugd.loc["Jeugdhulp zonder verblijf", "Per 1.000"] == "te weinig inwoners"
    assert at.metric[1].value == "te weinig inwoners"
    assert not any("Jeugdhulp" in i.value for i in at.info)


def test_integrale_blik_shows_the_last_published_stapeling_year():
    """The current year is *nog niet gepubliceerd*; the profile falls back to the last
    published year, and so does the Integrale blik's column (the same year for every area)."""
    import pandas as pd

    from dashboards import integral

    rows = pd.DataFrame({
        "area_code": ["A", "B", "C"], "stapeling_year": [2026, 2026, 2026],
        "stapeling_two_or_more_pct": [None, None, 3.0],
        "stapeling_two_or_more_state": ["not_published", "not_published", "number"],
    })
    latest = pd.DataFrame({"area_code": ["B", "A"], "stapeling_year": [2025, 2025],
                           "share": [4.5, None], "state": ["number", "suppressed"]})
    out = integral.with_published_stapeling(rows, latest).set_index("area_code")
    assert out.loc["A", "stapeling_two_or_more_state"] == "suppressed"
    assert out.loc["B", "stapeling_two_or_more_pct"] == 4.5
    assert list(out["stapeling_year"]) == [2025, 2025, 2026]  # C had its own year's figure
    assert out.loc["C", "stapeling_two_or_more_pct"] == 3.0
    # nothing published before: the state stays what it is, never a 0
    none = integral.with_published_stapeling(rows, latest.iloc[0:0])
    assert list(none["stapeling_two_or_more_state"]) == list(rows["stapeling_two_or_more_state"])


def test_yearly_figures_say_when_a_year_is_not_complete():
    import pandas as pd

    from dashboards import profile

    cats = pd.DataFrame({"domain": ["wmo", "wmo"], "domain_label": ["Wmo", "Wmo"],
                         "category": ["hh", "bg"], "category_label": ["Hulp", "Begeleiding"]})
    yearly = pd.DataFrame({
        "area_level": ["buurt"] * 4 + ["gemeente"],
        "year": [2024, 2024, 2025, 2025, 2025], "months": [12, 12, 6, 6, 6],
        "category": ["hh", "bg", "hh", "bg", "hh"],
        "rate_per_1000": [12.34, None, 15.0, None, 20.0],
        "rate_state": ["number", "suppressed", "number", "unknown", "number"],
    })
    labels = {"suppressed": "geheim", "unknown": "onbekend"}
    table = profile.yearly_table(cats, yearly, "buurt", labels)
    assert list(table.columns) == ["Domein", "Categorie", "2024", "2025 (6 mnd)"]
    assert table.to_dict("records")[0] == {"Domein": "Wmo", "Categorie": "Hulp",
                                           "2024": "12,3", "2025 (6 mnd)": "15,0"}
    assert list(table["2024"]) == ["12,3", "geheim"] and table.iloc[1, 3] == "onbekend"
    assert profile.yearly_table(cats, yearly, "wijk", labels).empty


def test_rising_ranks_by_change_and_leaves_hidden_changes_out():
    import pandas as pd

    from dashboards import changes

    rows = pd.DataFrame({
        "area_code": list("abcde"), "area_name": ["E", "D", "C", "B", "A"],
        "rate_change_prev_year": [1.0, None, 5.0, -2.0, 5.0],
        "change_prev_year_state": ["number", "suppressed", "number", "number", "number"],
    })
    ranked = changes.rising(rows, "rate_change_prev_year", "change_prev_year_state", top=3)
    assert list(ranked["area_code"]) == ["e", "c", "a"]  # ties by name; geheim not ranked
    falling = changes.rising(rows, "rate_change_prev_year", "change_prev_year_state", top=1,
                             ascending=True)
    assert list(falling["area_code"]) == ["d"]


def test_integrale_blik_ranks_where_the_pressure_rises():
    import pandas as pd

    from dashboards import integral

    def rows(rates: dict, states: dict | None = None) -> pd.DataFrame:
        out = []
        for code, (wmo, jeugd) in rates.items():
            st = (states or {}).get(code, ("number", "number"))
            out.append({"area_code": code, "area_name": code.upper(), "wijk_name": "Centrum",
                        "wmo_rate_per_1000": wmo, "wmo_rate_state": st[0],
                        "jeugd_rate_per_1000": jeugd, "jeugd_rate_state": st[1]})
        return pd.DataFrame(out)

    before = rows({"a": (10.0, 20.0), "b": (10.0, 20.0), "c": (10.0, 20.0), "d": (0.0, 20.0)})
    now = rows({"a": (10.5, 30.0), "b": (12.0, 23.0), "c": (None, 10.0), "d": (5.0, 20.0)},
               {"c": ("suppressed", "number")})
    labels = {"suppressed": "geheim", "unknown": "onbekend"}
    table = integral.rising_table(now, before, ["wmo", "jeugd"],
                                  {"wmo": "Wmo", "jeugd": "Jeugdwet"}, labels)
    assert list(table["Buurt"]) == ["B", "A", "D", "C"]
    by_name = table.set_index("Buurt")
    assert by_name.loc["B", "Stijgt in"] == "2 van 2 domeinen"  # +20 % and +15 %
    assert by_name.loc["A", "Stijgt in"] == "1 van 2 domeinen"  # +5 % is not a rise
    assert by_name.loc["A", "Wmo (%)"] == "+5,0" and by_name.loc["A", "Jeugdwet (%)"] == "+50,0"
    # a hidden figure is named, never a change; a rate of 0 a year earlier has no %
    assert by_name.loc["C", "Wmo (%)"] == "geheim" and by_name.loc["C", "Stijgt in"] == (
        "0 van 1 domeinen")
    assert by_name.loc["D", "Wmo (%)"] == "onbekend"
