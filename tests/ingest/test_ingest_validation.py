"""Each rejection reason, from a small file as an analyst would drop it."""

from datetime import date

import pandas as pd
import pytest

from wijkwijs.ingest.kinds import CASE_COUNTS, STAPELING
from wijkwijs.ingest.readers import read_table
from wijkwijs.ingest.validate import ValidationContext, validate

CTX = ValidationContext(
    buurten={2024: {"BU99990101": "GM9999", "BU99990102": "GM9999"}},
    categories={
        "wmo": frozenset({"vervoer", "begeleiding"}),
        "jeugd": frozenset({"jeugdbescherming"}),
    },
    combinations=frozenset({"wmo_jeugd"}),
    today=date(2024, 6, 15),
)
HEADER = "periode;indelingsjaar;gemeentecode;buurtcode;domein;categorie;aantal_clienten\n"
GOOD = "2024-03;2024;GM9999;BU99990101;wmo;vervoer;12\n"


def run(tmp_path, body, header=HEADER, kind=CASE_COUNTS, name="wmo_2024-03.csv"):
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return validate(read_table(path), kind, name, CTX)


def test_good_file_gives_typed_rows_and_keeps_states(tmp_path):
    rows, problems = run(tmp_path, GOOD + "2024-03;2024;GM9999;BU99990102;wmo;vervoer;.\n")
    assert problems == []
    assert rows.to_dict("records") == [
        {
            "period": date(2024, 3, 1),
            "boundary_year": 2024,
            "buurt_code": "BU99990101",
            "domain": "wmo",
            "category": "vervoer",
            "clients": 12,
            "value_state": "number",
        },
        {
            "period": date(2024, 3, 1),
            "boundary_year": 2024,
            "buurt_code": "BU99990102",
            "domain": "wmo",
            "category": "vervoer",
            "clients": None,
            "value_state": "suppressed",
        },
    ]


def test_english_headers_in_any_case_are_accepted(tmp_path):
    header = "Period,Boundary Year,Neighbourhood_Code,DOMAIN,category,Clients\n"
    rows, problems = run(tmp_path, "2024-03,2024,BU99990101,wmo,vervoer,3\n", header=header)
    assert problems == [] and rows.iloc[0]["clients"] == 3


@pytest.mark.parametrize(
    ("body", "row", "column", "reason_en"),
    [
        (
            "2024/03;2024;GM9999;BU99990101;wmo;vervoer;1\n",
            3,
            "periode",
            "not a valid month (expected YYYY-MM, year 1900-2100, month 01-12)",
        ),
        (
            "2024-09;2024;GM9999;BU99990101;wmo;vervoer;1\n",
            3,
            "periode",
            "period is in the future '2024-09'",
        ),
        (
            "2024-03;2024;GM9999;BU99990199;wmo;vervoer;1\n",
            3,
            "buurtcode",
            "buurt code does not exist in the boundary year it claims 'BU99990199 (2024)'",
        ),
        (
            "2024-03;2024;GM0363;BU03630101;wmo;vervoer;1\n",
            3,
            "buurtcode",
            "buurt code of another municipality 'BU03630101'",
        ),
        (
            "2024-03;2024;GM9999;BU99990102;wmo;vervoer;-2\n",
            3,
            "aantal_clienten",
            "negative count",
        ),
        (
            "2024-03;2024;GM9999;BU99990102;wmo;vervoer;2.5\n",
            3,
            "aantal_clienten",
            "fractional count; a count is a whole number",
        ),
        (
            "2024-03;2024;GM9999;BU99990102;wmo;taxi;2\n",
            3,
            "categorie",
            "code not in the code list; allowed: begeleiding, vervoer",
        ),
        (
            "2024-03;2024;GM9999;BU99990102;wmo;jeugdbescherming;2\n",
            3,
            "categorie",
            "code not in the code list; allowed: begeleiding, vervoer",
        ),
        (
            "2024-03;2024;GM9999;BU99990101;wmo;vervoer;4\n",
            3,
            "periode",
            "the same key (period, buurt_code, domain, category) occurs twice",
        ),
        (
            "2024-03;2024;GM9998;BU99990102;wmo;vervoer;4\n",
            3,
            "gemeentecode",
            "municipality code does not match the buurt code 'GM9998'",
        ),
    ],
)
def test_each_rejection_names_row_column_and_reason(tmp_path, body, row, column, reason_en):
    # a name that claims no domain or month: only the rule under test speaks
    _, problems = run(tmp_path, GOOD + body, name="export.csv")
    assert [(p.file, p.row, p.column, p.reason_en) for p in problems] == [
        ("export.csv", row, column, reason_en)
    ]
    assert problems[0].reason_nl  # and a Dutch reason next to it


