"""The CBS tables of the pages as pure functions: values with their unit or their state, the
gemeente's figure and index, the year of each area in a comparison."""

from __future__ import annotations

import pandas as pd

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
