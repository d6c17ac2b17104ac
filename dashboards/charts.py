"""The charts of the profile and comparison pages. Pure functions, no widgets.

A month whose figure is not a number (geheim, nog niet gepubliceerd, onbekend, or missing) is a
gap in the line, never a zero: every run of months with a number gets its own line segment.
A rate's axis starts at 0 (a count per 1,000 is a count), numbers and months on the axes are
Dutch (`1.234,5`, `mrt 2024`), and the band around a line is what the rounding of the
published counts leaves open: the true figure lies anywhere in it.
"""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd

from dashboards.formatting import format_month, format_value, join_nl
from dashboards.maps import is_number

# Okabe-Ito: distinguishable with every common colour-vision deficiency
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")
SHORT_MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                   "dec")
# Vega formats numbers the English way and Streamlit passes no locale: swap the separators
DUTCH_NUMBER_LABEL = ("replace(replace(replace(format(datum.value, ',.{d}~f'), "
                      "regexp(',', 'g'), '_'), regexp('[.]', 'g'), ','), regexp('_', 'g'), '.')")
DUTCH_MONTH_LABEL = (
    "[" + ", ".join(f"'{m}'" for m in SHORT_MONTHS_NL) + "][month(datum.value)] + ' ' + "
    "year(datum.value)"
)


def number_axis(title: str, decimals: int = 1, **kwargs) -> alt.Axis:
    """A quantitative axis with Dutch numbers (`1.234,5`), never `0.000000`."""
    return alt.Axis(title=title, labelExpr=DUTCH_NUMBER_LABEL.format(d=decimals), **kwargs)


def month_axis(title: str = "Maand") -> alt.Axis:
    """A time axis of months in Dutch (`mrt 2024`)."""
    return alt.Axis(title=title, labelExpr=DUTCH_MONTH_LABEL, labelAngle=-45,
                    tickCount={"interval": "month", "step": 3})


def rounding_band(rate: float, clients: float | None, rounding_base: int) -> tuple[float, float]:
    """The rates a published count rounded to `rounding_base` can stand for: the count is
    any whole number within half the base of the published one (0 is exact). Both ends of
    a count of 0, or of an unknown count, are the rate itself."""
    if clients is None or pd.isna(clients) or clients <= 0 or rounding_base <= 1:
        return rate, rate
    half = rounding_base // 2
    per_client = rate / clients
    return max(clients - half, 0) * per_client, (clients + half) * per_client


def trend_frame(
    monthly: pd.DataFrame, category_labels: Mapping[str, str], labels: Mapping[str, str],
    rounding_base: int = 1,
) -> pd.DataFrame:
    """One row per category and month with a number: `category_label`, `period`, `rate`,
    `segment` (a new segment after every gap), `month` and `value_text` (Dutch), and `low` /
    `high`, the band the rounding of the count to `rounding_base` leaves (`rounding_band`)."""
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
            clients = (float(r.clients) if getattr(r, "clients_state", None) == "number"
                       and pd.notna(getattr(r, "clients", None)) else None)
            low, high = rounding_band(float(r.rate_per_1000), clients, rounding_base)
            rows.append({
                "category_label": category_labels.get(category, category),
                "period": pd.Timestamp(month),
                "rate": float(r.rate_per_1000),
                "segment": f"{category}-{segment}",
                "month": format_month(pd.Timestamp(month).date()),
                "value_text": format_value(r.rate_per_1000, r.rate_state, decimals=1,
                                           labels=labels),
                "low": low,
                "high": high,
            })
    columns = ["category_label", "period", "rate", "segment", "month", "value_text", "low",
               "high"]
    return pd.DataFrame(rows, columns=columns)


def trend_chart(frame: pd.DataFrame, y_title: str) -> alt.LayerChart:
    """Line per category over months; gaps stay open (segments are separate lines); a light
    band per line where the rounding leaves the true figure; the axis from 0."""
    colour = alt.Color(
        "category_label:N",
        title="Categorie",
        scale=alt.Scale(range=list(OKABE_ITO)),
        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=400),
    )
    x = alt.X("period:T", title="Maand", axis=month_axis())
    tooltip = [
        alt.Tooltip("category_label:N", title="Categorie"),
        alt.Tooltip("month:N", title="Maand"),
        alt.Tooltip("value_text:N", title=y_title),
    ]
    band = alt.Chart().mark_area(opacity=0.18).encode(
        x=x, y=alt.Y("low:Q"), y2=alt.Y2("high:Q"), detail="segment:N",
        color=alt.Color("category_label:N", scale=alt.Scale(range=list(OKABE_ITO)),
                        legend=None))
    line = alt.Chart().mark_line(point=True).encode(
        x=x,
        y=alt.Y("rate:Q", title=y_title, scale=alt.Scale(zero=True, nice=True),
                axis=number_axis(y_title)),
        color=colour,
        detail="segment:N",
        tooltip=tooltip,
    )
    # the legend below shares this height (autosize fit)
    return alt.layer(band, line, data=frame).properties(height=440)


