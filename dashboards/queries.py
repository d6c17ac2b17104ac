"""Every read of the serving copy. No widgets here.

Each query opens the serving copy read-only and closes it straight after: the dashboard never
holds a connection, and never opens the warehouse (DESIGN.md, decision 1). Results are cached
keyed on the serving copy's version, (st_ino, st_mtime_ns) of the file: the pipeline renames a
new copy over the old one, which changes both, so a new publication is read without a restart.
A page run pins the copy it starts with (`pinned_serving_copy`, used by streamlit_app.py): all
its queries read that copy's hard link in `serving/versions/` (wijkwijs.publish.serving), so a
publish during the run never mixes two copies on one page.

Access (docs/security.md) is enforced here, not by hiding widgets: every query needs a role
(`dashboards.auth.current_access`); figures per buurt/wijk need the `area_figures` capability
and are filtered to the role's own wijken for a wijkteam (gemeente rows stay); a request for
one area outside them raises PermissionError with a Dutch message. The cache holds the
unfiltered result per serving version; the filter runs on every call.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import shapely
import streamlit as st

from dashboards import auth, maps
from wijkwijs.access import AREA_FIGURES, DATA_STATUS, Access
from wijkwijs.config import paths, serving_versions_dir
from wijkwijs.disclosure import DisclosureRules
from wijkwijs.publish.layout import PERIOD_FIGURES, PERIOD_TABLE, SOURCE_TABLE

CACHE_TTL = 600  # seconds; a new serving copy is picked up at once through the version key
DOMAIN_ORDER = ("wmo", "jeugd", "participatiewet")

Version = tuple[int, int]


class ServingCopyMissing(RuntimeError):
    """No serving copy has been published yet."""


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


def read_copy(path: str, sql: str, params: tuple) -> pd.DataFrame:
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
    return read_copy(path, sql, params)


def _resolve() -> tuple[str, Version]:
    """The current copy: its version, and its link in versions/ when there is one."""
    path = serving_path()
    version = serving_version(path)
    if version is None:
        raise ServingCopyMissing(str(path))
    try:
        with os.scandir(serving_versions_dir(path)) as entries:
            for entry in entries:
                if entry.name.endswith(".duckdb") and entry.inode() == version[0]:
                    return entry.path, version
    except FileNotFoundError:
        pass
    return str(path), version


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


def query(sql: str, params: tuple = ()) -> pd.DataFrame:
    """Run `sql` on the current serving copy (cached per version of the copy).

    Needs a logged-in user with a role (or open mode); row filtering is up to the caller.
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
    if access.role == "analyst":
        return frame
    if "area_level" not in frame and area_level is not None:
        kept = access.restrict(frame.assign(area_level=area_level))
        return kept.drop(columns=["area_level"]).reset_index(drop=True)
    return access.restrict(frame).reset_index(drop=True)


def _wijk_of(area_code: str) -> tuple[str | None, str | None, str]:
    """(area level, wijk code, name) of an area code in the newest boundary year it has."""
    df = query(
        "select area_level, wijk_code, area_name from areas where area_code = ? "
        "order by boundary_year desc limit 1",
        (area_code,),
    )
    if not len(df):
        return None, None, area_code
    row = df.iloc[0]
    wijk = None if pd.isna(row["wijk_code"]) else str(row["wijk_code"])
    return str(row["area_level"]), wijk, str(row["area_name"])


def allowed_codes(codes: list[str], access: Access | None = None) -> list[str]:
    """The area codes (any level) whose figures `access` may see, in the given order."""
    access = access or _figures_access()
    if access.role == "analyst":
        return list(codes)
    kept = []
    for code in codes:
        level, wijk, _ = _wijk_of(code)
        if level is not None and access.may_see(level, wijk):
            kept.append(code)
    return kept


def check_area(area_code: str, access: Access | None = None) -> Access:
    """The current Access if it may see the figures of `area_code`, else PermissionError."""
    access = access or _figures_access()
    if access.role == "analyst":
        return access
    level, wijk, name = _wijk_of(area_code)
    if level is None or not access.may_see(level, wijk):
        raise access.area_denied(name)
    return access


def _as_dates(series: pd.Series) -> list[date]:
    return [ts.date() for ts in pd.to_datetime(series)]


# --- reference tables -------------------------------------------------------------------------


def publish_info() -> dict:
    df = query("select * from publish_info order by published_at desc limit 1")
    return df.iloc[0].to_dict() if len(df) else {}


