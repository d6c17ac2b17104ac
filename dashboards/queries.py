"""Every read of the serving copy. No widgets here.

Each query opens the serving copy read-only and closes it straight after: the dashboard never
holds a connection, and never opens the warehouse (docs/design.md, decision 1). Results are cached
keyed on the serving copy's version, (st_ino, st_mtime_ns) of the file: the pipeline renames a
new copy over the old one, which changes both, so a new publication is read without a restart.
A page run pins the copy it starts with (`pinned_serving_copy`, used by streamlit_app.py): all
its queries read that copy's hard link in `serving/versions/` (wijkwijs.publish.serving), so a
publish during the run never mixes two copies on one page.

A copy is read only when its `publish_info.schema_version` is the one this code was built for
(wijkwijs.publish.schema); any other copy raises `ServingCopyOutdated`, whose Dutch message
every page shows instead of figures. So nothing here reads a copy written by older code.

Access (docs/security.md) is enforced here, not by hiding widgets: every query needs a role
(`dashboards.auth.current_access`); figures per buurt/wijk need the `area_figures` capability
and are filtered to the role's own wijken for a wijkteam (gemeente rows stay). Every area code
a public function is given is checked, for every role: one the role may not see, or one that
is not in the copy, raises PermissionError with a Dutch message (a list of codes for comparing,
`areas_at`, leaves such codes out). tests/security/test_security_query_layer.py calls every
public function of this module and of youth_queries with foreign codes for each role. The raw
readers (`_query`, `_read_copy`) are private to the query layer. The cache holds the
unfiltered result per serving version; the filter runs on every call.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboards import auth
from wijkwijs.access import AREA_FIGURES, DATA_STATUS, YOUTH_INPUT, Access
from wijkwijs.config import paths, serving_versions_dir
from wijkwijs.disclosure import DisclosureRules
from wijkwijs.domains import domains
from wijkwijs.publish.geometry import MAP_AREAS_SQL
from wijkwijs.publish.schema import SCHEMA_VERSION

CACHE_TTL = 600  # seconds; a new serving copy is picked up at once through the version key

Version = tuple[int, int]


class ServingCopyMissing(RuntimeError):
    """No serving copy has been published yet."""


OUTDATED_MESSAGE = (
    "Deze serverkopie is gemaakt met een andere versie van wijkwijs dan dit dashboard "
    "(versie {found}, nodig: versie {needed}), dus worden er geen cijfers getoond. "
    "Herpubliceer de cijfers met `make pipeline` (of laat de beheerder dat doen); daarna "
    "toont elke pagina weer de cijfers."
)


class ServingCopyOutdated(RuntimeError):
    """The serving copy was published by another version of wijkwijs (its schema_version)."""

    def __init__(self, found: int | None):
        self.found = found
        super().__init__(OUTDATED_MESSAGE.format(
            found="onbekend" if found is None else found, needed=SCHEMA_VERSION))


def serving_path() -> Path:
    return paths().serving


def serving_version(path: Path | None = None) -> Version | None:
    """(st_ino, st_mtime_ns) of the serving copy, or None if there is none."""
    try:
        stat = os.stat(path or serving_path())
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_mtime_ns)


def has_serving_copy() -> bool:
    return serving_version() is not None


_cursor_lock = threading.Lock()


@st.cache_resource(max_entries=3, show_spinner=False)
def _open_version(path: str) -> duckdb.DuckDBPyConnection:
    """One read-only database per published version link, shared by all sessions."""
    return duckdb.connect(path, read_only=True)


def _connect(path: str) -> duckdb.DuckDBPyConnection:
    """A connection for one query. A version link (serving/versions/) never changes, so its
    database stays open and each query takes a cursor (~2 ms instead of ~35 ms to open the
    file); the plain serving path is opened and closed per query, since it is replaced."""
    if Path(path).parent == serving_versions_dir(serving_path()):
        with _cursor_lock:  # cursor() on a shared connection is not thread-safe
            return _open_version(path).cursor()
    return duckdb.connect(path, read_only=True)


def _read_copy(path: str, sql: str, params: tuple) -> pd.DataFrame:
    """`sql` on the copy at `path`, uncached and without an access check: for the cached
    readers of this module and youth_queries, which check access themselves."""
    try:
        con = _connect(path)
    except duckdb.Error as exc:
        if not os.path.exists(path):
            raise ServingCopyMissing(path) from exc
        raise
    try:
        return con.execute(sql, list(params)).df()
    finally:
        con.close()


@st.cache_data(ttl=CACHE_TTL, max_entries=256, show_spinner=False)
def _cached_query(path: str, version: Version, sql: str, params: tuple) -> pd.DataFrame:
    del version  # only part of the cache key
    return _read_copy(path, sql, params)


@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def _schema_version(path: str, version: Version) -> int | None:
    """`publish_info.schema_version` of the copy at `path` (None: a copy without one)."""
    del version  # only part of the cache key
    try:
        df = _read_copy(path, "select schema_version from publish_info", ())
    except (duckdb.CatalogException, duckdb.BinderException):
        return None
    return None if df.empty or pd.isna(df.iloc[0, 0]) else int(df.iloc[0, 0])


def _checked(path: str, version: Version) -> tuple[str, Version]:
    """(path, version), unless the copy has another schema version: ServingCopyOutdated."""
    found = _schema_version(path, version)
    if found != SCHEMA_VERSION:
        raise ServingCopyOutdated(found)
    return path, version


def _resolve() -> tuple[str, Version]:
    """The current copy: its version, and its link in versions/ when there is one; a copy of
    another schema version raises ServingCopyOutdated."""
    path = serving_path()
    version = serving_version(path)
    if version is None:
        raise ServingCopyMissing(str(path))
    try:
        with os.scandir(serving_versions_dir(path)) as entries:
            for entry in entries:
                if entry.name.endswith(".duckdb") and entry.inode() == version[0]:
                    return _checked(entry.path, version)
    except FileNotFoundError:
        pass
    return _checked(str(path), version)


_pin = threading.local()  # a script run executes in one thread


@contextmanager
def pinned_serving_copy() -> Iterator[None]:
    """Every query inside reads the copy that was current on entry (one page run)."""
    _pin.copy = _resolve() if has_serving_copy() else None
    try:
        yield
    finally:
        _pin.copy = None


def current_copy() -> tuple[str, Version]:
    """(path, version) of the copy this page run reads: its pinned link, else the newest."""
    pinned = getattr(_pin, "copy", None)
    # a link pruned after two more publishes during one run: read the newest copy instead
    if pinned is not None and os.path.exists(pinned[0]):
        return pinned
    return _resolve()


def _query(sql: str, params: tuple = ()) -> pd.DataFrame:
    """Run `sql` on the current serving copy (cached per version of the copy).

    Needs a logged-in user with a role (or open mode); checking area codes and filtering rows
    is up to the caller, a public function of the query layer.
    """
    auth.require_access()
    path, version = current_copy()
    return _cached_query(path, version, sql, tuple(params))


# --- access -----------------------------------------------------------------------------------


def _figures_access() -> Access:
    """The current Access, which must include figures per area."""
    access = auth.require_access()
    access.require(AREA_FIGURES)
    return access


def _restricted(frame: pd.DataFrame, access: Access, area_level: str | None = None):
    """The rows `access` may see; `area_level` for a frame without an `area_level` column."""
    if access.sees_all_areas:
        return frame
    if "area_level" not in frame and area_level is not None:
        kept = access.restrict(frame.assign(area_level=area_level))
        return kept.drop(columns=["area_level"]).reset_index(drop=True)
    return access.restrict(frame).reset_index(drop=True)


NOT_IN_COPY = "Dit gebied staat niet in de gepubliceerde cijfers."


def _area_facts(codes: list[str]) -> dict[str, tuple[str, str | None, str]]:
    """Per code in the copy: (area level, wijk code, name), in the newest boundary year the
    code has. Codes not in the copy are absent."""
    codes = list(dict.fromkeys(str(c) for c in codes))
    if not codes:
        return {}
    marks = ", ".join("?" for _ in codes)
    df = _query(
        "select area_code, area_level, wijk_code, area_name from areas "
        f"where area_code in ({marks}) "
        "qualify row_number() over (partition by area_code order by boundary_year desc) = 1",
        tuple(codes),
    )
    return {
        str(r.area_code): (str(r.area_level), None if pd.isna(r.wijk_code) else str(r.wijk_code),
                           str(r.area_name))
        for r in df.itertuples(index=False)
    }


def _check_areas(access: Access, *codes: str, level: str | None = None) -> None:
    """PermissionError unless every code is in the copy (at `level`, when given) and `access`
    may see its figures. The message names the area only when it is in the copy."""
    facts = _area_facts(list(codes))
    for code in codes:
        fact = facts.get(str(code))
        if fact is None:
            raise PermissionError(NOT_IN_COPY)
        area_level, wijk, name = fact
        if not access.may_see(area_level, wijk):
            raise access.area_denied(name)
        if level is not None and area_level != level:
            raise PermissionError(f"{name} is geen {level}.")


def _one_area(area_code: str, gemeente_code: str | None = None) -> Access:
    """The current Access, checked for one area and (when given) its gemeente."""
    access = _figures_access()
    _check_areas(access, area_code)
    if gemeente_code is not None:
        _check_areas(access, gemeente_code, level="gemeente")
    return access


def _allowed_codes(codes: list[str], access: Access) -> list[str]:
    """The codes (any level) in the copy whose figures `access` may see, in the given order."""
    facts = _area_facts(codes)
    return [c for c in codes if str(c) in facts and access.may_see(*facts[str(c)][:2])]


def _as_dates(series: pd.Series) -> list[date]:
    return [ts.date() for ts in pd.to_datetime(series)]


# --- reference tables -------------------------------------------------------------------------


def publish_info() -> dict:
    df = _query("select * from publish_info order by published_at desc limit 1")
    return df.iloc[0].to_dict() if len(df) else {}


def disclosure_rules() -> DisclosureRules:
    """The disclosure rules the serving copy was made with: the only place pages, exports and
    the youth page take threshold, rounding and minimum population from."""
    return DisclosureRules.from_publish_info(publish_info())


def categories() -> pd.DataFrame:
    """The category code list, domains in the fixed order, per domain the headline category
    first, then the others in table order.

    `is_headline` marks the one category per domain of the integrated profile. The domains'
    unique-client totals (code `totaal`) are no category of provision and left out.
    """
    return _query(
        "select domain, category, domain_label, category_label, population_group, "
        "population_group_label, coalesce(is_headline, false) as is_headline from categories "
        "where not coalesce(is_unique_total, false) "  # the totals: area_client_totals()
        "order by coalesce(list_position(?, domain), 99), coalesce(is_headline, false) desc, "
        "rowid", (list(domains()),)
    )


def value_state_labels() -> dict[str, str]:
    df = _query("select value_state, label from value_states")
    return dict(zip(df["value_state"], df["label"], strict=True))


def definition(table_name: str, column_name: str) -> dict[str, str]:
    """Label, definition, unit and source of one served column (empty strings if undocumented)."""
    df = _query(
        "select label, definition, unit, source from definitions "
        "where table_name = ? and column_name = ?",
        (table_name, column_name),
    )
    if not len(df):
        return {"label": "", "definition": "", "unit": "", "source": ""}
    return {k: ("" if pd.isna(v) else str(v)) for k, v in df.iloc[0].to_dict().items()}


# --- monthly client counts --------------------------------------------------------------------


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
    access = _figures_access()
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
    return _restricted(frame, access, area_level)


# the figures derived from the counts (index on the gemeente, change on earlier months, the
# wijk's figure where a buurt's is hidden), as the monthly marts serve them
DERIVED_COLUMNS = (
    "f.index_gemeente, f.gemeente_rate_per_1000, f.rate_change_prev_year, "
    "f.rate_change_prev_year_pct, f.rate_prev_year, f.wijk_rate_per_1000, "
    "f.rate_change_prev_period, f.index_state, f.gemeente_rate_state, f.change_prev_year_state, "
    "f.wijk_rate_state, f.change_prev_period_state, f.show_wijk_instead"
)


def areas(boundary_year: int) -> pd.DataFrame:
    """Wijken and buurten (no water) of a boundary year, for choosing one (a wijkteam: only
    those of its own wijken)."""
    access = _figures_access()
    frame = _query(
        "select area_level, area_code, area_name, wijk_code, wijk_name, gemeente_code, "
        "gemeente_name, residents_total from areas "
        "where boundary_year = ? and area_level in ('wijk', 'buurt') "
        "and not coalesce(is_water, false) order by wijk_name, wijk_code, area_level desc, "
        "area_name",
        (boundary_year,),
    )
    return _restricted(frame, access)


def gemeenten(boundary_year: int) -> pd.DataFrame:
    """Code and name of every gemeente of a boundary year (names and codes only: public)."""
    return _query(
        "select area_code, area_name from areas where area_level = 'gemeente' "
        "and boundary_year = ? order by area_name, area_code",
        (boundary_year,),
    )


def area_directory() -> pd.DataFrame:
    """Gemeenten, wijken and buurten (no water) of the newest boundary year with the wijk and
    gemeente of each: codes and names only (public, like `gemeenten`), for the workspace's
    area picker, which the application database's own scope then narrows."""
    return _query(
        "select area_level, area_code, area_name, wijk_code, wijk_name, gemeente_code, "
        "gemeente_name from areas where boundary_year = (select max(boundary_year) from areas) "
        "and area_level in ('gemeente', 'wijk', 'buurt') and not coalesce(is_water, false) "
        "order by gemeente_name, area_level <> 'gemeente', area_level = 'buurt', wijk_name, "
        "area_level desc, area_name"
    )


