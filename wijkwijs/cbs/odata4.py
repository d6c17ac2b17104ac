"""CBS OData v4, the new data portal: `https://datasets.cbs.nl/odata/v1/CBS/<table>/...`.

Per table CBS offers the entity sets `Dimensions`, `MeasureCodes`, `MeasureGroups`,
`<Dimension>Codes` (e.g. `WijkenEnBuurtenCodes`), `<Dimension>Groups`, `Observations` and the
singleton `Properties`; the catalogue is `CBS/Datasets`. Observations are cells in long form:
`Id`, `Measure` (an opaque code such as `M000221_2`, resolved through `MeasureCodes` by title
and unit, never by code), `ValueAttribute`, `Value` (and `StringValue` for text), and one
column per dimension with its code (region codes padded with spaces, as in v3). Pages of at
most 10 000 cells link the next one in `@odata.nextLink`.

Empty cells are not returned at all unless they carry a special `ValueAttribute`: an absent
cell is what v3 writes as '.'. 'Impossible' (CBS release notes) means the figure cannot exist:
unknown, never 0; 'Confidential' is secret; 'None' is an ordinary cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

from wijkwijs.cbs.measures import figure, match_odata
from wijkwijs.cbs.odata import (
    STOPPED,
    Cell,
    MetadataError,
    TableMeta,
    Topic,
    code_titles,
    entry_status,
    iter_rows,
    rows_in_gemeente,
)
from wijkwijs.cbs.transport import Fetcher
from wijkwijs.ingest.values import SUPPRESSED, UNKNOWN

BASE = "https://datasets.cbs.nl/odata/v1/CBS"
# ValueAttribute → (state, missing): missing cells follow the v3 '.' rule in long_figures
ATTRIBUTES = {
    "none": (None, False),
    "missing": (SUPPRESSED, True),
    "confidential": (SUPPRESSED, False),
    "impossible": (UNKNOWN, False),
}


def catalogue(fetcher: Fetcher, title_contains: str) -> list[dict]:
    """Datasets whose title contains the text. No `$select`: CBS answers 400 on a field it
    does not have, and the field list of Datasets has changed between releases."""
    text = title_contains.replace("'", "''")
    url = f"{BASE}/Datasets?$filter=" + quote(f"contains(Title,'{text}')")
    return [e for e in iter_rows(fetcher, url) if not STOPPED.search(entry_status(e))]


def _path(group_id, groups: dict) -> list[str]:
    titles, seen = [], set()
    while group_id is not None and group_id in groups and group_id not in seen:
        seen.add(group_id)
        titles.insert(0, str(groups[group_id].get("Title") or "").strip())
        group_id = groups[group_id].get("ParentId")
    return [t for t in titles if t]


def table_meta(fetcher: Fetcher, table_id: str) -> TableMeta:
    properties = fetcher.get(f"{BASE}/{table_id}/Properties").json()
    dimensions = list(iter_rows(fetcher, f"{BASE}/{table_id}/Dimensions"))
    measures = list(iter_rows(fetcher, f"{BASE}/{table_id}/MeasureCodes"))
    try:
        groups = list(iter_rows(fetcher, f"{BASE}/{table_id}/MeasureGroups"))
    except OSError:
        groups = []  # a table without topic groups
    title = str(properties.get("Title") or table_id) if isinstance(properties, dict) else table_id
    return parse_meta(table_id, title, dimensions, measures, groups)


def parse_meta(
    table_id: str, title: str, dimensions: list[dict], measures: list[dict], groups: list[dict]
) -> TableMeta:
    kinds = {str(d["Identifier"]): str(d.get("Kind") or "") for d in dimensions}
    geo = [k for k, kind in kinds.items() if kind == "GeoDimension"]
    time = [k for k, kind in kinds.items() if kind == "TimeDimension"]
    other = tuple(k for k, kind in kinds.items() if kind not in ("GeoDimension", "TimeDimension"))
    if not geo:
        raise MetadataError(f"{table_id}: geen regiodimensie / no region dimension")
    by_id = {g.get("Id"): g for g in groups}
    topics = []
    for m in measures:
        unit = str(m.get("Unit") or "").strip()
        found = match_odata(str(m["Identifier"]), m.get("Title"), unit)
        text = str(m.get("DataType") or "").lower() in {"string", "text"}
        if text and (found is None or found.code != "indelingswijziging"):
            continue
        leaf = str(m.get("Title") or "").strip()
        topics.append(
            Topic(
                key=str(m["Identifier"]),
                title=leaf,
                unit=unit,
                description=re.sub(r"\s+", " ", str(m.get("Description") or "")).strip(),
                measure=found.code if found else None,
                path="/".join([*_path(m.get("MeasureGroupId"), by_id), leaf]),
            )
        )
    if not topics:
        raise MetadataError(f"{table_id}: geen onderwerpen / no topics")
    return TableMeta(table_id, title, geo[0], time[0] if time else None, other, tuple(topics))


def area_filter(region_key: str, gemeente: str) -> str:
    digits = gemeente[2:]
    parts = [f"startswith({region_key},'{p}{digits}')" for p in ("GM", "WK", "BU")]
    return quote(" or ".join(parts))


def observations(fetcher: Fetcher, meta: TableMeta, gemeente: str) -> list[dict]:
    url = f"{BASE}/{meta.table_id}/Observations?$filter={area_filter(meta.region_key, gemeente)}"
    return rows_in_gemeente(fetcher, url, meta.region_key, gemeente)


def observation_cells(meta: TableMeta, rows: list[dict]) -> Iterator[Cell]:
    """Observations → cells, with an absent cell added for every topic an area lacks (CBS
    leaves empty cells out), so a secret figure is a row with its state, not a gap."""
    known = {t.key for t in meta.topics}
    seen: dict[tuple, set] = {}
    for row in rows:
        period = str(row.get(meta.period_key, "")).strip() if meta.period_key else None
        dims = "; ".join(f"{d}={str(row.get(d, '')).strip()}" for d in meta.other_dimensions)
        place = (row[meta.region_key], period, dims or None)
        measure = str(row.get("Measure", ""))
        seen.setdefault(place, set()).add(measure)
        if measure not in known:
            continue
        attribute = str(row.get("ValueAttribute") or "None").strip().lower()
        forced, missing = ATTRIBUTES.get(attribute, (UNKNOWN, False))
        raw = row.get("Value")
        if raw is None and row.get("StringValue") not in (None, ""):
            raw = row.get("StringValue")
        value, state = figure(raw)
        if forced is not None:
            value, state = None, forced
        elif raw is None:
            value, state, missing = None, SUPPRESSED, True  # a null cell: as if absent
        yield Cell(*place, measure, value, state, missing)
    for place, measures in seen.items():
        for key in sorted(known - measures):
            yield Cell(*place, key, None, SUPPRESSED, True)


def gemeente_names(fetcher: Fetcher, table_id: str, region_key: str) -> dict[str, str]:
    only_gm = quote("startswith(Identifier,'GM')")
    url = f"{BASE}/{table_id}/{region_key}Codes?$filter={only_gm}"
    names = code_titles(iter_rows(fetcher, url), "Identifier")
    return {code: name for code, name in names.items() if code.startswith("GM")}


def region_names(fetcher: Fetcher, table_id: str, region_key: str, gemeente: str) -> dict:
    url = f"{BASE}/{table_id}/{region_key}Codes?$filter={area_filter('Identifier', gemeente)}"
    return code_titles(rows_in_gemeente(fetcher, url, "Identifier", gemeente), "Identifier")


def dimension_titles(fetcher: Fetcher, meta: TableMeta) -> dict[str, dict[str, str]]:
    """Per other dimension its code list `<dimensie>Codes`: identifier → title."""
    return {
        d: code_titles(iter_rows(fetcher, f"{BASE}/{meta.table_id}/{d}Codes"), "Identifier")
        for d in meta.other_dimensions
    }
