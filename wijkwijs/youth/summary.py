"""What a selection of published youth input shows: counts per theme, age band and quarter,
under the youth-input disclosure rule (docs/youth-input.md, "Disclosure").

- Ideas per theme and per quarter are shown exactly: every idea is listed as a quote anyway,
  and an idea is not a person or a case (one young person may give several, a group one).
- The age band is the quasi-identifier: with a 100 m cell and a theme it can point at one
  child. Within the selection an age band with fewer than `threshold` ideas is shown as "<5"
  and removed from the quotes and the exports ("verborgen"), so no shown number or row lets
  a reader count fewer than `threshold` ideas of one age band.
"""

from __future__ import annotations

import pandas as pd

from wijkwijs.disclosure import DisclosureRules
from wijkwijs.youth.prepare import AGE_BANDS

HIDDEN = "verborgen"  # the age band of a record whose band is too small in the selection


def threshold() -> int:
    """The platform's suppression threshold (WIJKWIJS_SUPPRESSION_THRESHOLD, default 5)."""
    return DisclosureRules.from_env().threshold


def shown_count(n: int, limit: int) -> str:
    """'0', '<5' for 1 … limit-1, else the number in Dutch notation."""
    if n <= 0:
        return "0"
    if n < limit:
        return f"<{limit}"
    return f"{n:,}".replace(",", ".")


def visible_bands(records: pd.DataFrame, limit: int) -> list[str]:
    counts = records["age_band"].value_counts()
    return [b for b in AGE_BANDS if counts.get(b, 0) >= limit]


def mask_age_bands(records: pd.DataFrame, limit: int) -> pd.DataFrame:
    """The records with the age band replaced where its band has fewer than `limit` ideas."""
    visible = visible_bands(records, limit)
    return records.assign(
        age_band=records["age_band"].where(records["age_band"].isin(visible), HIDDEN)
    )


def theme_counts(records: pd.DataFrame) -> pd.DataFrame:
    """theme, theme_label, ideas, support_total; most ideas first."""
    if records.empty:
        return pd.DataFrame(columns=["theme", "theme_label", "ideas", "support_total"])
    grouped = records.groupby(["theme", "theme_label"], as_index=False).agg(
        ideas=("record_id", "count"), support_total=("support", lambda s: int(s.fillna(0).sum()))
    )
    return grouped.sort_values(["ideas", "theme_label"], ascending=[False, True], ignore_index=True)


def band_table(records: pd.DataFrame, limit: int) -> pd.DataFrame:
    """Ideas per theme (rows) and age band (columns) as display text, with a total row.

    A band with fewer than `limit` ideas in the whole selection shows "<limit" in the total
    row and "·" in the theme rows.
    """
    visible = visible_bands(records, limit)
    totals = records["age_band"].value_counts()
    visible += [b for b in AGE_BANDS if totals.get(b, 0) == 0]  # nothing to hide in a zero
    themes = theme_counts(records)
    rows = []
    for theme in themes.itertuples(index=False):
        own = records[records["theme"] == theme.theme]["age_band"].value_counts()
        rows.append(
            {
                "Thema": theme.theme_label,
                "Ideeën": shown_count(theme.ideas, 1),
                **{
                    f"{b} jaar": (str(int(own.get(b, 0))) if b in visible else "·")
                    for b in AGE_BANDS
                },
            }
        )
    rows.append(
        {
            "Thema": "Totaal",
            "Ideeën": shown_count(len(records), 1),
            **{f"{b} jaar": shown_count(int(totals.get(b, 0)), limit) for b in AGE_BANDS},
        }
    )
    return pd.DataFrame(rows, columns=["Thema", "Ideeën", *[f"{b} jaar" for b in AGE_BANDS]])


def quarter_label(quarter_start) -> str:
    ts = pd.Timestamp(quarter_start)
    return f"{ts.year} K{(ts.month - 1) // 3 + 1}"


def quarter_trend(records: pd.DataFrame) -> pd.DataFrame:
    """Ideas per quarter and theme, every quarter from the first to the last (0 where none)."""
    columns = ["quarter_start", "quarter_label", "theme_label", "ideas"]
    if records.empty:
        return pd.DataFrame(columns=columns)
    starts = pd.to_datetime(records["quarter_start"])
    quarters = pd.date_range(starts.min(), starts.max(), freq="QS")
    counts = records.assign(quarter_start=starts).groupby(["quarter_start", "theme_label"]).size()
    full = pd.MultiIndex.from_product(
        [quarters, sorted(records["theme_label"].unique())], names=["quarter_start", "theme_label"]
    )
    out = counts.reindex(full, fill_value=0).rename("ideas").reset_index()
    out["quarter_label"] = out["quarter_start"].map(quarter_label)
    return out[columns]
