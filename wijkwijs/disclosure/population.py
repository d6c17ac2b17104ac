"""Population as published: buurt and wijk figures randomly rounded to a multiple of 5 (as CBS).

Unbiased random rounding: x = 5q + r goes up to 5(q + 1) with chance r/5, else down to 5q, so
the published figures add up to the truth on average and 0 stays 0. The chance is drawn from the
disclosure key (wijkwijs.disclosure.keys), the area and the true value, not the quantity or the
year: a rerun gives the same copy, and one true figure published twice is rounded the same way
both times, so two roundings cannot be laid side by side to narrow it down (9 possible values
to 4 when one goes up and one down). That covers the same figure in another year, two groups
that are one group in a year (residents 18-66 and 18 to the AOW age when that age is 67), and
a wijk of a single buurt (`same_as`: the wijk draws as its buurt). Nobody without the key can
redo it. The gemeente's figures stay exact, as CBS publishes them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from wijkwijs.disclosure.keys import units


def random_round(values: np.ndarray, draws: np.ndarray, base: int) -> np.ndarray:
    """`values` (non-negative integers) rounded to `base`, up when draw < remainder / base."""
    values = np.asarray(values, dtype=np.int64)
    if base <= 1:
        return values
    q, r = np.divmod(values, base)
    return (q + (np.asarray(draws) < r / base)) * base


def round_population(
    frame: pd.DataFrame, columns: list[str], key: bytes, base: int,
    same_as: dict[tuple[int, str], str] | None = None,
) -> pd.DataFrame:
    """`frame` (area_level, area_code, the columns; boundary_year with `same_as`) with buurt
    and wijk values rounded.

    Equal true values of one area draw the same rounding whatever column or table they are in
    (areas.residents_0_17 and the rates' group 0_17 agree). `same_as` maps (boundary_year,
    area_code) to the code of an area with the same population (a wijk of a single buurt).
    """
    out = frame.copy()
    rounded_level = out["area_level"].isin(["buurt", "wijk"]).to_numpy()
    codes = out["area_code"].astype(str)
    if same_as:
        codes = pd.Series(
            [same_as.get((int(y), c), c) if pd.notna(y) else c
             for y, c in zip(out["boundary_year"], codes, strict=True)], index=out.index)
    for column in columns:
        values = out[column]
        todo = rounded_level & values.notna().to_numpy()
        if not todo.any():
            continue
        exact = values[todo].astype(np.int64).to_numpy()
        cells = [f"population|{code}|{value}"
                 for code, value in zip(codes[todo], exact, strict=True)]
        published = random_round(exact, units(key, cells), base)
        column_values = values.astype("Int64")  # nullable; Int32 below: INTEGER in DuckDB
        column_values[todo] = published
        out[column] = column_values
    for column in columns:  # INTEGER as the roll-up's columns, for the marts' contracts
        out[column] = out[column].astype("Int32")
    for column in out.columns:  # text stays VARCHAR in DuckDB even when there are no rows
        if out[column].dtype == object:
            out[column] = out[column].astype("string")
    return out
