"""Vergelijken: two to four areas side by side, every domain. UI only."""

from __future__ import annotations

import streamlit as st

from dashboards import (
    cbs_queries,
    cbs_view,
    charts,
    client_queries,
    exports,
    profile,
    reference_queries,
    widgets,
)
from dashboards.formatting import format_month, month_key

MAX_AREAS = 4

widgets.keep_only_params(["gebieden", "periode"])
widgets.require_serving_copy()
st.header("Vergelijken")
st.caption("Kies twee tot vier buurten of wijken; de gemeente staat er altijd bij.")

cats = reference_queries.categories()
state_labels = reference_queries.value_state_labels()
domain_labels = dict(zip(cats["domain"], cats["domain_label"], strict=True))
category_labels = dict(zip(cats["category"], cats["category_label"], strict=True))
all_months = sorted({m for d in domain_labels for m in client_queries.periods(d)}, reverse=True)
if not all_months:
    # no own monthly figures yet: CBS's public figures side by side, or what to do first
    if cbs_queries.cbs_years():
        cbs_view.compare_page()
    else:
        cbs_view.no_figures_at_all()
    st.stop()
months = {month_key(m): m for m in all_months}

c_areas, c_period = st.columns([4, 1])
period_key = widgets.url_selectbox(
    "Periode", list(months), "periode", format_func=lambda k: format_month(months[k]),
    container=c_period, default=widgets.default_month(months),
)
period = months[period_key]
boundary_year = client_queries.boundary_year_of(period)
areas = profile.area_choices(reference_queries.areas(boundary_year))
by_code = {row.area_code: row for row in areas.itertuples(index=False)}
several = areas["gemeente_code"].nunique() > 1  # then the gemeente is part of each name
with c_areas:
    chosen = widgets.url_multiselect(
        "Gebieden", list(by_code), "gebieden",
        default=list(areas.loc[areas["area_level"] == "buurt", "area_code"][:2]),
        max_selections=MAX_AREAS,
        format_func=lambda c: profile.area_option(by_code[c], with_gemeente=several),
    )
if len(chosen) < 2:
    st.info("Kies minstens twee gebieden om te vergelijken.")
    st.stop()

gemeente_code = by_code[chosen[0]].gemeente_code
gemeente_name = by_code[chosen[0]].gemeente_name
with st.spinner("Cijfers laden…"):
    rows = client_queries.areas_at([*chosen, gemeente_code], period)
names = {c: by_code[c].area_name for c in chosen} | {gemeente_code: f"Gemeente {gemeente_name}"}
table = profile.compare_table(rows, [*chosen, gemeente_code], names, cats, state_labels)
period_text = format_month(period)
st.subheader(f"Cliënten per 1.000 inwoners van de doelgroep, {period_text}")
st.dataframe(table, hide_index=True)
defn = reference_queries.definition("area_clients_monthly", "rate_per_1000")
widgets.definition_caption(defn, extra=f"Eenheid: {defn['unit']} · Periode: {period_text}")
if table.map(lambda v: isinstance(v, str) and v.endswith(profile.WIJK_MARK)).any().any():
    st.caption("'(wijk)': het cijfer van de buurt is geheim of de buurt heeft te weinig "
               "inwoners; dit is het cijfer van haar wijk.")

chart_rows = profile.compare_chart_rows(rows, [*chosen, gemeente_code], names, cats)
if not chart_rows.empty:
    order = list(names.values())
    st.altair_chart(charts.compare_chart(chart_rows, order),
                    alt=charts.compare_description(chart_rows, order))
    st.caption("Hoofdcategorie per domein; een gebied zonder getal (geheim, te weinig "
               "inwoners, nog niet gepubliceerd, onbekend) heeft geen balk.")
widgets.downloads(
    table, widgets.about("Vergelijking per 1.000 inwoners", defn, period=period_text),
    exports.file_stem("vergelijking", period_key), key="vergelijken",
)
