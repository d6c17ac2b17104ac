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
            "unknown period format (expected YYYY-MM) '2024/03'",
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
            "negative count '-2'",
        ),
        (
            "2024-03;2024;GM9999;BU99990102;wmo;vervoer;2.5\n",
            3,
            "aantal_clienten",
            "fractional count '2.5'",
        ),
        (
            "2024-03;2024;GM9999;BU99990102;wmo;taxi;2\n",
            3,
            "categorie",
            "code not in the code list 'taxi'",
        ),
        (
            "2024-03;2024;GM9999;BU99990102;wmo;jeugdbescherming;2\n",
            3,
            "categorie",
            "code not in the code list 'jeugdbescherming'",
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
    _, problems = run(tmp_path, GOOD + body)
    assert [(p.file, p.row, p.column, p.reason_en) for p in problems] == [
        ("wmo_2024-03.csv", row, column, reason_en)
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


def test_personal_data_rejects_file_before_anything_else(tmp_path):
    header = HEADER.strip() + ";toelichting\n"
    _, problems = run(tmp_path, GOOD.strip() + ";bel 0612345678\n", header=header)
    assert problems[0].column == "toelichting"
    assert problems[0].reason_en == "value looks like a phone number; file not loaded"


def test_personal_data_names_the_first_row_it_occurs_in(tmp_path):
    # detection runs on distinct values; the row reported is still the first one in the file
    header = HEADER.strip() + ";toelichting\n"
    body = (GOOD.strip() + ";geen\n"
            + "2024-03;2024;GM9999;BU99990102;wmo;vervoer;3;mail a@b.nl\n"
            + "2024-03;2024;GM9999;BU99990102;wmo;begeleiding;4;mail a@b.nl\n")
    _, problems = run(tmp_path, body, header=header)
    assert [(p.row, p.column, p.reason_en) for p in problems] == [
        (3, "toelichting", "value looks like a e-mail address; file not loaded")
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


def test_a_column_of_person_names_rejects_the_file(tmp_path):
    header = HEADER.strip() + ";contactpersoon\n"
    _, problems = run(tmp_path, GOOD.strip() + ";Sanne de Vries\n", header=header)
    assert [(p.row, p.column, p.reason_en) for p in problems] == [
        (2, "contactpersoon", "value looks like a person's name; file not loaded")
    ]
