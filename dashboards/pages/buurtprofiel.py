"""Buurtprofiel: every domain side by side for one buurt or wijk. UI only."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboards import charts, queries, widgets
from dashboards.formatting import format_month, format_value, join_nl

widgets.keep_only_params(["gebied"])
widgets.require_serving_copy()
st.header("Buurtprofiel")

latest = queries.latest_period()
if latest is None:
    st.info("Er zijn nog geen maandcijfers gepubliceerd.")
    st.stop()
boundary_year = queries.boundary_year_of(latest)
cats = queries.categories()
state_labels = queries.value_state_labels()
domain_labels = dict(zip(cats["domain"], cats["domain_label"], strict=True))
category_labels = dict(zip(cats["category"], cats["category_label"], strict=True))

# --- choose the area: wijken with their buurten under them ---------------------------------
areas = queries.areas(boundary_year)
areas = areas.assign(
    group_code=areas["wijk_code"].where(areas["area_level"] == "buurt", areas["area_code"]),
    group_name=areas["wijk_name"].where(areas["area_level"] == "buurt", areas["area_name"]),
    is_buurt=areas["area_level"] == "buurt",
).sort_values(["group_name", "group_code", "is_buurt", "area_name"], ignore_index=True)
if areas.empty:
    st.info("Er zijn geen buurten of wijken gepubliceerd.")
    st.stop()
by_code = {row.area_code: row for row in areas.itertuples(index=False)}


def area_option(code: str) -> str:
    row = by_code[code]
    if row.area_level == "wijk":
        return f"{row.area_name} (hele wijk)"
    return f"{row.group_name} › {row.area_name}"


code = widgets.url_selectbox(
    "Buurt of wijk", list(by_code), "gebied", format_func=area_option
)
area = by_code[code]
level_text = (
    f"Buurt in wijk {area.wijk_name}" if area.area_level == "buurt" else "Wijk"
)
residents = format_value(area.residents_total, "number" if pd.notna(area.residents_total)
                         else "unknown", labels=state_labels)
st.subheader(area.area_name)
st.caption(
    f"{level_text}, gemeente {area.gemeente_name} · {residents} inwoners "
    f"(1 januari {boundary_year}) · cijfers van {format_month(latest)}"
)

# --- latest month, every domain side by side ----------------------------------------------
monthly = queries.area_monthly(area.area_level, area.area_code, area.gemeente_code)
monthly["period"] = pd.to_datetime(monthly["period"])
is_area = monthly["area_level"] == area.area_level
now = monthly[monthly["period"] == pd.Timestamp(latest)]
own = now[now["area_level"] == area.area_level].set_index("category")
city = now[now["area_level"] == "gemeente"].set_index("category")
defn_clients = queries.definition("area_clients_monthly", "clients")
defn_rate = queries.definition("area_clients_monthly", "rate_per_1000")


def figure(frame: pd.DataFrame, category: str, column: str, state: str, decimals: int) -> str:
    if category not in frame.index:
        return format_value(None, "unknown", labels=state_labels)
    row = frame.loc[category]
    return format_value(row[column], row[state], decimals=decimals, labels=state_labels)


domains = list(domain_labels)
for column, domain in zip(st.columns(len(domains)), domains, strict=True):
    domain_cats = cats[cats["domain"] == domain]
    with column:
        st.markdown(f"### {domain_labels[domain]}")
        table = pd.DataFrame({
            "Categorie": domain_cats["category_label"].to_list(),
            "Cliënten": [figure(own, c, "clients", "clients_state", 0)
                         for c in domain_cats["category"]],
            "Per 1.000": [figure(own, c, "rate_per_1000", "rate_state", 1)
                          for c in domain_cats["category"]],
            "Gemeente per 1.000": [figure(city, c, "rate_per_1000", "rate_state", 1)
                                   for c in domain_cats["category"]],
        })
        st.dataframe(table, hide_index=True)
        group = domain_cats["population_group_label"].iloc[0]
        widgets.definition_caption(defn_clients, extra=f"Eenheid: {defn_clients['unit']}")
        widgets.definition_caption(
            defn_rate, extra=f"Eenheid: {defn_rate['unit']} (noemer: {group})"
        )

# --- trend -----------------------------------------------------------------------------------
st.markdown("### Ontwikkeling per maand")
st.caption(
    "Per 1.000 inwoners van de doelgroep. Maanden zonder getal (geheim, nog niet gepubliceerd "
    "of onbekend) blijven open in de lijn; ze tellen niet als 0."
)
for column, domain in zip(st.columns(len(domains)), domains, strict=True):
    frame = charts.trend_frame(
        monthly[is_area & (monthly["domain"] == domain)], category_labels, state_labels
    )
    with column:
        st.markdown(f"**{domain_labels[domain]}**")
        if frame.empty:
            st.caption("Geen maanden met een getal voor dit gebied.")
        else:
            st.altair_chart(charts.trend_chart(frame, "Per 1.000 inwoners"), width="stretch")

# --- stapeling -------------------------------------------------------------------------------
st.markdown("### Stapeling: huishoudens met voorzieningen uit meer domeinen")
stapeling = queries.area_stapeling(area.area_level, area.area_code, area.gemeente_code)
own_st = stapeling[stapeling["area_level"] == area.area_level]
with_number = own_st[own_st["share_state"] == "number"]
if own_st.empty:
    st.caption("Voor dit gebied zijn geen stapelingscijfers gepubliceerd.")
else:
    year = int(with_number["year"].max() if len(with_number) else own_st["year"].max())
    own_year = own_st[own_st["year"] == year].set_index("combination")
    city_year = stapeling[(stapeling["area_level"] == "gemeente")
                          & (stapeling["year"] == year)].set_index("combination")
    defn_households = queries.definition("area_stapeling_yearly", "households")
    defn_share = queries.definition("area_stapeling_yearly", "share_pct")

    def combination_label(combination: str) -> str:
        return join_nl([domain_labels.get(d, d) for d in combination.split("_")])

    def combination_order(combination: str) -> tuple:
        parts = combination.split("_")
        return (len(parts), [domains.index(p) if p in domains else 99 for p in parts])

    own_year = own_year.loc[sorted(own_year.index, key=combination_order)]

    table = pd.DataFrame({
        "Combinatie": [combination_label(c) for c in own_year.index],
        "Huishoudens": [figure(own_year, c, "households", "households_state", 0)
                        for c in own_year.index],
        "Aandeel (%)": [figure(own_year, c, "share_pct", "share_state", 1)
                        for c in own_year.index],
        "Gemeente aandeel (%)": [figure(city_year, c, "share_pct", "share_state", 1)
                                 for c in own_year.index],
    })
    if not len(with_number):
        st.caption("Nog geen jaar met een getal; hieronder het laatste jaar.")
    st.markdown(f"**{year}**")
    st.dataframe(table, hide_index=True)
    widgets.definition_caption(defn_households, extra=f"Eenheid: {defn_households['unit']}")
    widgets.definition_caption(
        defn_share, extra=f"Eenheid: {defn_share['unit']} · Jaar: {year}"
    )
