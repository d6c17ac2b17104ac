"""One entry for the Dagster asset and the command line: local files, then CBS OData, then
the series over boundary years."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from wijkwijs.cbs import boundary_files as boundaries
from wijkwijs.cbs import tables
from wijkwijs.cbs.api import APIS
from wijkwijs.cbs.config import ConfigError, Selection, gemeente_code, resolve_gemeente
from wijkwijs.cbs.refresh import fetch_odata, load_local
from wijkwijs.cbs.series import apply_names, build_series
from wijkwijs.cbs.store import FAILED, LogEntry, ensure_tables, log, write_measures
from wijkwijs.cbs.transport import Fetcher, Transport, UrllibTransport
from wijkwijs.config import Paths


def cache_dir(data: Paths) -> Path:
    return data.data / "cache" / "cbs"


def names_in_boundary_files(folder: Path) -> dict[str, str]:
    """GM code → name from the buurten layers of the boundary files (to resolve a name)."""
    names: dict[str, str] = {}
    for source in boundaries.years(folder).values():
        frame = boundaries.read_layer(source, "buurten")
        if frame is None or not {"gemeentecode", "gemeentenaam"} <= set(frame.columns):
            continue
        for code, name in zip(frame["gemeentecode"], frame["gemeentenaam"], strict=True):
            names[str(code).strip()] = str(name).strip()
    return names


def local_gemeente(selection: Selection, folder: Path) -> str | None:
    """The configured gemeente as a GM code, a name resolved against the boundary files."""
    if not selection.gemeente:
        return None
    code = gemeente_code(selection.gemeente)
    if code:
        return code
    try:
        return resolve_gemeente(selection.gemeente, names_in_boundary_files(folder))
    except ConfigError:
        return None  # CBS OData can still resolve the name


def refresh(
    con,
    data: Paths,
    selection: Selection,
    *,
    online: bool | None = None,
    transport: Transport | None = None,
    max_age: timedelta | None = timedelta(days=7),
    refresh_cache: bool = False,
    sleep: Callable[[float], None] | None = None,
) -> list[LogEntry]:
    """Load what is local; with a municipality, CBS OData (online, or from the cache only);
    then the series over boundary years and the measure list.

    Returns the log entries, which are also written to raw.cbs_fetch_log."""
    ensure_tables(con)
    gemeente = local_gemeente(selection, data.reference)
    try:
        specs = tables.load_specs(data.reference / "cbs")
        extra = tables.load_measures(data.reference / "cbs")
    except tables.MappingError as exc:
        message = f"Tabellenlijst niet bruikbaar: {exc}. Alleen de standaardtabellen geladen."
        specs, extra = tables.load_specs(), []
        entries = [LogEntry("statline_csv", tables.USER_FILE, None, FAILED, None, None, message)]
    else:
        entries = []
    entries += load_local(con, data.reference, gemeente, specs)
    online = selection.online if online is None else online
    if selection.gemeente:
        fetcher = Fetcher(
            transport or UrllibTransport(),
            cache_dir(data),
            max_age=max_age,
            refresh=refresh_cache,
            offline=not online,
        )
        if sleep is not None:
            fetcher.sleep = sleep
        api = APIS[selection.odata]
        entries += fetch_odata(
            con, fetcher, gemeente or selection.gemeente, selection.jaren, api, specs
        )
    entries.append(build_series(con))
    apply_names(con)
    write_measures(con, extra)
    log(con, entries)
    return entries