def disclosure_rules() -> DisclosureRules:
    """The disclosure rules the serving copy was made with: the only place pages, exports and
    the youth page take threshold, rounding and minimum population from."""
    return DisclosureRules.from_publish_info(publish_info())


def table_columns(table: str) -> frozenset[str]:
    """The columns of a served table (empty if the table is not in this serving copy).

    The marts grow over time; a page offers what the copy it reads actually holds.
    """
    df = query(
        "select column_name from information_schema.columns where table_name = ?", (table,)
    )
    return frozenset(df["column_name"])


def has_table(table: str) -> bool:
    return bool(table_columns(table))


def categories() -> pd.DataFrame:
    """The category code list, domains in the fixed order, per domain the headline category
    first, then the others in table order.

    `is_headline` marks the one category per domain of the integrated profile (False for
    every category when the copy predates it).
    """
    headline = "is_headline" if "is_headline" in table_columns("categories") else "false"
    return query(
        "select domain, category, domain_label, category_label, population_group, "
        f"population_group_label, coalesce({headline}, false) as is_headline from categories "
        "order by case domain when 'wmo' then 1 when 'jeugd' then 2 "
        f"when 'participatiewet' then 3 else 4 end, coalesce({headline}, false) desc, rowid"
    )


def value_state_labels() -> dict[str, str]:
    df = query("select value_state, label from value_states")
    return dict(zip(df["value_state"], df["label"], strict=True))


def definition(table_name: str, column_name: str) -> dict[str, str]:
    """Label, definition, unit and source of one served column (empty strings if undocumented)."""
    df = query(
        "select label, definition, unit, source from definitions "
        "where table_name = ? and column_name = ?",
        (table_name, column_name),
    )
    if not len(df):
        return {"label": "", "definition": "", "unit": "", "source": ""}
    return {k: ("" if pd.isna(v) else str(v)) for k, v in df.iloc[0].to_dict().items()}


# --- monthly client counts --------------------------------------------------------------------


def _by_period() -> str:
    """The table to read one month of figures from: the period-first copy of the monthly
    mart when the serving copy has it (wijkwijs.publish.layout), else the mart itself."""
    return PERIOD_TABLE if has_table(PERIOD_TABLE) else SOURCE_TABLE


def periods(domain: str) -> list[date]:
    """The months with figures for `domain`, newest first."""
    df = query(
        f"select distinct period from {_by_period()} where domain = ? order by period desc",
        (domain,),
    )
    return _as_dates(df["period"])


def latest_period() -> date | None:
    df = query(f"select max(period) as period from {_by_period()}")
    value = df["period"].iloc[0]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def boundary_year_of(period: date) -> int | None:
    """The boundary year the figures of `period` are published in."""
    df = query(
        f"select max(boundary_year) as y from {_by_period()} where period = ?", (period,)
    )
    value = df["y"].iloc[0]
    return None if pd.isna(value) else int(value)


def area_values(
    area_level: str, domain: str, category: str, period: date, boundary_year: int
) -> pd.DataFrame:
    """Every area of a level with its count and rate for one domain, category and month.

    An area without a row gets state `unknown` rather than disappearing from the map. The
    derived figures (index on the gemeente, change on a year earlier) are there when the
    serving copy has them, else they are `unknown`. A wijkteam gets the areas of its own wijken
    (and the gemeente).
    """
    access = _figures_access()
    table = _by_period()
    frame = query(
        f"""
        with figures as (
            select * from {table}
            where area_level = ? and domain = ? and category = ? and period = ?
                and boundary_year = ?
        )
        select
            a.area_code, a.area_name, a.wijk_code, a.wijk_name,
            a.gemeente_code, a.gemeente_name,
            f.clients, coalesce(f.clients_state, 'unknown') as clients_state,
            f.rate_per_1000, coalesce(f.rate_state, 'unknown') as rate_state,
            f.residents,
            {_derived_columns(table=table, only=PERIOD_FIGURES)}
        from areas a
        left join figures f on f.area_code = a.area_code
        where a.area_level = ? and a.boundary_year = ? and not coalesce(a.is_water, false)
        order by a.wijk_name, a.area_name, a.area_code
        """,
        (area_level, domain, category, period, boundary_year, area_level, boundary_year),
    )
    return _restricted(frame, access, area_level)


# derived column → (type, state column): NULL with state `unknown` when the copy lacks it
DERIVED = {
    "index_gemeente": ("double", "index_state"),
    "gemeente_rate_per_1000": ("double", "gemeente_rate_state"),
    "rate_change_prev_year": ("double", "change_prev_year_state"),
    "rate_change_prev_year_pct": ("double", "change_prev_year_state"),
    "rate_prev_year": ("double", "change_prev_year_state"),
    "wijk_rate_per_1000": ("double", "wijk_rate_state"),
}


