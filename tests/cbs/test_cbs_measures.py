"""One measure, every spelling CBS and PDOK use for it; the unit decides between a count and a
share; special values and markers become states, never numbers."""

import pytest

from wijkwijs.cbs.measures import figure, match, snake, words


@pytest.mark.parametrize(
    ("name", "title", "unit", "expected"),
    [
        # OData v3 keys, suffix drifting between years
        ("PersonenPerSoortUitkeringBijstand_74", "Bijstand", "aantal", "personen_bijstand"),
        ("PersonenPerSoortUitkeringBijstand_80", "Bijstand", "aantal", "personen_bijstand"),
        (
            "WmoClientenRelatief_96",
            "Wmo-cliënten relatief",
            "per 1 000 inwoners",
            "wmo_clienten_per_1000",
        ),
        # OData v4: an opaque code, the title and unit decide
        ("M004136", "Wmo-cliënten", "aantal", "wmo_clienten"),
        ("M004138", "Jongeren met jeugdzorg in natura", "%", "aandeel_jongeren_jeugdzorg"),
        ("M004137", "Jongeren met jeugdzorg in natura", "aantal", "jongeren_jeugdzorg"),
        (
            "M000229",
            "Huishoudens onder of rond sociaal minimum",
            "%",
            "aandeel_huishoudens_sociaal_minimum",
        ),
        ("M000224", "Gemiddeld inkomen per inwoner", "x 1 000 euro", "inkomen_per_inwoner"),
        ("M001796", "Nettoarbeidsparticipatie", "%", "netto_arbeidsparticipatie"),
        ("M1", "Opleidingsniveau laag", "aantal", "opleiding_laag"),
        # StatLine CSV title headers (path and unit in one header)
        ("x", "Zorg/Jongeren met jeugdzorg in natura (%)", None, "aandeel_jongeren_jeugdzorg"),
        ("x", "Zorg/Jongeren met jeugdzorg in natura (aantal)", None, "jongeren_jeugdzorg"),
        ("x", "Bevolking/Leeftijdsgroepen/0 tot 15 jaar (%)", None, "aandeel_0_14"),
        ("x", "Bevolking/Leeftijdsgroepen/65 jaar of ouder (aantal)", None, "inwoners_65_plus"),
        # PDOK GeoPackage / OGC API (snake_case), WFS (camelCase), files before 2022
        ("aantal_wmo_clienten", None, None, "wmo_clienten"),
        ("aantalWmoClienten", None, None, "wmo_clienten"),
        ("aantalWmoClientenPer1000Inwoners", None, None, "wmo_clienten_per_1000"),
        ("percentage_jongeren_met_jeugdzorg", None, None, "aandeel_jongeren_jeugdzorg"),
        ("percentagePersonen0Tot15Jaar", None, None, "aandeel_0_14"),
        ("percentage_personen_65_jaar_en_ouder", None, None, "aandeel_65_plus"),
        ("aantal_personen_met_een_alg_bijstandsuitkering_tot", None, None, "personen_bijstand"),
        ("AANT_INW", None, None, "inwoners"),
        ("P_00_14_JR", None, None, "aandeel_0_14"),
        ("P_65_EO_JR", None, None, "aandeel_65_plus"),
        ("AANTAL_HH", None, None, "huishoudens"),
        ("IND_WBI", None, None, "indelingswijziging"),
        ("indelingswijzigingWijkenEnBuurten", None, None, "indelingswijziging"),
        ("gemiddeldInkomenPerInwoner", None, None, "inkomen_per_inwoner"),
    ],
)
def test_every_spelling_finds_its_measure(name, title, unit, expected):
    found = match(name, title, unit)
    assert found is not None and found.code == expected


@pytest.mark.parametrize(
    "name", ["buurtcode", "gemeentenaam", "water", "omgevingsadressendichtheid", "Mannen_6"]
)
def test_columns_that_are_no_measure_are_left_alone(name):
    assert match(name) is None


def test_a_count_pattern_never_takes_a_percentage_unit():
    # a unit that contradicts the only matching measure: no measure rather than a wrong one
    assert match("M9", "Wmo-cliënten", "%") is None
    assert match("WmoClienten_95", "Wmo-cliënten", "%") is None


def test_names_become_words_and_snake_case():
    assert words("aantalWmoClientenPer1000Inwoners") == "aantal wmo clienten per 1000 inwoners"
    assert words("Wmo-cliënten relatief") == "wmo clienten relatief"
    assert snake("indelingswijzigingWijkenEnBuurten") == "indelingswijziging_wijken_en_buurten"
    assert snake("BU_CODE") == "bu_code"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (-99997, (None, "suppressed")),
        (-99995, (None, "not_published")),
        (-99991, (None, "not_published")),
        ("       .", (None, "suppressed")),
        ("x", (None, "suppressed")),
        ("", (None, "unknown")),
        (None, (None, "unknown")),
        (float("nan"), (None, "unknown")),
        (0, (0.0, "number")),
        ("  -0,068", (-0.068, "number")),  # an SES-WOA score below the national average
        (-1.5, (-1.5, "number")),
        ("31.2", (31.2, "number")),
    ],
)
def test_figures_and_states(cell, expected):
    assert figure(cell) == expected
