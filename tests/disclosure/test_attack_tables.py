"""The attacker on what more than one published table holds: one true population figure
rounded twice, unique-client totals next to their categories, and the load log next to the
youth input's quarters."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from tests.disclosure.copies import hierarchy_cells, serving_copy
from wijkwijs.attack import audit_copy
from wijkwijs.disclosure import DisclosureRules

RULES = DisclosureRules()


def _published(months, residents):
    """Cells as published when every count is large: nothing hidden, nothing to attack but
    the population."""
    cells = hierarchy_cells(months, residents=residents)
    return cells.assign(value=(cells["value"] // 5) * 5)


def test_a_wijk_of_one_buurt_must_show_that_buurts_population(tmp_path):
    months = [[[40], [20, 30]]]  # WK000100 is the single buurt BU00010000
    residents = {"BU00010000": 500, "WK000100": 500, "BU00010100": 300, "BU00010101": 200,
                 "WK000101": 500, "GM0001": 1003}
    audit = audit_copy(serving_copy(tmp_path / "same.duckdb", _published(months, residents),
                                    RULES, residents))
    assert audit.population_twice == 0 and audit.ok, audit.text()
    # the wijk rounded on its own: 500 and 505 say the truth is 501..504, not 496..504
    residents["WK000100"] = 505
    audit = audit_copy(serving_copy(tmp_path / "apart.duckdb", _published(months, residents),
                                    RULES, residents))
    assert audit.population_twice == 1 and not audit.ok
    assert "a wijk of one buurt): 1" in audit.text()


def test_18_to_the_aow_age_is_18_66_when_that_age_is_67(tmp_path):
    months = [[[40, 30]]]
    residents = {"BU00010000": 300, "BU00010001": 200, "WK000100": 500, "GM0001": 500}
    path = serving_copy(tmp_path / "aow.duckdb", _published(months, residents), RULES, residents)
    with duckdb.connect(str(path)) as con:
        con.execute("create table aow_age as select * from (values (2024, 67, 0), "
                    "(2023, 66, 10)) t (year, aow_age_years, aow_age_months)")
        con.execute("alter table areas add column residents_18_66 integer")
        con.execute("update areas set residents_18_66 = residents_total - 100")
        con.execute("alter table area_clients_monthly add column population_group varchar")
        con.execute("update area_clients_monthly set population_group = '18_aow', "
                    "residents = residents - 100")
    assert audit_copy(path).population_twice == 0
    with duckdb.connect(str(path)) as con:  # the denominator rounded apart from areas
        con.execute("update area_clients_monthly set residents = residents + 5 "
                    "where area_code = 'BU00010000'")
    assert audit_copy(path).population_twice == 1
    with duckdb.connect(str(path)) as con:  # in a year with another AOW age they differ
        con.execute("update aow_age set aow_age_months = 3 where year = 2024")
    assert audit_copy(path).population_twice == 0


def _categories_copy(path, published: dict[str, list[tuple[int | None, str]]], totals=True,
                     own_mart=False):
    """A copy of one month, one wijk of len(cells) - 2 buurten, with the categories of
    `published` ({category: [(value, state) of gemeente, wijk, buurt 0, buurt 1, ...]}) in
    domain wmo; `totaal` is the unique-client total when `totals`, in its own mart
    (area_client_totals_monthly, as the dashboard reads it) when `own_mart`."""
    frames = []
    for category, cells in published.items():
        buurten = len(cells) - 2
        frame = hierarchy_cells([[[0] * buurten]])  # codes and parents of the hierarchy
        order = ["GM0001", "WK000100", *[f"BU000100{b:02d}" for b in range(buurten)]]
        frame = frame.set_index("area_code").loc[order].reset_index()
        frame["value"] = [v for v, _ in cells]
        frame["state"] = [s for _, s in cells]
        frames.append(frame.assign(domain="wmo", category=category))
    serving_copy(path, pd.concat(frames, ignore_index=True), RULES)
    with duckdb.connect(str(path)) as con:
        rows = ", ".join(f"('wmo', '{c}', {str(totals and c == 'totaal').lower()})"
                         for c in published)
        con.execute("create table categories as select * from (values " + rows
                    + ") t (domain, category, is_unique_total)")
        if own_mart:
            con.execute("create table area_client_totals_monthly as select * exclude (category) "
                        "from area_clients_monthly where category = 'totaal'")
            con.execute("delete from area_clients_monthly where category = 'totaal'")
    return path


HIDDEN = (None, "suppressed")


@pytest.mark.parametrize("own_mart", [False, True], ids=["as-category", "own-mart"])
def test_a_unique_total_and_its_published_categories_pin_a_hidden_category(tmp_path, own_mart):
    # begeleiding: wijk 35 (33..37) and buurt 2 30 (28..32) leave 1..9 for buurten 0 and 1
    # together: each alone 0..9, as the tree suppression allows. But buurt 0 has 20 unique
    # clients (18..22) and 15 in huishoudelijke hulp (13..17): at least one of them has
    # begeleiding, so begeleiding in buurt 0 is 1..9: someone there receives it.
    published = {
        "huishoudelijke_hulp": [(65, "number"), (65, "number"), (15, "number"),
                                (20, "number"), (30, "number")],
        "begeleiding": [(35, "number"), (35, "number"), HIDDEN, HIDDEN, (30, "number")],
        "totaal": [(85, "number"), (85, "number"), (20, "number"), (20, "number"),
                   (45, "number")],
    }
    as_trees = audit_copy(_categories_copy(tmp_path / "trees.duckdb", published, totals=False))
    assert as_trees.ok, as_trees.text()
    audit = audit_copy(_categories_copy(tmp_path / "totals.duckdb", published,
                                        own_mart=own_mart))
    assert not audit.ok
    table = next(t for t in audit.tables if t.source == "area_clients_monthly")
    assert (table.pinned, table.exact) == (1, 0), audit.text()
    assert table.examples[0] == "2024|2024-01-01|wmo|begeleiding BU00010000 in 1..9"


def test_a_hidden_total_is_at_least_its_largest_category(tmp_path):
    # the unique total of two buurten is hidden (28..32 together); their categories of 10
    # (10..12) and 20 (18..22) put the first at 10..12 and the second at 18..22
    published = {
        "huishoudelijke_hulp": [(30, "number"), (30, "number"), (10, "number"), (20, "number")],
        "totaal": [(30, "number"), (30, "number"), HIDDEN, HIDDEN],
    }
    assert audit_copy(_categories_copy(tmp_path / "trees.duckdb", published, False)).ok
    audit = audit_copy(_categories_copy(tmp_path / "low.duckdb", published))
    (table,) = audit.tables
    assert (table.narrow, table.pinned) == (2, 0) and not audit.ok, audit.text()


def test_a_category_under_a_total_of_few_residents_is_as_wide_as_that_population(tmp_path):
    # buurt 0 has at most 4 young people of 0-22 (the total's group, published as 0) and at
    # most 9 of 12-22 (the category's, published as 5): the total's bound of 0..4 on the
    # category is what the population alone says, not a figure narrowed by the counts
    published = {
        "jeugdreclassering": [(30, "number"), (30, "number"), HIDDEN, HIDDEN],
        "totaal": [(30, "number"), (30, "number"), HIDDEN, HIDDEN],
    }
    path = _categories_copy(tmp_path / "few.duckdb", published)
    with duckdb.connect(str(path)) as con:
        con.execute("update area_clients_monthly set residents = 10000")
        con.execute("update area_clients_monthly set residents = case category "
                    "when 'totaal' then 0 else 5 end where area_code = 'BU00010000'")
    audit = audit_copy(path)
    assert audit.ok, audit.text()
    # the same 0..4 from the counts (the other buurt's total published as 30 of the wijk's
    # 30), with many residents everywhere, fails the copy: buurt 0's total and category, and
    # buurt 1's category, which its total now fixes at 28..32
    with duckdb.connect(str(path)) as con:
        con.execute("update area_clients_monthly set residents = 10000")
        con.execute("update area_clients_monthly set clients = 30, clients_state = 'number' "
                    "where area_code = 'BU00010001' and category = 'totaal'")
    again = audit_copy(path)
    (table,) = again.tables
    assert (table.narrow, table.pinned) == (3, 0), again.text()
    assert "2024|2024-01-01|wmo|jeugdreclassering BU00010000 in 0..4" in table.examples


def test_a_youth_delivery_dated_by_month_fails_the_copy(tmp_path):
    months = [[[40, 30]]]
    residents = {"BU00010000": 300, "BU00010001": 200, "WK000100": 500, "GM0001": 500}
    path = serving_copy(tmp_path / "log.duckdb", _published(months, residents), RULES, residents)
    with duckdb.connect(str(path)) as con:
        con.execute("create table load_status as select * from (values "
                    "('wmo_2024-02.csv', 'case_counts', '2024-02'), "
                    "('jongeren.csv', 'youth_input', '2024-K1,2024-K2')) t "
                    "(file_name, file_kind, periods)")
    assert audit_copy(path).youth_loads_by_month == 0
    with duckdb.connect(str(path)) as con:  # every idea of the first quarter from February
        con.execute("insert into load_status values ('avond.csv', 'youth_input', '2024-02')")
    audit = audit_copy(path)
    assert audit.youth_loads_by_month == 1 and not audit.ok
    assert "youth deliveries in the load log dated by month: 1" in audit.text()


def test_a_rate_about_a_group_the_copy_shows_is_too_small_fails_the_copy(tmp_path):
    months = [[[40, 30]]]
    residents = {"BU00010000": 300, "BU00010001": 200, "WK000100": 500, "GM0001": 500}
    path = serving_copy(tmp_path / "rates.duckdb", _published(months, residents), RULES,
                        residents)
    with duckdb.connect(str(path)) as con:
        con.execute("alter table area_clients_monthly add column rate_state varchar")
        con.execute("update area_clients_monthly set rate_state = 'number'")
    assert audit_copy(path).small_group_rates == 0
    with duckdb.connect(str(path)) as con:  # published 45: at most 49 residents in the group
        con.execute("update area_clients_monthly set residents = 45 "
                    "where area_code = 'BU00010001'")
    audit = audit_copy(path)
    assert audit.small_group_rates == 1 and not audit.ok
    assert "rates about a group published below 50 residents: 1" in audit.text()
