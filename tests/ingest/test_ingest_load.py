"""Loading inbox files into a warehouse: formats, idempotence, replacement, quarantine."""

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import shapely

from wijkwijs.config import Paths
from wijkwijs.ingest.freshness import domain_freshness
from wijkwijs.ingest.load import ingest_inbox, validation_context
from wijkwijs.ingest.warehouse import connect

HEADER = [
    "periode",
    "indelingsjaar",
    "gemeentecode",
    "buurtcode",
    "domein",
    "categorie",
    "aantal_clienten",
]


@pytest.fixture
def warehouse(tmp_path):
    con = connect(tmp_path / "warehouse" / "w.duckdb")
    square = shapely.to_wkb(shapely.box(0, 0, 100, 100))
    for code in ("BU99990101", "BU99990102"):
        con.execute(
            "insert into raw.buurten values (2024, ?, 'Naam', 'WK999901', 'GM9999', "
            "'Demstervoort', false, 1, 10000, ?)",
            [code, square],
        )
    yield con, Paths(tmp_path)
    con.close()


def rows(clients=(12, 7)):
    return pd.DataFrame(
        [
            ["2024-03", "2024", "GM9999", f"BU9999010{i + 1}", "wmo", "vervoer", str(c)]
            for i, c in enumerate(clients)
        ],
        columns=HEADER,
    )


def ingest(con, paths):
    ctx = validation_context(con, today=date(2024, 12, 1))
    return ingest_inbox(con, paths, ctx)


def loaded(con):
    return con.execute(
        "select buurt_code, clients, value_state from raw.case_counts order by 1"
    ).fetchall()


@pytest.mark.parametrize("fmt", ["csv_cp1252_semicolon", "xlsx", "parquet"])
def test_every_accepted_format_loads_the_same_rows(warehouse, fmt):
    con, paths = warehouse
    paths.inbox.mkdir()
    frame = rows()
    if fmt == "xlsx":
        frame.to_excel(paths.inbox / "wmo.xlsx", index=False)
    elif fmt == "parquet":
        frame.to_parquet(paths.inbox / "wmo.parquet")
    else:
        frame.rename(columns={"aantal_clienten": "Aantal Cliënten"}).to_csv(
            paths.inbox / "wmo.csv", sep=";", index=False, encoding="cp1252"
        )
    [outcome] = ingest(con, paths)
    assert (outcome.status, outcome.rows) == ("loaded", 2)
    assert loaded(con) == [("BU99990101", 12, "number"), ("BU99990102", 7, "number")]


def test_same_file_twice_changes_nothing(warehouse):
    con, paths = warehouse
    paths.inbox.mkdir()
    rows().to_csv(paths.inbox / "wmo_2024-03.csv", index=False)
    ingest(con, paths)
    before = loaded(con)
    rows().to_csv(paths.inbox / "wmo_2024-03_again.csv", index=False)  # same bytes, new name
    [outcome] = ingest(con, paths)
    assert outcome.status == "duplicate"
    assert loaded(con) == before
    assert con.execute("select status from raw.load_log order by loaded_at").fetchall() == [
        ("loaded",),
        ("duplicate",),
    ]


def test_corrected_file_replaces_its_period_and_log_keeps_both(warehouse):
    con, paths = warehouse
    paths.inbox.mkdir()
    rows((12, 7)).to_csv(paths.inbox / "wmo_2024-03.csv", index=False)
    ingest(con, paths)
    rows((15, ".")).to_csv(paths.inbox / "wmo_2024-03_v2.csv", index=False)
    [outcome] = ingest(con, paths)
    assert outcome.status == "loaded" and len(outcome.replaced) == 1
    assert loaded(con) == [("BU99990101", 15, "number"), ("BU99990102", None, "suppressed")]
    log = con.execute(
        "select file_name, status, rows, content_hash, loaded_by from raw.load_log order by 1"
    ).fetchall()
    assert [(f, s, n) for f, s, n, _, _ in log] == [
        ("wmo_2024-03.csv", "replaced", 2),
        ("wmo_2024-03_v2.csv", "loaded", 2),
    ]
    assert all(len(h) == 64 and who for _, _, _, h, who in log)
    assert sorted(p.name for p in paths.archive.iterdir()) == [
        "wmo_2024-03.csv",
        "wmo_2024-03_v2.csv",
    ]


def test_rejected_file_is_quarantined_with_reports_and_nothing_loaded(warehouse):
    con, paths = warehouse
    paths.inbox.mkdir()
    bad = rows((12, -1))
    bad.to_csv(paths.inbox / "wmo_bad.csv", index=False)
    [outcome] = ingest(con, paths)
    assert outcome.status == "rejected"
    assert loaded(con) == []
    assert not (paths.inbox / "wmo_bad.csv").exists()
    assert (paths.quarantine / "wmo_bad.csv").exists()
    report = json.loads(Path(f"{paths.quarantine / 'wmo_bad.csv'}.report.json").read_text())
    assert report["problems"] == [
        {
            "file": "wmo_bad.csv",
            "row": 3,
            "column": "aantal_clienten",
            "reason_nl": "negatief aantal",
            "reason_en": "negative count",
        }
    ]
    text = Path(f"{paths.quarantine / 'wmo_bad.csv'}.report.txt").read_text()
    assert "wmo_bad.csv, rij 3, kolom 'aantal_clienten': negatief aantal" in text
    assert "Herstel het bestand en zet het opnieuw in de inbox" in text
    assert con.execute("select status from raw.load_log").fetchall() == [("rejected",)]


