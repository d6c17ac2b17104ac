"""Held files, their confirmation, undoing a correction, and re-sending an original."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from tests.ingest.test_ingest_load import ingest, loaded, rows, warehouse  # noqa: F401
from wijkwijs.config import PROJECT_ROOT
from wijkwijs.ingest.inbox import held_dir
from wijkwijs.ingest.load import NotHeld, confirm_held, validation_context
from wijkwijs.ingest.status import read_status, write_status
from wijkwijs.ingest.undo import CannotUndo, undo_load


def statuses(con):
    return con.execute("select file_name, status from raw.load_log order by loaded_at").fetchall()


def test_a_file_with_fewer_areas_is_held_until_confirmed(warehouse):  # noqa: F811
    con, paths = warehouse
    paths.inbox.mkdir()
    rows((12, 7)).to_csv(paths.inbox / "wmo_2024-03.csv", index=False)
    ingest(con, paths)
    rows((15,)).to_csv(paths.inbox / "wmo_2024-03_v2.csv", index=False)  # one buurt less
    [outcome] = ingest(con, paths)
    assert outcome.status == "held"
    assert loaded(con) == [("BU99990101", 12, "number"), ("BU99990102", 7, "number")]
    report = (held_dir(paths) / "wmo_2024-03_v2.csv.report.txt").read_text()
    assert "wmo 2024-03 | buurten | 1 | 2 |" in report  # the numbers side by side
    assert "make confirm FILE=wmo_2024-03_v2.csv" in report
    assert write_status(con, paths) and read_status(paths.serving_dir / "status.json")["held"][0][
        "file"] == "wmo_2024-03_v2.csv"

    ctx = validation_context(con, today=date(2024, 12, 1))
    with pytest.raises(NotHeld):
        confirm_held(con, paths, "iets_anders.csv", ctx)
    outcome = confirm_held(con, paths, "wmo_2024-03_v2.csv", ctx)
    assert outcome.status == "loaded" and "bevestigd" in outcome.message
    assert loaded(con) == [("BU99990101", 15, "number")]
    assert not list(held_dir(paths).iterdir())  # the file archived, its hold report gone
    assert statuses(con) == [("wmo_2024-03.csv", "replaced"), ("wmo_2024-03_v2.csv", "confirmed"),
                             ("wmo_2024-03_v2.csv", "loaded")]


def test_undo_puts_back_what_a_correction_replaced_and_logs_it(warehouse):  # noqa: F811
    con, paths = warehouse
    paths.inbox.mkdir()
    rows((12, 7)).to_csv(paths.inbox / "wmo_2024-03.csv", index=False)
    ingest(con, paths)
    rows((15, 9)).to_csv(paths.inbox / "wmo_2024-03_v2.csv", index=False)
    ingest(con, paths)
    ctx = validation_context(con, today=date(2024, 12, 1))
    done = undo_load(con, paths, "wmo_2024-03_v2.csv", ctx)
    assert done[0].startswith("ongedaan gemaakt / undone: wmo_2024-03_v2.csv")
    assert loaded(con) == [("BU99990101", 12, "number"), ("BU99990102", 7, "number")]
    assert statuses(con)[-2:] == [("wmo_2024-03_v2.csv", "undone"),
                                  ("wmo_2024-03.csv", "loaded")]
    with pytest.raises(CannotUndo):
        undo_load(con, paths, "wmo_2024-03_v2.csv", ctx)  # nothing left to undo


def test_sending_the_original_again_restores_it(warehouse):  # noqa: F811
    con, paths = warehouse
    paths.inbox.mkdir()
    original = rows((12, 7))
    original.to_csv(paths.inbox / "wmo_2024-03.csv", index=False)
    ingest(con, paths)
    rows((15, 9)).to_csv(paths.inbox / "wmo_2024-03_v2.csv", index=False)
    ingest(con, paths)
    original.to_csv(paths.inbox / "wmo_2024-03_terug.csv", index=False)  # the same bytes
    [outcome] = ingest(con, paths)
    assert outcome.status == "loaded" and "herstelt de eerdere versie" in outcome.message
    assert loaded(con) == [("BU99990101", 12, "number"), ("BU99990102", 7, "number")]


def test_the_confirm_and_undo_commands(tmp_path, monkeypatch):
    from wijkwijs.ingest.warehouse import connect

    data = tmp_path / "data"
    con = connect(data / "warehouse" / "wijkwijs.duckdb")
    con.close()
    env = {"WIJKWIJS_DATA_DIR": str(data), "PATH": "/usr/bin:/bin"}
    held = subprocess.run([sys.executable, "-m", "wijkwijs.ingest", "held"], cwd=PROJECT_ROOT,
                          env=env, capture_output=True, text=True)
    assert held.returncode == 0 and "Geen bestanden aangehouden" in held.stdout
    missing = subprocess.run([sys.executable, "-m", "wijkwijs.ingest", "confirm", "x.csv"],
                             cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)
    assert missing.returncode == 1 and "wacht niet op bevestiging" in missing.stderr
    undo = subprocess.run([sys.executable, "-m", "wijkwijs.ingest", "undo", "x.csv"],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)
    assert undo.returncode == 1 and "geen geladen versie van x.csv" in undo.stderr
    status = json.loads((data / "serving" / "status.json").read_text())
    assert status["load_log"] == [] and status["held"] == []


def test_a_corrected_youth_file_replaces_its_records(tmp_path):
    from tests.youth.test_youth_load import ROWS, drop
    from tests.youth.test_youth_load import warehouse as youth_warehouse

    fixture = youth_warehouse.__wrapped__(tmp_path)  # the youth tests' two-buurt warehouse
    con, paths = next(fixture)
    ctx = validation_context(con, today=date(2025, 12, 1))
    from wijkwijs.ingest.load import load_file

    first = load_file(con, drop(paths, "jongereninbreng_2025.csv", ROWS), paths, ctx)
    keys = sorted(r[0] for r in con.execute("select record_id from raw.youth_input").fetchall())
    corrected = [ROWS[0].replace("Meer bomen", "Veel meer bomen"), *ROWS[1:]]
    second = load_file(con, drop(paths, "jongereninbreng_2025_v2.csv", corrected), paths, ctx)
    assert (first.status, second.status) == ("loaded", "loaded")
    after = con.execute("select record_id, idea from raw.youth_input order by line").fetchall()
    assert len(after) == len(ROWS)  # replaced, not added a second time
    assert sorted(r[0] for r in after) == keys  # the same source key per record
    assert after[0][1].startswith("Veel meer bomen")
    fixture.close()
