"""Reads of the serving copy for what changed and how it develops: yearly figures, stapeling of
every year, the months a change is tested against, and an area by its code. No widgets here.

Same rules as the other query modules (dashboards/serving_copy.py, query_access.py):
read-only, cached per version of the copy, figures per area only for a role with
`area_figures`, a wijkteam only its own wijken, every area code checked
(tests/security/test_security_query_layer.py enumerates this module too).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboards import auth
from dashboards.client_queries import BY_PERIOD
from dashboards.query_access import NOT_IN_COPY, figures_access, one_area, restricted
from dashboards.serving_copy import _query
from wijkwijs.workspace.changes import BASELINE_MONTHS  # the team meeting's rule


def area_yearly(area_level: str, area_code: str, gemeente_code: str) -> pd.DataFrame:
    """Every year of one area and of its gemeente from `area_clients_yearly` (average
    monthly clients and the rate of that average; `months` says how many months a year has)."""
    one_area(area_code, gemeente_code)
    return _query(
        "select area_level, area_code, year, months, domain, category, clients, clients_state, "
        "rate_per_1000, rate_state, rate_change_prev_year, change_prev_year_state "
        "from area_clients_yearly where (area_level = ? and area_code = ?) "
        "or (area_level = 'gemeente' and area_code = ?) order by year, domain, category",
        (area_level, area_code, gemeente_code),
    )


def area_population(area_code: str, boundary_year: int) -> dict[str, float | None]:
    """Published residents of one area per population group of the categories seed (`total`,
    `0_22`, `15_plus`, ...) on 1 January of `boundary_year`, as the mart's rates use them
    (its `residents`); None where unknown."""
    one_area(area_code)
    df = _query(
        "select population_group, any_value(residents) as residents "
        "from area_clients_monthly where area_code = ? and boundary_year = ? "
        "group by population_group",
        (area_code, boundary_year),
    )
    return {group: None if pd.isna(v) else float(v)
            for group, v in zip(df["population_group"], df["residents"], strict=True)}


def counts_before(
    area_level: str, domain: str, category: str, period: date, months: int = BASELINE_MONTHS
) -> pd.DataFrame:
    """The published counts (`clients`, `clients_state`) of every area of a level in `period`
    and the `months` months before it, for testing a change (wijkwijs.significance)."""
    access = figures_access()
    first = (pd.Timestamp(period) - pd.DateOffset(months=months)).date()
    frame = _query(
        "select f.area_code, a.wijk_code, f.period, f.clients, f.clients_state "
        f"from {BY_PERIOD} f join areas a on a.area_level = f.area_level "
        "and a.area_code = f.area_code and a.boundary_year = f.boundary_year "
        "where f.area_level = ? and f.domain = ? and f.category = ? "
        "and f.period between ? and ? order by f.area_code, f.period",
        (area_level, domain, category, first, period),
    )
    return restricted(frame, access, area_level)


def stapeling_latest(area_level: str, period: date) -> pd.DataFrame:
    """Per area of a level: households in two or more domains (% of all households) in the
    newest stapeling year up to `period`'s year that is published, with that year.

    The integrated profile carries the period's own year, which is *nog niet gepubliceerd*
    for the current year; the profile page falls back to the last published year, and this
    is the same year for every area of the level."""
    access = figures_access()
    frame = _query(
        """
        with years as (
            select max(stapeling_year) as year from area_profile_monthly
            where area_level = ? and period <= ?
              and stapeling_two_or_more_state <> 'not_published'
        )
        select p.area_code, p.area_level, p.wijk_code, p.stapeling_year,
               p.stapeling_two_or_more_pct as share, p.stapeling_two_or_more_state as state
        from area_profile_monthly p join years y on p.stapeling_year = y.year
        where p.area_level = ?
        qualify row_number() over (partition by p.area_code order by p.period desc) = 1
        """,
        (area_level, period, area_level),
    )
    return restricted(frame, access).drop(columns=["area_level", "wijk_code"])


def area_lookup(area_code: str) -> dict[str, object]:
    """Level, name and whether it is water, of a code in the copy's newest boundary year it
    has (names and codes only: public, as `reference_queries.area_directory`), for a Dutch
    answer to a link that names an area the page cannot show. PermissionError (NOT_IN_COPY) when the
    copy does not know the code."""
    auth.require_access()
    df = _query(
        "select area_level, area_name, coalesce(is_water, false) as is_water, boundary_year "
        "from areas where area_code = ? order by boundary_year desc limit 1",
        (str(area_code),),
    )
    if df.empty:
        raise PermissionError(NOT_IN_COPY)
    row = df.iloc[0]
    return {"area_level": str(row["area_level"]), "area_name": str(row["area_name"]),
            "is_water": bool(row["is_water"]), "boundary_year": int(row["boundary_year"])}
