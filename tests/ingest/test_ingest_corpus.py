"""Every case of tests/ingest/corpus.py through the real loader, on one baseline warehouse.

The baseline (reference data and two loaded months per domain, stapeling and youth input of
the demo municipality) is built once per module; each case runs on a copy of its file, so the
cases are independent and no dbt runs. Per case: the outcome, its reason, the row count of
every raw table before and after, where the file went, and that no report, load-log entry or
message repeats a planted personal value.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.ingest.corpus import CASES, Case
from tests.ingest.corpus_unseen import UNSEEN
from wijkwijs.config import Paths
from wijkwijs.ingest.inbox import held_dir
from wijkwijs.ingest.load import ingest_inbox, validation_context
from wijkwijs.ingest.warehouse import connect
from wijkwijs.reference import load_reference

RAW_TABLES = ("case_counts", "stapeling", "youth_input", "population", "buurten", "wijken",
              "load_log", "load_replacements")
BASELINE_FILES = [f"{d}_2026-0{m}.csv" for d in ("wmo", "jeugd", "participatiewet")
                  for m in (4, 5)] + ["stapeling_2025.csv", "jongereninbreng_2025.csv"]


ALL = CASES + UNSEEN


def test_the_corpus_is_large_and_named_uniquely():
    assert len(CASES) >= 120 and len(UNSEEN) >= 60
    assert len({c.id for c in ALL}) == len(ALL)
    assert {c.status for c in CASES} == {"loaded", "duplicate", "held", "rejected"}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    from wijkwijs.demo import write_demo

    root = tmp_path_factory.mktemp("corpus")
    demo = root / "demo"
    write_demo(demo)
    data = root / "baseline"
    (data / "reference").mkdir(parents=True)
    for name in ("wijkenbuurten_2025.gpkg", "wijkenbuurten_2026.gpkg", "bevolking.csv"):
        shutil.copy(demo / "reference" / name, data / "reference" / name)
    (data / "inbox").mkdir()
    for name in BASELINE_FILES:
        shutil.copy(demo / "inbox" / name, data / "inbox" / name)
    con = connect(data / "warehouse" / "wijkwijs.duckdb")
    load_reference(con, data / "reference")
    outcomes = ingest_inbox(con, Paths(data), validation_context(con))
    assert [o.status for o in outcomes] == ["loaded"] * len(BASELINE_FILES)
    con.close()
    return demo / "inbox", data


def counts(con) -> dict[str, int]:
    return {t: con.execute(f"select count(*) from raw.{t}").fetchone()[0] for t in RAW_TABLES}


def texts(data: Path, con, outcome) -> list[str]:
    """Everything a person can read about the file afterwards."""
    found = [p.line() for p in outcome.problems] + [outcome.message or ""]
    found += [str(m) for (m,) in con.execute("select message from raw.load_log").fetchall()]
    for folder in (data / "quarantine", data / "held"):
        if folder.is_dir():
            found += [p.read_text(encoding="utf-8") for p in folder.glob("*.report.*")]
    return found


def stored_text(data: Path, con, baseline_archive: Path) -> list[str]:
    """Every file under data/ the run wrote (not the warehouse itself) and every text cell of
    every raw table: where a planted value must not be found."""
    baseline = {p.name for p in baseline_archive.rglob("*") if p.is_file()}
    found = []
    for path in data.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.suffix not in (".duckdb", ".wal") \
                and path.name not in baseline and "inbox" not in path.parts:
            found.append(path.read_bytes().decode("utf-8", "replace"))
    for table in RAW_TABLES:
        found += [str(row) for row in con.execute(f"select * from raw.{table}").fetchall()]
    return found


@pytest.mark.parametrize("case", ALL, ids=[c.id for c in ALL])
def test_bad_input(case: Case, baseline, tmp_path):
    demo, base = baseline
    data = tmp_path / "data"
    shutil.copytree(base, data, symlinks=True)
    paths = Paths(data)
    built = case.build(demo, paths.inbox)
    con = duckdb.connect(str(data / "warehouse" / "wijkwijs.duckdb"))
    try:
        before = counts(con)
        outcomes = ingest_inbox(con, paths, validation_context(con))
        after = counts(con)
        assert len(outcomes) == 1, [(o.file, o.status) for o in outcomes]
        [outcome] = outcomes
        reasons = " | ".join(p.line() for p in outcome.problems)
        assert outcome.status == case.status, reasons
        assert case.reason.lower() in (reasons + " " + (outcome.message or "")).lower(), reasons
        expected = {t: before[t] + case.delta.get(t, 0) for t in RAW_TABLES}
        expected["load_log"] = before["load_log"] + 1
        assert after == expected
        # every entry left the inbox: archived, held, quarantined or deleted
        assert not built.exists() and not built.is_symlink()
        if case.status == "rejected":
            assert outcome.report is not None and outcome.report.exists()
            assert outcome.problems and all(p.reason_nl and p.reason_en for p in outcome.problems)
        if case.status == "held":
            assert any(held_dir(paths).glob("*.report.txt"))
            assert "make confirm FILE=" in outcome.report.read_text(encoding="utf-8")
        if case.personal:
            assert outcome.personal
            kept = [p for folder in (data / "quarantine", data / "archive", data / "held")
                    if folder.is_dir() for p in folder.rglob("*")
                    if p.is_file() and ".report." not in p.name]
            assert sorted(p.name for p in kept) == sorted(
                p.name for p in (base / "archive").rglob("*") if p.is_file())
            assert "datalek" in outcome.report.read_text(encoding="utf-8")
        if case.secret:
            assert not [t for t in texts(data, con, outcome) if case.secret in t]
            assert not [t for t in stored_text(data, con, base / "archive") if case.secret in t]
    finally:
        con.close()
