"""Every public function of the query layer checks every area code it is given, for every role.

The functions are found by introspection, not listed: a new function in any module of MODULES
(dashboards/serving_copy.py, the dashboards/*_queries.py modules and static_geometry.py: the
modules the pages read the serving copy through) is called here the moment it exists. Each is
called as each role, first with the role's own codes, then with a foreign code in each of its
code parameters (`*_code`, `*codes`): another wijk's areas, and codes that are not in the copy.
It must refuse (PermissionError) or answer without a single foreign area in the result; a
single code that is not in the copy must be refused. A parameter the test has no value for
fails the test: add one.

The copy is the small serving fixture of tests/dashboards (wijk Centrum WK999901: Oude Markt,
Havenkwartier; wijk Noord WK999902: Bloemenbuurt, Sluiskwartier) plus youth input in one
buurt of each wijk.
"""

from __future__ import annotations

import inspect
from datetime import date
from pathlib import Path
from types import ModuleType

import duckdb
import pandas as pd
import pytest
import shapely

from dashboards import (
    auth,
    cbs_queries,
    client_queries,
    profile_queries,
    reference_queries,
    serving_copy,
    static_geometry,
    status_queries,
    trend_queries,
    youth_queries,
)
from tests.dashboards.serving_copy import copy_data, shared_copy
from tests.youth.youth_serving_fixture import records_frame
from wijkwijs.access import ANALYST, AREA_TEAM, PLANNER, Access

# every module the pages read the serving copy through; dashboards.query_access holds the
# checks these call (no reader of its own for a page)
MODULES = (serving_copy, reference_queries, client_queries, profile_queries, cbs_queries,
           status_queries, youth_queries, static_geometry, trend_queries)
MARCH = date(2024, 3, 1)
CENTRUM, NOORD = "WK999901", "WK999902"
OWN = ["BU99990101", "BU99990102"]
OTHER = {"BU99990201": "Bloemenbuurt", "BU999902A1": "Sluiskwartier", NOORD: "Noord"}
NOT_IN_COPY = ["BU99999999", "WK999999", "GM0000"]

ACCESS = {
    ANALYST: Access(ANALYST, "entra:analist"),
    AREA_TEAM: Access(AREA_TEAM, "entra:wijkteam-centrum", frozenset({CENTRUM})),
    PLANNER: Access(PLANNER, "entra:planner"),
}
# what each role may not see: another wijk's areas (an analyst sees them all) and, for every
# role, codes that are not in the copy
FOREIGN = {
    ANALYST: NOT_IN_COPY,
    AREA_TEAM: [*OTHER, *NOT_IN_COPY],
    PLANNER: [*OTHER, *NOT_IN_COPY],  # the plan area below is wijk Centrum's two buurten
}

# Functions that do not read the serving copy's contents (paths, versions, file writing).
NOT_READERS = {
    "serving_copy.serving_path": "the path of the copy",
    "serving_copy.serving_version": "inode and mtime of a path",
    "serving_copy.has_serving_copy": "whether the file exists",
    "serving_copy.pinned_serving_copy": "context manager pinning the copy of one page run",
    "serving_copy.current_copy": "path and version of the pinned copy",
    "static_geometry.write_geometry_file": "writes what it is given",
    "static_geometry.url_for": "a URL path from a file name",
}
# Functions whose answer may name any area, and for which roles (documented contracts).
WHOLE_COPY = {
    "reference_queries.gemeenten": (ANALYST, AREA_TEAM, PLANNER),  # codes and names only
    "reference_queries.area_directory": (ANALYST, AREA_TEAM, PLANNER),  # codes and names only
    # names; their figures go through client_queries.areas_at
    "profile_queries.similar_buurten": (ANALYST, AREA_TEAM, PLANNER),
    "static_geometry.area_bounds": (ANALYST, AREA_TEAM, PLANNER),  # public boundaries
    "youth_queries.shapes": (ANALYST, AREA_TEAM, PLANNER),  # public boundaries
    "youth_queries.choosable_areas": (ANALYST, PLANNER),  # names to build a plan area from
    "youth_queries.records": (ANALYST, PLANNER),  # the youth input of the whole gemeente
    "youth_queries.ideas_per_buurt": (ANALYST, PLANNER),
    "trend_queries.area_lookup": (ANALYST, AREA_TEAM, PLANNER),  # level and name only
    "static_geometry.planar_shapes": (ANALYST, AREA_TEAM, PLANNER),  # public boundaries
}
# Functions that may be asked about any area in the copy, by role (their input is not scoped).
ANY_AREA_ASKED = {
    "youth_queries.ideas_per_buurt": (ANALYST, PLANNER),
    "youth_queries.ideas_per_theme_since": (ANALYST, PLANNER),  # the youth input is theirs to see
}


