"""Exports: CSV and XLSX of a table (formula injection guarded), the one-page profile PDF."""

from __future__ import annotations

import csv
import io
import re

import openpyxl
import pandas as pd
import pytest

from dashboards import exports

TABLE = pd.DataFrame(
    {
        "Buurt": ["Oude Markt", '=HYPERLINK("http://x")', "@SUM(A1)", "+31", "Café Zuid"],
        "Verandering": ["+1,5", "-0,3", "geheim", "0,0", "nog niet gepubliceerd"],
        "Inwoners": [7690, 5950, 12010, 6925, 100],
    }
)


def test_guard_quotes_every_formula_start_and_nothing_else():
    assert exports.guard_cell("=1+1") == "'=1+1"
    assert exports.guard_cell("+31") == "'+31"
    assert exports.guard_cell("-0,3") == "'-0,3"
    assert exports.guard_cell("@SUM(A1)") == "'@SUM(A1)"
    assert exports.guard_cell("\t=1") == "'\t=1"
    assert exports.guard_cell("geheim") == "geheim"
    assert exports.guard_cell(-3) == -3  # numbers are numbers, never formulas
    guarded = exports.guard_frame(pd.DataFrame({"=x": ["a"]}))
    assert list(guarded.columns) == ["'=x"]


def test_csv_is_semicolon_utf8_with_bom_numbers_as_numbers_and_text_guarded():
    data = exports.to_csv(TABLE)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Buurt;Verandering;Inwoners"
    # a change is a number (decimal comma, a minus only), never a quoted text
    assert lines[1] == "Oude Markt;1,5;7690"
    assert lines[2].startswith('"\'=HYPERLINK(""http://x"")";-0,3;5950')
    assert lines[3] == "'@SUM(A1);geheim;12010"
    assert lines[4] == "'+31;0,0;6925"
    assert lines[5] == "Café Zuid;nog niet gepubliceerd;100"
    # read back the documented way: every number is a number, every state its word
    frame = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    assert list(frame["Verandering"]) == ["1,5", "-0,3", "geheim", "0,0",
                                          "nog niet gepubliceerd"]  # mixed: read as text
    numbers = pd.to_numeric(frame["Verandering"].str.replace(",", "."), errors="coerce")
    assert numbers.sum() == 1.2


def test_csv_carries_definition_unit_period_source_and_rules():
    about = {"Titel": "Hulp bij het huishouden", "Definitie": "Cliënten met hulp.",
             "Eenheid": "per 1.000 inwoners", "Periode": "maart 2024", "Bron": "=Wmo-registratie",
             "Geheimhouding": "geheim: minder dan 10"}
    frame = pd.DataFrame({"Buurt": ["Noord", "Zuid"], "Per 1.000": ["1.234,5", "geheim"],
                          "Eenheid": ["per 1.000 inwoners 18+"] * 2})
    rows = list(csv.DictReader(io.StringIO(
        exports.to_csv(frame, about=about).decode("utf-8-sig")), delimiter=";"))
    assert [r["Per 1.000"] for r in rows] == ["1234,5", "geheim"]
    assert rows[0]["Periode"] == rows[1]["Periode"] == "maart 2024"
    assert rows[0]["Definitie"] == "Cliënten met hulp."
    assert rows[0]["Bron"] == "'=Wmo-registratie"  # text from the copy is guarded too
    assert rows[0]["Geheimhouding"] == "geheim: minder dan 10"
    assert rows[0]["Eenheid"] == "per 1.000 inwoners 18+"  # the table's own column wins
    assert "decimale komma" in rows[0]["Getallen"]


@pytest.mark.parametrize(
    ("cells", "numbers", "fmt"),
    [
        (["1.210", "85", "geheim"], [1210.0, 85.0, "geheim"], "#,##0"),
        (["23,3", "0,0", "onbekend"], [23.3, 0.0, "onbekend"], "#,##0.0"),
        (["+13,3", "-0,8", "0,0"], [13.3, -0.8, 0.0], "+#,##0.0;-#,##0.0;#,##0.0"),
        (["2024", "2025"], [2024.0, 2025.0], "0"),  # a year is not 2.024
        (["94,7 (wijk)", "12,1", "te weinig inwoners"], ["94,7 (wijk)", 12.1,
                                                        "te weinig inwoners"], "#,##0.0"),
    ],
)
def test_figure_columns_become_numbers_with_their_display_format(cells, numbers, fmt):
    frame = pd.DataFrame({"Gebied": [f"Buurt {i}" for i in range(len(cells))], "Cijfer": cells})
    assert list(exports.figure_columns(frame)) == ["Cijfer"]
    book = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(frame, {"Titel": "x"})))
    cells_out = [row[1] for row in book["Gegevens"].iter_rows(min_row=2)]
    assert [c.value for c in cells_out] == numbers
    numeric = [c for c in cells_out if not isinstance(c.value, str)]
    assert numeric and {c.number_format for c in numeric} == {fmt}
    assert {c.data_type for c in numeric} == {"n"}


