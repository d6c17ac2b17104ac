"""The small-area flag of a count: the population of its own year, else of the latest earlier
year, else of the earliest later one (wijkwijs.disclosure.dbt._small_flags)."""

import duckdb

from wijkwijs.disclosure.dbt import _small_flags


def test_a_count_takes_the_nearest_population_year_earlier_first():
    con = duckdb.connect()
    con.execute("""
        create table checked as select * from (values
            (2024, 'BU01', 'total', 2019, true),
            (2024, 'BU01', 'total', 2022, false),
            (2024, 'BU01', '0_17', 2022, true),
            (2024, 'BU02', 'total', 2023, false),
            (2025, 'BU01', 'total', 2020, false)
        ) as t (boundary_year, area_code, population_group, year, is_too_small)""")
    con.execute("""
        create table counts as select * from (values
            (2024, 2018), (2024, 2021), (2024, 2022), (2024, 2025)
        ) as t (boundary_year, count_year)""")
    _small_flags(con, "t", "counts", "checked", "'total'", "count_year")
    flags = con.execute("select area_code, year, is_too_small from t_small "
                        "where boundary_year = 2024 order by all").fetchall()
    assert flags == [
        ("BU01", 2018, True),  # before every population year: the earliest later one (2019)
        ("BU01", 2021, True),  # the latest earlier year (2019), not the nearer later 2022
        ("BU01", 2022, False),  # its own year
        ("BU01", 2025, False),  # the latest earlier year (2022)
        ("BU02", 2018, False),  # only a later year (2023)
        ("BU02", 2021, False),
        ("BU02", 2022, False),
        ("BU02", 2025, False),
    ]
    # only the groups asked for, and only the boundary years the counts have
    assert con.execute("select count(*) from t_small where population_group <> 'total' "
                       "or boundary_year <> 2024").fetchone()[0] == 0
