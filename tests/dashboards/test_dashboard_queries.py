"""Queries read the serving copy read-only, close it, and notice a newly published copy."""

from __future__ import annotations

import os
import shutil
from datetime import date

import duckdb
import pandas as pd
import pytest

from dashboards import client_queries, reference_queries, serving_copy, static_geometry
from dashboards.client_queries import BY_PERIOD as PERIOD_TABLE

MARCH = date(2024, 3, 1)


def _gemeente_clients() -> int:
    df = client_queries.area_values("gemeente", "wmo", "huishoudelijke_hulp", MARCH, 2024)
    return int(df["clients"].iloc[0])


def test_no_serving_copy_means_no_version_and_a_clear_error(empty_data):
    assert serving_copy.serving_version() is None
    assert not serving_copy.has_serving_copy()
    with pytest.raises(serving_copy.ServingCopyMissing):
        reference_queries.categories()


def test_area_values_keep_every_state(serving_data):
    df = client_queries.area_values("buurt", "wmo", "huishoudelijke_hulp", MARCH, 2024)
    by_code = df.set_index("area_code")
    assert list(df["area_name"]) == ["Havenkwartier", "Oude Markt", "Bloemenbuurt", "Sluiskwartier"]
    assert by_code.loc["BU999902A1", "clients"] == 95
    assert by_code.loc["BU999902A1", "rate_per_1000"] == pytest.approx(95_000 / 6925)
    assert by_code.loc["BU99990102", "clients_state"] == "suppressed"
    assert by_code.loc["BU99990101", "clients_state"] == "suppressed"  # protects the one above
    assert pd.isna(by_code.loc["BU99990101", "clients"])
    assert by_code.loc["BU99990201", "clients"] == 1050
    jeugd = client_queries.area_values("buurt", "jeugd", "jeugdhulp_zonder_verblijf", MARCH, 2024)
    assert jeugd.set_index("area_code").loc["BU99990201", "rate_state"] == "not_published"


def test_the_map_reads_the_period_first_copy(own_copy):
    with duckdb.connect(str(own_copy)) as con:  # tell the two tables apart
        con.execute(f"update {PERIOD_TABLE} set clients = 90 where area_code = 'BU999902A1'")
    buurten = client_queries.area_values("buurt", "wmo", "huishoudelijke_hulp", MARCH, 2024)
    assert buurten.set_index("area_code").loc["BU999902A1", "clients"] == 90


def test_reference_tables(serving_data):
    cats = reference_queries.categories()
    assert list(dict.fromkeys(cats["domain"])) == ["wmo", "jeugd", "participatiewet"]
    assert len(cats) == 12
    assert reference_queries.value_state_labels()["suppressed"] == "geheim"
    defn = reference_queries.definition("area_clients_monthly", "clients")
    assert defn["unit"] == "aantal cliënten"
    assert client_queries.periods("wmo") == [date(2024, 3, 1), date(2024, 2, 1), date(2024, 1, 1)]
    assert client_queries.latest_period() == MARCH
    assert client_queries.boundary_year_of(MARCH) == 2024


def test_map_geometry_in_rd_with_a_box_per_area(serving_data):
    first = static_geometry._map_geometry_of(*serving_copy.current_copy(), 2024, "buurt")
    assert sorted(first["shapes"]) == ["BU99990101", "BU99990102", "BU99990201", "BU999902A1"]
    assert first["shapes"]["BU99990101"]["type"] == "Polygon"
    assert first["names"]["BU99990101"] == "Oude Markt"
    # each box holds its area's corners, in RD New metres (Oude Markt: the fixture's first
    # square kilometre, tests/dashboards/fixture_inputs.py)
    box = static_geometry.area_bounds(2024, "buurt").set_index("area_code").loc["BU99990101"]
    xs, ys = zip(*first["shapes"]["BU99990101"]["coordinates"][0], strict=True)
    assert (box.minx, box.miny, box.maxx, box.maxy) == (min(xs), min(ys), max(xs), max(ys))
    assert (box.minx, box.miny, box.maxx, box.maxy) == (155_000, 463_000, 156_000, 464_000)
    wijken = static_geometry._map_geometry_of(*serving_copy.current_copy(), 2024, "wijk")
    assert wijken["shapes"].keys() == {"WK999901", "WK999902"}


def test_no_connection_is_left_open(serving_data):
    reference_queries.categories()
    static_geometry.area_bounds(2024, "buurt")
    # a read-only connection still open in this process would make this fail
    with duckdb.connect(str(serving_data)) as con:
        # the seed's twelve categories and the three domains' unique-client totals
        assert con.execute("select count(*) from categories").fetchone()[0] == 15


def test_a_republished_copy_is_picked_up_without_restart(own_copy):
    serving = own_copy
    old_version = serving_copy.serving_version()
    assert _gemeente_clients() == 1235
    assert _gemeente_clients() == 1235  # served from the cache for this version

    # the pipeline writes a new copy next to the old one and renames it over
    new = serving.parent / ".wijkwijs.duckdb.tmp"
    shutil.copyfile(serving, new)
    with duckdb.connect(str(new)) as con:
        for table in ("area_clients_monthly", PERIOD_TABLE):  # the mart and the map's copy
            con.execute(
                f"update {table} set clients = 1240 where area_level = 'gemeente' "
                "and domain = 'wmo' and category = 'huishoudelijke_hulp' and period = ?",
                [MARCH],
            )
    os.replace(new, serving)

    assert serving_copy.serving_version() != old_version
    assert _gemeente_clients() == 1240


def test_pages_open_on_the_newest_month_every_domain_has(own_copy):
    """A refused Wmo file while Participatiewet loaded: the month without Wmo is not the
    default, and asked for anyway, Wmo says 'nog niet geleverd' rather than 'onbekend'."""
    from dashboards.formatting import format_value

    with duckdb.connect(str(own_copy)) as con:
        for table in ("area_clients_monthly", PERIOD_TABLE):
            con.execute(f"delete from {table} where domain = 'wmo' and period = '2024-03-01'")
    assert client_queries.latest_period() == date(2024, 2, 1)
    missing = client_queries.area_values("buurt", "wmo", "huishoudelijke_hulp", MARCH, 2024)
    assert set(missing["clients_state"]) == {"not_delivered"}
    assert format_value(None, "not_delivered") == "nog niet geleverd"
    delivered = client_queries.area_values("buurt", "jeugd", "jeugdhulp_zonder_verblijf", MARCH,
                                           2024)
    assert "not_delivered" not in set(delivered["clients_state"])
