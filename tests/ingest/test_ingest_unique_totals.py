"""The unique-client total of a domain (category `totaal`) against its categories at ingest."""

from datetime import date

import pandas as pd

from wijkwijs.config import DBT_PROJECT_DIR
from wijkwijs.ingest.kinds import CASE_COUNTS
from wijkwijs.ingest.readers import read_table
from wijkwijs.ingest.validate import ValidationContext, validate

SEED = pd.read_csv(DBT_PROJECT_DIR / "seeds" / "categories.csv", dtype=str)
CTX = ValidationContext(
    buurten={2024: {"BU99990101": "GM9999", "BU99990102": "GM9999"}},
    categories={d: frozenset(g["category"]) for d, g in SEED.groupby("domain")},
    combinations=frozenset({"wmo_jeugd"}),
    today=date(2024, 6, 15),
)
HEADER = "periode;indelingsjaar;gemeentecode;buurtcode;domein;categorie;aantal_clienten\n"


def run(tmp_path, body, name="wmo_2024-03.csv"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return validate(read_table(path), CASE_COUNTS, name, CTX)


def rows_of(buurt, **counts):
    return "".join(f"2024-03;2024;GM9999;{buurt};wmo;{c};{n}\n" for c, n in counts.items())


def test_totaal_is_in_the_code_list_of_every_domain():
    assert all("totaal" in codes for codes in CTX.categories.values())
    assert set(CTX.categories) == {"wmo", "jeugd", "participatiewet"}


def test_a_total_between_the_largest_category_and_the_sum_loads(tmp_path):
    body = rows_of("BU99990101", huishoudelijke_hulp=23, vervoer=11, totaal=29)
    rows, problems = run(tmp_path, body)
    assert problems == []
    total = rows[rows.category == "totaal"].iloc[0]
    assert (total.clients, total.value_state) == (29, "number")


def test_a_total_below_a_category_is_rejected_with_row_column_and_reason(tmp_path):
    body = rows_of("BU99990101", huishoudelijke_hulp=23, vervoer=11, totaal=20)
    _, problems = run(tmp_path, body)
    assert [(p.file, p.row, p.column) for p in problems] == [
        ("wmo_2024-03.csv", 4, "aantal_clienten")]
    assert problems[0].reason_nl.startswith(
        "totaal unieke cliënten 20 is kleiner dan categorie 'huishoudelijke_hulp' (23)")
    assert "below category 'huishoudelijke_hulp'" in problems[0].reason_en


WMO_ALL = dict(huishoudelijke_hulp=23, begeleiding=4, hulpmiddelen_woonvoorzieningen=5,
               vervoer=11, beschermd_wonen_opvang=0)  # every category of the code list: 43


def test_a_total_above_the_sum_is_rejected_only_when_every_category_is_a_number(tmp_path):
    _, problems = run(tmp_path, rows_of("BU99990101", **WMO_ALL, totaal=44))
    assert [p.row for p in problems] == [7]
    assert "groter dan de som van de categorieën (43)" in problems[0].reason_nl
    assert run(tmp_path, rows_of("BU99990101", **WMO_ALL, totaal=43))[1] == []
    # a secret category can hold the rest: the sum is no bound then
    body = rows_of("BU99990101", **{**WMO_ALL, "vervoer": "."}, totaal=44)
    assert run(tmp_path, body)[1] == []
    # nor when a category is missing from the file (its row may hold clients)
    body = rows_of("BU99990101", huishoudelijke_hulp=23, vervoer=11, totaal=35)
    assert run(tmp_path, body)[1] == []


def test_a_secret_total_and_a_file_without_totals_both_load(tmp_path):
    rows, problems = run(tmp_path, rows_of("BU99990101", vervoer=3, totaal="."))
    assert problems == [] and rows.value_state.tolist() == ["number", "suppressed"]
    rows, problems = run(tmp_path, rows_of("BU99990101", vervoer=3, begeleiding=4))
    assert problems == [] and "totaal" not in set(rows.category)


def test_a_buurt_without_a_total_beside_buurten_with_one_loads(tmp_path):
    """The models make its total unknown (stg_raw__case_counts), not the file rejected."""
    body = rows_of("BU99990101", vervoer=3, totaal=3) + rows_of("BU99990102", vervoer=5)
    rows, problems = run(tmp_path, body)
    assert problems == [] and len(rows) == 3
