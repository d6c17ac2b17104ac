"""Population as published: buurt and wijk figures randomly rounded to a multiple of 5 (as CBS).

Unbiased random rounding: x = 5q + r goes up to 5(q + 1) with chance r/5, else down to 5q, so
the published figures add up to the truth on average and 0 stays 0. The chance is drawn from the
disclosure key (wijkwijs.disclosure.keys) and the cell (area, quantity, true value): a rerun
gives the same copy; the same quantity with the same true value in another year gets the same
published figure, so two years cannot be laid side by side to narrow it down; nobody without
the key can redo it. The gemeente's figures stay exact, as CBS publishes them.
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
    frame: pd.DataFrame, columns: list[str], key: bytes, base: int, quantity=None
) -> pd.DataFrame:
    """`frame` (area_level, area_code, the columns) with buurt and wijk values rounded.

    `quantity(column)` names the figure a column holds, so two tables holding the same figure
    (areas.residents_0_17 and the rates' group 0_17) round it the same way; default: the column.
    """
    out = frame.copy()
    rounded_level = out["area_level"].isin(["buurt", "wijk"]).to_numpy()
    for column in columns:
        name = quantity(column) if quantity else column
        values = out[column]
        todo = rounded_level & values.notna().to_numpy()
        if not todo.any():
            continue
        exact = values[todo].astype(np.int64).to_numpy()
        cells = [
            f"population|{level}|{code}|{name}|{value}"
            for level, code, value in zip(
                out.loc[todo, "area_level"], out.loc[todo, "area_code"], exact, strict=True
            )
        ]
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
