"""The set-based check (wijkwijs.ingest.validate_sql) against the per-row rules
(validate.validate_by_row) on generated files: valid ones, and ones broken in every way the
rules know. Whatever it passes, the rules pass with the very same rows; and every valid file
in plain ASCII takes it (the common path is the fast one)."""

from __future__ import annotations

from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wijkwijs.ingest.kinds import CASE_COUNTS, STAPELING
from wijkwijs.ingest.validate import ValidationContext, validate, validate_by_row
from wijkwijs.ingest.validate_sql import fast_rows

CTX = ValidationContext(
    buurten={
        2024: {"BU99990101": "GM9999", "BU99990102": "GM9999", "BU03630101": "GM0363"},
        2023: {"BU99990101": "GM9999", "BU99990103": "GM9999"},
    },
    categories={
        "wmo": frozenset({"vervoer", "begeleiding", "totaal"}),
        "jeugd": frozenset({"jeugdbescherming", "totaal"}),
        "participatiewet": frozenset(),
    },
    combinations=frozenset({"wmo_jeugd", "jeugd_participatiewet", "wmo"}),
    single_domain=frozenset({"wmo"}),
    today=date(2024, 6, 15),
)

# every cell as the readers hand it on: stripped text
PERIODS = ["2024-03", "202403", "2024-03-01", "2024MM03", "2023-12", "2024-06"]
BAD_PERIODS = ["2024-07", "2024-13", "2024-00", "2024-3", "2024/03", "1899-12", "2024-03-02",
               "3 april 1987", "", "x", "٢٠٢٤-03", "2024mm03", "20240301"]
YEARS = ["2024", "2023"]
BAD_YEARS = ["24", "1899", "2101", "", "abcd", "٢٠٢٤", "2024.0"]
CODES = ["BU99990101", "BU99990102", "bu99990101", "Bu99990102", "BU99990103"]
BAD_CODES = ["BU03630101", "BU12340101", "BU9999010", "BU99990101X", "ＢＵ99990101",
             "WK999901", "", "BU99990199"]
GEMEENTEN = ["GM9999", "gm9999"]
BAD_GEMEENTEN = ["GM9998", "GM0363", "9999", "ＧＭ9999", ""]
DOMAINS = ["wmo", "WMO", "jeugd"]
BAD_DOMAINS = ["participatiewet", "wm0", "Wmо", "", "bijstand"]
CATEGORIES = {"wmo": ["vervoer", "begeleiding", "Vervoer", "totaal"],
              "jeugd": ["jeugdbescherming", "totaal"]}
BAD_CATEGORIES = ["vervoerr", "taxi", "jeugdbescherming", "vervoer ", "", "veRvoer\u0130"]
COUNTS = ["0", "3", "12", "007", "12.0", "12,00", "12.0000", ".", "x", "X", "<5", "< 5", "",
          "?", "-99997", "-99995", "-99991", "-99999", "2147483647"]
BAD_COUNTS = ["1.000", "12.500", "-3", "3-", "(3)", "2,5", "veel", "#DIV/0!", "1e3",
              "2147483648", "99999999999999999999", "٣", "12.000", "<", "<5.5", "+3", "0x1"]
COMBINATIONS = ["wmo_jeugd", "WMO_JEUGD", "jeugd_participatiewet", "wmo", "totaal"]
BAD_COMBINATIONS = ["wmo-jeugd", "xx", "", "wmo_jeugd_participatiewet"]
NAMES = ["export.csv", "wmo_2024-03.csv", "jeugd_2024.csv", "wmo_maart_2024.csv",
         "stapeling_2024.csv", "stapeling_2023.csv", "bijstand_2024-03.csv"]


def _frame(header: list[str], rows: list[list[str]]) -> pd.DataFrame:
    index = pd.Index(range(2, len(rows) + 2), dtype="int64")  # line 1 is the header
    return pd.DataFrame(rows, columns=header, index=index, dtype=object)


@st.composite
def broken(draw, rows: list[list[str]], bad: list[list[str]]) -> tuple[list[list[str]], bool]:
    """`rows` with none, one or a few cells replaced by a value their rule refuses (or a
    value of the same row moved to another line: duplicates)."""
    how = draw(st.sampled_from(["valid", "valid", "cell", "cells", "duplicate"]))
    if how == "duplicate":
        return [*rows, list(draw(st.sampled_from(rows)))], True
    for _ in range({"valid": 0, "cell": 1, "cells": 3}[how]):
        r = draw(st.integers(0, len(rows) - 1))
        c = draw(st.integers(0, len(bad) - 1))
        rows[r][c] = draw(st.sampled_from(bad[c]))
    return rows, how != "valid"


