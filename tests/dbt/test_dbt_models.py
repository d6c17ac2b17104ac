"""`dbt build` on a small hand-written raw warehouse, then hand-computed values in the marts.

Fixture: gemeente GM0999 (boundary year 2024) with wijk Noord (two buurten) and wijk Zuid (a
buurt and a business park with 0 residents); case counts for January and February 2024 with a
suppressed and a not-published cell; stapeling for 2024. These tests are about the models'
logic, not the disclosure rules (tests/disclosure): the build runs with RULES, under which
disclosure control hides only zeros (below the threshold of 1), no area is too small and
nothing else needs hiding; counts and population are multiples of 5, so rounding leaves them as
they are and the expected values stay hand-computable. A source-suppressed cell stays
suppressed all the way.
"""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest
from dbt.cli.main import dbtRunner

from wijkwijs.config import DBT_PROJECT_DIR
from wijkwijs.raw_tables import create_raw_tables  # the loaders' schema

# what a gemeente may configure (docs/privacy.md); the defaults would hide these small counts
RULES = {
    "WIJKWIJS_SUPPRESSION_THRESHOLD": "1",
    "WIJKWIJS_PROTECTION_WIDTH": "0",
    "WIJKWIJS_MIN_RESIDENTS": "0",
    "WIJKWIJS_MIN_GROUP_RESIDENTS": "0",
}
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
# the finer bands of the standard definitions: buurt → 12-17, 15-17, 18-22, 27-64
SUB_BANDS = {
    "BU09990101": (60, 30, 50, 480),  # 0-22 250, 12-22 110, 15+ 830, 15-64 610
    "BU09990102": (30, 15, 25, 240),  # 0-22 125, 15+ 415
    "BU09990201": (15, 10, 15, 115),  # 0-22 65, 15+ 210
    "BU09990202": (0, 0, 0, 0),
}
CLASSIC = (("0_17", 0, 17), ("18_26", 18, 26), ("27_66", 27, 66), ("67_plus", 67, None))
FINER = (("12_17", 12, 17), ("15_17", 15, 17), ("18_22", 18, 22), ("27_64", 27, 64))


def band_rows():
    """raw.population_bands as the loader writes it: every band of bevolking.csv."""
    rows = []
    for year, boundary_year, code, *bands, _households in POPULATION:
        for (band, low, high), residents in zip(CLASSIC + FINER, [*bands, *SUB_BANDS[code]],
                                                strict=True):
            rows.append((year, boundary_year, code, band, low, high, False, residents))
    return rows
JAN, FEB = date(2024, 1, 1), date(2024, 2, 1)
HH, JZV, AB = (
    ("wmo", "huishoudelijke_hulp"),
    ("jeugd", "jeugdhulp_zonder_verblijf"),
    ("participatiewet", "algemene_bijstand"),
)
CASE_COUNTS = [
    # January, wmo: all numbers
    (JAN, "BU09990101", *HH, 25, "number"),
    (JAN, "BU09990102", *HH, 15, "number"),
    (JAN, "BU09990201", *HH, 10, "number"),
    (JAN, "BU09990202", *HH, 0, "number"),
    # February, wmo: Noord-West suppressed; only Noord-Oost has a total (the others: unknown)
    (FEB, "BU09990101", *HH, 25, "number"),
    (FEB, "BU09990101", "wmo", "totaal", 25, "number"),
    (FEB, "BU09990102", *HH, None, "suppressed"),
    (FEB, "BU09990201", *HH, 10, "number"),
    # January, jeugd: one not published, one suppressed
    (JAN, "BU09990101", *JZV, 10, "number"),
    (JAN, "BU09990102", *JZV, None, "not_published"),
    (JAN, "BU09990201", *JZV, None, "suppressed"),
    # January, wmo: the unique-client totals (only one category here, so equal to it)
    (JAN, "BU09990101", "wmo", "totaal", 25, "number"),
    (JAN, "BU09990102", "wmo", "totaal", 15, "number"),
    (JAN, "BU09990201", "wmo", "totaal", 10, "number"),
    (JAN, "BU09990202", "wmo", "totaal", 0, "number"),
    # January, participatiewet: all numbers
    (JAN, "BU09990101", *AB, 30, "number"),
    (JAN, "BU09990102", *AB, 15, "number"),
    (JAN, "BU09990201", *AB, 5, "number"),
]
STAPELING = [
    (2024, 2024, "BU09990101", "wmo_jeugd", 10, "number"),
    (2024, 2024, "BU09990102", "wmo_jeugd", 5, "number"),
    (2024, 2024, "BU09990201", "wmo_jeugd", None, "suppressed"),
    (2024, 2024, "BU09990101", "wmo_jeugd_participatiewet", 5, "number"),
    # BU09990101 also has the other combinations: 100 households with any provision
    (2024, 2024, "BU09990101", "wmo_participatiewet", 5, "number"),
    (2024, 2024, "BU09990101", "jeugd_participatiewet", 5, "number"),
    (2024, 2024, "BU09990101", "alleen_wmo", 20, "number"),
    (2024, 2024, "BU09990101", "alleen_jeugd", 30, "number"),
    (2024, 2024, "BU09990101", "alleen_participatiewet", 25, "number"),
]
# Hand-computed dbt unit tests that must be among the results (other folders may add more).
UNIT_TESTS = {
    "rollup_one_suppressed_child_makes_parent_suppressed",
    "rollup_state_priority_not_published_unknown_suppressed",
    "population_rollup_is_unknown_when_a_buurt_is_missing",
    "rate_per_1000_uses_the_category_population_group",
    "yearly_figure_is_the_average_of_the_monthly_counts",
    "change_against_previous_month_and_same_month_last_year",
    "index_against_gemeente_and_wijk_fallback",
    "crosswalk_translates_old_codes_by_share",
    "stapeling_share_of_households_with_a_provision",
    "standard_rates_in_the_unit_of_their_definition",
    "bijstand_year_is_the_december_stand",
    "population_groups_from_the_delivered_age_bands",
    "pressure_signal_counts_domains_with_index_120_or_more",
    "similar_buurten_hand_computed",
    "unique_client_totals_take_the_export_total_and_say_when_it_is_missing",
}
MARTS = [
    "areas",
    "area_clients_monthly",
    "area_clients_yearly",
    "area_stapeling_yearly",
    "area_profile_monthly",
    "similar_buurten",
    "area_client_totals_monthly",
]


