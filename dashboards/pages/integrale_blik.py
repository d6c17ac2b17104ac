"""Integrale blik: areas ranked by pressure in more domains at once. UI only."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboards import (
    cbs_queries,
    cbs_view,
    client_queries,
    exports,
    integral,
    profile_queries,
    reference_queries,
    trend_queries,
    unique_totals,
    widgets,
)
from dashboards.formatting import format_month, month_key

LEVELS = {"buurt": "Buurten", "wijk": "Wijken"}
ALL = "alle"

widgets.keep_only_params(["periode", "niveau", "gemeente", "wijk", "jaar"])
widgets.require_serving_copy()
st.header("Integrale blik")
st.caption(
    "Waar is de vraag in meer domeinen tegelijk hoog? Per gebied telt het aantal domeinen "
    "(Wmo, Jeugdwet, Participatiewet) waar de hoofdcategorie minstens 20% boven het "
    "gemeentelijk gemiddelde ligt (index 120 of meer)."
)

months = {month_key(m): m for m in profile_queries.profile_periods()}
if not months:
    # no own monthly figures yet: the ranking on CBS's public figures, or what to do first
    if cbs_queries.cbs_years():
        cbs_view.integral_page()
    else:
        cbs_view.no_figures_at_all()
    st.stop()
cats = reference_queries.categories()
state_labels = reference_queries.value_state_labels()
domain_labels = dict(zip(cats["domain"], cats["domain_label"], strict=True))

c_period, c_level, c_wijk = st.columns([2, 1, 3])
period_key = widgets.url_selectbox(
    "Periode", list(months), "periode", format_func=lambda k: format_month(months[k]),
    container=c_period, default=widgets.default_month(months),
)
level = widgets.url_selectbox("Niveau", list(LEVELS), "niveau", format_func=LEVELS.get,
                              container=c_level)
period = months[period_key]
with st.spinner("Integrale cijfers laden…"):
    rows = profile_queries.profile_rows(level, period)
    # stapeling: the last published year where the period's own is not yet published
    rows = integral.with_published_stapeling(rows, trend_queries.stapeling_latest(level, period))
# several gemeenten: all of them, or one with only its own wijken to choose
gemeente = widgets.gemeente_filter(
    dict(zip(rows["gemeente_code"], rows["gemeente_name"], strict=True))
)
if gemeente != widgets.ALL_GEMEENTEN:
    rows = rows[rows["gemeente_code"] == gemeente]
wijken = dict(zip(rows["wijk_code"].fillna(""), rows["wijk_name"].fillna(""), strict=True))
wijk_options = [ALL, *sorted((c for c in wijken if c), key=lambda c: wijken[c])]
wijk = widgets.url_selectbox(
    "Wijk", wijk_options, "wijk",
    format_func=lambda c: "Alle wijken" if c == ALL else wijken[c], container=c_wijk,
)
if wijk != ALL:
    rows = rows[rows["wijk_code"] == wijk]

table = integral.ranking_table(rows, list(domain_labels), domain_labels, state_labels,
                               level_label=LEVELS[level][:-1] if level == "wijk" else "Buurt")
period_text = format_month(period)
st.subheader(f"{LEVELS[level]} op druk in meer domeinen, {period_text}")
high = integral.multi_domain_count(rows)
st.metric("Gebieden met hoge vraag in 2 of 3 domeinen", f"{high} van {len(rows)}",
          help="Index 120 of meer in minstens twee domeinen")
st.dataframe(
    table, hide_index=True,
    column_config={
        "Profiel": st.column_config.LinkColumn("Profiel", display_text="Bekijk profiel"),
    },
)
defn = reference_queries.definition("area_profile_monthly", "pressure_score")
widgets.definition_caption(defn, extra=f"Eenheid: {defn['unit'] or 'aantal domeinen'} · "
                                       f"Periode: {period_text}")
defn_index = reference_queries.definition("area_clients_monthly", "index_gemeente")
widgets.definition_caption(defn_index, extra=f"Eenheid: {defn_index['unit']}")
st.caption(integral.headline_note(cats))
widgets.downloads(
    table.drop(columns=["Profiel"]),
    widgets.about(f"Druk in meer domeinen per {level}", defn, period=period_text),
    exports.file_stem("integrale-blik", level, period_key), key="integraal",
)

# --- how many people: unique clients per domain ---------------------------------------------
st.subheader(f"Unieke cliënten per domein, {period_text}")
totals = client_queries.client_totals_at(level, period)
totals_table = pd.DataFrame({
    LEVELS[level][:-1] if level == "wijk" else "Buurt": list(rows["area_name"]),
    "Wijk": list(rows["wijk_name"].fillna("")),
    **unique_totals.ranking_columns(totals, list(rows["area_code"]), list(domain_labels),
                                    domain_labels, state_labels),
})
st.dataframe(totals_table, hide_index=True)
missing = unique_totals.missing_note(totals, None, list(domain_labels), domain_labels,
                                     period_text)
if missing:
    st.caption(missing)
st.caption(unique_totals.caption(period_text, totals, domain_labels))
widgets.downloads(
    totals_table,
    widgets.about(f"Unieke cliënten per domein per {level}",
                  reference_queries.definition("area_client_totals_monthly", "clients"),
                  period=period_text),
    exports.file_stem("unieke-clienten", level, period_key), key="unieke_clienten",
)

# --- where the pressure rises: a year earlier against now -----------------------------------
st.subheader(f"Waar stijgt de druk? {LEVELS[level]}, {period_text} t.o.v. een jaar eerder")
year_before = (pd.Timestamp(period) - pd.DateOffset(years=1)).date()
if month_key(year_before) not in months:
    st.caption("Er is nog geen maand een jaar eerder om mee te vergelijken.")
else:
    before = profile_queries.profile_rows(level, year_before)
    before = before[before["area_code"].isin(rows["area_code"])]
    rising = integral.rising_table(rows, before, list(domain_labels), domain_labels,
                                   state_labels, level_label=LEVELS[level][:-1]
                                   if level == "wijk" else "Buurt")
    st.dataframe(rising, hide_index=True, column_config={
        "Profiel": st.column_config.LinkColumn("Profiel", display_text="Bekijk profiel")})
    st.caption(
        "Verandering van het cijfer per 1.000 inwoners van de doelgroep (hoofdcategorie per "
        f"domein) t.o.v. {format_month(year_before)}, in %. 'Stijgt in': de domeinen waar het "
        f"cijfer {integral.RISE_PCT:g}% of meer steeg, van de domeinen met een getal in beide "
        "maanden. Geheim, te weinig inwoners, nog niet gepubliceerd en onbekend tellen niet "
        "mee en staan er met hun naam."
    )
    widgets.downloads(
        rising.drop(columns=["Profiel"]),
        widgets.about(f"Stijging van de druk per {level}",
                      reference_queries.definition("area_clients_monthly",
                                                   "rate_change_prev_year_pct"),
                      unit="% verandering t.o.v. een jaar eerder",
                      period=f"{format_month(year_before)} – {period_text}"),
        exports.file_stem("integrale-blik-stijging", level, period_key), key="integraal_stijging",
    )
