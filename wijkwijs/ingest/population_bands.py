"""Age bands of bevolking.csv: every `inwoners_<van>_<tot en met>` column, in long form.

The four bands of the first contract (0-17, 18-26, 27-66, 67+) stay required; any other band
may be added (`inwoners_12_17`, `inwoners_18_22`, `inwoners_15_17`, `inwoners_0_22`, ...), as
may `inwoners_18_tot_aow` (18 up to the AOW age of the year, which moved from 65 to 67) and
the total `inwoners_totaal`. The models build each rate's population group from whatever bands
cover it exactly (dbt: int_population_by_group_unpivoted); a group no delivered band set covers
is unknown, never estimated. docs/data-contract.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.values import NUMBER, parse_count

_RANGE = re.compile(r"^(?:inwoners|residents)_(\d{1,3})_(\d{1,3})$")
_OPEN = re.compile(r"^(?:inwoners|residents)_(\d{1,3})_(?:plus|en_ouder|eo)$")
_AOW = re.compile(r"^(?:inwoners|residents)_18_(?:tot_)?aow$")
_TOTAL = re.compile(r"^(?:inwoners|residents)(?:_totaal|_total)?$")
CLASSIC = ("0_17", "18_26", "27_66", "67_plus")  # the first contract's bands, required
COLUMNS = ["year", "boundary_year", "buurt_code", "band", "age_from", "age_to", "to_aow",
           "residents"]


@dataclass(frozen=True)
class Band:
    code: str  # '12_17', '67_plus', '18_aow', 'total'
    age_from: int
    age_to: int | None  # None: open upwards (or up to the AOW age)
    to_aow: bool = False

    def within(self, other: Band) -> bool:
        """True when every age of this band lies in `other` (the AOW band is not compared:
        its upper end moves with the year)."""
        if self.to_aow or other.to_aow or self == other:
            return False
        above = other.age_to is None or (self.age_to is not None and self.age_to <= other.age_to)
        return self.age_from >= other.age_from and above


def band_of(header: str) -> Band | None:
    """The band a (normalised) header stands for, or None when it is no population column."""
    if _AOW.match(header):
        return Band("18_aow", 18, None, to_aow=True)
    if match := _RANGE.match(header):
        low, high = int(match.group(1)), int(match.group(2))
        return Band(f"{low}_{high}", low, high)
    if match := _OPEN.match(header):
        return Band(f"{int(match.group(1))}_plus", int(match.group(1)), None)
    if _TOTAL.match(header):
        return Band("total", 0, None)
    return None


def band_columns(frame: pd.DataFrame) -> dict[str, Band]:
    """Header → band for every population column of the file."""
    return {c: b for c in frame.columns if (b := band_of(str(c))) is not None}


def read_bands(frame: pd.DataFrame, file: str, keys: pd.DataFrame) -> tuple[pd.DataFrame,
                                                                            list[Problem]]:
    """Long rows (COLUMNS) of every population column of `frame`, and the problems found:
    a band whose upper age lies below its lower one, a cell that is no count, a band larger
    than a band that contains it, a total that is not the sum of the four required bands.
    `keys` holds year, boundary_year and buurt_code per row (same index as `frame`)."""
    columns = band_columns(frame)
    problems: list[Problem] = []
    for header, band in columns.items():
        if band.age_to is not None and band.age_to < band.age_from:
            problems.append(Problem(file, None, header,
                                    f"leeftijdsband {band.age_from}-{band.age_to} loopt achteruit",
                                    "age band runs backwards"))
    values: dict[str, pd.Series] = {}
    for header in columns:
        parsed = []
        for index, cell in frame[header].items():
            try:
                count, state = parse_count(cell)
            except ValueError as exc:
                nl, _, en = str(exc).partition(" / ")
                problems.append(Problem(file, int(index), header, nl, en))
                count, state = None, None
            parsed.append(count if state == NUMBER else None)  # population: NULL is unknown
        values[header] = pd.Series(parsed, index=frame.index, dtype="Int64")
    problems += _nested(values, columns, file)
    problems += _total(values, columns, file)
    parts = [
        keys.assign(band=band.code, age_from=band.age_from, age_to=band.age_to,
                    to_aow=band.to_aow, residents=values[header])
        for header, band in columns.items()
    ]
    rows = (pd.concat(parts, ignore_index=True)[COLUMNS] if parts
            else pd.DataFrame(columns=COLUMNS))
    rows["age_to"] = rows["age_to"].astype("Int64")
    return rows, problems


def _first_row(mask: pd.Series) -> int | None:
    hit = mask.fillna(False).astype(bool)
    return int(hit.index[hit.to_numpy().argmax()]) if hit.any() else None


def _nested(values, columns, file) -> list[Problem]:
    """A band inside another cannot hold more residents (12-17 within 0-17)."""
    problems = []
    for inner_header, inner in columns.items():
        for outer_header, outer in columns.items():
            if not inner.within(outer):
                continue
            row = _first_row(values[inner_header] > values[outer_header])
            if row is not None:
                problems.append(Problem(
                    file, row, inner_header,
                    f"meer inwoners dan in '{outer_header}', waar deze leeftijden onder vallen",
                    f"more residents than '{outer_header}', which contains these ages"))
    return problems


def _total(values, columns, file) -> list[Problem]:
    """The total, when given, is the sum of the four required bands."""
    by_code = {band.code: header for header, band in columns.items()}
    if "total" not in by_code or not all(c in by_code for c in CLASSIC):
        return []
    total = sum(values[by_code[c]] for c in CLASSIC)
    row = _first_row(values[by_code["total"]] != total)
    if row is None:
        return []
    return [Problem(file, row, by_code["total"],
                    "totaal is niet de som van de leeftijdsbanden 0-17, 18-26, 27-66 en 67+",
                    "total is not the sum of the age bands")]
