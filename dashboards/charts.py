"""The trend chart of the profile page. Pure functions, no widgets.

A month whose figure is not a number (geheim, nog niet gepubliceerd, onbekend, or missing) is a
gap in the line, never a zero: every run of months with a number gets its own line segment.
"""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd

from dashboards.formatting import format_month, format_value
from dashboards.maps import is_number

# Okabe-Ito: distinguishable with every common colour-vision deficiency
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")


def trend_frame(
    monthly: pd.DataFrame, category_labels: Mapping[str, str], labels: Mapping[str, str]
) -> pd.DataFrame:
    """One row per category and month with a number: `category_label`, `period`, `rate`,
    `segment` (a new segment after every gap), `month` and `value_text` (Dutch)."""
    months = sorted(pd.to_datetime(monthly["period"]).unique())
    rows = []
    for category, group in monthly.groupby("category", sort=False):
        by_month = {pd.Timestamp(r.period): r for r in group.itertuples(index=False)}
        segment = 0
        for month in months:
            r = by_month.get(pd.Timestamp(month))
            if r is None or not is_number(r.rate_per_1000, r.rate_state):
                segment += 1
                continue
            rows.append({
                "category_label": category_labels.get(category, category),
                "period": pd.Timestamp(month),
                "rate": float(r.rate_per_1000),
                "segment": f"{category}-{segment}",
                "month": format_month(pd.Timestamp(month).date()),
                "value_text": format_value(r.rate_per_1000, r.rate_state, decimals=1,
                                           labels=labels),
            })
    columns = ["category_label", "period", "rate", "segment", "month", "value_text"]
    return pd.DataFrame(rows, columns=columns)


def trend_chart(frame: pd.DataFrame, y_title: str) -> alt.Chart:
    """Line per category over months; gaps stay open (segments are separate lines)."""
    return (
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=alt.X("period:T", title="Maand", axis=alt.Axis(format="%m-%Y", labelAngle=-45)),
            y=alt.Y("rate:Q", title=y_title),
            color=alt.Color(
                "category_label:N",
                title="Categorie",
                scale=alt.Scale(range=list(OKABE_ITO)),
                legend=alt.Legend(orient="bottom", direction="vertical"),
            ),
            detail="segment:N",
            tooltip=[
                alt.Tooltip("category_label:N", title="Categorie"),
                alt.Tooltip("month:N", title="Maand"),
                alt.Tooltip("value_text:N", title=y_title),
            ],
        )
        .properties(height=440)  # the legend below shares this height (autosize fit)
    )
