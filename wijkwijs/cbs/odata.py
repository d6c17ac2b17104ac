"""CBS OData (v3 feed): catalogue → table id per year, metadata → columns, paged data rows.

Endpoints (public, no key): the catalogue `ODataCatalog/Tables`, and per table `TableInfos`,
`DataProperties`, `UntypedDataSet` and the dimension lists under `ODataFeed/odata/<id>/`. The
feed answers at most 10 000 rows per response and links the next page in `odata.nextLink`
(`@odata.nextLink` in OData v4); both are followed. `UntypedDataSet` keeps CBS's own markers
('.', 'x') and pads codes with spaces ('BU03630000  '): markers become value states, codes are
stripped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

import pandas as pd

from wijkwijs.cbs.measures import figure, match_odata
from wijkwijs.cbs.transport import Fetcher
from wijkwijs.ingest.values import NOT_PUBLISHED, SUPPRESSED

FEED = "https://opendata.cbs.nl/ODataFeed/odata"
CATALOGUE = "https://opendata.cbs.nl/ODataCatalog/Tables"
KWB_TITLE = re.compile(r"^\s*Kerncijfers wijken en buurten\s+(\d{4})\s*$", re.I)
# Per-wijk tables of the social domain, found by title in the catalogue (not by id).
WIJK_FAMILIES = {  # first match wins: a stapeling table names Wmo and Jeugd as well
    "stapeling": re.compile(r"stapeling.*(wijk|buurt)|(wijk|buurt).*stapeling", re.I),
    "wmo": re.compile(r"wmo.*(wijk|buurt)", re.I),
    "jeugd": re.compile(r"jeugd(hulp|zorg|bescherming).*(wijk|buurt)", re.I),
}
MAX_PAGES = 200  # 2 million rows: far beyond one municipality; stops a link loop
LEVELS = {"GM": "gemeente", "WK": "wijk", "BU": "buurt"}


class MetadataError(ValueError):
    """A table whose metadata lacks what wijkwijs needs (no region dimension, no topics)."""


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    unit: str
    description: str
    measure: str | None  # the wijkwijs measure code for KWB topics


def iter_rows(fetcher: Fetcher, url: str) -> Iterator[dict]:
    """Every row of a collection, following next links; each page is cached on its own."""
    for _ in range(MAX_PAGES):
        page = fetcher.get(url).json()
        yield from page.get("value", [])
        url = page.get("odata.nextLink") or page.get("@odata.nextLink")
        if not url:
            return
    raise MetadataError(f"meer dan {MAX_PAGES} pagina's / too many pages: {url}")


def catalogue(fetcher: Fetcher, title_contains: str) -> list[dict]:
    """Catalogue entries whose title contains the text (the filter runs at CBS)."""
    filt = quote(f"substringof('{title_contains}',Title)")
    select = "Identifier,Title,ShortTitle,Period,Modified,Language,Status"
    return list(iter_rows(fetcher, f"{CATALOGUE}?$format=json&$select={select}&$filter={filt}"))


def _newest_first(entries: list[dict]) -> list[dict]:
    return sorted(
        entries,
        key=lambda e: (
            str(e.get("Identifier", "")).upper().endswith("NED"),
            str(e.get("Status", "")).lower() != "gestopt",
            str(e.get("Modified", "")),
        ),
        reverse=True,
    )


def kwb_tables(entries: list[dict]) -> dict[int, str]:
    """Year → table id of the Dutch 'Kerncijfers wijken en buurten <year>' table."""
    by_year: dict[int, list[dict]] = {}
    for entry in entries:
        match = KWB_TITLE.match(str(entry.get("Title", "")))
        if match and str(entry.get("Language", "nl")).lower() == "nl":
            by_year.setdefault(int(match.group(1)), []).append(entry)
    return {year: _newest_first(found)[0]["Identifier"] for year, found in by_year.items()}


def wijk_tables(entries: list[dict]) -> dict[str, list[dict]]:
    """Family (wmo, jeugd, stapeling) → catalogue entries of per-wijk tables."""
    found: dict[str, list[dict]] = {}
    for entry in _newest_first(entries):
        title = str(entry.get("Title", ""))
        if KWB_TITLE.match(title) or str(entry.get("Status", "")).lower() == "gestopt":
            continue
        for family, pattern in WIJK_FAMILIES.items():
            if pattern.search(title):
                found.setdefault(family, []).append(entry)
                break
    return found


@dataclass(frozen=True)
class TableMeta:
    table_id: str
    title: str
    region_key: str  # the geo dimension: 'WijkenEnBuurten', 'RegioS', …
    period_key: str | None  # 'Perioden' when the table has a time dimension
    other_dimensions: tuple[str, ...]
    topics: tuple[Topic, ...]


def table_meta(fetcher: Fetcher, table_id: str) -> TableMeta:
    info = list(iter_rows(fetcher, f"{FEED}/{table_id}/TableInfos?$format=json"))
    properties = list(iter_rows(fetcher, f"{FEED}/{table_id}/DataProperties?$format=json"))
    return parse_meta(table_id, info[0].get("Title", table_id) if info else table_id, properties)


def parse_meta(table_id: str, title: str, properties: list[dict]) -> TableMeta:
    """Resolve the region dimension and the topics from DataProperties (never a key list)."""
    kinds = {p["Key"]: str(p.get("odata.type", p.get("Type", ""))) for p in properties}
    geo = [k for k, t in kinds.items() if t.endswith("GeoDimension")]
    time = [k for k, t in kinds.items() if t.endswith("TimeDimension")]
    other = tuple(k for k, t in kinds.items() if t.endswith(".Dimension") or t == "Dimension")
    if not geo:
        raise MetadataError(f"{table_id}: geen regiodimensie / no region dimension")
    topics = tuple(
        Topic(
            key=p["Key"],
            title=str(p.get("Title") or "").strip(),
            unit=str(p.get("Unit") or "").strip(),
            description=re.sub(r"\s+", " ", str(p.get("Description") or "")).strip(),
            measure=(m.code if (m := match_odata(p["Key"], p.get("Title"))) else None),
        )
        for p in properties
        if str(p.get("odata.type", p.get("Type", ""))).endswith("Topic")
        and str(p.get("Datatype", "")).lower() not in {"string"}
    )
    if not topics:
        raise MetadataError(f"{table_id}: geen onderwerpen / no topics")
    return TableMeta(table_id, title, geo[0], time[0] if time else None, other, topics)


def area_filter(region_key: str, gemeente: str) -> str:
    """OData filter for the gemeente, its wijken and buurten. CBS codes pad with spaces, so the
    filter matches on the four digits; rows are checked again on the stripped code."""
    digits = gemeente[2:]
    return quote(f"substringof('{digits}',{region_key})")


def in_gemeente(code: str, gemeente: str) -> bool:
    digits = gemeente[2:]
    return code == gemeente or code.startswith((f"WK{digits}", f"BU{digits}"))


def gemeente_names(fetcher: Fetcher, table_id: str, region_key: str) -> dict[str, str]:
    """GM code → name from the table's region dimension (for WIJKWIJS_GEMEENTE=<naam>)."""
    only_gm = quote("substringof('GM',Key)")
    url = f"{FEED}/{table_id}/{region_key}?$format=json&$filter={only_gm}"
    return {
        str(r["Key"]).strip(): str(r.get("Title", "")).strip()
        for r in iter_rows(fetcher, url)
        if str(r["Key"]).strip().startswith("GM")
    }