def test_missing_required_column(tmp_path):
    header = "periode;buurtcode;domein;categorie\n"
    _, problems = run(tmp_path, "2024-03;BU99990101;wmo;vervoer\n", header=header)
    assert [(p.row, p.column, p.reason_en) for p in problems] == [
        (
            None,
            "aantal_clienten",
            "required column missing (also accepted: aantal_cliënten, clients)",
        )
    ]


def test_a_misspelt_code_gets_the_nearest_code_never_the_value(tmp_path):
    _, problems = run(tmp_path, "2024-03;2024;GM9999;BU99990101;wmo;vervoerr;1\n")
    assert [(p.row, p.reason_en) for p in problems] == [
        (2, "code not in the code list (did you mean 'vervoer'?); allowed: begeleiding, vervoer")
    ]
    assert "vervoerr" not in problems[0].line()


def test_row_numbers_count_blank_lines_and_quoted_line_breaks(tmp_path):
    body = (GOOD + "\n\n" + '2024-03;2024;GM9999;BU99990102;wmo;"vervoer\n";1\n'
            + "2024-03;2024;GM9999;BU99990101;wmo;begeleiding;-1\n")
    _, problems = run(tmp_path, body)
    # line 2 is GOOD, lines 3-4 blank, lines 5-6 one row (a quoted line break), then line 7
    assert [(p.row, p.column) for p in problems] == [(7, "aantal_clienten")]


@pytest.mark.parametrize(
    ("name", "body", "column", "reason_en"),
    [
        ("wmo_2024-03.csv", "2024-03;2024;GM9999;BU99990102;jeugd;jeugdbescherming;3\n",
         "domein", "row of another domain than the file name gives (wmo)"),
        ("wmo_2024-03.csv", "2024-02;2024;GM9999;BU99990102;wmo;vervoer;3\n",
         "periode", "row of another period than the file name gives (2024-03) '2024-02'"),
        ("wmo_2024.csv", "2023-12;2024;GM9999;BU99990102;wmo;vervoer;3\n",
         "periode", "row of another period than the file name gives (2024) '2023-12'"),
    ],
)
def test_rows_outside_what_the_file_name_claims_are_refused(tmp_path, name, body, column,
                                                            reason_en):
    _, problems = run(tmp_path, GOOD + body, name=name)
    assert [(p.row, p.column, p.reason_en) for p in problems] == [(3, column, reason_en)]


@pytest.mark.parametrize(
    ("cell", "reason_en"),
    [
        ("0000-03", "not a valid month (expected YYYY-MM, year 1900-2100, month 01-12)"),
        ("2024-13", "not a valid month (expected YYYY-MM, year 1900-2100, month 01-12)"),
        ("3 april 1987", "not a valid month (expected YYYY-MM, year 1900-2100, month 01-12)"),
    ],
)
def test_impossible_periods_are_a_reason_not_a_crash(tmp_path, cell, reason_en):
    _, problems = run(tmp_path, f"{cell};2024;GM9999;BU99990101;wmo;vervoer;1\n",
                      name="export.csv")
    assert [(p.row, p.column) for p in problems] == [(2, "periode")]
    assert problems[0].reason_en.startswith(reason_en)


