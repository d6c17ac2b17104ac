"""The CBS tables of the pages as pure functions: values with their unit or their state, the
gemeente's figure and index, the year of each area in a comparison."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from dashboards import cbs_view

LABELS = {"suppressed": "geheim", "not_published": "nog niet gepubliceerd", "unknown": "onbekend",
          "number": "—"}


def _rows(*rows) -> pd.DataFrame:
    columns = ["area_level", "area_code", "year", "measure", "measure_label", "theme", "unit",
               "definition_nl", "value", "value_state", "gemeente_value", "gemeente_state",
               "index_gemeente", "index_state", "source_label"]
    return pd.DataFrame([dict(zip(columns, r, strict=True)) for r in rows], columns=columns)


WMO = ("buurt", "BU01", 2023, "wmo_clienten_per_1000", "Wmo-cliënten per 1 000 inwoners", "zorg",
       "per 1 000 inwoners", "Per 1 000 inwoners.", 64.14, "number", 60.0, "number", 106.9,
       "number", "CBS (berekend)")
INKOMEN = ("buurt", "BU01", 2022, "inkomen_per_inwoner", "Gemiddeld inkomen per inwoner",
           "inkomen", "x 1 000 euro", "Inkomen.", 32.1, "number", 31.2, "number", None, "unknown",
           "CBS")
BIJSTAND = ("buurt", "BU01", 2023, "personen_bijstand", "Personen met bijstand",
            "sociale_zekerheid", "aantal", "Aantal.", None, "suppressed", 160.0, "number", None,
            "unknown", "CBS")


def test_figure_text_puts_the_unit_after_a_number_and_never_after_a_state():
    assert cbs_view.figure_text(64.14, "number", "per 1 000 inwoners", LABELS) == (
        "64,1 per 1.000 inwoners")
    assert cbs_view.figure_text(8.7, "number", "%", LABELS) == "8,7%"
    assert cbs_view.figure_text(1234, "number", "aantal", LABELS) == "1.234"
    assert cbs_view.figure_text(0.161, "number", "score", LABELS) == "0,161 score"
    assert cbs_view.figure_text(None, "not_published", "%", LABELS) == "nog niet gepubliceerd"
    assert cbs_view.figure_text(None, "number", "%", LABELS) == "onbekend"  # never a 0


def test_figures_table_orders_the_social_domain_first_with_gemeente_and_index():
    table = cbs_view.figures_table(_rows(INKOMEN, BIJSTAND, WMO), LABELS)
    assert list(table["Cijfer"]) == ["Wmo-cliënten per 1 000 inwoners", "Personen met bijstand",
                                     "Gemiddeld inkomen per inwoner"]
    wmo, bijstand, inkomen = (table.iloc[i] for i in range(3))
    assert (wmo["Waarde"], wmo["Gemeente"], wmo["Index (gemeente = 100)"], wmo["Bron"]) == (
        "64,1 per 1.000 inwoners", "60,0 per 1.000 inwoners", "107", "CBS (berekend)")
    assert (bijstand["Waarde"], bijstand["Gemeente"], bijstand["Index (gemeente = 100)"]) == (
        "geheim", "160", "")  # a count has no index
    assert (inkomen["Waarde"], inkomen["Jaar"]) == ("32,1 × 1.000 euro", "2022")


def test_compare_table_marks_an_area_whose_newest_year_differs():
    first = _rows(WMO, INKOMEN)
    other = _rows(WMO[:2] + (2022,) + WMO[3:], INKOMEN[:8] + (None, "not_published") + INKOMEN[10:])
    gemeente = _rows(("gemeente", "GM01", *WMO[2:8], 60.0, "number", 60.0, "number", 100.0,
                      "number", "CBS (berekend)"))
    table = cbs_view.compare_table({"BU01": first, "BU02": other, "GM01": gemeente},
                                   {"BU01": "Oude Kern", "BU02": "Nieuwe Akkers",
                                    "GM01": "Gemeente Drieburen"}, LABELS)
    by_label = table.set_index("Cijfer")
    assert by_label.loc["Wmo-cliënten per 1 000 inwoners", "Nieuwe Akkers"] == (
        "64,1 per 1.000 inwoners (2022)")
    assert by_label.loc["Gemiddeld inkomen per inwoner", "Nieuwe Akkers"] == "nog niet gepubliceerd"
    assert by_label.loc["Gemiddeld inkomen per inwoner", "Gemeente Drieburen"] == "onbekend"
    assert by_label.loc["Wmo-cliënten per 1 000 inwoners", "Jaar"] == "2023"


# --- own figures and CBS's in one copy: CBS stays beside the own layer ------------------------

OVERZICHT = "pages/overzicht.py"
PROFILE = "pages/buurtprofiel.py"


@pytest.fixture
def own_and_cbs(own_copy):
    """The own copy plus CBS's Wmo figure per buurt for 2024 (Oude Markt suppressed), written
    into it as the CBS loader's mart would hold it (the copy has no CBS input)."""
    serving = own_copy
    rows = [  # area_level, code, name, value, state
        ("buurt", "BU99990101", "Oude Markt", None, "suppressed"),
        ("buurt", "BU99990102", "Havenkwartier", 71.5, "number"),
        ("buurt", "BU99990201", "Bloemenbuurt", 48.0, "number"),
        ("gemeente", "GM9999", "Demstervoort", 60.0, "number"),
    ]
    with duckdb.connect(str(serving)) as con:
        con.execute(
            "create or replace table cbs_area_figures (area_level varchar, area_code varchar, "
            "area_name varchar, gemeente_code varchar, boundary_year integer, year integer, "
            "measure varchar, measure_label varchar, theme varchar, unit varchar, "
            "definition_nl varchar, value double, value_state varchar, gemeente_value double, "
            "gemeente_state varchar, index_gemeente double, index_state varchar, "
            "source_label varchar, table_id varchar, series_key varchar)"
        )
        for level, code, name, value, state in rows:
            con.execute(
                "insert into cbs_area_figures values (?, ?, ?, 'GM9999', 2024, 2024, "
                "'wmo_clienten_per_1000', 'Wmo-cliënten per 1 000 inwoners', 'zorg', "
                "'per 1 000 inwoners', 'Wmo-cliënten per 1 000 inwoners (alle leeftijden).', "
                "?, ?, 60.0, 'number', ?, ?, 'CBS (berekend)', 'berekend', ?)",
                (level, code, name, value, state,
                 None if value is None else value * 100 / 60, state, f"{code}/2024"),
            )
    return serving


