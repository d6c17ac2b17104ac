"""Clients per area and month (the monthly marts), their unique totals and the stapeling of
provisions: the figures of Overzicht, Buurtprofiel, Vergelijken and Integrale blik (queries of
the serving copy, access-checked, no widgets)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboards.query_access import allowed_codes, figures_access, one_area, restricted
from dashboards.serving_copy import _query


def _as_dates(series: pd.Series) -> list[date]:
    return [ts.date() for ts in pd.to_datetime(series)]


# one month of figures is read from the period-first copy of the monthly mart (dbt
# marts/area_clients_by_period.sql): the mart itself is stored area-first for the profiles
BY_PERIOD = "area_clients_by_period"


def periods(domain: str) -> list[date]:
    """The months with figures for `domain`, newest first."""
    df = _query(
        f"select distinct period from {BY_PERIOD} where domain = ? order by period desc",
        (domain,),
    )
    return _as_dates(df["period"])


def latest_period() -> date | None:
    """The month a page opens on: the newest in which every domain of the copy has figures
    (a month where one domain is not yet delivered would show that domain as missing), else
    the newest month there is."""
    df = _query(
        f"""
        with per_month as (
            select period, count(distinct domain) as domains from {BY_PERIOD} group by period
        )
        select coalesce(
            max(period) filter (where domains = (select count(distinct domain) from {BY_PERIOD})),
            max(period)
        ) as period from per_month
        """
    )
    value = df["period"].iloc[0]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def boundary_year_of(period: date) -> int | None:
    """The boundary year the figures of `period` are published in."""
    df = _query(
        f"select max(boundary_year) as y from {BY_PERIOD} where period = ?", (period,)
    )
    value = df["y"].iloc[0]
    return None if pd.isna(value) else int(value)


def area_values(
    area_level: str, domain: str, category: str, period: date, boundary_year: int
) -> pd.DataFrame:
    """Every area of a level with its count and rate for one domain, category and month.

    An area without a row gets state `unknown` rather than disappearing from the map (or
    `not_delivered` when the domain has no figures that month at all). A wijkteam gets the
    areas of its own wijken (and the gemeente).
    """
    access = figures_access()
    frame = _query(
        f"""
        with figures as (
            select * from {BY_PERIOD}
            where area_level = ? and domain = ? and category = ? and period = ?
                and boundary_year = ?
        )
        , delivered as (  -- no row of the domain in that month at all: not delivered yet
            select case when exists (select 1 from {BY_PERIOD} where domain = ? and period = ?)
                        then 'unknown' else 'not_delivered' end as missing
        )
        select
            a.area_code, a.area_name, a.wijk_code, a.wijk_name,
            a.gemeente_code, a.gemeente_name,
            f.clients, coalesce(f.clients_state, d.missing) as clients_state,
            f.rate_per_1000, coalesce(f.rate_state, d.missing) as rate_state,
            f.residents,
            f.index_gemeente, f.rate_change_prev_year, f.rate_change_prev_period,
            coalesce(f.index_state, 'unknown') as index_state,
            coalesce(f.change_prev_year_state, 'unknown') as change_prev_year_state,
            coalesce(f.change_prev_period_state, 'unknown') as change_prev_period_state
        from areas a
        cross join delivered d
        left join figures f on f.area_code = a.area_code
        where a.area_level = ? and a.boundary_year = ? and not coalesce(a.is_water, false)
        order by a.wijk_name, a.area_name, a.area_code
        """,
        (area_level, domain, category, period, boundary_year, domain, period, area_level,
         boundary_year),
    )
    return restricted(frame, access, area_level)


# the figures derived from the counts (index on the gemeente, change on earlier months, the
# wijk's figure where a buurt's is hidden), as the monthly marts serve them
DERIVED_COLUMNS = (
    "f.index_gemeente, f.gemeente_rate_per_1000, f.rate_change_prev_year, "
    "f.rate_change_prev_year_pct, f.rate_prev_year, f.wijk_rate_per_1000, "
    "f.rate_change_prev_period, f.index_state, f.gemeente_rate_state, f.change_prev_year_state, "
    "f.wijk_rate_state, f.change_prev_period_state, f.show_wijk_instead"
)


def area_monthly(area_level: str, area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All months of one area and of its gemeente, every domain and category."""
    one_area(area_code, gemeente_code)
    return _query(
        "select f.area_level, f.area_code, f.period, f.domain, f.category, f.clients, "
        f"f.clients_state, f.rate_per_1000, f.rate_state, {DERIVED_COLUMNS} "
        "from area_clients_monthly f "
        "where (f.area_level = ? and f.area_code = ?) "
        "or (f.area_level = 'gemeente' and f.area_code = ?) order by f.period",
        (area_level, area_code, gemeente_code),
    )


# wijk_code: a wijkteam's rows are chosen by it (wijkwijs.access.Access.restrict)
TOTAL_COLUMNS = ("t.area_level, t.area_code, t.wijk_code, t.period, t.domain, t.clients, "
                 "t.clients_state, t.rate, t.rate_state, t.rate_unit, t.index_gemeente, "
                 "t.index_state")


def area_client_totals(area_level: str, area_code: str, gemeente_code: str,
                       period: date) -> pd.DataFrame:
    """Unique clients per domain of one area and of its gemeente in one month."""
    one_area(area_code, gemeente_code)
    return _query(
        f"select {TOTAL_COLUMNS} from area_client_totals_monthly t "
        "where ((t.area_level = ? and t.area_code = ?) "
        "or (t.area_level = 'gemeente' and t.area_code = ?)) and t.period = ?",
        (area_level, area_code, gemeente_code, period),
    )


def client_totals_at(area_level: str, period: date) -> pd.DataFrame:
    """Unique clients per domain of every area of a level in one month (Integrale blik)."""
    access = figures_access()
    frame = _query(
        f"select {TOTAL_COLUMNS} from area_client_totals_monthly t "
        "where t.area_level = ? and t.period = ?",
        (area_level, period),
    )
    return restricted(frame, access)


def areas_at(codes: list[str], period: date) -> pd.DataFrame:
    """Every domain and category of some areas (any level) in one month, for comparing;
    areas the role may not see are left out."""
    codes = allowed_codes(list(codes), figures_access())
    if not codes:
        return pd.DataFrame()
    marks = ", ".join("?" for _ in codes)
    return _query(
        "select f.area_level, f.area_code, f.domain, f.category, f.clients, f.clients_state, "
        f"f.rate_per_1000, f.rate_state, {DERIVED_COLUMNS} "
        f"from area_clients_monthly f where f.area_code in ({marks}) and f.period = ? "
        "order by f.area_code",
        (*codes, period),
    )


def area_stapeling(area_level: str, area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All years of the stapeling figures of one area and of its gemeente."""
    one_area(area_code, gemeente_code)
    return _query(
        "select area_level, area_code, year, combination, households, households_state, "
        "total_households, share_pct, share_state from area_stapeling_yearly "
        "where (area_level = ? and area_code = ?) "
        "or (area_level = 'gemeente' and area_code = ?) order by year, combination",
        (area_level, area_code, gemeente_code),
    )
