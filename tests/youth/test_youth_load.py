"""A youth file through wijkwijs.ingest.load.load_file into a temporary DuckDB warehouse."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest
from pyproj import Transformer
from shapely.geometry import box

from wijkwijs.config import Paths
from wijkwijs.ingest.load import load_file, validation_context
from wijkwijs.raw_tables import create_raw_tables

TO_WGS = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)
WEST, EAST = box(155_000, 463_000, 155_500, 463_500), box(155_500, 463_000, 156_000, 463_500)
LON, LAT = TO_WGS.transform(155_640.0, 463_120.0)  # in the east buurt
HEADER = "datum;buurtcode;x;y;crs;thema;idee;leeftijdsgroep;organisatie;activiteit;aantal_steun\n"
ROWS = [
    "2025-03-14;BU99990101;;;;groen;Meer bomen langs de Molenstraat. Groetjes Sanne;14-17;"
    "Jongerenwerk Demstervoort;Straatgesprek;4",
    f"2025-05-02;;{LON:.6f};{LAT:.6f};EPSG:4326;sport_en_spelen;Een skatepark. Bel me: "
    "06-12345678;10-13;Buurtsportcoach;Sportinstuif;",
    "2025-06-20;;155123.4;463456.7;EPSG:28992;wonen;Ik woon op Molenstraat 12, studio's "
    "graag. Mail sanne2009@example.com;18-23;Jongerenraad Demstervoort;Online peiling;12",
    "2025-07-01;BU99990102;;;;ontmoeten;Bij de brolleke ga ik altijd chillen;14-17;"
    "Jongerenwerk Demstervoort;Inloopavond met @yara_xo;0",
]


@pytest.fixture
def warehouse(tmp_path):
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    create_raw_tables(con)
    for code, name, shape in (
        ("BU99990101", "Marktkwartier", WEST),
        ("BU99990102", "Kerkbuurt", EAST),
    ):
        con.execute(
            "insert into raw.buurten values (2025, ?, ?, 'WK999901', 'GM9999', 'Demstervoort',"
            " false, 1, ?, ?)",
            [code, name, shape.area, shape.wkb],
        )
    con.execute(
        "insert into raw.wijken values (2025, 'WK999901', 'Centrum', 'GM9999', 'Demstervoort', ?)",
        [WEST.union(EAST).wkb],
    )
    yield con, Paths(tmp_path / "data")
    con.close()


def drop(paths: Paths, name: str, rows: list[str]):
    paths.inbox.mkdir(parents=True, exist_ok=True)
    path = paths.inbox / name
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def load(con, paths, path):
    return load_file(con, path, paths, validation_context(con, today=date(2026, 1, 15)))


def test_file_is_scrubbed_generalised_loaded_and_archived(warehouse):
    con, paths = warehouse
    outcome = load(con, paths, drop(paths, "jongereninbreng_2025.csv", ROWS))
    assert (outcome.status, outcome.kind, outcome.rows) == ("loaded", "youth_input", 4)
    rows = con.execute(
        "select line, buurt_code, x_rd, y_rd, location_precision, idea, activity, support,"
        " scrub_markers, review_status, review_reason from raw.youth_input order by line"
    ).fetchall()
    assert [r[:5] for r in rows] == [
        (2, "BU99990101", 155_250.0, 463_250.0, "buurt"),  # representative point of the buurt
        (3, "BU99990102", 155_650.0, 463_150.0, "raster_100m"),  # WGS84 → RD → 100 m cell
        (4, "BU99990101", 155_150.0, 463_450.0, "raster_100m"),
        (5, "BU99990102", 155_750.0, 463_250.0, "buurt"),
    ]
    assert [r[5] for r in rows] == [
        "Meer bomen langs de Molenstraat. Groetjes [naam]",
        "Een skatepark. Bel me: [telefoonnummer]",
        "Ik woon op Molenstraat [huisnummer], studio's graag. Mail [e-mail]",
        "Bij de brolleke ga ik altijd chillen",
    ]
    assert rows[3][6] == "Inloopavond met [account]"
    assert [r[7] for r in rows] == [4, None, 12, 0]
    assert [r[8] for r in rows] == ["naam", "telefoonnummer", "huisnummer,e-mail", "account"]
    assert [r[9] for r in rows] == ["automatisch_vrijgegeven"] * 3 + ["te_beoordelen"]
    assert rows[3][10] == "onbekend_woord"
    assert (paths.archive / "jongereninbreng_2025.csv").exists()
    assert not (paths.inbox / "jongereninbreng_2025.csv").exists()
    log = con.execute("select file_kind, status, rows, message from raw.load_log").fetchall()
    assert log == [("youth_input", "loaded", 4, "1 te beoordelen / held for review")]


def test_no_personal_data_reaches_the_warehouse(warehouse):
    con, paths = warehouse
    load(con, paths, drop(paths, "jongereninbreng_2025.csv", ROWS))
    text = " ".join(
        v
        for (v,) in con.execute(
            "select idea || ' ' || activity || ' ' || organisation from raw.youth_input"
        ).fetchall()
    )
    for personal in (
        "Sanne",
        "06-12345678",
        "sanne2009@example.com",
        "Molenstraat 12",
        "@yara_xo",
        "155123",
        "463456",
    ):
        assert personal not in text
    xy = con.execute("select x_rd, y_rd from raw.youth_input").fetchall()
    assert all(x % 50 == 0 and y % 50 == 0 for x, y in xy)


def test_same_file_twice_is_a_duplicate(warehouse):
    con, paths = warehouse
    load(con, paths, drop(paths, "a.csv", ROWS))
    outcome = load(con, paths, drop(paths, "b.csv", ROWS))
    assert outcome.status == "duplicate"
    assert con.execute("select count(*) from raw.youth_input").fetchone()[0] == 4


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (
            "2025-03-14;BU99990101;;;;skaten;Een skatepark;14-17;Jongerenwerk;Straatgesprek;",
            "thema staat niet in de codelijst",
        ),
        (
            "2025-03-14;;157000;463100;EPSG:28992;groen;Meer bomen;14-17;Jongerenwerk;"
            "Straatgesprek;",
            "coördinaat ligt in geen enkele buurt",
        ),
        (
            "2025-03-14;;5.39;52.15;;groen;Meer bomen;14-17;Jongerenwerk;Straatgesprek;",
            "coördinatenstelsel ontbreekt",
        ),
        (
            "2025-03-14;BU99990199;;;;groen;Meer bomen;14-17;Jongerenwerk;Straatgesprek;",
            "buurtcode bestaat niet",
        ),
        (
            "2025-03-14;BU99990101;;;;groen;Meer bomen;16;Jongerenwerk;Straatgesprek;",
            "leeftijdsgroep staat niet in de codelijst",
        ),
        (
            "2025-03-14;BU99990101;;;;groen;Meer bomen;14-17;info@jongerenwerk.nl;Straatgesprek;",
            "e-mailadres",
        ),
    ],
)
def test_a_bad_row_quarantines_the_whole_file_with_a_report(warehouse, row, reason):
    con, paths = warehouse
    outcome = load(con, paths, drop(paths, "jongereninbreng_2025.csv", [ROWS[0], row]))
    assert outcome.status == "rejected"
    assert any(reason in p.reason_nl for p in outcome.problems), outcome.problems
    assert con.execute("select count(*) from raw.youth_input").fetchone()[0] == 0
    report = (paths.quarantine / "jongereninbreng_2025.csv.report.txt").read_text()
    assert reason in report