def _derived_columns(
    alias: str = "f", table: str = SOURCE_TABLE, only: tuple[str, ...] | None = None
) -> str:
    """The DERIVED columns (those in `only`, if given) with their states and the wijk
    fallback flag, as a select list on `table` aliased `alias`."""
    have = table_columns(table)
    wanted = [(c, kind, state) for c, (kind, state) in DERIVED.items()
              if only is None or c in only]
    parts, states = [], []
    for column, kind, state in wanted:
        parts.append(f"{alias}.{column}" if column in have else f"null::{kind} as {column}")
        if state not in states:
            states.append(state)
    for state in states:
        parts.append(
            f"coalesce({alias}.{state}, 'unknown') as {state}" if state in have
            else f"'unknown' as {state}"
        )
    if only is None or "show_wijk_instead" in only:
        parts.append(
            f"coalesce({alias}.show_wijk_instead, false) as show_wijk_instead"
            if "show_wijk_instead" in have else "false as show_wijk_instead"
        )
    return ", ".join(parts)


def has_derived_figures() -> bool:
    """True when the copy has the index and change columns (the newer marts)."""
    return {"index_gemeente", "rate_change_prev_year"} <= table_columns("area_clients_monthly")


def areas(boundary_year: int) -> pd.DataFrame:
    """Wijken and buurten (no water) of a boundary year, for choosing one (a wijkteam: only
    those of its own wijken)."""
    access = _figures_access()
    frame = query(
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
    return query(
        "select area_code, area_name from areas where area_level = 'gemeente' "
        "and boundary_year = ? order by area_name, area_code",
        (boundary_year,),
    )


def area_monthly(area_level: str, area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All months of one area and of its gemeente, every domain and category."""
    check_area(area_code)
    return query(
        "select f.area_level, f.area_code, f.period, f.domain, f.category, f.clients, "
        f"f.clients_state, f.rate_per_1000, f.rate_state, {_derived_columns()} "
        "from area_clients_monthly f "
        "where (f.area_level = ? and f.area_code = ?) "
        "or (f.area_level = 'gemeente' and f.area_code = ?) order by f.period",
        (area_level, area_code, gemeente_code),
    )


def areas_at(codes: list[str], period: date) -> pd.DataFrame:
    """Every domain and category of some areas (any level) in one month, for comparing;
    areas the role may not see are left out."""
    codes = allowed_codes(list(codes))
    if not codes:
        return pd.DataFrame()
    marks = ", ".join("?" for _ in codes)
    return query(
        "select f.area_level, f.area_code, f.domain, f.category, f.clients, f.clients_state, "
        f"f.rate_per_1000, f.rate_state, {_derived_columns()} "
        f"from area_clients_monthly f where f.area_code in ({marks}) and f.period = ? "
        "order by f.area_code",
        (*codes, period),
    )


# --- the integrated profile: pressure in more domains at once --------------------------------


def profile_periods() -> list[date]:
    """Months of the integrated profile, newest first (empty if the copy has no profile)."""
    if not has_table("area_profile_monthly"):
        return []
    df = query("select distinct period from area_profile_monthly order by period desc")
    return _as_dates(df["period"])


def profile_rows(area_level: str, period: date) -> pd.DataFrame:
    """The integrated profile of every area of a level in one month, with names."""
    access = _figures_access()
    frame = query(
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
    check_area(area_code)
    if not has_table("area_profile_monthly"):
        return pd.DataFrame()
    return query(
        "select * from area_profile_monthly where area_code in (?, ?) order by period",
        (area_code, gemeente_code),
    )


def similar_buurten(boundary_year: int, buurt_code: str) -> pd.DataFrame:
    """The most alike buurten of a buurt (mart `similar_buurten`), best first, with names.

    Names and codes only (public); their figures go through `areas_at` and its filter.
    """
    check_area(buurt_code)
    if not has_table("similar_buurten"):
        return pd.DataFrame(columns=["rank", "area_code", "area_name", "wijk_name", "distance"])
    return query(
        "select s.rank, s.similar_buurt_code as area_code, a.area_name, a.wijk_name, "
        "s.distance from similar_buurten s left join areas a "
        "on a.area_level = 'buurt' and a.area_code = s.similar_buurt_code "
        "and a.boundary_year = s.boundary_year "
        "where s.boundary_year = ? and s.buurt_code = ? order by s.rank",
        (boundary_year, buurt_code),
    )


# --- data status -----------------------------------------------------------------------------


def load_status() -> pd.DataFrame:
    """Every file the pipeline has seen, newest first (empty if the copy has no load log).

    Analysts only (Datastatus)."""
    auth.require_access().require(DATA_STATUS)
    if not has_table("load_status"):
        return pd.DataFrame(columns=["file_name", "file_kind", "status", "rows", "periods",
                                     "loaded_at", "message"])
    return query(
        "select file_name, file_kind, status, rows, periods, loaded_at, message "
        "from load_status order by loaded_at desc, file_name"
    )


def cbs_fetch_status() -> pd.DataFrame:
    """Per CBS/PDOK source and table: last attempt, status and the last good load (empty when
    no real-data loader ran). Analysts only (Datastatus)."""
    auth.require_access().require(DATA_STATUS)
    if not has_table("cbs_fetch_status"):
        return pd.DataFrame()
    return query("select * from cbs_fetch_status order by source, table_id, year")


def cbs_comparison() -> pd.DataFrame:
    """CBS figures next to the municipality's own, per area, year and measure (empty without
    CBS data). Analysts only (Datastatus)."""
    auth.require_access().require(DATA_STATUS)
    if not has_table("cbs_comparison"):
        return pd.DataFrame()
    return query(
        "select area_level, area_code, year, measure_label, cbs_value, cbs_state, cbs_source, "
        "local_value, local_state, local_basis, difference, difference_state "
        "from cbs_comparison order by year desc, area_level, area_code, measure_label"
    )


def newest_periods() -> pd.DataFrame:
    """Per domain: the newest month in the copy and the newest with a municipal number."""
    return query(
        "select domain, max(period) as newest, "
        "max(period) filter (where area_level = 'gemeente' and clients_state = 'number') "
        "as newest_number from area_clients_monthly group by domain"
    )


def area_stapeling(area_level: str, area_code: str, gemeente_code: str) -> pd.DataFrame:
    """All years of the stapeling figures of one area and of its gemeente."""
    check_area(area_code)
    return query(
        "select area_level, area_code, year, combination, households, households_state, "
        "total_households, share_pct, share_state from area_stapeling_yearly "
        "where (area_level = ? and area_code = ?) "
        "or (area_level = 'gemeente' and area_code = ?) order by year, combination",
        (area_level, area_code, gemeente_code),
    )


# --- geometry ---------------------------------------------------------------------------------


@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def map_geometry_of(path: str, version: Version, boundary_year: int, area_level: str) -> dict:
    """The map's boundaries of one level in the copy at `path`, converted once per version:
    per area code its GeoJSON in the map's planar coordinates (`maps.MAP_CRS`, whole metres)
    and its name, water left out, and `bounds`, a frame of each area's box. Public, so no
    access check (`area_bounds` has one; dashboards.static_geometry writes the file)."""
    del version  # only part of the cache key
    # water areas have no figures (area_values leaves them out), so the map leaves them out too
    df = read_copy(
        path,
        "select g.area_code, g.geojson, coalesce(a.area_name, g.area_code) as area_name "
        "from area_geometry g left join areas a using (boundary_year, area_level, area_code) "
        "where g.boundary_year = ? and g.area_level = ? and not coalesce(a.is_water, false) "
        "order by g.area_code",
        (boundary_year, area_level),
    )
    planar = maps.to_map_crs(df["geojson"])
    box = shapely.bounds(planar)
    return {
        "shapes": dict(zip(df["area_code"], maps.as_geojson(planar), strict=True)),
        "names": dict(zip(df["area_code"], df["area_name"], strict=True)),
        "bounds": pd.DataFrame({"area_code": df["area_code"], "minx": box[:, 0],
                                "miny": box[:, 1], "maxx": box[:, 2], "maxy": box[:, 3]}),
    }


# its own small cache: read on every rerun, where the whole geometry would be copied each time
@st.cache_data(ttl=CACHE_TTL, max_entries=16, show_spinner=False)
def _cached_bounds(path: str, version: Version, boundary_year: int, area_level: str):
    return map_geometry_of(path, version, boundary_year, area_level)["bounds"]


def area_bounds(boundary_year: int, area_level: str) -> pd.DataFrame:
    """Per area code of a level its box in the map's planar coordinates (`maps.MAP_CRS`,
    metres): `minx`, `miny`, `maxx`, `maxy`. Public boundaries, but a login is needed."""
    auth.require_access()
    path, version = current_copy()
    return _cached_bounds(path, version, boundary_year, area_level)
