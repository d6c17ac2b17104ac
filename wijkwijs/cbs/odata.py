"""CBS OData v3 (opendata.cbs.nl): catalogue → table id per year, metadata → topics, paged rows.

Endpoints (public, no key): the catalogue `ODataCatalog/Tables`, and per table `TableInfos`,
`DataProperties`, `UntypedDataSet` and the dimension lists under `ODataFeed/odata/<id>/`. The
feed answers at most 10 000 rows per response and links the next page in `odata.nextLink`.
`UntypedDataSet` keeps CBS's own markers ('.', 'x') and pads codes with spaces
('BU03630000  '): markers become value states, codes are stripped.

The catalogue's status field is `OutputStatus` ('Regulier', 'Gestopt'), not `Status` (that is
the field of the v4 `Datasets` list); asking v3 to `$select` a field it lacks is an error.

Both protocols produce the same `TableMeta` and the same long rows (`long_figures`), so
everything after the download is one code path; OData v4 lives in odata4.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

import pandas as pd

from wijkwijs.cbs.measures import figure, match_odata
from wijkwijs.cbs.transport import Fetcher
from wijkwijs.ingest.values import NOT_PUBLISHED, NUMBER, SUPPRESSED

FEED = "https://opendata.cbs.nl/ODataFeed/odata"
CATALOGUE = "https://opendata.cbs.nl/ODataCatalog/Tables"
KWB_TITLE = re.compile(r"^\s*Kerncijfers wijken en buurten\s+(\d{4})\s*$", re.I)
# Per-wijk tables of the social domain, found by title in the catalogue (not by id).
WIJK_FAMILIES = {  # first match wins: a stapeling table names Wmo and Jeugd as well
    "stapeling": re.compile(
        r"stapeling.*(wijk|buurt)|(wijk|buurt).*stapeling|voorzieningen sociaal domein.*wijk", re.I
    ),
    "wmo": re.compile(r"wmo.*(wijk|buurt)", re.I),
    "jeugd": re.compile(r"jeugd(hulp|zorg|bescherming).*(wijk|buurt)", re.I),
}
STOPPED = re.compile(r"gestopt|gediscontinueerd|discontinued|stopped", re.I)
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
    measure: str | None  # the wijkwijs measure code, when the topic is one
    path: str = ""  # group titles and title, 'SES-WOA/Totaalscore/Gemiddelde score'


@dataclass(frozen=True)
class TableMeta:
    table_id: str
    title: str
    region_key: str  # the geo dimension: 'WijkenEnBuurten', 'RegioS', …
    period_key: str | None  # 'Perioden' when the table has a time dimension
    other_dimensions: tuple[str, ...]
    topics: tuple[Topic, ...]


@dataclass(frozen=True)
class Cell:
    """One published cell, whatever the protocol: where, when, which topic, what state."""

    area_code: str
    period: str | None
    dimensions: str | None
    topic: str  # the topic key (v3) or measure code (v4)
    value: float | None
    state: str
    missing: bool = False  # '.' in v3, an absent cell in v4: secret, or not published yet


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
    select = "Identifier,Title,ShortTitle,Period,Modified,Language,OutputStatus"
    return list(iter_rows(fetcher, f"{CATALOGUE}?$format=json&$select={select}&$filter={filt}"))


def entry_status(entry: dict) -> str:
    """'Regulier' / 'Gestopt': OutputStatus in v3, Status in v4."""
    return str(entry.get("OutputStatus") or entry.get("Status") or "")


def newest_first(entries: Iterable[dict]) -> list[dict]:
    return sorted(
        entries,
        key=lambda e: (
            str(e.get("Identifier", "")).upper().endswith("NED"),
            not STOPPED.search(entry_status(e)),
            str(e.get("Modified", "")),
        ),
        reverse=True,
    )


def kwb_tables(entries: list[dict]) -> dict[int, str]:
    """Year → table id of the Dutch 'Kerncijfers wijken en buurten <year>' table."""
    by_year: dict[int, list[dict]] = {}
    for entry in entries:
        match = KWB_TITLE.match(str(entry.get("Title", "")))
        if match and str(entry.get("Language") or "nl").lower() == "nl":
            by_year.setdefault(int(match.group(1)), []).append(entry)
    return {year: newest_first(found)[0]["Identifier"] for year, found in by_year.items()}


def wijk_tables(entries: list[dict]) -> dict[str, list[dict]]:
    """Family (wmo, jeugd, stapeling) → catalogue entries of per-wijk tables."""
    found: dict[str, list[dict]] = {}
    for entry in newest_first(entries):
        title = str(entry.get("Title", ""))
        if KWB_TITLE.match(title) or STOPPED.search(entry_status(entry)):
            continue
        for family, pattern in WIJK_FAMILIES.items():
            if pattern.search(title):
                found.setdefault(family, []).append(entry)
                break
    return found


def table_meta(fetcher: Fetcher, table_id: str) -> TableMeta:
    info = list(iter_rows(fetcher, f"{FEED}/{table_id}/TableInfos?$format=json"))
    properties = list(iter_rows(fetcher, f"{FEED}/{table_id}/DataProperties?$format=json"))
    return parse_meta(table_id, info[0].get("Title", table_id) if info else table_id, properties)


def _kind(prop: dict) -> str:
    return str(prop.get("odata.type", prop.get("Type", "")))


def _path(prop: dict, by_id: dict) -> str:
    titles, parent, seen = [str(prop.get("Title") or "").strip()], prop.get("ParentID"), set()
    while parent is not None and parent in by_id and parent not in seen:
        seen.add(parent)
        titles.insert(0, str(by_id[parent].get("Title") or "").strip())
        parent = by_id[parent].get("ParentID")
    return "/".join(t for t in titles if t)


def parse_meta(table_id: str, title: str, properties: list[dict]) -> TableMeta:
    """Resolve the region dimension and the topics from DataProperties (never a key list).

    Text topics are left out, except the change flag of the wijk- en buurtindeling, which
    KWB publishes as the text '1', '2' or '3'."""
    kinds = {p["Key"]: _kind(p) for p in properties if p.get("Key")}
    geo = [k for k, t in kinds.items() if t.endswith("GeoDimension")]
    time = [k for k, t in kinds.items() if t.endswith("TimeDimension")]
    other = tuple(k for k, t in kinds.items() if t.endswith(".Dimension") or t == "Dimension")
    if not geo:
        raise MetadataError(f"{table_id}: geen regiodimensie / no region dimension")
    by_id = {p.get("ID"): p for p in properties if p.get("ID") is not None}
    topics = []
    for p in properties:
        if not _kind(p).endswith("Topic") or not p.get("Key"):
            continue
        unit = str(p.get("Unit") or "").strip()
        found = match_odata(p["Key"], p.get("Title"), unit)
        if str(p.get("Datatype", "")).lower() == "string" and (
            found is None or found.code != "indelingswijziging"
        ):
            continue
        topics.append(
            Topic(
                key=p["Key"],
                title=str(p.get("Title") or "").strip(),
                unit=unit,
                description=re.sub(r"\s+", " ", str(p.get("Description") or "")).strip(),
                measure=found.code if found else None,
                path=_path(p, by_id),
            )
        )
    if not topics:
        raise MetadataError(f"{table_id}: geen onderwerpen / no topics")
    return TableMeta(table_id, title, geo[0], time[0] if time else None, other, tuple(topics))


def area_filter(region_key: str, gemeente: str) -> str:
    """OData filter for the gemeente, its wijken and buurten. CBS codes pad with spaces, so the
    filter matches on the four digits; rows are checked again on the stripped code."""
    digits = gemeente[2:]
    return quote(f"substringof('{digits}',{region_key})")


def in_gemeente(code: str, gemeente: str) -> bool:
    digits = gemeente[2:]
    return code == gemeente or code.startswith((f"WK{digits}", f"BU{digits}"))


def rows_in_gemeente(fetcher: Fetcher, url: str, key: str, gemeente: str) -> list[dict]:
    """The rows of a (filtered) collection whose code column `key` lies in the gemeente, with
    the code stripped of CBS's padding. The filter at CBS is coarse; this check is exact."""
    rows = []
    for row in iter_rows(fetcher, url):
        code = str(row.get(key, "")).strip()
        if in_gemeente(code, gemeente):
            rows.append({**row, key: code})
    return rows


