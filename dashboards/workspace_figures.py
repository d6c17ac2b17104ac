"""The signals figure: signals raised per quarter, per domain and area. Pure functions."""

from __future__ import annotations

import altair as alt
import pandas as pd

from dashboards.charts import OKABE_ITO
from wijkwijs.domains import domain_labels

SIGNALS_LABEL = "Gemelde signalen"
SIGNALS_DEFINITION = (
    "Het aantal signalen dat professionals in het kwartaal meldden (datum van melden): "
    "situaties waarin een regel, procedure of systeem maatwerk blokkeerde. Een signaal over "
    "meer domeinen telt in elk van die domeinen; het totaal over de domeinen kan dus hoger "
    "zijn dan het aantal signalen."
)
SIGNALS_UNIT = "signalen"


def quarter_start(day) -> pd.Timestamp:
    return pd.Timestamp(day).to_period("Q").start_time


def quarter_label(ts: pd.Timestamp) -> str:
    return f"{ts.year} K{ts.quarter}"


def signals_per_quarter(counts: pd.DataFrame) -> pd.DataFrame:
    """quarter_start, quarter, domain, domain_label, signals (every quarter from the first to
    the last signal, 0 where none were raised: no signal is a count of 0, not unknown)."""
    columns = ["quarter_start", "quarter", "domain", "domain_label", "signals"]
    if counts.empty:
        return pd.DataFrame(columns=columns)
    frame = counts.assign(quarter_start=counts["raised_on"].map(quarter_start))
    quarters = pd.period_range(frame["quarter_start"].min(), frame["quarter_start"].max(),
                               freq="Q").start_time
    grid = pd.MultiIndex.from_product([quarters, list(domain_labels())],
                                      names=["quarter_start", "domain"])
    counted = (frame.groupby(["quarter_start", "domain"]).size().reindex(grid, fill_value=0)
               .rename("signals").reset_index())
    counted["quarter"] = counted["quarter_start"].map(quarter_label)
    counted["domain_label"] = counted["domain"].map(domain_labels())
    return counted[columns]


def signals_per_area(counts: pd.DataFrame, status_labels: dict[str, str]) -> pd.DataFrame:
    """One row per area: signals per domain (raised in the period given), and how many of the
    area's signals are not yet solved."""
    domains = list(domain_labels())
    if counts.empty:
        return pd.DataFrame(columns=["Gebied", *domain_labels().values(), "Nog niet opgelost"])
    table = counts.pivot_table(index="area_name", columns="domain", values="signal_id",
                               aggfunc="nunique", fill_value=0).reindex(columns=domains,
                                                                         fill_value=0)
    open_ = (counts[counts["status"] != "opgelost"].groupby("area_name")["signal_id"]
             .nunique().reindex(table.index, fill_value=0))
    table.columns = [domain_labels()[d] for d in domains]
    table["Nog niet opgelost"] = open_
    return table.reset_index().rename(columns={"area_name": "Gebied"}).astype(
        {label: int for label in [*domain_labels().values(), "Nog niet opgelost"]})


def signals_chart(per_quarter: pd.DataFrame) -> alt.Chart:
    """Stacked bars: signals per quarter, coloured by domain."""
    return (
        alt.Chart(per_quarter)
        .mark_bar()
        .encode(
            x=alt.X("quarter:N", title="Kwartaal (datum van melden)", sort=None,
                    axis=alt.Axis(labelAngle=0)),
            y=alt.Y("signals:Q", title="Gemelde signalen", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("domain_label:N", title="Domein",
                            scale=alt.Scale(domain=list(domain_labels().values()),
                                            range=list(OKABE_ITO[:len(domain_labels())])),
                            legend=alt.Legend(orient="bottom")),
            tooltip=[alt.Tooltip("quarter:N", title="Kwartaal"),
                     alt.Tooltip("domain_label:N", title="Domein"),
                     alt.Tooltip("signals:Q", title="Signalen")],
        )
        .properties(height=240)
    )