@st.composite
def case_count_files(draw):
    boundary = draw(st.booleans())
    municipality = draw(st.booleans())
    english = draw(st.booleans())
    header = ["period" if english else "periode"]
    header += ["boundary_year" if english else "indelingsjaar"] if boundary else []
    header += ["municipality_code" if english else "gemeentecode"] if municipality else []
    header += ["buurt_code" if english else "buurtcode", "domain" if english else "domein",
               "category" if english else "categorie",
               "clients" if english else "aantal_clienten"]
    period = draw(st.sampled_from(PERIODS))  # a file mostly holds one month
    rows, bad = [], []
    for _ in range(draw(st.integers(1, 8))):
        domain = draw(st.sampled_from(DOMAINS))
        count = draw(st.one_of(st.sampled_from(COUNTS), st.integers(0, 30).map(str)))
        row = [draw(st.sampled_from([period, period, *PERIODS]))]
        bad_row = [BAD_PERIODS]
        if boundary:
            row.append(draw(st.sampled_from(YEARS)))
            bad_row.append(BAD_YEARS)
        if municipality:
            row.append(draw(st.sampled_from(GEMEENTEN)))
            bad_row.append(BAD_GEMEENTEN)
        row += [draw(st.sampled_from(CODES)), domain,
                draw(st.sampled_from(CATEGORIES[domain.lower()])), count]
        bad_row += [BAD_CODES, BAD_DOMAINS, BAD_CATEGORIES, BAD_COUNTS]
        rows.append(row)
        bad = bad_row
    rows, was_broken = draw(broken(rows, bad))
    return _frame(header, rows), draw(st.sampled_from(NAMES)), was_broken


@st.composite
def stapeling_files(draw):
    boundary = draw(st.booleans())
    header = ["jaar", *(["indelingsjaar"] if boundary else []), "buurtcode", "combinatie",
              "aantal_huishoudens"]
    year = draw(st.sampled_from(YEARS))
    rows, bad = [], []
    for _ in range(draw(st.integers(1, 8))):
        row = [draw(st.sampled_from([year, year, *YEARS]))]
        bad = [BAD_YEARS]
        if boundary:
            row.append(draw(st.sampled_from(YEARS)))
            bad.append(BAD_YEARS)
        row += [draw(st.sampled_from(CODES)), draw(st.sampled_from(COMBINATIONS)),
                draw(st.one_of(st.sampled_from(COUNTS), st.integers(0, 6).map(str)))]
        bad += [BAD_CODES, BAD_COMBINATIONS, BAD_COUNTS]
        rows.append(row)
    rows, was_broken = draw(broken(rows, bad))
    return _frame(header, rows), draw(st.sampled_from(NAMES)), was_broken


def _ascii(frame: pd.DataFrame) -> bool:
    return all(str(v).isascii() for v in frame.to_numpy().ravel())


def _agree(frame: pd.DataFrame, kind, name: str) -> tuple[bool, list]:
    fast = fast_rows(frame, kind, name, CTX)
    rows, problems = validate_by_row(frame, kind, name, CTX)
    if fast is not None:
        assert problems == []
        pd.testing.assert_frame_equal(fast, rows)
    elif not problems:
        # a valid file misses the fast path only for text the SQL does not read (another
        # script's digits or letters): never for plain ASCII
        assert not _ascii(frame)
    result, reported = validate(frame, kind, name, CTX)  # what the loader calls
    assert reported == problems
    if not problems:
        pd.testing.assert_frame_equal(result, rows)
    return fast is not None, problems


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(case_count_files())
def test_case_counts_fast_path_agrees_with_the_rules(generated):
    frame, name, _ = generated
    _agree(frame, CASE_COUNTS, name)


@SETTINGS
@given(stapeling_files())
def test_stapeling_fast_path_agrees_with_the_rules(generated):
    frame, name, _ = generated
    _agree(frame, STAPELING, name)


def test_a_valid_month_takes_the_fast_path_with_the_same_rows():
    frame = _frame(
        ["periode", "indelingsjaar", "gemeentecode", "buurtcode", "domein", "categorie",
         "aantal_clienten"],
        [["2024-03", "2024", "GM9999", "BU99990101", "wmo", "vervoer", "12"],
         ["2024-03", "2024", "GM9999", "BU99990101", "wmo", "begeleiding", "<5"],
         ["2024-03", "2024", "GM9999", "BU99990101", "wmo", "totaal", "14"],
         ["2024-03", "2024", "gm9999", "bu99990102", "WMO", "vervoer", "-99995"]],
    )
    rows = fast_rows(frame, CASE_COUNTS, "wmo_2024-03.csv", CTX)
    assert rows is not None
    assert rows.astype(object).where(rows.notna(), None).to_dict("index") == {
        2: {"period": date(2024, 3, 1), "boundary_year": 2024, "buurt_code": "BU99990101",
            "domain": "wmo", "category": "vervoer", "clients": 12, "value_state": "number"},
        3: {"period": date(2024, 3, 1), "boundary_year": 2024, "buurt_code": "BU99990101",
            "domain": "wmo", "category": "begeleiding", "clients": None,
            "value_state": "suppressed"},
        4: {"period": date(2024, 3, 1), "boundary_year": 2024, "buurt_code": "BU99990101",
            "domain": "wmo", "category": "totaal", "clients": 14, "value_state": "number"},
        5: {"period": date(2024, 3, 1), "boundary_year": 2024, "buurt_code": "BU99990102",
            "domain": "wmo", "category": "vervoer", "clients": None,
            "value_state": "not_published"},
    }


def test_a_total_below_its_category_leaves_the_report_to_the_rules():
    frame = _frame(
        ["periode", "buurtcode", "domein", "categorie", "aantal_clienten"],
        [["2024-03", "BU99990101", "wmo", "vervoer", "12"],
         ["2024-03", "BU99990101", "wmo", "totaal", "9"]],
    )
    assert fast_rows(frame, CASE_COUNTS, "export.csv", CTX) is None
    _, problems = validate(frame, CASE_COUNTS, "export.csv", CTX)
    assert [(p.row, p.column) for p in problems] == [(3, "aantal_clienten")]
    assert problems[0].reason_en.startswith("unique-client total 9 is below category 'vervoer'")