def code_titles(rows, key: str) -> dict[str, str]:
    """Code → title of a code list (v3 region dimension, v4 `<dimensie>Codes`)."""
    return {str(r[key]).strip(): str(r.get("Title", "")).strip() for r in rows}


def gemeente_names(fetcher: Fetcher, table_id: str, region_key: str) -> dict[str, str]:
    """GM code → name from the table's region dimension (for WIJKWIJS_GEMEENTE=<naam>)."""
    only_gm = quote("substringof('GM',Key)")
    url = f"{FEED}/{table_id}/{region_key}?$format=json&$filter={only_gm}"
    names = code_titles(iter_rows(fetcher, url), "Key")
    return {code: name for code, name in names.items() if code.startswith("GM")}


def region_names(fetcher: Fetcher, table_id: str, region_key: str, gemeente: str) -> dict:
    """Area code → name for the gemeente's wijken and buurten (wijk names for a boundary file
    that has none)."""
    url = f"{FEED}/{table_id}/{region_key}?$format=json&$filter={area_filter('Key', gemeente)}"
    return code_titles(rows_in_gemeente(fetcher, url, "Key", gemeente), "Key")


def dimension_titles(fetcher: Fetcher, meta: TableMeta) -> dict[str, dict[str, str]]:
    """Per other dimension (not region, not period) its code list: key → title. v3 serves it
    as the entity set named after the dimension (`<id>/TypeMaatwerkarrangement`)."""
    return {
        d: code_titles(iter_rows(fetcher, f"{FEED}/{meta.table_id}/{d}?$format=json"), "Key")
        for d in meta.other_dimensions
    }


