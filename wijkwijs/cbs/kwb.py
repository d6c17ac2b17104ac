"""KWB attributes → long reference-figure rows (one per area, year and measure, with state).

Two inputs, one output shape (raw.kwb_figures):
- the KWB attributes a PDOK/CBS wijk- en buurtkaart carries on its gemeenten, wijken and
  buurten layers (snake_case names, special values -99997 secret, -99995 not yet published);
- the yearly CBS OData table 'Kerncijfers wijken en buurten' (v3 odata.py or v4 odata4.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd

from wijkwijs.cbs import boundary_files as boundaries
from wijkwijs.cbs import odata
from wijkwijs.cbs.measures import BY_CODE, figure, match_pdok
from wijkwijs.cbs.store import naive_utc
from wijkwijs.cbs.transport import Fetcher

# layer, area level, code attribute
PDOK_LAYERS = (
    ("gemeenten", "gemeente", "gemeentecode"),
    ("wijken", "wijk", "wijkcode"),
    ("buurten", "buurt", "buurtcode"),
)


def in_gemeente(codes: pd.Series, gemeente: str | None) -> pd.Series:
    """Which codes belong to the gemeente (GM0363 → GM0363, WK0363.., BU0363..)."""
    if not gemeente:
        return pd.Series(True, index=codes.index)
    return codes.map(lambda c: odata.in_gemeente(c, gemeente))


def attribute_figures(frame: pd.DataFrame, level: str, code_column: str, year: int) -> pd.DataFrame:
    """One layer's attributes as long rows; attributes that are no KWB measure are skipped."""
    codes = frame[code_column].astype(str).str.strip()
    records = []
    for column in frame.columns:
        # the change flag was renamed on reading (boundary_files.normalise_columns)
        measure = BY_CODE["indelingswijziging"] if column == "change_flag" else match_pdok(column)
        if measure is None:
            continue
        for code, cell in zip(codes, frame[column], strict=True):
            value, state = figure(cell)
            records.append(
                {
                    "year": year,
                    "area_level": level,
                    "area_code": code,
                    "measure": measure.code,
                    "measure_label": measure.label_nl,
                    "unit": measure.unit,
                    "value": value,
                    "value_state": state,
                    "source_key": column,
                }
            )
    return pd.DataFrame.from_records(records)


def read_pdok_figures(source, year: int | None = None, gemeente: str | None = None):
    """KWB figures of every layer of a boundary year (a BoundaryYear, or one file and its
    year), for one gemeente when given."""
    if isinstance(source, Path):
        source = boundaries.single_file(source, year)
    parts = []
    for layer, level, code_column in PDOK_LAYERS:
        frame = boundaries.read_layer(source, layer)
        if frame is None or code_column not in frame.columns:
            continue
        frame = frame[in_gemeente(frame[code_column].astype(str).str.strip(), gemeente)]
        parts.append(attribute_figures(frame, level, code_column, source.year))
    parts = [p for p in parts if not p.empty]
    if not parts:
        return pd.DataFrame(columns=["year", "area_level", "area_code", "measure"])
    rows = pd.concat(parts, ignore_index=True)
    rows["source"] = "pdok"
    rows["table_id"] = "+".join(p.name for p in source.files)
    return rows


def area_names(source, gemeente: str | None = None) -> pd.DataFrame:
    """Wijk and buurt names a boundary year carries (area_level, area_code, year, area_name)."""
    parts = []
    for layer, level, code_column in PDOK_LAYERS[1:]:
        frame = boundaries.read_layer(source, layer)
        name_column = code_column.replace("code", "naam")
        if frame is None or name_column not in frame.columns:
            continue
        codes = frame[code_column].astype(str).str.strip()
        keep = in_gemeente(codes, gemeente)
        parts.append(
            pd.DataFrame(
                {
                    "area_level": level,
                    "area_code": codes[keep],
                    "year": source.year,
                    "area_name": frame.loc[keep, name_column].astype(str).str.strip(),
                    "source": "pdok",
                }
            )
        )
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def fetch_kwb(fetcher: Fetcher, table_id: str, year: int, gemeente: str, api=None):
    """The KWB figures of one year's OData table for a gemeente, its wijken and buurten."""
    from wijkwijs.cbs.api import V3

    api = api or V3
    meta = api.table_meta(fetcher, table_id)
    figures = odata.long_figures(meta, api.cells(fetcher, meta, gemeente), kwb_only=True)
    if figures.empty:
        return figures
    figures = figures.drop_duplicates(["area_code", "measure"])  # a measure in two topics
    figures["year"] = year
    figures["source"] = api.source
    # wijkwijs labels and units, so one measure reads the same from every source
    figures["measure_label"] = figures["measure"].map(lambda m: BY_CODE[m].label_nl)
    figures["unit"] = figures["measure"].map(lambda m: BY_CODE[m].unit)
    return figures


def stamp(rows: pd.DataFrame, fetched_at: datetime) -> pd.DataFrame:
    """The rows with their fetch time (naive UTC, as the warehouse stores it)."""
    rows = rows.copy()
    rows["fetched_at"] = naive_utc(fetched_at)
    return rows