def write_raw_warehouse(path) -> None:
    with duckdb.connect(str(path)) as con:
        create_raw_tables(con)
        con.executemany("insert into raw.wijken values (?, ?, ?, ?, ?, ?)", WIJKEN)
        con.executemany("insert into raw.buurten values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", BUURTEN)
        con.executemany("insert into raw.population values (?, ?, ?, ?, ?, ?, ?, ?)", POPULATION)
        con.executemany(
            "insert into raw.population_bands values (?, ?, ?, ?, ?, ?, ?, ?)", band_rows()
        )
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
        for name, value in RULES.items():
            mp.setenv(name, value)
        result = dbtRunner().invoke(args)
    return result, warehouse


@pytest.fixture(scope="module")
def docs(build, tmp_path_factory):
    """`dbt docs generate` on the built warehouse; return the catalog and the manifest."""
    _, warehouse = build
    tmp = tmp_path_factory.mktemp("docs")
    args = [
        "docs", "generate",
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
    assert result.success, result.exception
    catalog = json.loads((tmp / "target" / "catalog.json").read_text())
    manifest = json.loads((tmp / "target" / "manifest.json").read_text())
    return catalog, manifest


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
    unit_tests = {
        r.node.name for r in result.result.results if str(r.node.resource_type) == "unit_test"
    }
    assert UNIT_TESTS <= unit_tests
    assert len(statuses["test"]) > 50
    assert {"model", "seed"} <= statuses.keys()
    not_ok = [s for ss in statuses.values() for s in ss if s not in ("pass", "success")]
    assert not_ok == []


def test_marts_exist_in_verbatim_schemas(con):
    tables = con.execute(
        "select table_schema, table_name from information_schema.tables"
        " where table_schema in ('marts', 'seeds') order by all"
    ).fetchall()
    for mart in MARTS:
        assert ("marts", mart) in tables
    assert ("seeds", "categories") in tables
    assert ("seeds", "boundary_crosswalk") in tables


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
    # Wmo as CBS, the GMSD and the BBV: 25 clients / 1,000 residents of all ages = 25 per 1,000
    assert clients_row(con, "buurt", "BU09990101", JAN, *HH) == (25, "number", 1000, 25.0, "number")
    # youth care as CBS: residents up to 22 (0-17 200 + 18-22 50): 10 / 250 = 40 per 1,000
    assert clients_row(con, "buurt", "BU09990101", JAN, *JZV) == (10, "number", 250, 40.0, "number")


def test_rates_in_the_unit_of_their_definition(con):
    """The same rates as CBS and the BBV publish them: youth care 4% of residents up to 22,
    bijstand 30 / 830 residents of 15+ as %, Wmo per 1,000."""
    rows = dict(con.execute(
        """
        select category, (rate, rate_unit) from marts.area_clients_monthly
        where area_code = 'BU09990101' and period = ?
        """,
        [JAN],
    ).fetchall())
    assert rows["huishoudelijke_hulp"] == (25.0, "per 1.000 inwoners")
    assert rows["jeugdhulp_zonder_verblijf"] == (4.0, "% van de inwoners tot 23 jaar")
    rate, unit = rows["algemene_bijstand"]
    assert rate == pytest.approx(30 * 100 / 830)
    assert unit == "% van de inwoners van 15 jaar en ouder"


def test_bijstand_yearly_is_the_december_stand(con):
    """The data end in February 2024: bijstand's December stand is not yet published, while
    Wmo's year is the average of its months."""
    rows = dict(con.execute(
        """
        select category, (months, clients_state) from marts.area_clients_yearly
        where area_code = 'BU09990101' and year = 2024
        """
    ).fetchall())
    assert rows["algemene_bijstand"] == (0, "not_published")
    assert rows["huishoudelijke_hulp"] == (2, "number")


def test_a_zero_count_is_hidden_like_any_count_below_the_threshold(con):
    # CBS shows no 0 either; the rate of a hidden count is hidden (zero residents give
    # `unknown` only for a published count: the unit test of int_area_rates_by_period)
    assert clients_row(con, "buurt", "BU09990202", JAN, *HH) == (
        None, "suppressed", 0, None, "suppressed"
    )  # fmt: skip
    assert con.execute(
        "select threshold, protection_width from intermediate.int_disclosure_rules"
    ).fetchone() == (1, 0)


def test_wijk_is_sum_of_its_buurten(con):
    clients, state, residents, rate, rate_state = clients_row(con, "wijk", "WK099901", JAN, *HH)
    assert (clients, state, residents, rate_state) == (40, "number", 1500, "number")
    assert rate == pytest.approx(40 * 1000 / 1500)


def test_suppressed_buurt_makes_its_wijk_suppressed(con):
    assert clients_row(con, "buurt", "BU09990102", FEB, *HH) == (
        None, "suppressed", 500, None, "suppressed"
    )  # fmt: skip
    assert clients_row(con, "wijk", "WK099901", FEB, *HH) == (
        None, "suppressed", 1500, None, "suppressed"
    )  # fmt: skip
    # the other wijk is unaffected
    assert clients_row(con, "wijk", "WK099902", FEB, *HH)[:2] == (10, "number")
    assert clients_row(con, "gemeente", "GM0999", FEB, *HH)[:2] == (None, "suppressed")


def test_not_published_beats_suppressed(con):
    assert clients_row(con, "wijk", "WK099901", JAN, *JZV)[:2] == (None, "not_published")
    assert clients_row(con, "wijk", "WK099902", JAN, *JZV)[:2] == (None, "suppressed")
    assert clients_row(con, "gemeente", "GM0999", JAN, *JZV)[:2] == (None, "not_published")


def test_gemeente_total_and_rate(con):
    assert clients_row(con, "gemeente", "GM0999", JAN, *HH)[:4] == (50, "number", 1750, 50 / 1.75)
    clients, _, residents, rate, _ = clients_row(con, "gemeente", "GM0999", JAN, *AB)
    assert (clients, residents) == (50, 1455)  # bijstand as CBS: residents of 15 and older
    assert rate == pytest.approx(50 * 1000 / 1455)


def test_unique_client_totals_roll_up_and_say_not_delivered(con):
    rows = con.execute(
        """
        select area_level, area_code, domain, clients, clients_state, rate, rate_state, rate_unit
        from marts.area_client_totals_monthly where period = ? order by all
        """,
        [JAN],
    ).fetchall()
    wmo = {r[1]: r[3:] for r in rows if r[2] == "wmo"}
    # all residents: BU01 1,000, BU02 500, Noord 1,500, gemeente 1,750; per 1,000 (CBS)
    assert wmo["BU09990101"] == (25, "number", 25.0, "number", "per 1.000 inwoners")
    assert wmo["WK099901"] == (40, "number", pytest.approx(26.6667, abs=1e-3), "number",
                               "per 1.000 inwoners")
    assert wmo["GM0999"][:2] == (50, "number")
    # the January jeugd export has no total: not delivered at every level, never 0 or a sum
    jeugd = {r[1]: r[3:6] for r in rows if r[2] == "jeugd"}
    assert jeugd["BU09990101"] == (None, "not_delivered", None)
    assert jeugd["GM0999"] == (None, "not_delivered", None)
    # February: one buurt of three with a total; the others are unknown, and so are their
    # wijken and the gemeente (never the one delivered total passed off as the wijk's)
    feb = dict(con.execute(
        "select area_code, clients_state from marts.area_client_totals_monthly "
        "where period = ? and domain = 'wmo'", [FEB],
    ).fetchall())
    assert feb == {"BU09990101": "number", "BU09990102": "unknown", "BU09990201": "unknown",
                   "WK099901": "unknown", "WK099902": "unknown", "GM0999": "unknown"}


def test_stapeling_share(con):
    """GMSD: a share of the households with any provision (the seven combinations); beside it
    the share of all households. BU09990102 has no one-domain rows: its GMSD share is unknown."""
    rows = con.execute(
        """
        select area_code, households, households_state, households_with_provision,
               share_pct, share_state, total_households, share_of_all_households_pct
        from marts.area_stapeling_yearly
        where year = 2024 and combination = 'wmo_jeugd'
        order by area_level, area_code
        """
    ).fetchall()
    by_code = {row[0]: row[1:] for row in rows}
    assert by_code["BU09990101"][:5] == (10, "number", 100, 10.0, "number")
    assert by_code["BU09990101"][5:] == (450, pytest.approx(10 * 100 / 450))
    assert by_code["BU09990102"][:5] == (5, "number", None, None, "unknown")
    # the wijk: its buurten's rows rolled up, 15 of 105 households with a provision
    households, state, with_provision, share, share_state, total, _ = by_code["WK099901"]
    assert (households, state, with_provision, share_state, total) == (
        15, "number", 105, "number", 670
    )
    assert share == pytest.approx(15 * 100 / 105)
    assert by_code["WK099902"][:2] == (None, "suppressed")
    assert by_code["GM0999"][:2] == (None, "suppressed")


# ---------- comparisons, index, fallback (issue 4)


def compared_row(con, level, code, period, domain, category):
    return con.execute(
        """
        select rate_prev_period, rate_change_prev_period, rate_change_prev_period_pct,
               change_prev_period_state, change_prev_year_state, series_start,
               gemeente_rate_per_1000, index_gemeente, index_state,
               wijk_code, wijk_rate_state, show_wijk_instead
        from marts.area_clients_monthly
        where area_level = ? and area_code = ? and period = ? and domain = ? and category = ?
        """,
        [level, code, period, domain, category],
    ).fetchone()


def test_change_against_previous_month(con):
    # Zuid-Centrum: 10 / 250 residents = 40 per 1,000 in January and February
    row = compared_row(con, "buurt", "BU09990201", FEB, *HH)
    assert row[:6] == (40.0, 0.0, 0.0, "number", "unknown", False)
    # January is the first month of the data: a new series, no comparison
    row = compared_row(con, "buurt", "BU09990201", JAN, *HH)
    assert (row[0], row[3], row[5]) == (None, "unknown", True)


def test_index_against_the_gemeente(con):
    # 40 per 1,000 against the gemeente's 50 / 1,750 x 1,000
    row = compared_row(con, "buurt", "BU09990201", JAN, *HH)
    assert row[6] == pytest.approx(50 / 1.75)
    assert row[7] == pytest.approx(140.0)
    assert row[8] == "number"
    assert compared_row(con, "gemeente", "GM0999", JAN, *HH)[7:9] == (100.0, "number")


def test_suppressed_input_never_becomes_a_number(con):
    # suppressed in the source: no change, no index, and its wijk cannot stand in either
    row = compared_row(con, "buurt", "BU09990102", FEB, *HH)
    assert row == (
        None, None, None, "suppressed", "suppressed", False,
        None, None, "suppressed", "WK099901", "suppressed", False,
    )  # fmt: skip
    # a number in a suppressed gemeente month has no index
    assert compared_row(con, "buurt", "BU09990201", FEB, *HH)[7:9] == (None, "suppressed")
    bad = con.execute(
        """
        select count(*) from marts.area_clients_monthly
        where (rate_state != 'number' and (rate_change_prev_period is not null
                or rate_change_prev_year is not null or index_gemeente is not null))
           or (clients_state != 'number' and rate_state = 'number')
        """
    ).fetchone()[0]
    assert bad == 0


def test_buurt_without_a_rate_falls_back_to_its_wijk(con):
    # the business park's count is hidden (0): its wijk's rate 10 / 200 x 1,000 stands in
    row = compared_row(con, "buurt", "BU09990202", JAN, *HH)
    assert (row[8], row[9], row[10], row[11]) == ("suppressed", "WK099902", "number", True)


def test_yearly_average_of_the_months(con):
    rows = con.execute(
        """
        select area_code, months, clients, clients_state, rate_per_1000
        from marts.area_clients_yearly
        where year = 2024 and domain = 'wmo' and category = 'huishoudelijke_hulp'
          and area_code in ('BU09990101', 'BU09990102')
        order by area_code
        """
    ).fetchall()
    # Noord-Oost 25 and 25: average 25 over 1,000 residents; Noord-West has a suppressed month
    assert rows == [
        ("BU09990101", 2, 25.0, "number", 25.0),
        ("BU09990102", 2, None, "suppressed", None),
    ]


def test_area_profile_pressure_signal(con):
    row = con.execute(
        """
        select wmo_category, wmo_index, wmo_is_high, jeugd_index_state,
               participatiewet_is_high, domains_assessed, pressure_score, pressure_state,
               pressure_domains, is_multi_domain_pressure
        from marts.area_profile_monthly
        where area_code = 'BU09990201' and period = ?
        """,
        [JAN],
    ).fetchone()
    # Wmo index 140 is high; jeugd is suppressed; bijstand 5 / 210 against 50 / 1,455 (15+)
    assert row[0] == "huishoudelijke_hulp"
    assert row[1] == pytest.approx(140.0)
    assert row[2:] == (True, "suppressed", False, 2, 1, "number", "Wmo", False)


def test_area_profile_stapeling_carried_to_each_month(con):
    rows = con.execute(
        """
        select period, stapeling_year, stapeling_wmo_jeugd_pct, stapeling_wmo_jeugd_state,
               stapeling_two_or_more_state
        from marts.area_profile_monthly where area_code = 'WK099901' order by period
        """
    ).fetchall()
    assert [r[1] for r in rows] == [2024, 2024]
    # GMSD: of the 105 households with a provision in the wijk
    assert rows[0][2] == rows[1][2] == pytest.approx(15 * 100 / 105)
    assert rows[0][3:] == ("number", "number")


def test_similar_buurten_exclude_empty_buurten(con):
    rows = con.execute(
        "select buurt_code, rank, similar_buurt_code from marts.similar_buurten order by all"
    ).fetchall()
    # the business park (0 residents) takes no part: three buurten, two neighbours each
    assert [(r[0], r[1]) for r in rows] == [
        (code, rank) for code in ("BU09990101", "BU09990102", "BU09990201") for rank in (1, 2)
    ]
    assert "BU09990202" not in {r[2] for r in rows}


# ---------- documentation


def test_docs_generate_lists_the_marts(docs):
    catalog, _ = docs
    names = {node["metadata"]["name"] for node in catalog["nodes"].values()}
    assert set(MARTS) <= names


def test_every_mart_column_has_one_dutch_definition_and_every_definition_a_column(docs, con):
    """Seed `definitions` against the built marts' real columns (the catalog), both ways."""
    catalog, manifest = docs
    marts = {n["name"] for n in manifest["nodes"].values()
             if n["resource_type"] == "model" and n["schema"] == "marts"}
    assert set(MARTS) <= marts
    built = {(node["metadata"]["name"], column)
             for node in catalog["nodes"].values() if node["metadata"]["name"] in marts
             for column in node["columns"]}
    rows = con.execute(
        "select table_name, column_name, label, definition, unit, source "
        "from seeds.definitions"
    ).fetchall()
    seeded = [(r[0], r[1]) for r in rows]
    assert len(seeded) == len(set(seeded))  # one row per column
    assert sorted(built - set(seeded)) == []  # a mart column without its Dutch definition
    assert sorted(set(seeded) - built) == []  # a definition of a column that does not exist
    assert [r[:2] for r in rows if not all(r[2:])] == []  # label, definition, unit, source


def test_every_mart_is_under_contract_and_every_column_described(docs):
    """The folder config enforces the contract of every mart (dbt_project.yml), so the
    manifest's columns are the built ones; each keeps a short English description."""
    _, manifest = docs
    missing = []
    for node in manifest["nodes"].values():
        if node["resource_type"] != "model" or node["schema"] != "marts":
            continue
        if not node["config"]["contract"]["enforced"]:
            missing.append(f"{node['name']}: contract")
        for column in node["columns"].values():
            if not column.get("description"):
                missing.append(f"{node['name']}.{column['name']}.description")
    assert missing == []