def test_overzicht_keeps_cbs_beside_the_own_figures(own_and_cbs, open_page):
    at = open_page(OVERZICHT, domein="wmo")
    (expander,) = [e for e in at.expander if e.label.startswith("Ter vergelijking: CBS")]
    assert expander.label == "Ter vergelijking: CBS — wmo-cliënten per 1 000 inwoners, 2024"
    table = next(d.value for d in at.dataframe if "CBS 2024" in d.value.columns)
    by_code = dict(zip(table["Code"], table["CBS 2024"], strict=True))
    assert by_code == {"BU99990101": "geheim", "BU99990102": "71,5 per 1.000 inwoners",
                       "BU99990201": "48,0 per 1.000 inwoners"}


def test_buurtprofiel_keeps_cbs_beside_the_own_figures(own_and_cbs, open_page):
    at = open_page(PROFILE, gebied="BU99990102")
    assert "### Ter vergelijking: CBS-cijfers (openbaar)" in [m.value for m in at.markdown]
    table = next(d.value for d in at.dataframe if {"Waarde", "Bron"} <= set(d.value.columns))
    row = table.iloc[0]
    assert (row["Waarde"], row["Gemeente"], row["Index (gemeente = 100)"], row["Bron"]) == (
        "71,5 per 1.000 inwoners", "60,0 per 1.000 inwoners", "119", "CBS (berekend)")
