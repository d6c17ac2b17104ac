"""Nothing shrinks silently: compare a file with what it would replace, before it loads.

Per key a file replaces (a domain and month of case counts, a year of stapeling, an
organisation and day of youth input) three measures are counted: areas (distinct buurten),
categories (or combinations) and cells (rows). The file is *held* when a measure is lower than

- the version it replaces, by any amount (WIJKWIJS_SHRINK_TOLERANCE_REPLACED, default 0): a
  correction does not lose an area without the analyst saying so;
- the neighbouring loaded months of the same domain and boundary year (the nearest before and
  after; the larger of the two counts), by more than WIJKWIJS_SHRINK_TOLERANCE (default 5 %):
  months vary a little, a file cut in half does not.

A held file loads only when the analyst confirms it (wijkwijs.ingest.load.confirm_held).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

import numpy as np
import pandas as pd

from wijkwijs.config import shrink_tolerances
from wijkwijs.ingest.kinds import CASE_COUNTS, STAPELING, YOUTH_INPUT, FileKind

MEASURES_NL = {
    "areas": "buurten",
    "categories": "categorieën",
    "cells": "cellen (rijen)",
    "kept_areas": "buurten van de geladen versie",
    "kept_categories": "categorieën van de geladen versie",
}
MEASURES_EN = {
    "kept_areas": "areas of the loaded version",
    "kept_categories": "categories of the loaded version",
}


@dataclass(frozen=True)
class Comparison:
    key: str  # 'wmo 2024-03'
    measure: str  # areas | categories | cells
    incoming: int
    loaded: int | None  # the version it replaces
    neighbours: int | None  # the larger count of the nearest months before and after
    neighbour_keys: str  # which months those are
    shrinks: bool

    def as_dict(self) -> dict:
        return asdict(self)

    def reason_nl(self) -> str:
        if self.measure in MEASURES_EN:
            return (
                f"{self.key}: {self.loaded - self.incoming} van de {self.loaded} "
                f"{MEASURES_NL[self.measure]} ontbreken in dit bestand (andere codes of "
                "weggelaten); een bestand vervangt de hele maand, dus die zouden verdwijnen"
            )
        return (
            f"{self.key}: {self.incoming} {MEASURES_NL[self.measure]} in dit bestand, "
            f"{_text(self.loaded)} in de geladen versie, {_text(self.neighbours)} in de "
            f"maanden ernaast ({self.neighbour_keys or '-'})"
        )

    def reason_en(self) -> str:
        if self.measure in MEASURES_EN:
            return (
                f"{self.key}: {self.loaded - self.incoming} of the {self.loaded} "
                f"{MEASURES_EN[self.measure]} are missing from this file (other codes or "
                "left out); a file replaces the whole month, so they would disappear"
            )
        return (
            f"{self.key}: {self.incoming} {self.measure} in this file, "
            f"{_text(self.loaded, 'none')} in the loaded version, "
            f"{_text(self.neighbours, 'none')} in the neighbouring months "
            f"({self.neighbour_keys or '-'})"
        )


def _text(value, none="geen") -> str:
    return none if value is None else str(value)


@dataclass(frozen=True)
class _Shape:
    key_columns: tuple[str, ...]
    area: str
    category: str | None
    neighbour_by: str | None  # the time column whose neighbours count, within the rest of key


_SHAPES = {
    CASE_COUNTS.name: _Shape(("domain", "period"), "buurt_code", "category", "period"),
    STAPELING.name: _Shape(("year",), "buurt_code", "combination", None),
    YOUTH_INPUT.name: _Shape(("organisation", "collected_on"), "buurt_code", None, None),
}


def _measures(frame: pd.DataFrame, shape: _Shape, by: list[str]) -> pd.DataFrame:
    """Per key of `by`, sorted: distinct areas, rows and distinct categories, as pandas'
    groupby with nunique and size counts them. Keys without a missing value (validated rows)
    are counted on factorised codes with numpy: the groupby on object keys (a file's dates)
    took ~10 ms a file for what is mostly one key."""
    counted = [("areas", shape.area), ("cells", None)]
    counted += [("categories", shape.category)] if shape.category else []
    if frame[by].isna().to_numpy().any():
        aggregations = {
            m: (c or shape.area, "size" if c is None else "nunique") for m, c in counted
        }
        return frame.groupby(by, dropna=False).agg(**aggregations).reset_index()
    keys = [pd.factorize(frame[column], sort=True) for column in by]
    sizes = [len(uniques) for _, uniques in keys]
    groups, group_of_row = np.unique(
        np.ravel_multi_index([codes for codes, _ in keys], sizes), return_inverse=True
    )
    positions = np.unravel_index(groups, sizes)
    out = pd.DataFrame(
        {c: np.asarray(u)[at] for c, (_, u), at in zip(by, keys, positions, strict=True)}
    )
    for measure, column in counted:
        if column is None:
            out[measure] = np.bincount(group_of_row, minlength=len(groups))
            continue
        codes, uniques = pd.factorize(frame[column])
        present = codes >= 0  # nunique leaves a missing value out
        width = max(len(uniques), 1)
        pairs = np.unique(group_of_row[present] * width + codes[present])
        out[measure] = np.bincount(pairs // width, minlength=len(groups))
    return out


def _label(key: tuple) -> str:
    """'wmo 2024-03' for a month, 'Jongerenwerk Noord 2025-03-14' for a day."""
    return " ".join(
        (f"{v:%Y-%m}" if v.day == 1 else f"{v:%Y-%m-%d}") if isinstance(v, date) else str(v)
        for v in key
    )


def _key_text(value) -> str:
    """One spelling per key value: a date from pandas and one from DuckDB compare equal."""
    if isinstance(value, date | pd.Timestamp):
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    return str(value)


def compare(con, kind: FileKind, rows: pd.DataFrame) -> list[Comparison]:
    """One Comparison per key and measure of the file that has something to compare with."""
    shape = _SHAPES.get(kind.name)
    if shape is None or rows.empty:
        return []
    replaced_tol, neighbour_tol = shrink_tolerances()
    keys = list(shape.key_columns)
    incoming = _measures(rows, shape, keys)
    loaded = _loaded_measures(con, kind, shape, incoming[keys])
    neighbours = _neighbours(con, kind, shape, rows) if shape.neighbour_by else {}
    result = []
    measures = [m for m in ("areas", "categories", "cells") if m in incoming]
    for _, row in incoming.iterrows():
        key = tuple(row[k] for k in keys)
        match = loaded
        for k, v in zip(keys, key, strict=True):
            if not match.empty:
                match = match[match[k].map(_key_text) == _key_text(v)]
        before = match.iloc[0] if not match.empty else None
        near, near_keys = neighbours.get(key, (None, ""))
        for measure in measures:
            new = int(row[measure])
            old = int(before[measure]) if before is not None else None
            side = int(near[measure]) if near is not None else None
            if old is None and side is None:
                continue
            shrinks = (old is not None and new < old * (1 - replaced_tol)) or (
                side is not None and new < side * (1 - neighbour_tol)
            )
            result.append(Comparison(_label(key), measure, new, old, side, near_keys, shrinks))
    if kind.name in _SET_CHECKED and not loaded.empty:
        # nothing loaded under the file's keys (a new month): no code of a loaded version
        # can go missing, and _kept's query (the same keys) would find none
        result += _kept(con, kind, shape, rows, replaced_tol)
    return result


# Counts are compared above; here the codes themselves. A correction with as many buurten as
# the loaded version, but one recoded or the other half of a month split over two files,
# counts the same and still loses areas. Youth input is left out: moving an idea to the
# right buurt is an ordinary correction there.
_SET_CHECKED = (CASE_COUNTS.name, STAPELING.name)


def _key_texts(frame: pd.DataFrame, keys: list[str]) -> pd.Series:
    """Each row's key as a tuple of _key_text, spelt once per distinct value (a file's
    thousands of rows share a domain and a month)."""
    parts = [frame[k].map({v: _key_text(v) for v in frame[k].drop_duplicates()}) for k in keys]
    return pd.Series(list(zip(*parts, strict=True)), index=frame.index, dtype=object)


def _kept(con, kind: FileKind, shape: _Shape, rows: pd.DataFrame, tolerance: float):
    keys = list(shape.key_columns)
    parts = [("kept_areas", shape.area)] + (
        [("kept_categories", shape.category)] if shape.category else []
    )
    result = []
    loaded = _loaded_codes(con, kind, shape, rows[keys].drop_duplicates())
    if loaded.empty:
        return result
    loaded["_key"] = _key_texts(loaded, keys)
    incoming = rows.assign(_key=_key_texts(rows, keys))
    for key_text, before in loaded.groupby("_key"):
        now = incoming[incoming["_key"] == key_text]
        if now.empty:  # another combination of the file's key values
            continue
        label = _label(tuple(now.iloc[0][k] for k in keys))
        for measure, column in parts:
            old = set(before[column].dropna())
            kept = len(old & set(now[column].dropna()))
            if kept < len(old):
                shrinks = kept < len(old) * (1 - tolerance)
                result.append(Comparison(label, measure, kept, len(old), None, "", shrinks))
    return result


def _loaded_codes(con, kind: FileKind, shape: _Shape, keys: pd.DataFrame) -> pd.DataFrame:
    """The distinct areas and categories of the loaded rows under the file's keys."""
    columns = list(keys.columns)
    where, params = [], []
    for column in columns:
        values = sorted(keys[column].dropna().unique().tolist())
        where.append(f"{column} in ({', '.join('?' for _ in values)})" if values else "false")
        params += values
    codes = ", ".join(c for c in (shape.area, shape.category) if c)
    return con.execute(
        f"select distinct {', '.join(columns)}, {codes} from raw.{kind.table} "
        f"where {' and '.join(where)}",
        params,
    ).df()


