"""Exports: CSV and XLSX of a table (formula injection guarded), the one-page profile PDF."""

from __future__ import annotations

import io
import re

import openpyxl
import pandas as pd

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


def test_csv_is_semicolon_utf8_with_bom_and_guarded():
    data = exports.to_csv(TABLE)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Buurt;Verandering;Inwoners"
    assert lines[1] == "Oude Markt;'+1,5;7690"
    assert lines[2].startswith('"\'=HYPERLINK(""http://x"")";\'-0,3;5950')
    assert lines[3] == "'@SUM(A1);geheim;12010"
    assert lines[5] == "Café Zuid;nog niet gepubliceerd;100"


def test_xlsx_holds_the_table_as_text_and_the_explanation():
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
    assert rows[1] == ("Oude Markt", "'+1,5", 7690)
    assert rows[2][0] == '\'=HYPERLINK("http://x")'
    assert book["Gegevens"]["A3"].data_type == "s"  # text, not a formula
    assert rows[3][0] == "'@SUM(A1)"
    assert rows[5] == ("Café Zuid", "nog niet gepubliceerd", 100)
    notes = dict(list(book["Toelichting"].iter_rows(values_only=True))[1:])
    assert notes["Periode"] == "maart 2024"
    assert notes["Bron"] == "'=bron"


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