@pytest.fixture(scope="module")
def copy_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("query_layer")
    path = copy_data(shared_copy(tmp_path_factory), data)
    records = records_frame().assign(boundary_year=2024)
    foreign = records["buurt_code"] == "BU99990102"
    records.loc[foreign, ["buurt_code", "buurt_name", "wijk_code", "wijk_name"]] = [
        "BU99990201", "Bloemenbuurt", NOORD, "Noord"]
    records.loc[~foreign, ["buurt_name"]] = "Oude Markt"
    with duckdb.connect(str(path)) as con:
        con.register("frame", records)
        con.execute("create or replace table youth_input_records as select * from frame")
        con.execute(
            "create or replace table youth_input_by_buurt_theme as select boundary_year, "
            "buurt_code, "
            "theme, year, quarter, any_value(theme_label) as theme_label, "
            "any_value(quarter_start) as quarter_start, count(*)::integer as records, "
            "coalesce(sum(support), 0)::integer as support_total "
            "from youth_input_records group by all")
        # the yearly mart, so trend_queries.area_yearly returns real rows
        con.execute(
            "create or replace table area_clients_yearly as select area_level, area_code, "
            "year(period) as year, count(distinct period)::integer as months, domain, category, "
            "any_value(boundary_year) as boundary_year, any_value(wijk_code) as wijk_code, "
            "avg(clients) as clients, 'number' as clients_state, avg(rate_per_1000) as "
            "rate_per_1000, 'number' as rate_state, null::double as rate_change_prev_year, "
            "'unknown' as change_prev_year_state from area_clients_monthly group by all")
    return data


@pytest.fixture
def copy(copy_dir, monkeypatch) -> Path:
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(copy_dir))
    return copy_dir


@pytest.fixture
def plan_area(copy):
    with auth.use_access(ACCESS[ANALYST]):
        shapes = youth_queries.shapes("buurt")
    return shapely.union_all(shapes[shapes["area_code"].isin(OWN)].geometry.to_numpy())


def public_functions(module: ModuleType) -> dict[str, object]:
    """Every public function defined in `module` (st.cache_data wrappers included)."""
    found = {}
    for name, obj in vars(module).items():
        target = inspect.unwrap(obj) if callable(obj) else None
        if (not name.startswith("_") and inspect.isfunction(target)
                and target.__module__ == module.__name__):
            found[f"{module.__name__.rsplit('.', 1)[-1]}.{name}"] = obj
    return found


def is_code_param(name: str) -> bool:
    return name.endswith(("_code", "_codes")) or name == "codes"


def own_values(plan) -> dict:
    """A valid value per parameter name: the own areas of a wijkteam of Centrum."""
    return {
        "area_level": "buurt", "domain": "wmo", "category": "huishoudelijke_hulp",
        "period": MARCH, "boundary_year": 2024, "table": "area_clients_monthly",
        "table_name": "area_clients_monthly", "column_name": "rate_per_1000",
        "area_code": OWN[0], "buurt_code": OWN[0], "gemeente_code": "GM9999",
        "codes": list(OWN), "buurt_codes": list(OWN), "plan_area": plan,
        "first_quarter": MARCH, "measure": "wmo_clienten_per_1000", "year": 2024,
    }


def arguments(fn, plan) -> dict:
    values = own_values(plan)
    params = inspect.signature(fn).parameters.values()
    missing = [p.name for p in params if p.default is p.empty and p.name not in values]
    assert not missing, f"add a value for {missing} to own_values()"
    return {p.name: values[p.name] for p in params if p.name in values}


def mentions(result, words: list[str]) -> list[str]:
    """The words (area codes, names) that occur anywhere in a query result."""
    if isinstance(result, pd.DataFrame):
        cells = [str(v) for col in result.columns for v in result[col].tolist()]
        text = "\n".join([*map(str, result.columns), *cells])
    elif isinstance(result, dict):
        text = "\n".join(f"{k}={v}" for k, v in result.items())
    elif isinstance(result, (list, tuple, set, frozenset)):
        text = "\n".join(map(str, result))
    else:
        text = str(result)
    return [w for w in words if w in text]