def data_rows(fetcher: Fetcher, meta: TableMeta, gemeente: str) -> list[dict]:
    url = (
        f"{FEED}/{meta.table_id}/UntypedDataSet?$format=json"
        f"&$filter={area_filter(meta.region_key, gemeente)}"
    )
    rows = []
    for row in iter_rows(fetcher, url):
        code = str(row.get(meta.region_key, "")).strip()
        if in_gemeente(code, gemeente):
            rows.append({**row, meta.region_key: code})
    return rows


def long_figures(meta: TableMeta, rows: list[dict], kwb_only: bool) -> pd.DataFrame:
    """Rows × topics → one row per area, period, dimension values and topic, with states.

    CBS writes '.' both for secret and for a theme not published yet. A topic that is '.' for
    every area of the table (the gemeente included) is a theme not yet published; a '.' next to
    published figures is a secret cell.
    """
    topics = [t for t in meta.topics if t.measure or not kwb_only]
    records = []
    for topic in topics:
        parsed = [figure(row.get(topic.key)) for row in rows]
        unpublished = bool(parsed) and all(state == SUPPRESSED for _, state in parsed)
        for row, (value, state) in zip(rows, parsed, strict=True):
            code = row[meta.region_key]
            records.append(
                {
                    "table_id": meta.table_id,
                    "period": str(row.get(meta.period_key, "")).strip()
                    if meta.period_key
                    else None,
                    "dimensions": "; ".join(
                        f"{d}={str(row.get(d, '')).strip()}" for d in meta.other_dimensions
                    )
                    or None,
                    "area_level": LEVELS.get(code[:2], "onbekend"),
                    "area_code": code,
                    "measure": topic.measure,
                    "source_key": topic.key,
                    "measure_label": topic.title,
                    "unit": topic.unit,
                    "definition_nl": topic.description or None,
                    "value": value,
                    "value_state": NOT_PUBLISHED if unpublished else state,
                }
            )
    return pd.DataFrame.from_records(records)
