"""Load CBS/PDOK reference figures into the warehouse: local files always, CBS OData on request.

Every unit (a file, a table of a year) is read completely before its rows replace the previous
ones; when it fails the previous rows stay and raw.cbs_fetch_log says so, in Dutch.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from wijkwijs.cbs import boundary_files as boundaries
from wijkwijs.cbs import kwb, odata, tables
from wijkwijs.cbs.api import V3, ODataApi
from wijkwijs.cbs.config import ConfigError, resolve_gemeente
from wijkwijs.cbs.statline_csv import (
    UnusableExport,
    export_names,
    read_statline_csv,
    read_table_csv,
)
from wijkwijs.cbs.store import (
    CACHED,
    FAILED,
    LOADED,
    SKIPPED,
    LogEntry,
    last_good,
    replace_rows,
)
from wijkwijs.cbs.transport import Fetcher, FetchFailed, Response

READ_ERRORS = (
    FetchFailed,
    odata.MetadataError,
    UnusableExport,
    tables.MappingError,
    ConfigError,
    ValueError,
    KeyError,
)


FIRST_KWB_YEAR = 2016  # without configured years: every KWB edition from this one on
EXPORTS = {".csv", ".xlsx", ".xls"}  # .xls is refused with the reason, not skipped


class Recording:
    """A fetcher that remembers the oldest fetch time and whether all came from the cache."""

    def __init__(self, fetcher: Fetcher):
        self.fetcher = fetcher
        self.responses: list[Response] = []

    def get(self, url: str) -> Response:
        response = self.fetcher.get(url)
        self.responses.append(response)
        return response

    @property
    def fetched_at(self) -> datetime:
        return min((r.fetched_at for r in self.responses), default=datetime.now(UTC))

    @property
    def status(self) -> str:
        return CACHED if self.responses and all(r.from_cache for r in self.responses) else LOADED


def kept_message(con, table: str, where: dict, error: Exception, verb: str = "Ophalen") -> str:
    rows, fetched = last_good(con, table, where)
    kept = (
        f"de vorige cijfers ({rows} rijen, opgehaald {fetched:%Y-%m-%d %H:%M} UTC) blijven staan"
        if rows
        else "er stonden nog geen cijfers"
    )
    return f"{verb} mislukt: {error}. {kept}."


def file_time(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _store_names(con, names: pd.DataFrame, where: dict) -> None:
    if not names.empty:
        replace_rows(con, "cbs_area_names", names.drop_duplicates(["area_code", "year"]), where)


def load_boundary_figures(con, folder: Path, gemeente: str | None) -> list[LogEntry]:
    """KWB attributes (and wijk and buurt names) of every boundary year in data/reference/."""
    entries = []
    for year, source in boundaries.years(folder).items():
        name = "+".join(p.name for p in source.files)
        where = {"source": "pdok", "year": year}
        newest = max(file_time(p) for p in source.files)
        try:
            rows = kwb.read_pdok_figures(source, year, gemeente)
            names = kwb.area_names(source, gemeente)
        except READ_ERRORS as exc:
            message = kept_message(con, "kwb_figures", where, exc, "Lezen")
            entries.append(LogEntry("pdok", name, year, FAILED, None, None, message))
            continue
        _store_names(con, names, {"source": "pdok", "year": year})
        if rows.empty:
            message = "Geen KWB-kenmerken voor deze gemeente in het bestand."
            entries.append(LogEntry("pdok", name, year, SKIPPED, 0, None, message))
            continue
        count = replace_rows(con, "kwb_figures", kwb.stamp(rows, newest), where)
        message = "KWB-kenmerken uit de wijk- en buurtkaart geladen."
        entries.append(LogEntry("pdok", name, year, LOADED, count, newest, message))
    return entries


def load_csv_exports(con, folder: Path, gemeente: str | None, specs) -> list[LogEntry]:
    """StatLine exports and CBS's KWB downloads (CSV, xlsx) in data/reference/cbs/: KWB to
    raw.kwb_figures, any other table that tables.toml maps (by file name) to
    raw.cbs_wijk_figures."""
    entries = []
    exports = folder / "cbs"
    paths = (
        sorted(p for p in exports.glob("*") if p.suffix.lower() in EXPORTS)
        if exports.is_dir()
        else []
    )
    for path in paths:
        spec = tables.spec_for_file(specs, path.name)
        table = "cbs_wijk_figures" if spec else "kwb_figures"
        where = (
            {"source": "statline_csv", "table_id": path.name}
            if table == "kwb_figures"
            else {"table_id": path.name}
        )
        try:
            note = ""
            if spec:
                rows = read_table_csv(path, spec, gemeente)
                note = tables.ambiguity_note(rows)
            else:
                rows = read_statline_csv(path, gemeente=gemeente)
                year = int(rows["year"].iloc[0])
                names = export_names(path, year, gemeente)
                _store_names(con, names, {"source": "statline_csv", "year": year})
        except READ_ERRORS as exc:
            message = kept_message(con, table, where, exc, "Lezen")
            entries.append(LogEntry("statline_csv", path.name, None, FAILED, None, None, message))
            continue
        count = replace_rows(con, table, kwb.stamp(rows, file_time(path)), where)
        year = int(rows["year"].max()) if rows["year"].notna().any() else None
        what = f"StatLine-export ({spec.name})" if spec else "StatLine-export"
        entries.append(
            LogEntry(
                "statline_csv",
                path.name,
                year,
                LOADED,
                count,
                file_time(path),
                f"{what} geladen.{note}",
            )
        )
    return entries


def load_local(con, folder: Path, gemeente: str | None, specs=None) -> list[LogEntry]:
    """Everything in data/reference/ that holds CBS figures: boundary files, CSV exports."""
    specs = tables.load_specs(folder / "cbs") if specs is None else specs
    return load_boundary_figures(con, folder, gemeente) + load_csv_exports(
        con, folder, gemeente, specs
    )


def fetcher_offline(fetcher) -> bool:
    return bool(getattr(getattr(fetcher, "fetcher", fetcher), "offline", False))


def fetch_odata(
    con,
    fetcher: Fetcher,
    gemeente: str,
    years: tuple[int, ...],
    api: ODataApi = V3,
    specs: list[tables.TableSpec] | None = None,
) -> list[LogEntry]:
    """The KWB table of each year and every table tables.toml maps, from CBS OData."""
    specs = tables.load_specs() if specs is None else specs
    try:
        found = odata.kwb_tables(api.catalogue(fetcher, "Kerncijfers wijken en buurten"))
        if not found:
            raise odata.MetadataError("geen KWB-tabellen in de catalogus / none in catalogue")
        if not gemeente.upper().startswith("GM") or len(gemeente) != 6:
            newest = found[max(found)]
            meta = api.table_meta(fetcher, newest)
            gemeente = resolve_gemeente(
                gemeente, api.gemeente_names(fetcher, newest, meta.region_key)
            )
    except READ_ERRORS as exc:
        status = SKIPPED if fetcher_offline(fetcher) else FAILED
        return [
            LogEntry(
                api.source,
                "catalogus",
                None,
                status,
                None,
                None,
                f"CBS-catalogus niet beschikbaar: {exc}. Eerder geladen CBS-cijfers blijven "
                "staan; haal ze op met: python -m wijkwijs.cbs fetch",
            )
        ]
    years = years or tuple(y for y in sorted(found) if y >= FIRST_KWB_YEAR)
    entries = []
    for year in years:
        table_id = found.get(year)
        if table_id is None:
            message = f"CBS heeft (nog) geen tabel Kerncijfers wijken en buurten {year}."
            entries.append(LogEntry(api.source, None, year, SKIPPED, 0, None, message))
            continue
        entries.append(_fetch_kwb_year(con, fetcher, api, table_id, year, gemeente))
    entries.extend(fetch_mapped_tables(con, fetcher, api, gemeente, years, specs))
    return entries


def _fetch_kwb_year(con, fetcher, api: ODataApi, table_id: str, year: int, gemeente: str):
    where = {"source": api.source, "year": year}
    recording = Recording(fetcher)
    try:
        rows = kwb.fetch_kwb(recording, table_id, year, gemeente, api)
        if rows.empty:
            raise odata.MetadataError(f"geen rijen voor {gemeente} / no rows")
    except READ_ERRORS as exc:
        message = kept_message(con, "kwb_figures", where, exc)
        return LogEntry(api.source, table_id, year, FAILED, None, None, message)
    count = replace_rows(con, "kwb_figures", kwb.stamp(rows, recording.fetched_at), where)
    try:  # the names of this year's wijken and buurten; a failure costs only the names
        meta = api.table_meta(recording, table_id)
        names = api.region_names(recording, table_id, meta.region_key, gemeente)
        frame = pd.DataFrame(
            {
                "area_level": [odata.LEVELS.get(c[:2]) for c in names],
                "area_code": list(names),
                "year": year,
                "area_name": list(names.values()),
                "source": api.source,
            }
        )
        frame = frame[frame["area_level"].isin(["wijk", "buurt"])]
        _store_names(con, frame, {"source": api.source, "year": year})
    except READ_ERRORS:
        pass
    return LogEntry(
        api.source,
        table_id,
        year,
        recording.status,
        count,
        recording.fetched_at,
        f"Kerncijfers wijken en buurten {year} ({table_id}) geladen.",
    )


def _catalogue_entries(fetcher, api: ODataApi, spec: tables.TableSpec) -> list[dict]:
    entries = []
    if spec.search:
        entries += [
            e
            for e in api.catalogue(fetcher, spec.search)
            if spec.matches_title(str(e.get("Title", "")), str(e.get("Identifier", "")))
        ]
    known = {str(e.get("Identifier")) for e in entries}
    entries += [{"Identifier": i, "Title": ""} for i in spec.ids if i not in known]
    return [
        e
        for e in odata.newest_first(entries)
        if not odata.KWB_TITLE.match(str(e.get("Title", "")))
        and not odata.STOPPED.search(odata.entry_status(e))
    ]


def fetch_mapped_tables(con, fetcher, api: ODataApi, gemeente, years, specs) -> list[LogEntry]:
    """Every table of tables.toml that the catalogue has (SES-WOA, per-wijk Wmo, jeugd,
    stapeling, the gemeente's own entries), each table replaced as a whole."""
    entries: list[LogEntry] = []
    seen: set[str] = set()
    for spec in specs:
        if not (spec.search or spec.ids):
            continue  # a mapping for CSV files only
        try:
            found = _catalogue_entries(fetcher, api, spec)
        except READ_ERRORS as exc:
            message = f"Tabellen voor '{spec.name}' niet gevonden: {exc}."
            entries.append(LogEntry(api.source, "catalogus", None, FAILED, None, None, message))
            continue
        for entry in found:
            table_id = str(entry["Identifier"])
            if table_id in seen:
                continue
            seen.add(table_id)
            entries += _fetch_table(con, fetcher, api, spec, table_id, gemeente, years)
    return entries


def _titles(fetcher, api: ODataApi, meta) -> dict[str, dict[str, str]]:
    """The titles of the table's other dimensions; without them (a code list that cannot be
    read) the codes stay, and a mapping can still name a code."""
    if not meta.other_dimensions:
        return {}
    try:
        return api.dimension_titles(fetcher, meta)
    except READ_ERRORS:
        return {}


def _fetch_table(con, fetcher, api, spec, table_id, gemeente, years) -> list[LogEntry]:
    where = {"table_id": table_id}
    recording = Recording(fetcher)
    try:
        meta = api.table_meta(recording, table_id)
        rows = odata.long_figures(meta, api.cells(recording, meta, gemeente), kwb_only=False)
        if rows.empty:
            return []  # a table without rows for this gemeente is no news
        titles = _titles(recording, api, meta)
        rows["dimensions"] = [odata.titled_dimensions(d, titles) for d in rows["dimensions"]]
        rows = tables.apply(spec, rows, meta.title)
        note = tables.ambiguity_note(rows)
        # context themes lag the population themes: earlier years too, none after the last
        rows = rows[rows["year"] <= max(years)] if years else rows
        rows = rows.assign(source=api.source)
    except READ_ERRORS as exc:
        message = kept_message(con, "cbs_wijk_figures", where, exc)
        return [LogEntry(api.source, table_id, None, FAILED, None, None, message)]
    count = replace_rows(con, "cbs_wijk_figures", kwb.stamp(rows, recording.fetched_at), where)
    return [
        LogEntry(
            api.source,
            table_id,
            None,
            recording.status,
            count,
            recording.fetched_at,
            f"{meta.title} geladen.{note}",
        )
    ]
