"""What a selection of published youth input shows: counts per theme, age band and quarter.

The disclosure rule for youth input is applied when the serving copy is published
(wijkwijs.disclosure.youth, docs/youth-input.md "Disclosure"): per buurt, theme and quarter an
age band with fewer ideas than the threshold, and any band that would follow from the others
and the total, is hidden, and the records of a hidden band carry the age band `verborgen`.
This module only counts what the copy holds, for any selection: every number it shows is a
sum of published values, so no selection can show more than the copy, and nothing here reads
a threshold of its own.

- Ideas per theme and per quarter are exact: every idea is listed as a quote anyway, and an
  idea is not a person or a case (one young person may give several, a group one).
"""

from __future__ import annotations

import pandas as pd

from wijkwijs.youth.codes import AGE_BANDS

HIDDEN = "verborgen"  # the age band of a record whose band its cell hides (set at publish)


def number_text(n: int) -> str:
    """A count in Dutch notation."""
    return f"{int(n):,}".replace(",", ".")


def theme_counts(records: pd.DataFrame) -> pd.DataFrame:
    """theme, theme_label, ideas, support_total; most ideas first."""
    if records.empty:
        return pd.DataFrame(columns=["theme", "theme_label", "ideas", "support_total"])
    grouped = records.groupby(["theme", "theme_label"], as_index=False).agg(
        ideas=("record_id", "count"), support_total=("support", lambda s: int(s.fillna(0).sum()))
    )
    return grouped.sort_values(["ideas", "theme_label"], ascending=[False, True], ignore_index=True)


def band_table(records: pd.DataFrame) -> pd.DataFrame:
    """Ideas per theme (rows) and age band (columns) as display text, with a total row.

    Counts what the records show; ideas whose age band the copy hides are one more column,
    "leeftijd verborgen".
    """
    columns = [*AGE_BANDS, HIDDEN]
    themes = theme_counts(records)
    rows = []
    for theme in themes.itertuples(index=False):
        own = records[records["theme"] == theme.theme]["age_band"].value_counts()
        rows.append({"Thema": theme.theme_label, "Ideeën": number_text(theme.ideas),
                     **{_band_column(b): number_text(own.get(b, 0)) for b in columns}})
    totals = records["age_band"].value_counts()
    rows.append({"Thema": "Totaal", "Ideeën": number_text(len(records)),
                 **{_band_column(b): number_text(totals.get(b, 0)) for b in columns}})
    return pd.DataFrame(rows, columns=["Thema", "Ideeën", *[_band_column(b) for b in columns]])


def _band_column(band: str) -> str:
    return "leeftijd verborgen" if band == HIDDEN else f"{band} jaar"


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