def test_a_count_beyond_the_integer_range_names_the_files_column(tmp_path):
    _, problems = run(tmp_path, "2024-03;2024;GM9999;BU99990101;wmo;vervoer;2147483648\n")
    assert [(p.row, p.column, p.reason_en) for p in problems] == [
        (2, "aantal_clienten", "count larger than 2,147,483,647")
    ]


def test_a_header_only_file_is_refused(tmp_path):
    _, problems = run(tmp_path, "")
    assert [p.reason_en for p in problems] == [
        "no data rows: the file holds only a header; nothing loaded"
    ]


def test_stapeling_rows(tmp_path):
    rows, problems = run(
        tmp_path,
        "2024,BU99990101,wmo_jeugd,-99995\n",
        header="jaar,buurtcode,combinatie,aantal_huishoudens\n",
        kind=STAPELING,
        name="stapeling_2024.csv",
    )
    assert problems == []
    row = rows.iloc[0]
    assert (row["year"], row["boundary_year"], row["value_state"]) == (2024, 2024, "not_published")
    assert row["households"] is pd.NA


STAPELING_HEADER = "jaar,buurtcode,combinatie,aantal_huishoudens\n"


def test_total_that_contradicts_its_parts_is_rejected(tmp_path):
    CTX_ALL = ValidationContext(
        buurten=CTX.buurten,
        categories=CTX.categories,
        combinations=frozenset({"wmo_jeugd", "wmo_participatiewet"}),
        today=CTX.today,
    )
    path = tmp_path / "stapeling_2024.csv"
    path.write_text(
        STAPELING_HEADER
        + "2024,BU99990101,wmo_jeugd,12\n2024,BU99990101,wmo_participatiewet,8\n"
        + "2024,BU99990101,totaal,21\n"
        + "2024,BU99990102,wmo_jeugd,4\n2024,BU99990102,wmo_participatiewet,.\n"
        + "2024,BU99990102,totaal,9\n"
    )
    _, problems = validate(read_table(path), STAPELING, path.name, CTX_ALL)
    assert [(p.row, p.column, p.reason_en) for p in problems] == [
        (4, "aantal_huishoudens", "total 21 is not the sum of its parts (20)")
    ]  # BU99990102 has a suppressed part, so its total cannot be checked
    path.write_text(
        STAPELING_HEADER
        + "2024,BU99990101,wmo_jeugd,12\n2024,BU99990101,wmo_participatiewet,8\n"
        + "2024,BU99990101,totaal,20\n"
    )
    rows, problems = validate(read_table(path), STAPELING, path.name, CTX_ALL)
    assert problems == []
    assert sorted(rows["combination"]) == ["wmo_jeugd", "wmo_participatiewet"]


@pytest.mark.parametrize("name", [
    "bijstand Hendrik-Ido-Ambacht 2024.csv", "Participatiewet Alphen aan den Rijn 2024.csv",
    "wmo_Capelle_aan_den_IJssel_2024-03.csv", "jeugd Horst aan de Maas 2024.xlsx",
    "wmo Bergen op Zoom.csv", "wmo_Anna_Paulowna.csv", "wmo Wijk bij Duurstede.csv",
    "wmo Land van Cuijk 2024.csv", "wmo Sittard-Geleen.csv",
    # an export date passes the elfproef with a dropped zero; zeros are no phone number
    "wmo_31122024.xlsx", "wmo_20241231.csv", "00000000.csv",
])
def test_a_gemeente_or_a_date_in_a_file_name_is_not_personal(name):
    from wijkwijs.ingest.personal_data import personal_in_name

    assert personal_in_name(name) == (name, [])


@pytest.mark.parametrize(("name", "masked"), [
    ("wmo Peter van Dam 2024.csv", "wmo … 2024.csv"),
    ("wmo Peter Bergen 2024.csv", "wmo … 2024.csv"),  # a one-word place as a surname
    ("Sanne de Vries Alphen.csv", "….csv"),
])
def test_a_person_in_a_file_name_is_still_found_beside_places(name, masked):
    from wijkwijs.ingest.personal_data import personal_in_name

    assert personal_in_name(name) == (masked, [("naam van een persoon", "person's name")])
