"""The demo municipality through the real pipeline: its serving copy against the attacker, the
rules it says it was made with, small areas, rates and youth input; and publish refusing a copy
the attacker breaks."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import data_env
from wijkwijs.attack import audit_copy
from wijkwijs.config import DBT_PROJECT_DIR
from wijkwijs.disclosure import DisclosureRules
from wijkwijs.publish.serving import DisclosureAuditError, current_hash, publish


@pytest.fixture
def copy(demo_pipeline):
    con = duckdb.connect(str(demo_pipeline / "serving" / "wijkwijs.duckdb"), read_only=True)
    yield con
    con.close()


def test_the_demo_copy_holds_against_the_attacker(demo_pipeline, copy):
    audit = audit_copy(demo_pipeline / "serving" / "wijkwijs.duckdb")
    assert audit.ok, audit.text()
    totals = audit.totals()
    assert totals["hidden"] > 1000 and totals["pinned"] == totals["exact"] == 0
    assert audit.population_exact == 0 and audit.population_checked > 0
    info = copy.execute("select * from publish_info").df().iloc[0]
    assert DisclosureRules.from_publish_info(info.to_dict()) == DisclosureRules()
    assert (info["audit_hidden"], info["audit_pinned"]) == (totals["hidden"], 0)


def test_no_count_below_the_threshold_is_served(copy):
    assert copy.execute(
        "select count(*) from area_clients_monthly where clients < 10 "
        "union all select count(*) from area_stapeling_yearly where households < 10 "
        "union all select count(*) from youth_input_by_buurt_theme "
        "where records_10_13 < 10 or records_14_17 < 10 or records_18_23 < 10"
    ).fetchall() == [(0,), (0,), (0,)]


def test_a_rate_gives_back_the_published_count_never_an_exact_population(copy):
    rows = copy.execute(
        "select c.area_level, c.clients, c.residents, c.rate_per_1000 "
        "from area_clients_monthly c where c.rate_state = 'number'"
    ).fetchall()
    assert rows
    for level, clients, residents, rate in rows:
        if level != "gemeente":
            assert residents % 5 == 0  # randomly rounded, as CBS
        assert rate == pytest.approx(clients * 1000 / residents)
    # the denominator is the population the copy publishes for that group
    assert copy.execute(
        "select count(*) from area_clients_monthly c join areas a using "
        "(boundary_year, area_level, area_code) where c.population_group = '0_17' "
        "and extract(year from c.period) = c.boundary_year and c.residents <> a.residents_0_17"
    ).fetchone()[0] == 0


def test_one_population_figure_is_published_as_one_value(demo_pipeline, copy):
    # From 2024 the AOW age is 67: the Participatiewet's 18-to-AOW denominator is the same
    # people as areas.residents_18_66. Rounded twice with different draws, the two values
    # differed for 60 buurten and 6 wijken of the demo (truth narrowed to 4 possible values).
    years = copy.execute("select list(year) from aow_age where aow_age_years = 67 "
                         "and aow_age_months = 0").fetchone()[0]
    assert {2024, 2025, 2026} <= set(years)
    pairs = copy.execute(
        "select count(*), count(*) filter (where c.residents <> a.residents_18_66) "
        "from (select distinct boundary_year, area_level, area_code, residents "
        "      from area_clients_monthly where population_group = '18_aow' "
        "      and extract(year from period) = boundary_year) c "
        "join areas a using (boundary_year, area_level, area_code) "
        "where a.boundary_year in (select unnest(?))", [years]
    ).fetchone()
    assert pairs[0] > 200 and pairs[1] == 0
    assert audit_copy(demo_pipeline / "serving" / "wijkwijs.duckdb").population_twice == 0


def test_a_small_area_shows_no_social_figure_and_says_why(demo_pipeline, copy):
    # Stadspark (BU99990505) has 1 resident: the issue read its bijstand from the old copy
    rows = copy.execute(
        "select distinct clients_state, rate_state, index_state, coalesce(clients, -1) "
        "from area_clients_monthly where area_code = 'BU99990505'"
    ).fetchall()
    assert rows == [("too_few_residents", "too_few_residents", "too_few_residents", -1)]
    # a year not yet delivered stays "nog niet gepubliceerd"; every delivered one is hidden
    assert {s for (s,) in copy.execute(
        "select distinct households_state from area_stapeling_yearly "
        "where area_code = 'BU99990505'"
    ).fetchall()} == {"too_few_residents", "not_published"}
    assert copy.execute(
        "select label from value_states where value_state = 'too_few_residents'"
    ).fetchone() == ("te weinig inwoners",)
    # its cases still count: its wijk is the sum of all its buurten in the warehouse
    with duckdb.connect(str(demo_pipeline / "warehouse" / "wijkwijs.duckdb"),
                        read_only=True) as wh:
        wijk, buurten = wh.execute(
            "select w.clients, (select sum(b.clients) from intermediate.int_case_counts_rolled_up "
            "  b join intermediate.int_areas_rolled_up a on a.area_code = b.area_code "
            "  and a.boundary_year = b.boundary_year and a.area_level = 'buurt' "
            "  where a.wijk_code = w.area_code and b.period = w.period "
            "  and b.category = w.category) "
            "from intermediate.int_case_counts_rolled_up w "
            "where w.area_code = 'WK999905' and w.category = 'algemene_bijstand' "
            "and w.period = date '2023-07-01'"
        ).fetchone()
    assert wijk == buurten


def test_youth_ids_and_order_say_nothing_about_the_date(demo_pipeline, copy):
    ids = [r[0] for r in copy.execute("select record_id from youth_input_records").fetchall()]
    with duckdb.connect(str(demo_pipeline / "warehouse" / "wijkwijs.duckdb"),
                        read_only=True) as wh:
        raw = wh.execute(
            "select r.record_id, r.collected_on, i.published_id "
            "from raw.youth_input r join intermediate.int_youth_record_ids i using (record_id) "
            "order by i.published_id"
        ).fetchall()
    assert not set(ids) & {r[0] for r in raw}  # no load id or file line is served
    assert sorted(ids) == [r[2] for r in raw]
    # within a quarter, the served order (by id) is not the order of collection
    dates = [r[1] for r in raw]
    ascending = sum(a <= b for a, b in zip(dates, dates[1:], strict=False))
    assert 0.3 < ascending / (len(dates) - 1) < 0.7


def test_no_rate_is_about_a_group_below_the_minimum(demo_pipeline):
    # jeugdhulp's BBV rate is % of 0-17 while its own group is 0-22: a buurt with enough
    # residents of 0-22 published a BBV rate about fewer than 50 children
    with duckdb.connect(str(demo_pipeline / "warehouse" / "wijkwijs.duckdb"),
                        read_only=True) as wh:
        shown, small = wh.execute(
            "select count(*) filter (where y.bbv_rate_state = 'number'), "
            "count(*) filter (where y.bbv_rate_state = 'number' and e.is_too_small) "
            "from marts.area_clients_yearly y join seeds.categories k using (domain, category) "
            "join intermediate.int_population_checked e on e.year = y.year "
            "and e.boundary_year = y.boundary_year and e.area_level = y.area_level "
            "and e.area_code = y.area_code and e.population_group = k.bbv_population_group"
        ).fetchone()
    assert shown > 500 and small == 0
    assert audit_copy(demo_pipeline / "serving" / "wijkwijs.duckdb").small_group_rates == 0


def test_the_load_log_dates_youth_input_by_quarter_only(demo_pipeline, copy):
    # ideas are published per quarter; the served load log used to list a delivery's months
    # of collection (a quarter with ideas in one month only dated all of them to that month)
    (periods,) = copy.execute(
        "select periods from load_status where file_kind = 'youth_input'").fetchone()
    assert periods.split(",") == [f"{y}-K{q}" for y in (2024, 2025) for q in range(1, 5)]
    with duckdb.connect(str(demo_pipeline / "warehouse" / "wijkwijs.duckdb"),
                        read_only=True) as wh:  # the warehouse's own log says no more
        assert wh.execute("select periods from raw.load_log where file_kind = 'youth_input'"
                          ).fetchone() == (periods,)
    assert audit_copy(demo_pipeline / "serving" / "wijkwijs.duckdb").youth_loads_by_month == 0


def test_publish_refuses_a_copy_the_attacker_breaks(demo_pipeline, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(demo_pipeline, data)
    serving = data / "serving" / "wijkwijs.duckdb"
    before = current_hash(serving)
    warehouse = data / "warehouse" / "wijkwijs.duckdb"
    with duckdb.connect(str(warehouse)) as con:  # a mart that lets a small count through
        con.execute(
            "update marts.area_clients_monthly set clients = 3, clients_state = 'number' "
            "where area_code = 'BU99990101' and period = (select max(period) "
            "from marts.area_clients_monthly) and category = 'jeugdreclassering'"
        )
    with data_env(data), pytest.raises(DisclosureAuditError) as caught:
        publish(warehouse, serving, DBT_PROJECT_DIR / "target" / "manifest.json")
    assert "NIET publiceerbaar" in str(caught.value)
    assert caught.value.audit.totals()["published_small"] == 1
    assert current_hash(serving) == before  # the previous copy stays
    assert not list(serving.parent.glob(".*.tmp"))
    assert Path(serving).exists()
