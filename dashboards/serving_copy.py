"""The serving copy the dashboard reads: where it is, which version, which copy a page run
reads, and a read-only connection per query. No SQL of any page and no widgets here.

Each query opens the serving copy read-only and closes it straight after: the dashboard never
holds a connection, and never opens the warehouse (docs/design.md, decision 1). Results are cached
keyed on the serving copy's version, (st_ino, st_mtime_ns) of the file: the pipeline renames a
new copy over the old one, which changes both, so a new publication is read without a restart.
A page run pins the copy it starts with (`pinned_serving_copy`, used by streamlit_app.py): all
its queries read that copy's hard link in `serving/versions/` (wijkwijs.publish.serving), so a
publish during the run never mixes two copies on one page. The pin is one context variable: a
script run executes in one thread, and a context copied into a thread it starts keeps the pin.

A copy is read only when its `publish_info.schema_version` is the one this code was built for
(wijkwijs.publish.schema); any other copy raises `ServingCopyOutdated`, whose Dutch message
every page shows instead of figures. So nothing here reads a copy written by older code.

The raw readers (`_query`, `_read_copy`) are private to the query layer, the
`dashboards/*_queries.py` modules, which check access (dashboards.query_access) before they
return rows.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboards import auth
from wijkwijs.config import paths, serving_versions_dir
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
    readers of the query modules, which check access themselves."""
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


# the copy this page run reads, (path, version); None outside a pinned run
_pinned: ContextVar[tuple[str, Version] | None] = ContextVar("pinned_copy", default=None)


@contextmanager
def pinned_serving_copy() -> Iterator[None]:
    """Every query inside reads the copy that was current on entry (one page run)."""
    token = _pinned.set(_resolve() if has_serving_copy() else None)
    try:
        yield
    finally:
        _pinned.reset(token)


def current_copy() -> tuple[str, Version]:
    """(path, version) of the copy this page run reads: its pinned link, else the newest."""
    pinned = _pinned.get()
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
