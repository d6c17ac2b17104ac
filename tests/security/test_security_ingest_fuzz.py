"""Bad input tried: whatever lands in the inbox ends in a clear rejection or a correct load.

Invariants for every case: `load_file`/`ingest_inbox` do not raise; a rejected file has a
Problem and adds no rows; a loaded file adds exactly its rows; quarantine/ and archive/ keep
every file directly inside them, whatever its name.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wijkwijs.config import Paths
from wijkwijs.ingest import readers
from wijkwijs.ingest.inbox import readable
from wijkwijs.ingest.kinds import FileKind
from wijkwijs.ingest.load import ingest_inbox, load_file, validation_context
from wijkwijs.raw_tables import create_raw_tables

FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
HEADER = "periode;indelingsjaar;gemeentecode;buurtcode;domein;categorie;aantal_clienten"
GOOD_ROWS = [
    "2024-03;2024;GM9999;BU99990101;wmo;vervoer;12",
    "2024-03;2024;GM9999;BU99990102;wmo;vervoer;7",
]
GOOD_CSV = ("\n".join([HEADER, *GOOD_ROWS]) + "\n").encode("utf-8")
RAW_TABLES = ("case_counts", "stapeling", "youth_input")


@contextmanager
def warehouse():
    """A fresh in-memory warehouse with two buurten, and a data folder of its own."""
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(":memory:")
        create_raw_tables(con)
        square = shapely.to_wkb(shapely.box(0, 0, 100, 100))
        for code in ("BU99990101", "BU99990102"):
            con.execute(
                "insert into raw.buurten values (2024, ?, 'Naam', 'WK999901', 'GM9999', "
                "'Demstervoort', false, 1, 10000, ?)",
                [code, square],
            )
        paths = Paths(Path(tmp) / "data")
        paths.inbox.mkdir(parents=True)
        try:
            yield con, paths
        finally:
            con.close()


def raw_rows(con) -> int:
    return sum(con.execute(f"select count(*) from raw.{t}").fetchone()[0] for t in RAW_TABLES)


def assert_contained(paths: Paths) -> None:
    """Every file under data/ sits directly in inbox/, quarantine/ or archive/(duplicates/)."""
    allowed = {paths.inbox, paths.quarantine, paths.archive, paths.archive / "duplicates"}
    for root, _dirs, files in os.walk(paths.data):
        for name in files:
            assert Path(root) in allowed, (root, name)
            assert "\n" not in name and "/" not in name


def check_outcome(con, paths, name: str, content: bytes):
    """Drop `content` in the inbox as `name`, load it, and check every invariant."""
    ctx = validation_context(con, today=date(2024, 12, 1))
    before = raw_rows(con)
    (paths.inbox / name).write_bytes(content)
    outcome = load_file(con, paths.inbox / name, paths, ctx)
    added = raw_rows(con) - before
    assert outcome.status in {"loaded", "rejected", "duplicate"}, outcome
    if outcome.status == "rejected":
        assert outcome.problems, outcome
        assert all(p.reason_nl and p.reason_en for p in outcome.problems)
        assert added == 0, "a rejected file must not load any row"
        assert any(paths.quarantine.glob("*.report.txt"))
    elif outcome.status == "loaded":
        assert added == outcome.rows  # all rows (a replacement can only happen on re-load)
    assert not (paths.inbox / name).exists()
    assert_contained(paths)
    return outcome


SUFFIXES = st.sampled_from([".csv", ".txt", ".xlsx", ".parquet"])


@FUZZ
@given(content=st.binary(max_size=4096), suffix=SUFFIXES)
def test_random_bytes_are_rejected_or_loaded_never_raise(content, suffix):
    with warehouse() as (con, paths):
        check_outcome(con, paths, f"random{suffix}", content)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(GOOD_CSV)),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16",
                                 "utf-32", "cp037"]),
       noise=st.binary(max_size=64), at=st.integers(min_value=0, max_value=len(GOOD_CSV)))
def test_truncated_recoded_or_corrupted_csv(cut, encoding, noise, at):
    text = GOOD_CSV.decode("utf-8")
    with warehouse() as (con, paths):
        content = text.encode(encoding)[:cut]
        content = content[:at] + noise + content[at:]
        outcome = check_outcome(con, paths, "wmo.csv", content)
        if outcome.status == "loaded":
            assert outcome.rows <= len(GOOD_ROWS)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cell=st.sampled_from(["12", "vervoer", "BU99990101", "=HYPERLINK(\"http://x\",\"y\")",
                             "@SUM(1)", "-99997", "x"]),
       size=st.integers(min_value=1, max_value=60_000), column=st.integers(0, 6))
def test_huge_fields_and_formulas_in_cells(cell, size, column):
    row = GOOD_ROWS[0].split(";")
    row[column] = (cell * (size // len(cell) + 1))[:size] if size > 100 else cell
    content = "\n".join([HEADER, ";".join(row)]).encode("utf-8")
    with warehouse() as (con, paths):
        outcome = check_outcome(con, paths, "groot.csv", content)
        if size > readers.MAX_CELL_CHARS:
            assert outcome.status == "rejected"
        if cell.startswith(("=", "@")):
            assert outcome.status == "rejected"  # not a code, not a count: never stored


NAMES = st.one_of(
    st.sampled_from(["../../etc/x.csv", "..\\..\\x.csv", "a\nb.csv", "x\r\n.csv", "\t.csv",
                     "naam met spaties.csv", "ü" * 120 + ".csv", "a" * 240 + ".csv",
                     "x.CSV", "-rf.csv", "report.report.txt.csv", "x.csv.report.json.csv"]),
    st.text(st.characters(exclude_characters="/\x00", exclude_categories=("Cs",)),
            min_size=1, max_size=80).map(lambda s: s + ".csv"),
)


@FUZZ
@given(name=NAMES, good=st.booleans())
def test_path_like_and_odd_file_names_stay_inside_their_folders(name, good):
    base = os.path.basename(name)
    if not base or base.startswith(".") or len(base.encode()) > 250:
        return  # cannot exist in an inbox (or is a hidden file the inbox ignores)
    with warehouse() as (con, paths):
        content = GOOD_CSV if good else b"kapot;bestand\n=1+1;@x\n"
        outcome = check_outcome(con, paths, base, content)
        assert outcome.status == ("loaded" if good else "rejected")
        # the same name again: a second file next to the first, still inside the folder
        again = check_outcome(con, paths, base, content)
        assert again.status == ("duplicate" if good else "rejected")


def test_ingest_inbox_with_a_mixed_bad_inbox_never_raises():
    with warehouse() as (con, paths):
        files = {
            "a.csv": GOOD_CSV, "b.xlsx": b"PK\x03\x04 kapot", "c.parquet": b"PAR1xxxxPAR1",
            "d.txt": "\n".join([HEADER, GOOD_ROWS[0] + ";extra"]).encode("utf-16"),
            "e\nf.csv": b"\xff\xfe\x00", "g.csv": b"",
        }
        for name, content in files.items():
            (paths.inbox / name).write_bytes(content)
        outcomes = ingest_inbox(con, paths, validation_context(con, today=date(2024, 12, 1)))
        # a name is reported readably: a line break in it shows as '_'
        assert {o.file for o in outcomes} == {readable(name) for name in files}
        assert raw_rows(con) == sum(o.rows for o in outcomes if o.status == "loaded")
        assert list(paths.inbox.iterdir()) == []
        assert_contained(paths)


# --- zip bombs: refused from the zip directory, before openpyxl opens anything --------------


def _xlsx_like(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def no_openpyxl(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("openpyxl must not open a zip bomb")

    monkeypatch.setattr(readers.pd, "read_excel", refuse)


@pytest.mark.parametrize("case", ["ratio", "members", "total"])
def test_zip_bombs_are_rejected_with_a_clear_reason(case, no_openpyxl, monkeypatch):
    if case == "ratio":  # 24 MiB of one byte: ~25 KiB packed, ratio ~1000
        content = _xlsx_like({"xl/worksheets/sheet1.xml": b" " * (24 * readers.MIB)})
    elif case == "members":
        content = _xlsx_like({f"xl/m{i}.xml": b"" for i in range(readers.MAX_XLSX_MEMBERS + 1)})
    else:  # the total limit, lowered so the test stays small
        monkeypatch.setattr(readers, "MAX_XLSX_UNCOMPRESSED", 2 * readers.MIB)
        content = _xlsx_like({"xl/worksheets/sheet1.xml": os.urandom(3 * readers.MIB)})
    with warehouse() as (con, paths):
        outcome = check_outcome(con, paths, "bom.xlsx", content)
    assert outcome.status == "rejected"
    assert "zip-bom" in outcome.problems[0].reason_nl
    assert "zip bomb" in outcome.problems[0].reason_en


def test_a_real_xlsx_still_loads():
    buffer = io.BytesIO()
    pd.DataFrame([r.split(";") for r in GOOD_ROWS], columns=HEADER.split(";")).to_excel(
        buffer, index=False)
    with warehouse() as (con, paths):
        outcome = check_outcome(con, paths, "wmo.xlsx", buffer.getvalue())
    assert (outcome.status, outcome.rows) == ("loaded", 2)


# --- other guards -----------------------------------------------------------------------------


@pytest.mark.parametrize("content, reason", [
    (("buurtcode;Buurtcode\nBU99990101;BU99990101\n"), "twee keer"),
    (("periode;;buurtcode\n2024-03;iets;BU99990101\n"), "zonder naam"),
    ("\n".join([HEADER, GOOD_ROWS[0][:-2] + "99999999999"]), "groter dan"),
])
def test_other_bad_files_get_their_reason(content, reason):
    with warehouse() as (con, paths):
        outcome = check_outcome(con, paths, "x.csv", content.encode())
    assert outcome.status == "rejected"
    assert reason in outcome.problems[0].reason_nl


def test_a_trailing_separator_is_not_a_nameless_column():
    content = "\n".join(line + ";" for line in [HEADER, *GOOD_ROWS]).encode()
    with warehouse() as (con, paths):
        outcome = check_outcome(con, paths, "x.csv", content)
    assert (outcome.status, outcome.rows) == ("loaded", 2)


def test_a_file_over_the_size_limit_is_refused_unread(monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    with warehouse() as (con, paths):
        outcome = check_outcome(con, paths, "x.csv", GOOD_CSV)
    assert outcome.status == "rejected" and "te groot" in outcome.problems[0].reason_nl


def test_a_symlink_in_the_inbox_is_not_followed(tmp_path):
    secret = tmp_path / "elders.csv"
    secret.write_bytes(GOOD_CSV)
    with warehouse() as (con, paths):
        (paths.inbox / "link.csv").symlink_to(secret)
        [outcome] = ingest_inbox(con, paths, validation_context(con, today=date(2024, 12, 1)))
        assert outcome.status == "rejected" and raw_rows(con) == 0
        assert_contained(paths)
    assert secret.read_bytes() == GOOD_CSV  # the target is neither read into nor moved


def test_a_failing_write_loads_nothing(monkeypatch):
    original = FileKind.write

    def write_then_fail(kind, con, rows, load_id):
        original(kind, con, rows, load_id)  # the rows are in, inside the transaction …
        raise RuntimeError("disk full")  # … and then the write fails

    monkeypatch.setattr(FileKind, "write", write_then_fail)
    with warehouse() as (con, paths):
        outcome = check_outcome(con, paths, "x.csv", GOOD_CSV)
        assert outcome.status == "rejected" and "niets geladen" in outcome.problems[0].reason_nl
        assert raw_rows(con) == 0
        status = con.execute("select status from raw.load_log").fetchall()
        assert status == [("rejected",)]