def titled_dimensions(dimensions: str | None, titles: dict[str, dict[str, str]]) -> str | None:
    """'TypeMaatwerkarrangement=A028792' → 'TypeMaatwerkarrangement=Hulp bij het huishouden':
    values by their title where the code list gives one, so a mapping reads the same words in
    OData and in a StatLine export (whose cells are titles already)."""
    if not dimensions or not titles:
        return dimensions
    parts = []
    for part in dimensions.split("; "):
        name, _, key = part.partition("=")
        parts.append(f"{name}={titles.get(name, {}).get(key, key)}")
    return "; ".join(parts)


def data_rows(fetcher: Fetcher, meta: TableMeta, gemeente: str) -> list[dict]:
    url = (
        f"{FEED}/{meta.table_id}/UntypedDataSet?$format=json"
        f"&$filter={area_filter(meta.region_key, gemeente)}"
    )
    return rows_in_gemeente(fetcher, url, meta.region_key, gemeente)


def row_cells(meta: TableMeta, rows: list[dict]) -> Iterator[Cell]:
    """v3 rows (one per area, period and dimension values; topics as columns) → cells."""
    for row in rows:
        period = str(row.get(meta.period_key, "")).strip() if meta.period_key else None
        dims = "; ".join(f"{d}={str(row.get(d, '')).strip()}" for d in meta.other_dimensions)
        for topic in meta.topics:
            raw = row.get(topic.key)
            value, state = figure(raw)
            missing = isinstance(raw, str) and raw.strip() == "."
            yield Cell(row[meta.region_key], period, dims or None, topic.key, value, state, missing)


def long_figures(meta: TableMeta, cells: Iterable[Cell] | list[dict], kwb_only: bool):
    """Cells → one row per area, period, dimension values and topic, with states.

    CBS writes '.' (v3) or leaves the cell out (v4) both for a secret figure and for a theme
    not published yet. A topic without a single number in the table (the gemeente included)
    is a theme not yet published; a missing cell next to published figures is a secret one.
    `cells` may also be v3 rows (dicts), for the callers that have rows."""
    cells = list(cells)
    if cells and isinstance(cells[0], dict):
        cells = list(row_cells(meta, cells))
    topics = {t.key: t for t in meta.topics if t.measure or not kwb_only}
    published = {c.topic for c in cells if c.state == NUMBER}
    records = []
    for cell in cells:
        topic = topics.get(cell.topic)
        if topic is None:
            continue
        state = cell.state
        if cell.missing or (state == SUPPRESSED and cell.topic not in published):
            state = SUPPRESSED if cell.topic in published else NOT_PUBLISHED
        records.append(
            {
                "table_id": meta.table_id,
                "period": cell.period,
                "dimensions": cell.dimensions,
                "area_level": LEVELS.get(cell.area_code[:2], "onbekend"),
                "area_code": cell.area_code,
                "measure": topic.measure,
                "source_key": topic.key,
                "measure_label": topic.title,
                "topic_path": topic.path or topic.title,
                "unit": topic.unit,
                "definition_nl": topic.description or None,
                "value": cell.value if state == NUMBER else None,
                "value_state": state,
            }
        )
    return pd.DataFrame.from_records(records)