def _loaded_measures(con, kind: FileKind, shape: _Shape, keys: pd.DataFrame) -> pd.DataFrame:
    """The measures of the loaded rows under the file's keys, counted in the warehouse. The
    key values go in as constants too, so DuckDB skips other months by their min/max."""
    columns = list(keys.columns)
    where, params = [], []
    for column in columns:
        values = sorted(keys[column].dropna().unique().tolist())
        where.append(f"{column} in ({', '.join('?' for _ in values)})" if values else "false")
        params += values
    category = f", count(distinct {shape.category}) as categories" if shape.category else ""
    found = con.execute(
        f"select {', '.join(columns)}, count(distinct {shape.area}) as areas, "
        f"count(*) as cells{category} from raw.{kind.table} where {' and '.join(where)} "
        f"group by all",
        params,
    ).df()
    return found if not found.empty else pd.DataFrame(columns=columns)


def _neighbours(con, kind: FileKind, shape: _Shape, rows: pd.DataFrame) -> dict:
    """Per incoming key: the larger measures of the nearest loaded months before and after it
    (same domain and boundary year), and which months those are."""
    time = shape.neighbour_by
    group = [k for k in shape.key_columns if k != time]
    found = {}
    for key, part in rows.groupby(list(shape.key_columns), sort=False):
        fixed = dict(zip(shape.key_columns, key, strict=True))
        years = sorted({int(y) for y in part["boundary_year"].dropna()})
        where = " and ".join(
            [f"{g} = ?" for g in group] + [f"boundary_year in ({', '.join('?' for _ in years)})"]
        )
        params = [fixed[g] for g in group] + years
        # which months those are first (a min and a max), then their measures with the two
        # months as constants: DuckDB skips every other month by its min/max instead of
        # counting distinct areas in all months of a table that grows with each file
        near = [
            t
            for t in con.execute(
                f"select max({time}) filter (where {time} < ?), min({time}) filter (where "
                f"{time} > ?) from raw.{kind.table} where {where}",
                [fixed[time], fixed[time], *params],
            ).fetchone()
            if t is not None
        ]
        if not near:
            continue
        sides = con.execute(
            f"""
            select {time} as t, count(distinct {shape.area}) as areas, count(*) as cells,
                   count(distinct {shape.category}) as categories
            from raw.{kind.table}
            where {where} and {time} in ({", ".join("?" for _ in near)})
            group by 1 order by 1
            """,
            [*params, *near],
        ).df()
        best = sides[["areas", "cells", "categories"]].max()
        labels = ", ".join(f"{pd.Timestamp(t):%Y-%m}" for t in sides["t"])
        found[key] = (best, labels)
    return found


def table_lines(comparisons: list[Comparison]) -> list[str]:
    """The numbers side by side, for the report of a held file."""
    if not comparisons:
        return []
    lines = [
        "sleutel | maat | dit bestand | geladen versie | maanden ernaast | krimpt",
        "--- | --- | --- | --- | --- | ---",
    ]
    for c in comparisons:
        lines.append(
            f"{c.key} | {MEASURES_NL[c.measure]} | {c.incoming} | {_text(c.loaded)} | "
            f"{_text(c.neighbours)} ({c.neighbour_keys or '-'}) | "
            f"{'JA' if c.shrinks else 'nee'}"
        )
    return lines