def call(fn, kwargs: dict, access: Access):
    with auth.use_access(access):
        try:
            return fn(**kwargs)
        except PermissionError as refused:
            return refused


def violations(functions: dict[str, object], plan) -> tuple[list[str], int]:
    """(what went wrong, how many calls were made) for every function, role and foreign code."""
    found, calls = [], 0
    for name, fn in sorted(functions.items()):
        if name in NOT_READERS:
            continue
        base = arguments(fn, plan)
        for role, access in ACCESS.items():
            open_answer = role in WHOLE_COPY.get(name, ())
            foreign_words = [*FOREIGN[role], *(OTHER[c] for c in FOREIGN[role] if c in OTHER)]
            result = call(fn, base, access)
            calls += 1
            if not isinstance(result, PermissionError) and not open_answer:
                if leaked := mentions(result, foreign_words):
                    found.append(f"{name} as {role} with own codes: {leaked}")
            for param in (p for p in base if is_code_param(p)):
                for code in FOREIGN[role]:
                    unknown = code in NOT_IN_COPY
                    if not unknown and role in ANY_AREA_ASKED.get(name, ()):
                        continue
                    as_list = isinstance(base[param], list)
                    result = call(fn, {**base, param: [*base[param], code] if as_list else code},
                                  access)
                    calls += 1
                    if isinstance(result, PermissionError):
                        continue
                    if unknown and not as_list:
                        found.append(f"{name}({param}={code}) as {role}: not refused")
                    elif not open_answer and (leaked := mentions(result, foreign_words)):
                        found.append(f"{name}({param}={code}) as {role}: {leaked}")
    return found, calls


def all_public_functions() -> dict[str, object]:
    return {k: v for m in MODULES for k, v in public_functions(m).items()}


def test_every_public_query_function_checks_every_area_code_for_every_role(copy, plan_area):
    functions = all_public_functions()
    found, calls = violations(functions, plan_area)
    assert found == []
    readers = set(functions) - set(NOT_READERS)
    with_codes = {n for n in readers
                  if any(is_code_param(p) for p in inspect.signature(functions[n]).parameters)}
    # the layer as it is today: 34 readers, 8 of them take area codes (grows with the layer)
    assert len(readers) >= 34 and len(with_codes) >= 8, (sorted(readers), sorted(with_codes))
    assert calls >= 3 * len(readers) + 3 * len(with_codes) * len(NOT_IN_COPY)


def test_the_lists_of_exceptions_name_only_functions_that_exist():
    functions = all_public_functions()
    for listed in (NOT_READERS, WHOLE_COPY, ANY_AREA_ASKED):
        assert set(listed) <= set(functions)


def test_a_new_function_without_a_check_fails_the_enumeration(copy, plan_area, monkeypatch):
    """The enumeration has teeth: a function that forgets the check is caught, both kinds."""

    def area_rates(area_code: str) -> pd.DataFrame:  # checks the role, not the code
        auth.require_access()
        return serving_copy._query("select * from area_clients_monthly where area_code = ?",
                              (area_code,))

    def every_buurt(period: date) -> pd.DataFrame:  # returns every area's figures
        return serving_copy._query("select * from area_clients_monthly where period = ?", (period,))

    for fn in (area_rates, every_buurt):
        fn.__module__ = client_queries.__name__
        monkeypatch.setattr(client_queries, fn.__name__, fn, raising=False)
    found, _ = violations(public_functions(client_queries), plan_area)
    rates = "client_queries.area_rates(area_code="
    assert any(f.startswith(f"{rates}BU99990201) as wijkteam") for f in found)
    assert any(f.startswith(f"{rates}BU99999999) as analyst: not refused")
               for f in found)
    assert any(f.startswith("client_queries.every_buurt as wijkteam with own codes") for f in found)
    assert any(f.startswith("client_queries.every_buurt as planner with own codes") for f in found)


def test_the_wijkteam_gets_another_areas_months_from_no_function(copy):
    """The measured leak: profile_of(own, other) returned the other area's 42 months."""
    with auth.use_access(ACCESS[AREA_TEAM]):
        for other in OTHER:
            with pytest.raises(PermissionError, match="Uw rol \\(wijkteam\\)"):
                profile_queries.profile_of(OWN[0], other)
        own = profile_queries.profile_of(OWN[0], "GM9999")
    assert set(own["area_code"]) == {OWN[0], "GM9999"}
