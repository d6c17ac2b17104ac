"""StatLine CSV exports, accepted as files in data/reference/cbs/*.csv.

StatLine writes semicolon-separated text, often with a byte-order mark, quoted headers, codes
padded with spaces and '.' (older tables 'x') for secret or missing figures. Headers are either
the OData keys ('AantalInwoners_5', the "onbewerkte dataset") or title paths with a unit
('Bevolking/Aantal inwoners (aantal)'); both resolve through the same measure patterns.

A Kerncijfers wijken en buurten export goes to raw.kwb_figures. Any other export with a column
of area codes (SES-WOA, a table of the gemeente's choice) goes to raw.cbs_wijk_figures through
the mapping in tables.toml, matched on the file name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from wijkwijs.cbs.kwb import in_gemeente
from wijkwijs.cbs.measures import figure, match_odata, split_unit
from wijkwijs.cbs.odata import LEVELS
from wijkwijs.cbs.tables import TableSpec, apply, period_year
from wijkwijs.ingest.readers import read_table
from wijkwijs.ingest.values import NOT_PUBLISHED, NUMBER, SUPPRESSED

_CODE = re.compile(r"^(GM|WK|BU)[0-9A-Z]{4,8}$")
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_NAME = re.compile(r"^(wijken_en_buurten|regio.*|gemeentenaam.*|naam.*)$")
_SKIP = re.compile(r"^(id|soortregio.*|.*soort_regio.*|codering.*|.*/codering.*)$")
HINT = (
    "exporteer uit StatLine met codes (de 'onbewerkte dataset' of met het onderwerp "
    "Codering) / export with area codes"
)


class UnusableExport(ValueError):
    """The export lacks a code column or any known measure."""


def _code_column(frame: pd.DataFrame) -> str:
    best, share = None, 0.0
    for column in frame.columns:
        hits = frame[column].str.fullmatch(_CODE).mean() if len(frame) else 0.0
        if hits > share:
            best, share = column, hits
    if best is None or share < 0.5:
        raise UnusableExport(f"geen kolom met CBS-gebiedscodes / no column with area codes; {HINT}")
    return best


def _period_column(frame: pd.DataFrame) -> str | None:
    return next((c for c in frame.columns if c.startswith("perioden")), None)


def export_year(path: Path, frame: pd.DataFrame, year: int | None) -> int:
    if year is not None:
        return year
    column = _period_column(frame)
    if column:
        found = frame[column].map(period_year).dropna().unique()
        if len(found) == 1:
            return int(found[0])
    match = _YEAR.search(path.stem)
    if match:
        return int(match.group(1))
    raise UnusableExport("jaar onbekend: zet het jaar in de bestandsnaam / year unknown")


def _read(path: Path, gemeente: str | None):
    frame = read_table(path)  # BOM, ';', padded cells and headers handled there
    code_column = _code_column(frame)
    codes = frame[code_column].str.strip()
    keep = in_gemeente(codes, gemeente) & codes.str.fullmatch(_CODE)
    return frame[keep], codes[keep], code_column


def _title(column: str) -> str:
    # read_table turned spaces into '_'; titles need their words back
    return column.replace("_", " ")


def read_statline_csv(path: Path, year: int | None = None, gemeente: str | None = None):
    """Long KWB figure rows from a StatLine CSV export of Kerncijfers wijken en buurten."""
    frame, codes, code_column = _read(path, gemeente)
    year = export_year(path, frame, year)
    records = []
    for column in frame.columns:
        if column == code_column or _SKIP.match(column):
            continue
        measure = match_odata(column, _title(column))
        if measure is None:
            continue
        parsed = [figure(cell) for cell in frame[column]]
        published = any(s == NUMBER for _, s in parsed)
        for code, (value, state) in zip(codes, parsed, strict=True):
            if state == SUPPRESSED and not published:
                state = NOT_PUBLISHED
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
                    "value_state": state,
                    "source_key": column,
                }
            )
    if not records:
        raise UnusableExport(
            "geen bekende KWB-kolommen; voor een andere StatLine-tabel: voeg een regel toe aan "
            "data/reference/cbs/tabellen.toml (zie docs/real-data.md) / no known columns"
        )
    return pd.DataFrame.from_records(records)


def export_names(path: Path, year: int, gemeente: str | None = None) -> pd.DataFrame:
    """Wijk and buurt names of an export that has a name column next to the codes ('Wijken en
    buurten' of a title export, 'regio' of CBS's kwb download)."""
    frame, codes, code_column = _read(path, gemeente)
    names = [c for c in frame.columns if c != code_column and _NAME.match(c)]
    names = [c for c in names if not frame[c].str.fullmatch(_CODE).any()]
    if not names:
        return pd.DataFrame()
    levels = codes.str[:2].map(LEVELS)
    keep = levels.isin(["wijk", "buurt"]) & frame[names[0]].str.strip().ne("")
    return pd.DataFrame(
        {
            "area_level": levels[keep],
            "area_code": codes[keep],
            "year": year,
            "area_name": frame.loc[keep, names[0]].str.strip(),
            "source": "statline_csv",
        }
    )


def read_table_csv(path: Path, spec: TableSpec, gemeente: str | None = None) -> pd.DataFrame:
    """Long rows of any StatLine export with area codes, mapped by `spec` (tables.toml)."""
    frame, codes, code_column = _read(path, gemeente)
    period_column = _period_column(frame)
    dims = [
        c
        for c in frame.columns
        if c not in (code_column, period_column)
        and not _NAME.match(c)
        and not _SKIP.match(c)
        and frame[c].map(lambda v: figure(v)[1] == NUMBER or v in ("", ".", "x")).mean() < 0.5
    ]
    topics = [c for c in frame.columns if c not in (code_column, period_column, *dims)]
    topics = [c for c in topics if not _NAME.match(c) and not _SKIP.match(c)]
    records = []
    for column in topics:
        path_title = _title(column)
        leaf, unit = split_unit(path_title)
        parsed = [figure(cell) for cell in frame[column]]
        published = any(s == NUMBER for _, s in parsed)
        for (index, row), (value, state) in zip(frame.iterrows(), parsed, strict=True):
            if state == SUPPRESSED and not published:
                state = NOT_PUBLISHED
            code = codes[index]
            records.append(
                {
                    "source": "statline_csv",
                    "table_id": path.name,
                    "period": row[period_column] if period_column else None,
                    "dimensions": "; ".join(f"{d}={row[d]}" for d in dims) or None,
                    "area_level": LEVELS[code[:2]],
                    "area_code": code,
                    "source_key": column,
                    "measure_label": leaf,
                    "topic_path": path_title.rsplit("(", 1)[0].strip(),
                    "unit": unit or "",
                    "definition_nl": None,
                    "value": value,
                    "value_state": state,
                }
            )
    if not records:
        raise UnusableExport("geen onderwerpen in de export / no topics in the export")
    rows = apply(spec, pd.DataFrame.from_records(records), path.stem.replace("_", " "))
    if rows["year"].isna().all():
        rows["year"] = export_year(path, frame, None)
        rows["boundary_year"] = rows["boundary_year"].fillna(rows["year"])
    return rows
