"""Where the ideas of a plan area are, for a map a planner can point at.

An idea with a place (snapped to its 100 m cell at publish) shares that place with every idea
in the same cell: one mark with their count, not dots stacked on one another. An idea known
only by its buurt has no place at all: it is counted in its buurt, never drawn as a point at
the buurt's centre (which says nothing, and can lie outside the plan area). Pure functions.
"""

from __future__ import annotations

import pandas as pd

from wijkwijs.youth.summary import quarter_label

BUURT_ONLY = "buurt"  # location_precision of an idea known by its buurt only
MIXED_THEME = "meerdere"
MIXED_LABEL = "Meerdere thema's"
PLACE_COLUMNS = ["x_rd", "y_rd", "ideas", "theme", "theme_label", "themes_text"]
BUURT_COLUMNS = ["buurt_code", "buurt_name", "ideas", "themes_text"]


def _themes_text(group: pd.DataFrame) -> str:
    """'Groen 2, Ontmoeten 1': the themes of a group of ideas, most first (then by name)."""
    counts = group["theme_label"].value_counts()
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{label} {n}" for label, n in ordered)


def shared_places(records: pd.DataFrame) -> pd.DataFrame:
    """One row per place with ideas (`x_rd`, `y_rd` in RD New): how many, the theme (or
    MIXED_THEME when they differ) and the themes with their counts. Largest first."""
    exact = records[records["location_precision"] != BUURT_ONLY]
    if exact.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    rows = []
    for (x, y), group in exact.groupby(["x_rd", "y_rd"], sort=True):
        themes = group["theme"].unique()
        one = len(themes) == 1
        rows.append({
            "x_rd": float(x), "y_rd": float(y), "ideas": len(group),
            "theme": themes[0] if one else MIXED_THEME,
            "theme_label": group["theme_label"].iloc[0] if one else MIXED_LABEL,
            "themes_text": _themes_text(group),
        })
    return (pd.DataFrame(rows, columns=PLACE_COLUMNS)
            .sort_values(["ideas", "x_rd", "y_rd"], ascending=[False, True, True],
                         ignore_index=True))


def buurt_counts(records: pd.DataFrame) -> pd.DataFrame:
    """One row per buurt with ideas known only by that buurt: how many, and their themes."""
    only = records[records["location_precision"] == BUURT_ONLY]
    if only.empty:
        return pd.DataFrame(columns=BUURT_COLUMNS)
    rows = [{"buurt_code": code, "buurt_name": group["buurt_name"].iloc[0],
             "ideas": len(group), "themes_text": _themes_text(group)}
            for code, group in only.groupby("buurt_code", sort=True)]
    return pd.DataFrame(rows, columns=BUURT_COLUMNS)


def period_text(records: pd.DataFrame) -> str:
    """The quarters the ideas come from: '2024 K4 tot en met 2025 K2', or one quarter."""
    if records.empty:
        return ""
    starts = pd.to_datetime(records["quarter_start"])
    first, last = quarter_label(starts.min()), quarter_label(starts.max())
    return first if first == last else f"{first} tot en met {last}"


def counts_text(records: pd.DataFrame) -> str:
    """How many ideas, on how many places, and how many known by their buurt only."""
    places = shared_places(records)
    buurten = buurt_counts(records)
    n_exact = int(places["ideas"].sum()) if len(places) else 0
    n_buurt = int(buurten["ideas"].sum()) if len(buurten) else 0
    parts = [f"{n_exact} met een plek (op {len(places)} "
             f"{'plek' if len(places) == 1 else 'plekken'})"]
    if n_buurt:
        parts.append(f"{n_buurt} met alleen een buurt ({len(buurten)} "
                     f"{'buurt' if len(buurten) == 1 else 'buurten'})")
    return f"{len(records)} ideeën: " + " en ".join(parts) + "."