def ideas_per_theme_since(buurt_codes: list[str], first_quarter: date) -> pd.DataFrame:
    """Published youth ideas per theme in these areas' buurten (newest boundary year) from
    `first_quarter` on, for the team meeting: counts only, for a role that may see the figures
    of every buurt given (a wijkteam its own) or the youth input itself."""
    access = auth.require_access()
    if not access.can(YOUTH_INPUT):
        access.require(AREA_FIGURES)
        if buurt_codes:
            _check_areas(access, *buurt_codes)
    columns = ["theme_label", "ideas", "first"]
    if not buurt_codes:
        return pd.DataFrame(columns=columns)
    marks = ", ".join("?" for _ in buurt_codes)
    return _query(
        "select theme_label, sum(records)::integer as ideas, min(quarter_start) as first "
        f"from youth_input_by_buurt_theme where buurt_code in ({marks}) "
        "and quarter_start >= ? and boundary_year = (select max(boundary_year) "
        "from youth_input_by_buurt_theme) group by theme_label order by ideas desc, theme_label",
        (*buurt_codes, first_quarter),
    )


def area_monthly(area_level: str, area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All months of one area and of its gemeente, every domain and category."""
    _one_area(area_code, gemeente_code)
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
    _one_area(area_code, gemeente_code)
    return _query(
        f"select {TOTAL_COLUMNS} from area_client_totals_monthly t "
        "where ((t.area_level = ? and t.area_code = ?) "
        "or (t.area_level = 'gemeente' and t.area_code = ?)) and t.period = ?",
        (area_level, area_code, gemeente_code, period),
    )


def client_totals_at(area_level: str, period: date) -> pd.DataFrame:
    """Unique clients per domain of every area of a level in one month (Integrale blik)."""
    access = _figures_access()
    frame = _query(
        f"select {TOTAL_COLUMNS} from area_client_totals_monthly t "
        "where t.area_level = ? and t.period = ?",
        (area_level, period),
    )
    return _restricted(frame, access)


def areas_at(codes: list[str], period: date) -> pd.DataFrame:
    """Every domain and category of some areas (any level) in one month, for comparing;
    areas the role may not see are left out."""
    codes = _allowed_codes(list(codes), _figures_access())
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


# --- the integrated profile: pressure in more domains at once --------------------------------


def profile_periods() -> list[date]:
    """Months of the integrated profile, newest first."""
    df = _query("select distinct period from area_profile_monthly order by period desc")
    return _as_dates(df["period"])


def profile_rows(area_level: str, period: date) -> pd.DataFrame:
    """The integrated profile of every area of a level in one month, with names."""
    access = _figures_access()
    frame = _query(
        "select a.area_name, a.wijk_name, a.gemeente_name, a.residents_total, p.* "
        "from area_profile_monthly p join areas a "
        "on a.area_level = p.area_level and a.area_code = p.area_code "
        "and a.boundary_year = p.boundary_year "
        "where p.area_level = ? and p.period = ? and not coalesce(a.is_water, false) "
        "order by a.wijk_name, a.area_name",
        (area_level, period),
    )
    return _restricted(frame, access)


def profile_of(area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All months of the integrated profile of one area and of its gemeente."""
    _one_area(area_code, gemeente_code)
    return _query(
        "select * from area_profile_monthly where area_code = ? "
        "or (area_level = 'gemeente' and area_code = ?) order by period",
        (area_code, gemeente_code),
    )


def similar_buurten(boundary_year: int, buurt_code: str) -> pd.DataFrame:
    """The most alike buurten of a buurt (mart `similar_buurten`), best first, with names.

    Names and codes only (public); their figures go through `areas_at` and its filter.
    """
    _one_area(buurt_code)
    return _query(
        "select s.rank, s.similar_buurt_code as area_code, a.area_name, a.wijk_name, "
        "s.distance, s.features from similar_buurten s left join areas a "
        "on a.area_level = 'buurt' and a.area_code = s.similar_buurt_code "
        "and a.boundary_year = s.boundary_year "
        "where s.boundary_year = ? and s.buurt_code = ? order by s.rank",
        (boundary_year, buurt_code),
    )


# --- CBS figures per area: every page on public data alone (docs/real-data.md) ---------------

# The measure that stands for each domain on public data, in CBS's definition (docs/models.md)
CBS_DOMAIN_MEASURES = {
    "wmo": "wmo_clienten_per_1000",
    "jeugd": "aandeel_jongeren_jeugdzorg",
    "participatiewet": "aandeel_bijstand_15_plus",
}
# a buurt's wijk from its code (BU gggg ww bb), so a wijkteam sees only its own wijken
_CBS_WIJK = ("case f.area_level when 'buurt' then 'WK' || substr(f.area_code, 3, 6) "
             "when 'wijk' then f.area_code end")
_CBS_COLUMNS = (
    "f.area_level, f.area_code, f.area_name, f.gemeente_code, f.boundary_year, f.year, "
    "f.measure, f.measure_label, f.theme, f.unit, f.definition_nl, f.value, f.value_state, "
    "f.gemeente_value, f.gemeente_state, f.index_gemeente, f.index_state, f.source_label, "
    f"f.table_id, {_CBS_WIJK} as wijk_code"
)


def cbs_years() -> list[int]:
    """Years with CBS figures in their own boundaries, newest first (empty without CBS)."""
    df = _query(
        "select distinct year from cbs_area_figures where year = boundary_year "
        "and area_level in ('buurt', 'wijk') order by year desc"
    )
    return [int(y) for y in df["year"]]


def cbs_measures(area_level: str) -> pd.DataFrame:
    """The CBS measures with at least one figure for areas of a level (any state): measure,
    label, theme, unit, definition; the domain measures first, then by theme and label."""
    first = " ".join(f"when '{m}' then {i}" for i, m in enumerate(CBS_DOMAIN_MEASURES.values()))
    return _query(
        "select measure, any_value(measure_label) as measure_label, any_value(theme) as theme, "
        "any_value(unit) as unit, any_value(definition_nl) as definition_nl "
        "from cbs_area_figures where area_level = ? and unit not in ('code') group by measure "
        f"order by case measure {first} else 9 end, theme, measure_label",
        (area_level,),
    )


def cbs_area_values(area_level: str, measure: str, year: int) -> pd.DataFrame:
    """One CBS measure for every area of a level in one year, in that year's boundaries, with
    the gemeente's figure and the index; for the map, the ranking and comparing (a wijkteam:
    its own wijken)."""
    access = _figures_access()
    frame = _query(
        f"select {_CBS_COLUMNS} from cbs_area_figures f left join areas a "
        "on a.area_level = f.area_level and a.area_code = f.area_code "
        "and a.boundary_year = f.boundary_year "
        "where f.area_level = ? and f.measure = ? and f.year = ? and f.boundary_year = f.year "
        "and not coalesce(a.is_water, false) order by f.area_name, f.area_code",
        (area_level, measure, year),
    )
    return _restricted(frame, access)


def cbs_area_figures(area_code: str, boundary_year: int) -> pd.DataFrame:
    """Every CBS measure of one area as the area is in `boundary_year`, with the gemeente's
    figure: per measure the newest year CBS has published (care and income figures come a
    year or two after the population), else the newest year with its state. Earlier years
    count only while the area is the same area (its CBS series)."""
    _one_area(area_code)
    return _query(
        f"with mine as (select distinct coalesce(series_key, area_code || '/' || boundary_year) "
        "as series from cbs_area_figures where area_code = ? and boundary_year = ?) "
        f"select {_CBS_COLUMNS} from cbs_area_figures f join mine "
        "on coalesce(f.series_key, f.area_code || '/' || f.boundary_year) = mine.series "
        "where f.area_code = ? and f.boundary_year <= ? and f.year <= ? "
        "qualify row_number() over (partition by f.measure order by "
        "f.value_state <> 'not_published' desc, f.year desc, f.boundary_year desc) = 1 "
        "order by f.theme, f.measure_label",
        (area_code, boundary_year, area_code, boundary_year, boundary_year),
    )


def cbs_profile_rows(area_level: str, year: int) -> pd.DataFrame:
    """The integrated profile on CBS's figures (`cbs_area_profile`) of every area of a level in
    one year, with the wijk's name; the same columns as `profile_rows` where they mean the
    same (a wijkteam: its own wijken)."""
    access = _figures_access()
    frame = _query(
        "select p.*, coalesce(w.area_name, p.wijk_code) as wijk_name, "
        "coalesce(g.area_name, p.gemeente_code) as gemeente_name, p.year as stapeling_year "
        "from cbs_area_profile p left join cbs_area_profile w "
        "on w.area_level = 'wijk' and w.area_code = p.wijk_code "
        "and w.boundary_year = p.boundary_year and w.year = p.year "
        "left join cbs_area_profile g "
        "on g.area_level = 'gemeente' and g.area_code = p.gemeente_code "
        "and g.boundary_year = p.boundary_year and g.year = p.year "
        "left join areas a on a.area_level = p.area_level and a.area_code = p.area_code "
        "and a.boundary_year = p.boundary_year "
        "where p.area_level = ? and p.year = ? and p.boundary_year = p.year "
        "and not coalesce(a.is_water, false) "
        "order by wijk_name, p.area_name",
        (area_level, year),
    )
    return _restricted(frame, access)


# --- data status -----------------------------------------------------------------------------


def load_status() -> pd.DataFrame:
    """Every file the pipeline has seen, newest first. Analysts only (Datastatus)."""
    auth.require_access().require(DATA_STATUS)
    return _query(
        "select file_name, file_kind, status, rows, periods, loaded_at, message "
        "from load_status order by loaded_at desc, file_name"
    )


def cbs_fetch_status() -> pd.DataFrame:
    """Per CBS/PDOK source and table: last attempt, status and the last good load (empty when
    no real-data loader ran). Analysts only (Datastatus)."""
    auth.require_access().require(DATA_STATUS)
    return _query("select * from cbs_fetch_status order by source, table_id, year")


def cbs_comparison() -> pd.DataFrame:
    """CBS figures next to the municipality's own, per area, year and measure (empty without
    CBS data). Analysts only (Datastatus)."""
    auth.require_access().require(DATA_STATUS)
    return _query(
        "select area_level, area_code, year, measure_label, cbs_value, cbs_state, cbs_source, "
        "local_value, local_state, local_basis, difference, difference_state "
        "from cbs_comparison order by year desc, area_level, area_code, measure_label"
    )


def newest_periods() -> pd.DataFrame:
    """Per domain: the newest month in the copy and the newest with a municipal number."""
    return _query(
        "select domain, max(period) as newest, "
        "max(period) filter (where area_level = 'gemeente' and clients_state = 'number') "
        "as newest_number from area_clients_monthly group by domain"
    )


def area_stapeling(area_level: str, area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All years of the stapeling figures of one area and of its gemeente."""
    _one_area(area_code, gemeente_code)
    return _query(
        "select area_level, area_code, year, combination, households, households_state, "
        "total_households, share_pct, share_state from area_stapeling_yearly "
        "where (area_level = ? and area_code = ?) "
        "or (area_level = 'gemeente' and area_code = ?) order by year, combination",
        (area_level, area_code, gemeente_code),
    )


# --- geometry ---------------------------------------------------------------------------------


@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def _map_geometry_of(path: str, version: Version, boundary_year: int, area_level: str) -> dict:
    """The map's boundaries of one level in the copy at `path`, once per version: per area
    code its GeoJSON in the map's planar coordinates (RD New, whole metres: publish made them,
    `area_map_geometry`) and its name, water left out, and `bounds`, a frame of each area's
    box. Public, so no access check (`area_bounds` has one; dashboards.static_geometry writes
    the file)."""
    del version  # only part of the cache key
    df = _read_copy(path, MAP_AREAS_SQL, (boundary_year, area_level))
    return {
        "shapes": {code: json.loads(text) for code, text in zip(df["area_code"], df["geojson"],
                                                              strict=True)},
        "names": dict(zip(df["area_code"], df["area_name"], strict=True)),
        "bounds": df[["area_code", "minx", "miny", "maxx", "maxy"]],
    }


# its own small cache: read on every rerun, where the whole geometry would be copied each time;
# read straight from the copy's boxes (no geometry parsed at all)
@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def _cached_bounds(path: str, version: Version, boundary_year: int, area_level: str):
    del version
    return _read_copy(path, MAP_AREAS_SQL, (boundary_year, area_level))[
        ["area_code", "minx", "miny", "maxx", "maxy"]]


@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def _published_map_file(path: str, version: Version, boundary_year: int,
                       area_level: str) -> str | None:
    """The name of the boundary file publish wrote for this year and level (None: publish
    could not write the folder)."""
    del version
    df = _read_copy(path, "select file_name from map_files where boundary_year = ? "
                    "and area_level = ?", (boundary_year, area_level))
    return None if df.empty else str(df["file_name"].iloc[0])


def area_bounds(boundary_year: int, area_level: str) -> pd.DataFrame:
    """Per area code of a level its box in the map's planar coordinates (RD New,
    metres): `minx`, `miny`, `maxx`, `maxy`. Public boundaries, but a login is needed."""
    auth.require_access()
    path, version = current_copy()
    return _cached_bounds(path, version, boundary_year, area_level)
