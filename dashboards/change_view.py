"""Pieces of the Overzicht around the map: the search by name, the note under the legend,
and where it rises (areas ranked by their change with the team meeting's test). Widgets."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pandas as pd
import streamlit as st

from dashboards import changes, exports, reference_queries, trend_queries, widgets

TOP = 10


def search(rows: pd.DataFrame, level_label: str, profile_page: str, *, container=st) -> str | None:
    """A box to find an area by name (typing filters the list). The area found is returned
    (the map outlines it) and its figure and a link to its profile are shown."""
    names = dict(zip(rows["area_code"], rows["area_name"], strict=True))
    wijk = dict(zip(rows["area_code"], rows.get("wijk_name", rows["area_name"]), strict=True))
    ordered = sorted(names, key=lambda c: (names[c], c))
    found = container.selectbox(
        f"Zoek een {level_label.lower()}", ordered, index=None, key="zoek",
        format_func=lambda c: names[c] if wijk.get(c) in (None, names[c]) or pd.isna(wijk[c])
        else f"{names[c]} ({wijk[c]})",
        placeholder="Typ een naam", help="Het gebied krijgt een dikke rand op de kaart.",
    )
    if found is not None:
        row = rows[rows["area_code"] == found].iloc[0]
        container.markdown(f"**{row['area_name']}**: {row['text']}")
        container.page_link(f"pages/{profile_page}.py", label="Bekijk het profiel",
                            icon=":material/home_pin:", query_params={"gebied": found})
    return found


def legend_note(centre: float | None, is_index: bool) -> str:
    """What the colours mean, for a level (quantiles) or around a centre (diverging)."""
    if centre is None:
        return ("Kleuren: vijf klassen met elk ongeveer evenveel gebieden (kwantielen); grijs: "
                "geen getal, met de reden in de legenda.")
    if is_index:
        return ("Kleuren rond 100 (het gemeentelijk gemiddelde): blauw lager, rood hoger; 120 "
                "of meer is hoog, zoals in de Integrale blik. Grijs: geen getal, met de reden "
                "in de legenda.")
    return ("Kleuren rond 0: blauw gedaald, rood gestegen, lichtgeel ongeveer gelijk; de "
            "grenzen liggen even ver van 0. Grijs: geen getal, met de reden in de legenda.")


def rising_section(
    rows: pd.DataFrame,
    *,
    level: str,
    level_label: str,
    domain: str,
    category: str,
    period: date,
    period_text: str,
    group_label: str,
    labels: Mapping[str, str],
    by_month: bool,
) -> None:
    """The areas with the largest rise in their rate per 1,000 (against the month before, or
    a year earlier), with the test of their count; the tests run for the areas shown only."""
    column, state, since = (("rate_change_prev_period", "change_prev_period_state",
                             "de maand ervoor") if by_month else
                            ("rate_change_prev_year", "change_prev_year_state", "een jaar eerder"))
    st.markdown(f"### Waar stijgt het? {level_label}en met de grootste stijging t.o.v. {since}")
    if column not in rows or rows[state].eq("number").sum() == 0:
        st.caption(f"Voor {period_text} is er geen verandering t.o.v. {since} te berekenen "
                   "(nog geen eerdere maand met een getal).")
        return
    ranked = changes.rising(rows, column, state, top=TOP)
    rules = reference_queries.disclosure_rules()
    tests = changes.area_tests(
        trend_queries.counts_before(level, domain, category, period), period,
        rounding_base=rules.rounding_base, labels=labels, codes=list(ranked["area_code"]))
    change_label = f"Verandering per 1.000 {group_label}"
    table = changes.ranking_table(ranked, tests, change_column=column, state_column=state,
                                  change_label=change_label, level_label=level_label,
                                  labels=labels)
    st.dataframe(table, hide_index=True)
    st.caption(
        f"Gesorteerd op de verandering van het cijfer per 1.000 {group_label} t.o.v. {since} "
        f"({period_text}); de {TOP} grootste stijgers. " + changes.rule_text(rules.rounding_base)
    )
    defn = reference_queries.definition("area_clients_monthly", column)
    widgets.downloads(
        table,
        widgets.about(f"Grootste stijging per {level_label.lower()} t.o.v. {since}", defn,
                      unit=f"verschil per 1.000 {group_label}; cliënten", period=period_text),
        exports.file_stem("stijging", category, level, period.strftime("%Y-%m")),
        key="stijging",
    )