@pytest.mark.parametrize(
    "cells",
    [
        ["0363", "0518"],  # codes with a leading zero
        ["BU00010001", "BU00010002"],
        ["2 van 3 domeinen", "1 van 3 domeinen"],
        ["12.5", "3"],  # not Dutch notation
        ["2024-03", "2024-04"],
        ["geheim", "onbekend"],  # no number at all
    ],
)
def test_text_columns_stay_text(cells):
    frame = pd.DataFrame({"Cijfer": cells})
    assert exports.figure_columns(frame) == {}
    book = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(frame, {})))
    assert [r[0] for r in book["Gegevens"].iter_rows(min_row=2, values_only=True)] == cells


def test_xlsx_holds_numbers_as_numbers_text_guarded_and_the_explanation():
    about = {
        "Titel": "Hulp bij het huishouden",
        "Eenheid": "aantal cliënten",
        "Periode": "maart 2024",
        "Bron": "=bron",
    }
    book = openpyxl.load_workbook(io.BytesIO(exports.to_xlsx(TABLE, about)))
    assert book.sheetnames == ["Gegevens", "Toelichting"]
    rows = list(book["Gegevens"].iter_rows(values_only=True))
    assert rows[0] == ("Buurt", "Verandering", "Inwoners")
    assert rows[1] == ("Oude Markt", 1.5, 7690)
    assert rows[2] == ('\'=HYPERLINK("http://x")', -0.3, 5950)
    assert book["Gegevens"]["A3"].data_type == "s"  # text, not a formula
    assert book["Gegevens"]["B2"].number_format == "+#,##0.0;-#,##0.0;#,##0.0"
    assert rows[3][0] == "'@SUM(A1)"
    assert rows[4] == ("'+31", 0.0, 6925)
    assert rows[5] == ("Café Zuid", "nog niet gepubliceerd", 100)
    notes = dict(list(book["Toelichting"].iter_rows(values_only=True))[1:])
    assert notes["Periode"] == "maart 2024"
    assert notes["Bron"] == "'=bron"
    assert "decimale komma" in notes["Getallen"]


def test_file_stem_is_safe():
    assert exports.file_stem("Oude Markt", "maart 2024") == "oude-markt_maart-2024"
    assert exports.file_stem("../../etc", "") == "etc"


def _pdf_text(pdf: bytes) -> str:
    """The literal strings of an uncompressed PDF, joined (enough to find what is printed)."""
    strings = re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", pdf)
    return " ".join(s.decode("latin-1").replace("\\(", "(").replace("\\)", ")") for s in strings)


def test_profile_pdf_is_one_page_with_the_figures_and_the_chart():
    trend = pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"] * 2),
            "series": ["Wmo: Hulp"] * 3 + ["Jeugdwet: Jeugdhulp"] * 3,
            "rate": [0.8, float("nan"), 13.1, 50.0, 52.0, 53.7],
        }
    )
    doc = exports.ProfileDocument(
        title="Buurtprofiel Oude Markt",
        subtitle="Buurt in wijk Centrum, gemeente Demstervoort",
        period_text="maart 2024",
        published_text="gepubliceerd 02-04-2024 06:00 (UTC)",
        tables=[
            (
                "Wmo",
                pd.DataFrame(
                    {
                        "Categorie": ["Hulp bij het huishouden"],
                        "Per 1.000": ["13,1"],
                        "Gemeente": ["45,1"],
                    }
                ),
            ),
            (
                "Jeugdwet",
                pd.DataFrame(
                    {
                        "Categorie": ["Jeugdhulp zonder verblijf"],
                        "Per 1.000": ["geheim"],
                        "Gemeente": ["53,7"],
                    }
                ),
            ),
        ],
        trend=trend,
        trend_title="Ontwikkeling",
        notes=["geheim: te kleine aantallen, niet getoond."],
    )
    pdf = exports.profile_pdf(doc, compress=False)
    assert pdf.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type /Page[^s]", pdf)) == 1  # one page
    assert b"/Subtype /Image" not in pdf  # the chart is vector graphics, not a bitmap
    text = _pdf_text(pdf)
    # the trend chart, each a string of its own: title, a legend entry per series, months
    printed = {s.decode("latin-1") for s in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", pdf)}
    for expected in ("Ontwikkeling", "Wmo: Hulp", "Jeugdwet: Jeugdhulp", "januari 2024",
                     "februari 2024", "maart 2024"):
        assert expected in printed, expected
    for expected in (
        "Buurtprofiel Oude Markt",
        "Hulp bij het huishouden",
        "13,1",
        "45,1",
        "geheim",
        "Jeugdhulp zonder verblijf",
        "Cijfers van maart 2024",
    ):
        assert expected in text, expected
    assert exports.profile_pdf(doc)[:5] == b"%PDF-"  # compressed too


def test_a_long_profile_still_fits_on_one_page():
    big = pd.DataFrame(
        {"Categorie": [f"Categorie {i}" for i in range(60)], "Per 1.000": ["1,0"] * 60}
    )
    doc = exports.ProfileDocument("Lang", "", "maart 2024", "", tables=[("Alles", big)])
    pdf = exports.profile_pdf(doc, compress=False)
    assert len(re.findall(rb"/Type /Page[^s]", pdf)) == 1
