"""Bad inputs that take more than one file or more than one step: a file still being written,
a month in two files, two versions of a month in one run, a correction and its undo.

Same baseline as the corpus (tests/ingest/test_ingest_corpus.py): two loaded months per
domain, stapeling 2025 and youth input of the demo municipality.
"""

from __future__ import annotations

import shutil

import duckdb
import pytest

from tests.ingest.corpus import LOADED, NEW, table
from tests.ingest.corpus_unseen import keep_buurten
from tests.ingest.test_ingest_corpus import baseline, counts  # noqa: F401
from wijkwijs.config import Paths
from wijkwijs.ingest.load import confirm_held, ingest_inbox, validation_context
from wijkwijs.ingest.undo import undo_load


@pytest.fixture
def run(baseline, tmp_path):  # noqa: F811
    demo, base = baseline
    data = tmp_path / "data"
    shutil.copytree(base, data, symlinks=True)
    con = duckdb.connect(str(data / "warehouse" / "wijkwijs.duckdb"))
    yield demo, Paths(data), con
    con.close()


def write_csv(path, header, rows):
    path.write_text("\n".join(";".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")


def month(con, domain: str, period: str) -> list[tuple]:
    return con.execute(
        "select buurt_code, category, clients from raw.case_counts where domain = ? and "
        "strftime(period, '%Y-%m') = ? order by all", [domain, period]).fetchall()


def test_a_file_still_being_written_waits_for_the_next_run(run):
    """A new year of stapeling has nothing loaded to compare with: taken half-written, the
    half would load as if it were whole."""
    demo, paths, con = run
    text = (demo / "stapeling_2025.csv").read_text(encoding="utf-8-sig").replace("2025", "2026")
    lines = text.splitlines(keepends=True)
    path = paths.inbox / "stapeling_2026.csv"
    before = counts(con)
    with open(path, "w", encoding="utf-8") as writer:
        writer.writelines(lines[: len(lines) // 2])  # cut at a line boundary
        writer.flush()
        assert ingest_inbox(con, paths, validation_context(con)) == []
        assert path.exists() and counts(con) == before  # nothing read, nothing logged
        writer.writelines(lines[len(lines) // 2 :])
    [outcome] = ingest_inbox(con, paths, validation_context(con))
    assert (outcome.status, outcome.rows) == ("loaded", len(lines) - 1)


def test_a_month_in_two_halves_is_held_both_times(run):
    """One file per domain and month: a second half would replace the first, so neither
    half loads without the analyst confirming it."""
    demo, paths, con = run
    header, rows, _ = table(demo, NEW)
    for half in ("first", "second"):
        write_csv(paths.inbox / f"wmo_2026-06_deel_{half}.csv", *keep_buurten(half)(header, rows))
    outcomes = ingest_inbox(con, paths, validation_context(con))
    assert [o.status for o in outcomes] == ["held", "held"]
    assert month(con, "wmo", "2026-06") == []


def _with_count(rows, index: int, count: str) -> list[list[str]]:
    """`rows` with one category's count changed, and that buurt's unique-client total made
    secret: a changed category could otherwise exceed its total, a file ingest refuses."""
    buurt = rows[index][3]
    changed = [[*r[:6], "." if r[3] == buurt and r[5] == "totaal" else r[6]] for r in rows]
    changed[index][6] = count
    return changed


def test_two_versions_of_a_month_in_one_run_load_in_name_order(run):
    demo, paths, con = run
    header, rows, _ = table(demo, LOADED)
    write_csv(paths.inbox / "wmo_2026-05_a.csv", header, rows)
    changed = _with_count(rows, 0, "77")
    write_csv(paths.inbox / "wmo_2026-05_b.csv", header, changed)
    outcomes = ingest_inbox(con, paths, validation_context(con))
    assert [o.status for o in outcomes] == ["loaded", "loaded"]
    assert outcomes[1].replaced  # the second replaced the first, and the log says so
    assert len(month(con, "wmo", "2026-05")) == len(rows)
    assert (rows[0][3], rows[0][5], 77) in month(con, "wmo", "2026-05")


def test_a_correction_its_undo_and_the_correction_again(run):
    demo, paths, con = run
    original = month(con, "wmo", "2026-05")
    header, rows, _ = table(demo, LOADED)
    corrected = _with_count(rows, 0, "99")
    write_csv(paths.inbox / "wmo_2026-05_v2.csv", header, corrected)
    ctx = validation_context(con)
    [first] = ingest_inbox(con, paths, ctx)
    assert first.status == "loaded" and month(con, "wmo", "2026-05") != original
    done = undo_load(con, paths, "wmo_2026-05_v2.csv", ctx)
    assert done[0].startswith("ongedaan gemaakt") and month(con, "wmo", "2026-05") == original
    # the same correction sent again is a correction again, not a duplicate
    write_csv(paths.inbox / "wmo_2026-05_v2.csv", header, corrected)
    [again] = ingest_inbox(con, paths, ctx)
    assert again.status == "loaded"
    assert (rows[0][3], rows[0][5], 99) in month(con, "wmo", "2026-05")
    log = con.execute("select file_name, status from raw.load_log where file_name like "
                      "'wmo_2026-05%' order by loaded_at").fetchall()
    assert [s for _, s in log][-3:] == ["undone", "replaced", "loaded"]


def test_confirming_the_second_half_after_the_first_holds_it_again(run):
    """Confirming the second half would replace the first: that was not in the report the
    analyst confirmed, so the file is held again with the numbers as they are now."""
    demo, paths, con = run
    header, rows, _ = table(demo, NEW)
    for half in ("first", "second"):
        write_csv(paths.inbox / f"wmo_2026-06_deel_{half}.csv", *keep_buurten(half)(header, rows))
    ingest_inbox(con, paths, validation_context(con))
    ctx = validation_context(con)
    assert confirm_held(con, paths, "wmo_2026-06_deel_first.csv", ctx).status == "loaded"
    first = month(con, "wmo", "2026-06")
    second = confirm_held(con, paths, "wmo_2026-06_deel_second.csv", ctx)
    assert second.status == "held" and month(con, "wmo", "2026-06") == first
    assert "31 van de 31 buurten van de geladen versie ontbreken" in " ".join(
        p.reason_nl for p in second.problems)
    # confirmed once more, now knowing it, it loads (and replaces the first half)
    third = confirm_held(con, paths, "wmo_2026-06_deel_second.csv", ctx)
    assert third.status == "loaded" and not set(first) & set(month(con, "wmo", "2026-06"))


def test_stored_texts_that_a_cell_shows_keep_the_rules_of_its_column():
    """Excel keeps every text of a workbook in one table: a youth idea there is the
    scrubber's (its column is free text), a BSN no cell shows any more is person-level."""
    from datetime import date

    import pandas as pd

    from wijkwijs.ingest.kinds import YOUTH_INPUT
    from wijkwijs.ingest.load import personal_in
    from wijkwijs.ingest.readers import STORED_TEXT, Sheet, Table

    idea = "Vraag het aan meneer Jansen van de snackbar"
    frame = pd.DataFrame({"idee": [idea]}, index=[2])
    table = Table(frame, "xlsx", None, [Sheet(frame, 1, "")],
                  [(STORED_TEXT, 1, 1, idea), (STORED_TEXT, 1, 1, "111222333")])
    problems = personal_in(table, YOUTH_INPUT, "ideeen.xlsx", date(2026, 12, 1))
    assert [p.reason_nl for p in problems] == [
        "persoonsgegeven gevonden: BSN (tekst opgeslagen in de werkmap)"]
