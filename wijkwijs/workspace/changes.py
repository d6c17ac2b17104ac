"""Which figures of an area changed more than chance, small numbers and rounding explain.

For every category of every domain: the newest month's published count against the months
before it, with the rule of wijkwijs.significance (limits shown). Pure pandas on rows of the
serving copy's `area_clients_monthly` for one area.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from wijkwijs.significance import LEVELS, change_test

BASELINE_MONTHS = 12
COLUMNS = ["domain", "category", "domain_label", "category_label", "period", "observed",
           "observed_text", "expected", "lower_95", "upper_95", "lower_998", "upper_998",
           "verdict", "level", "label", "baseline_months"]


def figure_changes(
    monthly: pd.DataFrame,
    categories: pd.DataFrame,
    state_labels: Mapping[str, str],
    *,
    rounding_base: int,
    baseline_months: int = BASELINE_MONTHS,
) -> pd.DataFrame:
    """One row per category: the newest month against the `baseline_months` before it.

    `monthly`: rows of one area (period, domain, category, clients, clients_state), every
    month; `categories`: the code list (domain, category, domain_label, category_label).
    """
    if monthly.empty:
        return pd.DataFrame(columns=COLUMNS)
    frame = monthly.assign(period=pd.to_datetime(monthly["period"]))
    latest = frame["period"].max()
    first = latest - pd.DateOffset(months=baseline_months)
    rows = []
    for cat in categories.itertuples(index=False):
        own = frame[frame["category"] == cat.category].set_index("period")
        now = own.loc[latest] if latest in own.index else None
        base = [
            float(own.at[p, "clients"]) if p in own.index and own.at[p, "clients_state"] ==
            "number" and pd.notna(own.at[p, "clients"]) else None
            for p in pd.date_range(first, latest - pd.DateOffset(months=1), freq="MS")
        ]
        state = now["clients_state"] if now is not None else "unknown"
        value = float(now["clients"]) if state == "number" and pd.notna(now["clients"]) else None
        reason = state_labels.get(state, state) if value is None else ""
        test = change_test(base, value, rounding_base=rounding_base, current_reason=reason)
        limits = {level: test.limits.get(level, (None, None)) for level in LEVELS}
        rows.append({
            "domain": cat.domain, "category": cat.category, "domain_label": cat.domain_label,
            "category_label": cat.category_label, "period": latest.date(),
            "observed": value, "observed_text": _count(value, reason),
            "expected": test.expected,
            "lower_95": limits[0.95][0], "upper_95": limits[0.95][1],
            "lower_998": limits[0.998][0], "upper_998": limits[0.998][1],
            "verdict": test.verdict, "level": test.level, "label": test.label,
            "baseline_months": test.baseline_months,
        })
    return pd.DataFrame(rows, columns=COLUMNS)


def _count(value: float | None, reason: str) -> str:
    return reason if value is None else f"{value:,.0f}".replace(",", ".")


def display_table(changes: pd.DataFrame, only_changed: bool = False) -> pd.DataFrame:
    """Dutch display table: figure, now, expected, the limits and the verdict."""
    shown = changes[changes["verdict"].isin(["hoger", "lager"])] if only_changed else changes
    # changes first (the clearest on top), then in the code list's order
    rank = pd.to_numeric(shown["level"], errors="coerce").fillna(0.0)
    order = shown.assign(rank=rank, seq=range(len(shown))).sort_values(
        ["rank", "seq"], ascending=[False, True])

    def limits(lo, hi) -> str:
        return "—" if pd.isna(lo) else f"{_count(lo, '')} – {_count(hi, '')}"

    return pd.DataFrame({
        "Domein": order["domain_label"],
        "Cijfer": order["category_label"],
        "Nu (cliënten)": order["observed_text"],
        "Gemiddeld ervoor": order["expected"].map(
            lambda v: "—" if pd.isna(v) else f"{v:,.1f}".replace(",", "x").replace(
                ".", ",").replace("x", ".")),
        "Grenzen 95%": [limits(lo, hi) for lo, hi in zip(order["lower_95"],
                                                          order["upper_95"], strict=True)],
        "Grenzen 99,8%": [limits(lo, hi) for lo, hi in zip(order["lower_998"],
                                                            order["upper_998"], strict=True)],
        "Oordeel": order["label"],
    }).reset_index(drop=True)


RULE_TEXT = (
    "Een cijfer staat op de agenda als het aantal cliënten in de nieuwste maand buiten de "
    "grenzen valt die toeval, kleine aantallen en afronding verklaren: de Poisson-"
    "voorspelgrenzen op basis van de {months} maanden ervoor (95% = mogelijk, 99,8% = "
    "duidelijk), verruimd voor de afronding op {base}. Geheim, nog niet gepubliceerd en "
    "onbekend worden niet getoetst."
)
