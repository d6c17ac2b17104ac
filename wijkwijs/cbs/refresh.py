"""Load CBS/PDOK reference figures into the warehouse: local files always, CBS OData on request.

Every unit (a file, a table of a year) is read completely before its rows replace the previous
ones; when it fails the previous rows stay and raw.cbs_fetch_log says so, in Dutch.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from wijkwijs.cbs import kwb, odata
from wijkwijs.cbs.config import ConfigError, resolve_gemeente
from wijkwijs.cbs.statline_csv import UnusableExport, read_statline_csv
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

READ_ERRORS = (FetchFailed, odata.MetadataError, UnusableExport, ConfigError, ValueError, KeyError)


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


def kept_message(con, table: str, where: dict, error: Exception) -> str:
    rows, fetched = last_good(con, table, where)
    kept = (
        f"de vorige cijfers ({rows} rijen, opgehaald {fetched:%Y-%m-%d %H:%M} UTC) blijven staan"
        if rows
        else "er stonden nog geen cijfers"
    )
    return f"Ophalen mislukt: {error}. {kept}."


def file_time(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def load_local(con, folder: Path, gemeente: str | None) -> list[LogEntry]:
    """KWB attributes of the boundary files and StatLine CSV exports in data/reference/."""
    from wijkwijs.ingest.reference import boundary_files

    entries = []
    for year, path in boundary_files(folder).items():
        where = {"source": "pdok", "year": year}
        try:
            rows = kwb.read_pdok_figures(path, year, gemeente)
        except READ_ERRORS as exc:
            entries.append(
                LogEntry(
                    "pdok",
                    path.name,
                    year,
                    FAILED,
                    None,
                    None,
                    kept_message(con, "kwb_figures", where, exc),
                )
            )
            continue
        if rows.empty:
            entries.append(
                LogEntry(
                    "pdok",
                    path.name,
                    year,
                    SKIPPED,
                    0,
                    None,
                    "Geen KWB-kenmerken voor deze gemeente in het bestand.",
                )
            )
            continue
        count = replace_rows(con, "kwb_figures", kwb.stamp(rows, file_time(path)), where)
        entries.append(
            LogEntry(
                "pdok",
                path.name,
                year,
                LOADED,
                count,
                file_time(path),
                "KWB-kenmerken uit de wijk- en buurtkaart geladen.",
            )
        )
    for path in sorted((folder / "cbs").glob("*.csv")):
        where = {"source": "statline_csv", "table_id": path.name}
        try:
            rows = read_statline_csv(path, gemeente=gemeente)
        except READ_ERRORS as exc:
            entries.append(
                LogEntry(
                    "statline_csv",
                    path.name,
                    None,
                    FAILED,
                    None,
                    None,
                    kept_message(con, "kwb_figures", where, exc),
                )
            )
            continue
        count = replace_rows(con, "kwb_figures", kwb.stamp(rows, file_time(path)), where)
        entries.append(
            LogEntry(
                "statline_csv",
                path.name,
                int(rows["year"].iloc[0]),
                LOADED,
                count,
                file_time(path),
                "StatLine-export geladen.",
            )
        )
    return entries


def _year_of(period: str | None) -> int | None:
    match = re.match(r"^(\d{4})", period or "")
    return int(match.group(1)) if match else None


def fetch_odata(con, fetcher: Fetcher, gemeente: str, years: tuple[int, ...]) -> list[LogEntry]:
    """The KWB table of each year and the per-wijk social-domain tables, from CBS OData."""
    try:
        tables = odata.kwb_tables(odata.catalogue(fetcher, "Kerncijfers wijken en buurten"))
        if not tables:
            raise odata.MetadataError("geen KWB-tabellen in de catalogus / none in catalogue")
        if not gemeente.upper().startswith("GM") or len(gemeente) != 6:
            newest = tables[max(tables)]
            meta = odata.table_meta(fetcher, newest)
            names = odata.gemeente_names(fetcher, newest, meta.region_key)
            gemeente = resolve_gemeente(gemeente, names)
    except READ_ERRORS as exc:
        status = SKIPPED if fetcher_offline(fetcher) else FAILED
        return [
            LogEntry(
                "cbs_odata",
                "catalogus",
                None,
                status,
                None,
                None,
                f"CBS-catalogus niet beschikbaar: {exc}. Eerder geladen CBS-cijfers blijven "
                "staan; haal ze op met: python -m wijkwijs.cbs fetch",
            )
        ]
    years = years or tuple(sorted(tables)[-2:])
    entries = []
    for year in years:
        table_id = tables.get(year)
        if table_id is None:
            entries.append(
                LogEntry(
                    "cbs_odata",
                    None,
                    year,
                    SKIPPED,
                    0,
                    None,
                    f"CBS heeft (nog) geen tabel Kerncijfers wijken en buurten {year}.",
                )
            )
            continue
        entries.append(_fetch_kwb_year(con, fetcher, table_id, year, gemeente))
    entries.extend(_fetch_wijk_tables(con, fetcher, gemeente, years))
    return entries


def fetcher_offline(fetcher) -> bool:
    return bool(getattr(getattr(fetcher, "fetcher", fetcher), "offline", False))


def _fetch_kwb_year(con, fetcher, table_id: str, year: int, gemeente: str) -> LogEntry:
    where = {"source": "cbs_odata", "year": year}
    recording = Recording(fetcher)
    try:
        rows = kwb.fetch_kwb(recording, table_id, year, gemeente)
        if rows.empty:
            raise odata.MetadataError(f"geen rijen voor {gemeente} / no rows")
    except READ_ERRORS as exc:
        return LogEntry(
            "cbs_odata",
            table_id,
            year,
            FAILED,
            None,
            None,
            kept_message(con, "kwb_figures", where, exc),
        )
    count = replace_rows(con, "kwb_figures", kwb.stamp(rows, recording.fetched_at), where)
    return LogEntry(
        "cbs_odata",
        table_id,
        year,
        recording.status,
        count,
        recording.fetched_at,
        f"Kerncijfers wijken en buurten {year} ({table_id}) geladen.",
    )


def _fetch_wijk_tables(con, fetcher, gemeente: str, years: tuple[int, ...]) -> list[LogEntry]:
    entries: list[LogEntry] = []
    try:
        found = odata.wijk_tables(
            [e for term in ("Wmo", "eugd", "tapeling") for e in odata.catalogue(fetcher, term)]
        )
    except READ_ERRORS as exc:
        return [
            LogEntry(
                "cbs_odata",
                "catalogus",
                None,
                FAILED,
                None,
                None,
                f"Per-wijktabellen niet gevonden: {exc}.",
            )
        ]
    seen: set[str] = set()
    for family, tables in found.items():
        for entry in tables:
            table_id = entry["Identifier"]
            if table_id in seen:
                continue
            seen.add(table_id)
            where = {"table_id": table_id}
            recording = Recording(fetcher)
            try:
                meta = odata.table_meta(recording, table_id)
                rows = odata.long_figures(
                    meta, odata.data_rows(recording, meta, gemeente), kwb_only=False
                )
                if rows.empty:
                    continue  # a table without rows for this gemeente is no news
                rows["year"] = rows["period"].map(_year_of)
                rows = rows[rows["year"].isin(years)] if years else rows
                rows = rows.assign(source="cbs_odata", family=family, table_title=meta.title)
            except READ_ERRORS as exc:
                entries.append(
                    LogEntry(
                        "cbs_odata",
                        table_id,
                        None,
                        FAILED,
                        None,
                        None,
                        kept_message(con, "cbs_wijk_figures", where, exc),
                    )
                )
                continue
            count = replace_rows(
                con, "cbs_wijk_figures", kwb.stamp(rows, recording.fetched_at), where
            )
            entries.append(
                LogEntry(
                    "cbs_odata",
                    table_id,
                    None,
                    recording.status,
                    count,
                    recording.fetched_at,
                    f"{meta.title} geladen.",
                )
            )
    return entries
