"""Buurtprofiel: every domain side by side for one buurt or wijk. UI only."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboards import (
    cbs_queries,
    cbs_view,
    client_queries,
    exports,
    notes_view,
    profile,
    profile_queries,
    profile_view,
    reference_queries,
    trend_queries,
    unique_totals,
    widgets,
)
from dashboards.formatting import format_month, format_value, month_key

widgets.keep_only_params(["gebied", "gemeente", "periode"])
widgets.require_serving_copy()
st.header("Buurtprofiel")

latest = client_queries.latest_period()
if latest is None:
    # no own monthly figures yet: CBS's public figures, or what to do first
    if cbs_queries.cbs_years():
        cbs_view.profile_page()
    else:
        cbs_view.no_figures_at_all()
    st.stop()
boundary_year = client_queries.boundary_year_of(latest)
cats = reference_queries.categories()
state_labels = reference_queries.value_state_labels()
domain_labels = dict(zip(cats["domain"], cats["domain_label"], strict=True))
category_labels = dict(zip(cats["category"], cats["category_label"], strict=True))
domains = list(domain_labels)

# --- choose the area: wijken with their buurten under them ---------------------------------
areas = profile.area_choices(reference_queries.areas(boundary_year))
if areas.empty:
    st.info("Er zijn geen buurten of wijken gepubliceerd.")
    st.stop()
gemeente_names = profile.gemeente_choices(areas)
if len(gemeente_names) > 1:
    # a copy of several gemeenten (a region, the national benchmark): the gemeente first, so
    # the list of areas stays one gemeente long; a link or map click to an area opens its own
    wanted = st.query_params.get("gebied")
    home = areas.loc[areas["area_code"] == wanted, "gemeente_code"]
    if len(home) and wanted != st.session_state.get("url_gebied"):
        st.query_params["gemeente"] = home.iloc[0]
    chosen = widgets.url_selectbox(
        "Gemeente", list(gemeente_names), "gemeente", format_func=gemeente_names.get
    )
    areas = areas[areas["gemeente_code"] == chosen]
by_code = {row.area_code: row for row in areas.itertuples(index=False)}
wanted = st.query_params.get("gebied")
if wanted and wanted not in by_code and wanted != st.session_state.get("url_gebied"):
    profile_view.unknown_link_notice(wanted)  # water, an old code, another wijkteam's area
c_area, c_period = st.columns([3, 1])
code = widgets.url_selectbox(
    "Buurt of wijk", list(by_code), "gebied",
    format_func=lambda c: profile.area_option(by_code[c]), container=c_area,
)
area = by_code[code]
# every month with figures; a link without `periode` follows the newest month
months = {month_key(m): m for m in sorted(
    {m for d in reference_queries.categories()["domain"].unique()
     for m in client_queries.periods(d)},
    reverse=True)}
period_key = widgets.url_selectbox(
    "Periode", list(months), "periode", default=month_key(latest),
    format_func=lambda k: format_month(months[k]), container=c_period, omit_default=True,
)
latest = months.get(period_key, latest)
level_text = f"Buurt in wijk {area.wijk_name}" if area.area_level == "buurt" else "Wijk"
residents = format_value(area.residents_total, "number" if pd.notna(area.residents_total)
                         else "unknown", labels=state_labels)
st.subheader(area.area_name)
subtitle = (f"{level_text}, gemeente {area.gemeente_name} · {residents} inwoners "
            f"(1 januari {boundary_year})")
st.caption(f"{subtitle} · cijfers van {format_month(latest)}")

with st.spinner("Profiel laden…"):
    monthly = client_queries.area_monthly(area.area_level, area.area_code, area.gemeente_code)
    monthly["period"] = pd.to_datetime(monthly["period"])
    stapeling = client_queries.area_stapeling(area.area_level, area.area_code, area.gemeente_code)
    similar = (profile_queries.similar_buurten(boundary_year, area.area_code)
               if area.area_level == "buurt" else pd.DataFrame())
    compare = client_queries.areas_at(
        [area.area_code, *similar.get("area_code", pd.Series(dtype=str)).dropna(),
         area.gemeente_code], latest)
defs = {c: reference_queries.definition("area_clients_monthly", c)
        for c in ("clients", "rate_per_1000", "index_gemeente", "rate_change_prev_year")}
now = monthly[monthly["period"] == pd.Timestamp(latest)]
own = now[now["area_level"] == area.area_level].set_index("category")
city = now[now["area_level"] == "gemeente"].set_index("category")
groups = dict(zip(cats["category"], cats["population_group"], strict=True))
fallback = profile.fallback_categories(
    own, groups, trend_queries.area_population(area.area_code, boundary_year))

# --- the wijk instead of a hidden buurt figure (not for an unknown one, nor for a group
# without residents: a buurt without children has no youth figure to stand in for) ----------
if fallback:
    st.info(
        profile.fallback_text(area.wijk_name, [category_labels[c] for c in fallback],
                              profile.fallback_reasons(own, fallback, state_labels)),
        icon=":material/info:",
    )

# --- headline figures: one per domain, with the municipal figure ---------------------------
headline = profile.headline_categories(cats)
for column, domain in zip(st.columns(len(domains)), domains, strict=True):
    category = headline[domain]
    value, line = profile.headline_metric(own, city, category, state_labels, fallback)
    group = cats.loc[cats["category"] == category, "population_group_label"].iloc[0]
    column.metric(f"{domain_labels[domain]}: {category_labels[category]}", value,
                  help=defs["rate_per_1000"]["definition"])
    column.caption(f"per 1.000 {group}, {format_month(latest)} · {line}")

# --- latest month, every category of every domain (one table: readable at any width) -----
domain_tables = {
    domain: profile.domain_table(cats[cats["domain"] == domain], own, city, state_labels,
                                 fallback=fallback)
    for domain in domains
}
# the team's notes beside the figures they explain: on screen, in the PDF and the exports
team_notes = notes_view.area_notes(area.area_code)
domain_tables = notes_view.with_notes(domain_tables, team_notes, cats)
notes_view.show(team_notes)
all_domains = profile.all_domains_table(domain_tables, domain_labels)
st.markdown(f"### Alle categorieën, {format_month(latest)}")
st.dataframe(all_domains, hide_index=True)
groups = cats.drop_duplicates("domain").set_index("domain")["population_group_label"]
st.caption("Per 1.000: " + "; ".join(f"{domain_labels[d]} per 1.000 {groups[d]}"
                                       for d in domains) + ".")
for key in ("clients", "rate_per_1000", "index_gemeente", "rate_change_prev_year"):
    widgets.definition_caption(defs[key], extra=f"Eenheid: {defs[key]['unit']}")
period_text = format_month(latest)
widgets.downloads(
    all_domains,
    widgets.about(f"{area.area_name}: alle domeinen", defs["rate_per_1000"],
                  period=period_text),
    exports.file_stem(area.area_name, "domeinen", period_text), key="domeinen",
)

# --- unique clients per domain: how many people get Wmo, jeugdhulp, bijstand ---------------
month_text = format_month(latest)
st.markdown(f"### Unieke cliënten per domein, {month_text}")
totals = client_queries.area_client_totals(area.area_level, area.area_code, area.gemeente_code,
                                    latest)
totals_table = unique_totals.area_table(totals, area.area_code, area.gemeente_code, domains,
                                        domain_labels, state_labels)
st.dataframe(totals_table, hide_index=True)
missing = unique_totals.missing_note(totals, area.area_code, domains, domain_labels,
                                     month_text)
if missing:
    st.caption(missing)
st.caption(unique_totals.caption(month_text, totals, domain_labels))

# --- what changed since the month before and a year earlier ----------------------------------
is_area = monthly["area_level"] == area.area_level
rules = reference_queries.disclosure_rules()
profile_view.change_section(
    area=area, cats=cats, own=own, own_monthly=monthly[is_area], period=pd.Timestamp(latest),
    labels=state_labels, rounding_base=rules.rounding_base,
)

# --- trend -----------------------------------------------------------------------------------
profile_view.trend_section(
    area=area, domains=domains, domain_labels=domain_labels, category_labels=category_labels,
    monthly=monthly[is_area & (monthly["period"] <= pd.Timestamp(latest))],
    labels=state_labels, rounding_base=rules.rounding_base,
)

# --- similar buurten -------------------------------------------------------------------------
similar_table = pd.DataFrame()
if area.area_level == "buurt":
    st.markdown("### Vergelijkbare buurten")
    if similar.empty:
        st.caption("Voor deze buurt zijn geen vergelijkbare buurten berekend.")
    else:
        similar_table = profile.similar_table(
            area, similar, compare, headline, domain_labels, category_labels, state_labels
        )
        st.dataframe(similar_table, hide_index=True)
        defn_similar = reference_queries.definition("similar_buurten", "distance")
        widgets.definition_caption(
            {**defn_similar, "definition": (
                "Buurten met een vergelijkbare bevolkingsopbouw, met hun cijfer per 1.000 "
                "inwoners van de doelgroep voor de hoofdcategorie van elk domein. "
                + defn_similar["definition"]).strip()},
            extra=f"Periode: {period_text}",
        )
        widgets.downloads(
            similar_table,
            widgets.about(f"{area.area_name}: vergelijkbare buurten", defs["rate_per_1000"],
                          period=period_text),
            exports.file_stem(area.area_name, "vergelijkbaar", period_text), key="vergelijkbaar",
        )

# --- stapeling -------------------------------------------------------------------------------
st.markdown("### Stapeling: huishoudens met voorzieningen uit meer domeinen")
stapeling_year, stapeling_table = profile.stapeling_table(stapeling, area.area_level,
                                                          domain_labels, state_labels)
defn_households = reference_queries.definition("area_stapeling_yearly", "households")
defn_share = reference_queries.definition("area_stapeling_yearly", "share_pct")
if stapeling_table.empty:
    st.caption("Voor dit gebied zijn geen stapelingscijfers gepubliceerd.")
else:
    if stapeling_table.attrs.get("no_number"):
        st.caption("Nog geen jaar met een getal; hieronder het laatste gepubliceerde jaar.")
    st.markdown(f"**{stapeling_year}**")
    st.dataframe(stapeling_table, hide_index=True)
    widgets.definition_caption(defn_households, extra=f"Eenheid: {defn_households['unit']}")
    widgets.definition_caption(
        defn_share, extra=f"Eenheid: {defn_share['unit']} · Jaar: {stapeling_year}"
    )
    widgets.downloads(
        stapeling_table,
        widgets.about(f"{area.area_name}: stapeling", defn_share, period=str(stapeling_year)),
        exports.file_stem(area.area_name, "stapeling", str(stapeling_year)), key="stapeling",
    )
    profile_view.stapeling_years_section(area=area, stapeling=stapeling,
                                         domain_labels=domain_labels, labels=state_labels)

# --- every year ------------------------------------------------------------------------------
profile_view.yearly_section(
    area=area, cats=cats, labels=state_labels,
    yearly=trend_queries.area_yearly(area.area_level, area.area_code, area.gemeente_code),
)

# --- CBS's figures beside the own registration -------------------------------------------
if cbs_queries.cbs_years():
    cbs_view.show_area_figures(area, boundary_year, beside_own=True)

# --- printable profile -----------------------------------------------------------------------
st.markdown("### Afdrukken")
published = widgets.about("", {})["Gepubliceerd"]
document = profile.document(
    area=area, subtitle=subtitle, period_text=period_text, published=published,
    domain_tables=domain_tables, domain_labels=domain_labels, similar_table=similar_table,
    stapeling=(stapeling_year, stapeling_table),
    monthly=monthly[is_area & (monthly["period"] <= pd.Timestamp(latest))], headline=headline,
    category_labels=category_labels, fallback=fallback, definitions=defs, rules=rules,
)
document.notes = [*notes_view.general_lines(team_notes), *document.notes]
map_shapes = profile_view.area_shapes(area, boundary_year)  # the map is drawn on click only
st.download_button(
    "Profiel als PDF (1 pagina)",
    lambda: exports.profile_pdf(profile_view.with_map(document, map_shapes, area.area_code)),
    file_name=f"{exports.file_stem(area.area_name, 'profiel', period_text)}.pdf",
    mime="application/pdf", icon=":material/picture_as_pdf:", on_click="ignore", key="pdf",
    help="Een A4 met alle domeinen, de ontwikkeling en de vergelijking, voor het teamoverleg",
)
