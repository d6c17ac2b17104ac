"""`dbt build` on a small hand-written raw warehouse, then hand-computed values in the marts.

Fixture: gemeente GM0999 (boundary year 2024) with wijk Noord (two buurten) and wijk Zuid (a
buurt and a business park with 0 residents); case counts for January and February 2024 with a
suppressed and a not-published cell; stapeling for 2024.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pytest
from dbt.cli.main import dbtRunner

from wijkwijs.config import DBT_PROJECT_DIR
from wijkwijs.ingest.warehouse import RAW_DDL  # the loaders' schema, so the two cannot drift

GM = ("GM0999", "Testgemeente")
WIJKEN = [
    (2024, "WK099901", "Noord", *GM, b""),
    (2024, "WK099902", "Zuid", *GM, b""),
]
BUURTEN = [
    (2024, "BU09990101", "Noord-Oost", "WK099901", *GM, False, 1, 1.0e6, b""),
    (2024, "BU09990102", "Noord-West", "WK099901", *GM, False, 1, 1.0e6, b""),
    (2024, "BU09990201", "Zuid-Centrum", "WK099902", *GM, False, 1, 1.0e6, b""),
    (2024, "BU09990202", "Bedrijventerrein Zuid", "WK099902", *GM, False, 1, 1.0e6, b""),
]
# year, boundary_year, buurt, 0-17, 18-26, 27-66, 67+, households
POPULATION = [
    (2024, 2024, "BU09990101", 200, 100, 500, 200, 450),  # 18+ 800, 18-66 600
    (2024, 2024, "BU09990102", 100, 50, 250, 100, 220),  # 18+ 400, 18-66 300
    (2024, 2024, "BU09990201", 50, 30, 120, 50, 110),  # 18+ 200, 18-66 150
    (2024, 2024, "BU09990202", 0, 0, 0, 0, 0),  # nobody lives on the business park
]
JAN, FEB = date(2024, 1, 1), date(2024, 2, 1)
HH, JZV, AB = (
    ("wmo", "huishoudelijke_hulp"),
    ("jeugd", "jeugdhulp_zonder_verblijf"),
    ("participatiewet", "algemene_bijstand"),
)
CASE_COUNTS = [
    # January, wmo: all numbers
    (JAN, "BU09990101", *HH, 24, "number"),
    (JAN, "BU09990102", *HH, 16, "number"),
    (JAN, "BU09990201", *HH, 10, "number"),
    (JAN, "BU09990202", *HH, 0, "number"),
    # February, wmo: Noord-West suppressed
    (FEB, "BU09990101", *HH, 25, "number"),
    (FEB, "BU09990102", *HH, None, "suppressed"),
    (FEB, "BU09990201", *HH, 11, "number"),
    # January, jeugd: one not published, one suppressed
    (JAN, "BU09990101", *JZV, 12, "number"),
    (JAN, "BU09990102", *JZV, None, "not_published"),
    (JAN, "BU09990201", *JZV, None, "suppressed"),
    # January, participatiewet: all numbers
    (JAN, "BU09990101", *AB, 30, "number"),
    (JAN, "BU09990102", *AB, 15, "number"),
    (JAN, "BU09990201", *AB, 6, "number"),
]
STAPELING = [
    (2024, 2024, "BU09990101", "wmo_jeugd", 9, "number"),
    (2024, 2024, "BU09990102", "wmo_jeugd", 2, "number"),
    (2024, 2024, "BU09990201", "wmo_jeugd", None, "suppressed"),
    (2024, 2024, "BU09990101", "wmo_jeugd_participatiewet", 3, "number"),
]
N_UNIT_TESTS = 6  # 4 in intermediate/areas, 2 in marts


def write_raw_warehouse(path) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute(RAW_DDL)
        con.executemany("insert into raw.wijken values (?, ?, ?, ?, ?, ?)", WIJKEN)
        con.executemany("insert into raw.buurten values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", BUURTEN)
        con.executemany("insert into raw.population values (?, ?, ?, ?, ?, ?, ?, ?)", POPULATION)
        con.executemany(
            "insert into raw.case_counts values (?, 2024, ?, ?, ?, ?, ?, 'load-1')", CASE_COUNTS
        )
        con.executemany("insert into raw.stapeling values (?, ?, ?, ?, ?, ?, 'load-2')", STAPELING)
        con.execute(
            "insert into raw.load_log values ('load-1', 'wmo_2024-01.csv', 'case_counts',"
            " 'abc', 'loaded', 13, '2024-01', now(), 'pytest', null)"
        )


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    """Run `dbt build` once on the fixture warehouse; return the results and the warehouse."""
    tmp = tmp_path_factory.mktemp("dbt")
    warehouse = tmp / "warehouse.duckdb"
    write_raw_warehouse(warehouse)
    args = [
        "build",
        "--project-dir", str(DBT_PROJECT_DIR),
        "--profiles-dir", str(DBT_PROJECT_DIR),
        "--target-path", str(tmp / "target"),
        "--log-path", str(tmp / "logs"),
        "--quiet",
    ]  # fmt: skip
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIJKWIJS_WAREHOUSE", str(warehouse))
        mp.setenv("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
        result = dbtRunner().invoke(args)
    return result, warehouse


@pytest.fixture(scope="module")
def con(build):
    _, warehouse = build
    # dbt-duckdb keeps its DuckDB instance open in this process after the build; a second
    # connection must use the same configuration (read_only=True would be refused).
    with duckdb.connect(str(warehouse)) as connection:
        yield connection


def clients_row(con, level, code, period, domain, category):
    return con.execute(
        """
        select clients, clients_state, residents, rate_per_1000, rate_state
        from marts.area_clients_monthly
        where area_level = ? and area_code = ? and period = ? and domain = ? and category = ?
        """,
        [level, code, period, domain, category],
    ).fetchone()


def test_build_succeeds_with_every_test_passing(build):
    result, _ = build
    assert result.exception is None, result.exception
    assert result.success
    statuses = {}
    for node_result in result.result.results:
        resource_type = node_result.node.resource_type
        statuses.setdefault(str(resource_type), []).append(str(node_result.status))
    assert len(statuses["unit_test"]) == N_UNIT_TESTS
    assert len(statuses["test"]) > 50
    assert {"model", "seed"} <= statuses.keys()
    not_ok = [s for ss in statuses.values() for s in ss if s not in ("pass", "success")]
    assert not_ok == []


def test_marts_exist_in_verbatim_schemas(con):
    tables = con.execute(
        "select table_schema, table_name from information_schema.tables"
        " where table_schema in ('marts', 'seeds') order by all"
    ).fetchall()
    assert ("marts", "areas") in tables
    assert ("marts", "area_clients_monthly") in tables
    assert ("marts", "area_stapeling_yearly") in tables
    assert ("seeds", "categories") in tables


def test_areas_population_per_level(con):
    rows = con.execute(
        """
        select area_level, area_code, area_name, wijk_code, gemeente_code,
               residents_total, residents_0_17, residents_18_plus, residents_18_66, households
        from marts.areas where boundary_year = 2024 order by area_level, area_code
        """
    ).fetchall()
    assert rows == [
        ("buurt", "BU09990101", "Noord-Oost", "WK099901", "GM0999", 1000, 200, 800, 600, 450),
        ("buurt", "BU09990102", "Noord-West", "WK099901", "GM0999", 500, 100, 400, 300, 220),
        ("buurt", "BU09990201", "Zuid-Centrum", "WK099902", "GM0999", 250, 50, 200, 150, 110),
        ("buurt", "BU09990202", "Bedrijventerrein Zuid", "WK099902", "GM0999", 0, 0, 0, 0, 0),
        ("gemeente", "GM0999", "Testgemeente", None, "GM0999", 1750, 350, 1400, 1050, 780),
        ("wijk", "WK099901", "Noord", "WK099901", "GM0999", 1500, 300, 1200, 900, 670),
        ("wijk", "WK099902", "Zuid", "WK099902", "GM0999", 250, 50, 200, 150, 110),
    ]


def test_buurt_rate_per_1000(con):
    # 24 clients / 800 residents of 18+ = 30 per 1,000
    assert clients_row(con, "buurt", "BU09990101", JAN, *HH) == (24, "number", 800, 30.0, "number")
    # youth care divides by residents 0-17: 12 / 200
    assert clients_row(con, "buurt", "BU09990101", JAN, *JZV) == (12, "number", 200, 60.0, "number")


def test_zero_residents_give_unknown_rate(con):
    assert clients_row(con, "buurt", "BU09990202", JAN, *HH) == (0, "number", 0, None, "unknown")


def test_wijk_is_sum_of_its_buurten(con):
    clients, state, residents, rate, rate_state = clients_row(con, "wijk", "WK099901", JAN, *HH)
    assert (clients, state, residents, rate_state) == (40, "number", 1200, "number")
    assert rate == pytest.approx(40 * 1000 / 1200)


def test_suppressed_buurt_makes_its_wijk_suppressed(con):
    assert clients_row(con, "buurt", "BU09990102", FEB, *HH) == (
        None, "suppressed", 400, None, "suppressed"
    )  # fmt: skip
    assert clients_row(con, "wijk", "WK099901", FEB, *HH) == (
        None, "suppressed", 1200, None, "suppressed"
    )  # fmt: skip
    # the other wijk is unaffected
    assert clients_row(con, "wijk", "WK099902", FEB, *HH)[:2] == (11, "number")
    assert clients_row(con, "gemeente", "GM0999", FEB, *HH)[:2] == (None, "suppressed")


def test_not_published_beats_suppressed(con):
    assert clients_row(con, "wijk", "WK099901", JAN, *JZV)[:2] == (None, "not_published")
    assert clients_row(con, "wijk", "WK099902", JAN, *JZV)[:2] == (None, "suppressed")
    assert clients_row(con, "gemeente", "GM0999", JAN, *JZV)[:2] == (None, "not_published")


def test_gemeente_total_and_rate(con):
    assert clients_row(con, "gemeente", "GM0999", JAN, *HH)[:4] == (50, "number", 1400, 50 / 1.4)
    clients, _, residents, rate, _ = clients_row(con, "gemeente", "GM0999", JAN, *AB)
    assert (clients, residents) == (51, 1050)  # participatiewet: residents 18-66
    assert rate == pytest.approx(51 * 1000 / 1050)


def test_stapeling_share(con):
    rows = con.execute(
        """
        select area_level, area_code, households, households_state, total_households,
               share_pct, share_state
        from marts.area_stapeling_yearly
        where year = 2024 and combination = 'wmo_jeugd'
        order by area_level, area_code
        """
    ).fetchall()
    by_code = {row[1]: row[2:] for row in rows}
    assert by_code["BU09990101"] == (9, "number", 450, 2.0, "number")
    households, state, total, share, share_state = by_code["WK099901"]
    assert (households, state, total, share_state) == (11, "number", 670, "number")
    assert share == pytest.approx(11 * 100 / 670)
    assert by_code["WK099902"] == (None, "suppressed", 110, None, "suppressed")
    assert by_code["GM0999"] == (None, "suppressed", 780, None, "suppressed")
