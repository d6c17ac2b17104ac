"""Unique clients per domain on the Buurtprofiel and the Integrale blik: the export's total,
with unit, period, source and definition; 'nog niet geleverd' where the export has none."""

from __future__ import annotations

import pandas as pd

from dashboards import unique_totals

PROFILE = "pages/buurtprofiel.py"
BLIK = "pages/integrale_blik.py"
DOMAINS = ["wmo", "jeugd", "participatiewet"]
LABELS = {"wmo": "Wmo", "jeugd": "Jeugdwet", "participatiewet": "Participatiewet"}


def _table(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def _row(code, domain, clients, state, rate=None, index=None):
    return dict(area_level="buurt" if code.startswith("BU") else "gemeente", area_code=code,
                domain=domain, clients=clients, clients_state=state, rate=rate,
                rate_state=state, rate_unit="per 1.000 inwoners", index_gemeente=index,
                index_state=state)


def test_area_table_shows_the_total_its_unit_and_the_gemeente_never_a_sum_or_zero():
    rows = pd.DataFrame([
        _row("BU01", "wmo", 64, "number", 41.25, 120.0),
        _row("GM01", "wmo", 3613, "number", 34.375, 100.0),
        _row("BU01", "jeugd", None, "not_delivered"),
        _row("BU01", "participatiewet", None, "suppressed"),
    ])
    table = unique_totals.area_table(rows, "BU01", "GM01", DOMAINS, LABELS, {})
    assert table.to_dict("records") == [
        {"Domein": "Wmo", "Unieke cliënten": "64", "Cijfer": "41,3",
         "Eenheid": "per 1.000 inwoners", "Gemeente": "34,4", "Index (gemeente = 100)": "120"},
        {"Domein": "Jeugdwet", "Unieke cliënten": "nog niet geleverd",
         "Cijfer": "nog niet geleverd", "Eenheid": "per 1.000 inwoners",
         "Gemeente": "nog niet geleverd", "Index (gemeente = 100)": "nog niet geleverd"},
        {"Domein": "Participatiewet", "Unieke cliënten": "geheim", "Cijfer": "geheim",
         "Eenheid": "per 1.000 inwoners", "Gemeente": "nog niet geleverd",
         "Index (gemeente = 100)": "geheim"},
    ]
    note = unique_totals.missing_note(rows, "BU01", DOMAINS, LABELS, "maart 2024")
    assert note.startswith("Jeugdwet (maart 2024): de export bevat geen totaal unieke cliënten")
    assert "de som is geen aantal cliënten" in note


def test_buurtprofiel_shows_unique_clients_with_definition_unit_period_and_source(
        serving_data, open_page):
    at = open_page(PROFILE, gebied="BU99990101")
    table = _table(at, "Unieke cliënten").set_index("Domein")
    # Oude Markt, maart 2024: 160 unique Wmo clients of 7.690 residents = 20,8 per 1.000
    assert table.loc["Wmo", "Unieke cliënten"] == "160"
    assert table.loc["Wmo", "Cijfer"] == "20,8"
    assert table.loc["Wmo", "Eenheid"] == "per 1.000 inwoners"
    assert table.loc["Wmo", "Gemeente"] == "49,7"
    assert table.loc["Jeugdwet", "Unieke cliënten"] == "nog niet geleverd"
    assert table.loc["Participatiewet", "Cijfer"] == "nog niet geleverd"
    infos = [i.value for i in at.caption]
    assert any(i.startswith("Jeugdwet en Participatiewet (maart 2024): de export bevat geen "
                            "totaal unieke cliënten") for i in infos)
    captions = " ".join(c.value for c in at.caption)
    assert ("Unieke cliënten: elke cliënt één keer geteld, ook met meer voorzieningen."
            in captions)
    assert "Periode: maart 2024" in captions and "Bron: eigen registratie" in captions
    # each domain's rate as the categories seed defines its total (CBS's bases for youth care
    # and bijstand), the domains without a total first
    assert ("Eenheid: aantal personen; cijfer: Jeugdwet % van de inwoners tot 23 jaar, "
            "Participatiewet % van de inwoners van 15 jaar en ouder, Wmo per 1.000 inwoners"
            in captions)


def test_buurtprofiel_month_without_any_total_says_not_delivered(serving_data, open_page):
    at = open_page(PROFILE, gebied="WK999902", periode="2024-01")
    table = _table(at, "Unieke cliënten")
    assert set(table["Unieke cliënten"]) == {"nog niet geleverd"}
    assert any(i.value.startswith("Wmo, Jeugdwet en Participatiewet (januari 2024)")
               for i in at.caption)


def test_integrale_blik_lists_unique_clients_per_area(serving_data, open_page):
    at = open_page(BLIK)
    table = _table(at, "Unieke cliënten Wmo").set_index("Buurt")
    assert table.loc["Bloemenbuurt", "Unieke cliënten Wmo"] == "1.200"
    assert table.loc["Oude Markt", "Unieke cliënten Wmo"] == "160"
    assert set(table["Unieke cliënten Jeugdwet"]) == {"nog niet geleverd"}
    assert any(i.value.startswith("Jeugdwet en Participatiewet (maart 2024)") for i in at.caption)
    wijken = _table(open_page(BLIK, niveau="wijk"), "Unieke cliënten Wmo").set_index("Wijk")
    assert wijken.loc["Noord", "Unieke cliënten Wmo"] == "1.340"


def test_the_category_pages_leave_the_totals_out(serving_data):
    """The copy's `categories` holds the three `totaal` codes of the seed; no category list
    shows them (a total is no category of provision, and `totaal` is the same code in every
    domain)."""
    import duckdb

    from dashboards import reference_queries

    with duckdb.connect(str(serving_data), read_only=True) as con:
        totals = con.execute("select domain from categories where category = 'totaal' "
                             "order by domain").fetchall()
    assert totals == [("jeugd",), ("participatiewet",), ("wmo",)]
    cats = reference_queries.categories()
    assert len(cats) == 12 and "totaal" not in set(cats["category"])
