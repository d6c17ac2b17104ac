"""StatLine CSV exports of a KWB table, accepted as files (data/reference/cbs/*.csv).

StatLine writes semicolon-separated text, often with a byte-order mark, quoted headers, codes
padded with spaces and '.' (older tables 'x') for secret or missing figures. Headers are either
the OData keys ('AantalInwoners_5', the "onbewerkte dataset") or titles with a theme and unit
('Bevolking/Aantal inwoners (aantal)'); both resolve through the same measure patterns.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from wijkwijs.cbs.kwb import in_gemeente
from wijkwijs.cbs.measures import figure, match_odata
from wijkwijs.cbs.odata import LEVELS
from wijkwijs.ingest.readers import read_table
from wijkwijs.ingest.values import NOT_PUBLISHED, SUPPRESSED

_CODE = re.compile(r"^(GM|WK|BU)[0-9A-Z]{4,8}$")
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")


class UnusableExport(ValueError):
    """The export lacks a code column or any known KWB measure."""


def _code_column(frame: pd.DataFrame) -> str:
    best, share = None, 0.0
    for column in frame.columns:
        hits = frame[column].str.fullmatch(_CODE).mean() if len(frame) else 0.0
        if hits > share:
            best, share = column, hits
    if best is None or share < 0.5:
        raise UnusableExport("geen kolom met CBS-gebiedscodes / no column with CBS area codes")
    return best


def export_year(path: Path, frame: pd.DataFrame, year: int | None) -> int:
    if year is not None:
        return year
    for column in frame.columns:
        if column.startswith("perioden"):
            found = frame[column].str.extract(r"^(\d{4})")[0].dropna().unique()
            if len(found) == 1:
                return int(found[0])
    match = _YEAR.search(path.stem)
    if match:
        return int(match.group(1))
    raise UnusableExport("jaar onbekend: zet het jaar in de bestandsnaam / year unknown")


def read_statline_csv(path: Path, year: int | None = None, gemeente: str | None = None):
    """Long KWB figure rows from a StatLine CSV export."""
    frame = read_table(path)  # BOM, ';', padded cells and headers handled there
    code_column = _code_column(frame)
    year = export_year(path, frame, year)
    codes = frame[code_column].str.strip()
    keep = in_gemeente(codes, gemeente) & codes.str.fullmatch(_CODE)
    frame, codes = frame[keep], codes[keep]
    records = []
    for column in frame.columns:
        # read_table turned spaces into '_'; titles need their words back
        measure = match_odata(column, column.replace("_", " "))
        if measure is None or column == code_column:
            continue
        parsed = [figure(cell) for cell in frame[column]]
        unpublished = bool(parsed) and all(s == SUPPRESSED for _, s in parsed)
        for code, (value, state) in zip(codes, parsed, strict=True):
            records.append(
                {
                    "source": "statline_csv",
                    "table_id": path.name,
                    "year": year,
                    "area_level": LEVELS[code[:2]],
                    "area_code": code,
                    "measure": measure.code,
                    "measure_label": measure.label_nl,
                    "unit": measure.unit,
                    "value": value,
                    "value_state": NOT_PUBLISHED if unpublished else state,
                    "source_key": column,
                }
            )
    if not records:
        raise UnusableExport("geen bekende KWB-kolommen / no known KWB columns")
    return pd.DataFrame.from_records(records)
