"""The C reader of plain CSV exports (wijkwijs.ingest.plain_csv) against the Python reader
(readers.read_csv_text) on generated text: plain exports, and exports with every feature the
Python reader exists for (quoted values and line breaks, blank lines, title lines, spaces
after the separator, carriage returns, byte-order marks, ragged and trailing empty columns,
other separators). Whatever it reads, the Python reader reads as the very same sheet (values,
headers, row numbers); where the Python reader refuses, it declines; and a plain export
always takes it. Through read_file the bytes too: BOM, Windows-1252, double-encoded text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wijkwijs.ingest import plain_csv
from wijkwijs.ingest.plain_csv import read_plain_csv
from wijkwijs.ingest.readers import UnreadableFile, read_csv_text, read_file

HEADERS = [
    "periode",
    "indelingsjaar",
    "gemeentecode",
    "buurtcode",
    "domein",
    "categorie",
    "aantal_clienten",
    "Aantal Cliënten",
    "jaar",
    "combinatie",
    "aantal_huishoudens",
]
OTHER_HEADERS = ["opmerking", "", " ", "Periode ", "x", "periode"]
PLAIN_CELLS = [
    "2024-03",
    "2024",
    "GM9999",
    "BU99990101",
    "wmo",
    "vervoer",
    "12",
    "",
    ".",
    "<5",
    "a b",
    "cliënt",
    "x",
    "-99997",
    "totaal",
    "12,0",
    "Ã«",
]
# everything the csv module, the blank-row rule or str.strip treat specially
SPECIAL = [
    '"',
    "\n",
    "\r",
    "\r\n",
    " ",
    "\t",
    "\xa0",
    "\ufeff",
    ";",
    ",",
    "|",
    "\x1c",
    "\u2028",
    "\x85",
    "\x0c",
]
FEATURES = [
    "blank_line",
    "spaces_line",
    "separators_line",
    "quoted",
    "quoted_newline",
    "title",
    "trailing_separator",
    "leading_space",
    "crlf",
    "bom",
    "ragged_short",
    "ragged_long",
    "leading_column",
    "last_newlines",
    "special_cell",
    "header_only",
]


@st.composite
def csv_texts(draw, features: bool = True) -> tuple[str, set[str]]:
    """A CSV text as an export writes it, with none or some of FEATURES."""
    used = set(draw(st.lists(st.sampled_from(FEATURES), max_size=3))) if features else set()
    delimiter = draw(st.sampled_from([";", ",", "\t", "|"]))
    known = draw(st.lists(st.sampled_from(HEADERS), min_size=2, max_size=5, unique=True))
    # an unknown column; with features also empty, blank and repeated header cells
    other = draw(
        st.lists(
            st.sampled_from(OTHER_HEADERS if features else OTHER_HEADERS[:1]),
            max_size=2 if features else 1,
        )
    )
    header = draw(st.permutations(known + other))
    # nothing for the writer to quote, nothing that outnumbers the separator in the sniffing
    plain = [c for c in PLAIN_CELLS if not set(c) & set(";,\t|")]
    cell = st.sampled_from(plain)
    if "special_cell" in used:
        cell = st.one_of(
            cell, st.lists(st.sampled_from(plain + SPECIAL), min_size=1, max_size=4).map("".join)
        )
    width = len(header)
    n_rows = 0 if "header_only" in used else draw(st.integers(1, 6))
    filled = st.sampled_from([c for c in plain if c])  # a plain row is never blank
    rows = [[draw(filled), *(draw(cell) for _ in range(width - 1))] for _ in range(n_rows)]
    if rows and "ragged_short" in used:
        rows[draw(st.integers(0, len(rows) - 1))].pop()
    if rows and "ragged_long" in used:
        rows[draw(st.integers(0, len(rows) - 1))].append(draw(cell))
    if "trailing_separator" in used:
        header, rows = [*header, ""], [[*r, ""] for r in rows]
    if "leading_column" in used:
        header, rows = ["", *header], [["", *r] for r in rows]
    quoting = csv.QUOTE_ALL if "quoted" in used else csv.QUOTE_MINIMAL
    if "quoted_newline" in used and rows:
        rows[0][0] = "twee\nregels"
    out = io.StringIO()
    writer = csv.writer(
        out, delimiter=delimiter, quoting=quoting, lineterminator="\r\n" if "crlf" in used else "\n"
    )
    if "title" in used:  # in one cell, or spread over the header's width
        writer.writerow(
            draw(st.sampled_from([["Cliënten per buurt"], ["Cliënten", *["maart"] * (width - 1)]]))
        )
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    lines = out.getvalue().split("\n")
    for feature, line in (
        ("blank_line", ""),
        ("spaces_line", "  "),
        ("separators_line", delimiter * (width - 1)),
    ):
        if feature in used:
            lines.insert(draw(st.integers(1, len(lines))), line)
    text = "\n".join(lines)
    if "leading_space" in used:
        text = text.replace(delimiter, delimiter + " ", 1)
    if "bom" in used:
        text = "\ufeff" + text
    if "last_newlines" in used:
        text += "\n\n"
    return text, used


def _python_reader(text: str):
    try:
        return read_csv_text(text)
    except UnreadableFile:
        return None


def _assert_same(fast, slow) -> None:
    pd.testing.assert_frame_equal(fast.frame, slow.frame)
    assert list(fast.frame.columns) == list(slow.frame.columns)
    assert (fast.header_row, fast.label, fast.visible, fast.preamble, fast.hidden_rows) == (
        slow.header_row,
        slow.label,
        slow.visible,
        slow.preamble,
        slow.hidden_rows,
    )


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(csv_texts())
def test_the_c_reader_reads_what_the_python_reader_reads_or_declines(generated):
    text, _ = generated
    fast, slow = read_plain_csv(text), _python_reader(text)
    if fast is not None:
        assert slow is not None
        _assert_same(fast, slow)


@SETTINGS
@given(csv_texts(features=False))
def test_a_plain_export_takes_the_c_reader(generated):
    text, _ = generated
    fast = read_plain_csv(text)
    assert fast is not None
    _assert_same(fast, read_csv_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "periode;buurtcode\n2024-03;BU1\n\n2024-04;BU2\n",  # a blank line: row numbers count it
        "periode;buurtcode\n2024-03;BU1\n ; \n2024-04;BU2\n",  # a row of white space
        'periode;buurtcode\n"2024\n03";BU1\n',  # a line break inside a quoted value
        "Clienten maart\nperiode;buurtcode\n2024-03;BU1\n",  # a title line above the header
        "Clienten;maart\nperiode;buurtcode\n2024-03;BU1\n",  # ... as wide as the header
        "periode;buurtcode\r\n2024-03;BU1\r\n",  # Windows line ends
        "periode;buurtcode;\n2024-03;BU1;\n",  # a trailing separator: an empty column
        "periode;buurtcode\n2024-03;BU1;x\n",  # a row wider than the header
        "periode;buurtcode\n2024-03\n",  # a row narrower than the header
        "periode; buurtcode\n2024-03; BU1\n",  # spaces after the separator
        "\ufeffperiode;buurtcode\n2024-03;BU1\n",  # a byte-order mark left in the text
    ],
)
def test_each_feature_of_an_office_export_goes_to_the_python_reader(text):
    assert read_plain_csv(text) is None


def test_a_plain_export_keeps_its_row_numbers_and_cells():
    sheet = read_plain_csv("periode;buurtcode;aantal_clienten\n2024-03;BU1;5 \n2024-04;;7")
    assert sheet.frame.to_dict("index") == {
        2: {"periode": "2024-03", "buurtcode": "BU1", "aantal_clienten": "5 "},
        3: {"periode": "2024-04", "buurtcode": "", "aantal_clienten": "7"},
    }


ENCODED = [
    b"periode;buurtcode;domein\n2024-03;BU99990101;wmo\n",
    "\ufeffperiode;buurtcode;domein\n2024-03;BU99990101;cliënt\n".encode(),
    "periode;buurtcode;domein\n2024-03;BU99990101;cliënt\n".encode("cp1252"),
    "periode;buurtcode;domein\n2024-03;BU99990101;cliÃ«nt\n".encode(),  # encoded twice
    "periode;buurtcode;domein\n2024-03;BU99990101;cliënt\n".encode("utf-16"),
    b"periode,buurtcode,domein\n2024-03,BU99990101, wmo \n",
]


@pytest.mark.parametrize("raw", ENCODED)
def test_read_file_gives_the_same_table_or_message_with_or_without_the_c_reader(
    raw, tmp_path: Path, monkeypatch
):
    path = tmp_path / "export.csv"
    path.write_bytes(raw)

    def read():
        try:
            table = read_file(path)
            return table.frame, table.encoding, None
        except UnreadableFile as exc:
            return None, None, str(exc)

    fast_frame, fast_encoding, fast_error = read()
    monkeypatch.setattr(plain_csv, "read_plain_csv", lambda text: None)
    slow_frame, slow_encoding, slow_error = read()
    assert (fast_encoding, fast_error) == (slow_encoding, slow_error)
    if slow_frame is not None:
        pd.testing.assert_frame_equal(fast_frame, slow_frame)