def trend_description(area_name: str, domain_label: str, frame: pd.DataFrame) -> str:
    """The text alternative of a trend chart: what it shows, over which months."""
    if frame.empty:
        return f"Grafiek zonder maanden met een getal voor {domain_label}, {area_name}."
    first, last = frame["period"].min(), frame["period"].max()
    return (f"Lijngrafiek: {domain_label}, cliënten per 1.000 inwoners van de doelgroep per "
            f"maand in {area_name}, {format_month(first.date())} tot en met "
            f"{format_month(last.date())}, één lijn per categorie "
            f"({', '.join(dict.fromkeys(frame['category_label']))}); de tabel onder de "
            "grafieken geeft de cijfers.")


def trend_table(monthly: pd.DataFrame, category_labels: Mapping[str, str],
                labels: Mapping[str, str]) -> pd.DataFrame:
    """The trend as a table (the text alternative of its chart): one row per month, newest
    first, one column per category, the rate per 1,000 in Dutch or the state's label."""
    if monthly.empty:
        return pd.DataFrame(columns=["Maand"])
    frame = monthly.assign(
        period=pd.to_datetime(monthly["period"]),
        label=monthly["category"].map(lambda c: category_labels.get(c, c)),
        text=[format_value(v, st, decimals=1, labels=labels)
              for v, st in zip(monthly["rate_per_1000"], monthly["rate_state"], strict=True)],
    )
    wide = frame.pivot_table(index="period", columns="label", values="text", aggfunc="first",
                             sort=False).sort_index(ascending=False)
    wide = wide[list(dict.fromkeys(frame["label"]))]
    wide.index = [format_month(p.date()) for p in wide.index]
    unknown = format_value(None, "unknown", labels=labels)
    return wide.rename_axis("Maand").reset_index().fillna(unknown)


def compare_chart(rows: pd.DataFrame, order: list[str]) -> alt.Chart:
    """Bars per headline category, one per area in `order` (`profile.compare_chart_rows`):
    every area named on its bar and in a legend (no label hidden for lack of room, none cut
    off), the axis from 0 in Dutch numbers."""
    return alt.Chart(rows).mark_bar().encode(
        y=alt.Y("gebied:N", title=None, sort=order,
                axis=alt.Axis(labelLimit=320, labelOverlap=False, labelFontSize=12)),
        x=alt.X("rate:Q", title="Per 1.000 inwoners van de doelgroep",
                scale=alt.Scale(zero=True), axis=number_axis(
                    "Per 1.000 inwoners van de doelgroep", decimals=0)),
        color=alt.Color("gebied:N", title="Gebied", sort=order,
                        scale=alt.Scale(domain=order, range=list(OKABE_ITO)),
                        legend=alt.Legend(orient="bottom", direction="vertical",
                                          labelLimit=400)),
        row=alt.Row("categorie:N", title=None, sort=list(rows["categorie"].unique()),
                    header=alt.Header(labelAngle=0, labelAlign="left", labelLimit=400,
                                      labelFontWeight="bold", labelFontSize=12)),
        tooltip=[alt.Tooltip("gebied:N", title="Gebied"),
                 alt.Tooltip("categorie:N", title="Categorie"),
                 alt.Tooltip("value_text:N", title="Per 1.000")],
    ).properties(height=alt.Step(22))


def compare_description(rows: pd.DataFrame, order: list[str]) -> str:
    """The text alternative of the comparison chart: what it shows, and where the table is."""
    return (f"Staafdiagram: cliënten per 1.000 inwoners van de doelgroep per hoofdcategorie "
            f"({', '.join(dict.fromkeys(rows['categorie']))}) voor {join_nl(order)}; de "
            "tabel boven de grafiek geeft alle cijfers.")