def test_unreadable_and_unknown_files_are_rejected_with_a_reason(warehouse):
    con, paths = warehouse
    paths.inbox.mkdir()
    (paths.inbox / "kapot.xlsx").write_bytes(b"PK\x03\x04 cut off after four bytes")
    (paths.inbox / "iets.csv").write_text("kolom_a,kolom_b\n1,2\n")
    outcomes = {o.file: o for o in ingest(con, paths)}
    assert outcomes["kapot.xlsx"].status == "rejected"
    assert outcomes["kapot.xlsx"].problems[0].reason_nl.startswith("geen geldig Excel-bestand")
    assert outcomes["iets.csv"].problems[0].reason_en == (
        "columns match no file type of docs/data-contract.md (found: kolom_a, kolom_b)"
    )


def test_freshness_per_domain(warehouse):
    con, paths = warehouse
    paths.inbox.mkdir()
    rows().to_csv(paths.inbox / "wmo_2024-03.csv", index=False)
    ingest(con, paths)
    wmo, jeugd = domain_freshness(con, ["wmo", "jeugd"], date(2024, 5, 20), max_age=3)
    assert (wmo.newest_period, wmo.rows, wmo.age_months, wmo.fresh) == (
        date(2024, 3, 1),
        2,
        2,
        True,
    )
    assert (jeugd.newest_period, jeugd.fresh) == (None, False)
    [late] = domain_freshness(con, ["wmo"], date(2024, 9, 1), max_age=3)
    assert (late.age_months, late.fresh) == (6, False)


def test_replay_rebuilds_months_from_the_archive_newest_version_winning(warehouse):
    from wijkwijs.ingest.replay import replay_months

    con, paths = warehouse
    paths.inbox.mkdir()
    rows((12, 7)).to_csv(paths.inbox / "wmo_2024-03.csv", index=False)
    ingest(con, paths)
    rows((15, 9)).to_csv(paths.inbox / "wmo_2024-03_v2.csv", index=False)
    ingest(con, paths)
    con.execute("delete from raw.case_counts")  # the warehouse lost its rows
    ctx = validation_context(con, today=date(2024, 12, 1))
    result = replay_months(con, paths, date(2024, 3, 1), date(2024, 3, 1), ctx)
    assert loaded(con) == [("BU99990101", 15, "number"), ("BU99990102", 9, "number")]
    assert (result.months, result.rows, result.problems) == (["2024-03"], 4, [])
    assert result.files == ["wmo_2024-03.csv", "wmo_2024-03_v2.csv"]  # in archive order
    replayed = con.execute(
        "select count(*) from raw.load_log where status = 'replayed'"
    ).fetchone()[0]
    assert replayed == 2
    # a range without archived data changes nothing
    empty = replay_months(con, paths, date(2023, 1, 1), date(2023, 12, 1), ctx)
    assert (empty.months, empty.rows) == ([], 0)


def test_a_fault_of_the_machine_is_raised_for_a_retry_not_quarantined(warehouse, monkeypatch):
    import duckdb

    from wijkwijs.ingest.kinds import FileKind

    con, paths = warehouse
    paths.inbox.mkdir()
    rows().to_csv(paths.inbox / "wmo_2024-03.csv", index=False)

    def disk_full(*args, **kwargs):
        raise duckdb.IOException("No space left on device")

    monkeypatch.setattr(FileKind, "write", disk_full)
    with pytest.raises(duckdb.IOException):
        ingest(con, paths)
    assert (paths.inbox / "wmo_2024-03.csv").exists()  # still waiting, not quarantined
    assert not paths.quarantine.exists() or not any(paths.quarantine.iterdir())
    assert loaded(con) == []


def test_a_load_runs_with_its_own_settings_then_the_connections_again(warehouse, monkeypatch):
    from wijkwijs.ingest import load

    con, paths = warehouse
    paths.inbox.mkdir(parents=True, exist_ok=True)
    rows().to_csv(paths.inbox / "wmo_2024-03.csv", index=False)
    con.execute("set checkpoint_threshold = '32MiB'")
    con.execute("set threads = 3")
    seen = []
    load_file = load.load_file

    def settings(con):
        return con.execute(
            "select current_setting('checkpoint_threshold'), current_setting('threads')"
        ).fetchone()

    def watched(con, *args, **kwargs):
        seen.append(settings(con))
        return load_file(con, *args, **kwargs)

    monkeypatch.setattr(load, "load_file", watched)
    assert [o.status for o in ingest(con, paths)] == ["loaded"]
    assert seen == [("256.0 MiB", 1)]
    assert settings(con) == ("32.0 MiB", 3)
    assert loaded(con) == [("BU99990101", 12, "number"), ("BU99990102", 7, "number")]
