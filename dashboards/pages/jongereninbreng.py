"""Jongereninbreng: what young people want in a plan area, with its social context. UI only."""

from __future__ import annotations

import pandas as pd
import shapely
import streamlit as st

from dashboards import (
    client_queries,
    exports,
    reference_queries,
    widgets,
    youth_feedback_view,
    youth_queries,
    youth_view,
)
from dashboards.formatting import format_month
from wijkwijs.domains import domain_labels
from wijkwijs.youth import brief as youth_brief
from wijkwijs.youth import plan_area, summary

widgets.keep_only_params([])
widgets.require_serving_copy()
st.header("Jongereninbreng")
st.caption(
    "Wat jongeren aan jongerenwerkers vertelden over hun buurt, voor het gesprek over het "
    "omgevingsplan. Alleen gepubliceerde ideeën: namen, telefoonnummers, e-mailadressen, "
    "accounts en huisnummers zijn eruit gehaald, plekken afgerond op 100 meter of de buurt."
)
records = youth_queries.records()
if records.empty:  # a gemeente without youth input: say what to do, never a crash
    youth_view.empty_state()
    st.stop()
latest = client_queries.latest_period()
context_year = (client_queries.boundary_year_of(latest) if latest
                else int(records["boundary_year"].max()))
rules = reference_queries.disclosure_rules()  # the rules the copy was published with
records = youth_view.period_filter(records)  # the quarters of the ideas shown

# --- the plan area ---------------------------------------------------------------------------
how = st.radio("Plangebied", ["Buurten of wijken kiezen", "Bestand uploaden"], horizontal=True)
if how == "Bestand uploaden":
    upload = st.file_uploader(
        "Plangebied als GeoJSON of GeoPackage (RD New of WGS84, één of meer vlakken)",
        type=["geojson", "json", "gpkg"],
    )
    if upload is None:
        st.info("Upload een bestand met het plangebied.")
        st.stop()
    try:
        area = plan_area.read_plan_area(upload.getvalue(), upload.name)
    except plan_area.PlanAreaError as exc:
        st.error(str(exc))
        st.stop()
    # the plan area's own name (`naam`/`name` in the file), else the file's
    area_name = plan_area.plan_area_name(upload.getvalue(), upload.name) or (
        f"plangebied uit {upload.name}")
else:
    options = youth_queries.choosable_areas(context_year)
    names = {
        r.area_code: (f"{r.area_name} (hele wijk)" if r.area_level == "wijk"
                      else f"{r.wijk_name} › {r.area_name}")
        for r in options.itertuples(index=False)
    }
    chosen = st.multiselect("Buurten of wijken", list(names), format_func=names.get,
                            placeholder="Kies een of meer buurten of wijken")
    if not chosen:
        st.info("Kies een of meer buurten of wijken, of upload een plangebied.")
        st.stop()
    chosen_shapes = pd.concat([youth_queries.shapes("buurt"), youth_queries.shapes("wijk")])
    chosen_shapes = chosen_shapes[(chosen_shapes["boundary_year"] == context_year)
                                  & chosen_shapes["area_code"].isin(chosen)]
    area = shapely.union_all(chosen_shapes.geometry.to_numpy())
    area_name = ", ".join(names[c].split(" › ")[-1] for c in chosen)

buffer_m = st.number_input("Rand om het plangebied (meter)", min_value=0, max_value=2000,
                           value=0, step=50)
area = plan_area.buffer_area(area, buffer_m)

buurt_shapes = youth_queries.shapes("buurt")
shape_of = {(int(y), c): g for y, c, g in
            zip(buurt_shapes["boundary_year"], buurt_shapes["area_code"], buurt_shapes.geometry,
                strict=True)}
shown = plan_area.records_in_area(records, area, shape_of)  # age bands masked at publish

# --- figures ---------------------------------------------------------------------------------
themes = summary.theme_counts(shown)
c1, c2, c3 = st.columns(3)
c1.metric("Ideeën in het plangebied", len(shown))
c2.metric("Thema's", len(themes))
c3.metric("Steun van andere jongeren", int(shown["support"].fillna(0).sum()))

left, right = st.columns([3, 2])
with left:
    map_buurten = youth_view.map_section(area, area_name, shown, context_year)
with right:
    st.markdown("#### Ideeën per thema en leeftijdsgroep")
    bands = summary.band_table(shown)
    st.dataframe(bands, hide_index=True)
    st.caption(f"Aantal ideeën (geen personen). Een leeftijdsgroep met minder dan "
               f"{rules.threshold} ideeën in een buurt, thema en kwartaal is bij publicatie "
               "verborgen ('leeftijd verborgen'), net als een groep die anders uit het totaal "
               "zou volgen.")

st.markdown("#### Ontwikkeling per kwartaal")
trend = summary.quarter_trend(shown)
if trend.empty:
    st.caption("Geen ideeën in dit plangebied.")
else:
    st.altair_chart(youth_view.trend_chart(trend, youth_view.label_colours(shown)),
                    width="stretch", alt="Lijngrafiek: aantal ideeën per kwartaal, één lijn "
                    "per thema; de lijst 'Wat jongeren zeggen' geeft de ideeën zelf.")

st.markdown("#### Wat jongeren zeggen")
for theme in themes.itertuples(index=False):
    own = shown[shown["theme"] == theme.theme].sort_values("quarter_start", ascending=False)
    with st.expander(f"{theme.theme_label} ({theme.ideas})", expanded=len(themes) <= 3):
        for r in own.itertuples(index=False):
            steun = f" · {int(r.support)} steun" if pd.notna(r.support) else ""
            st.markdown(f"> {r.idea}")
            age = "leeftijd verborgen" if r.age_band == summary.HIDDEN else f"{r.age_band} jaar"
            st.caption(f"{r.buurt_name} · {summary.quarter_label(r.quarter_start)} · "
                       f"{age}{steun} · {r.organisation}, {r.activity}")

# --- context of the buurten ------------------------------------------------------------------
st.markdown("#### Context van de buurten in het plangebied")
codes = youth_queries.plan_buurten(context_year, area)
state_labels = reference_queries.value_state_labels()
cats = reference_queries.categories()
context_columns: list[str] = []
context_rows: list[list[str]] = []
if not codes or latest is None:
    st.caption("Geen buurten met cijfers in dit plangebied.")
else:
    ctx_areas = youth_queries.context_areas(context_year, area, codes)
    figures = youth_queries.context_figures(latest, context_year, area, codes)
    youth_table = youth_view.context_table(ctx_areas, figures, cats, "jeugd", state_labels, True)
    st.dataframe(youth_table, hide_index=True)
    defn = reference_queries.definition("area_clients_monthly", "rate_per_1000")
    widgets.definition_caption(
        defn, extra=f"Jeugdhulp per 1.000 inwoners van 0 tot en met 17 jaar · "
                    f"{format_month(latest)} · buurten met ten minste "
                    f"{plan_area.MIN_BUURT_OVERLAP:.0%} in het plangebied")
    context_columns = list(youth_table.columns)
    context_rows = youth_table.astype(str).values.tolist()
    others = {d: label for d, label in domain_labels().items() if d != "jeugd"}
    with st.expander(f"Andere domeinen: {' en '.join(others.values())}"):
        for domain in others:
            st.dataframe(youth_view.context_table(ctx_areas, figures, cats, domain,
                                                  state_labels, False), hide_index=True)
        st.caption(f"Per 1.000 inwoners van de doelgroep · {format_month(latest)}")

# --- export ----------------------------------------------------------------------------------
st.markdown("#### Brief voor het gesprek")
info = reference_queries.publish_info()
published = (pd.Timestamp(info["published_at"]).strftime("%d-%m-%Y")
             if info.get("published_at") is not None else "")
brief = youth_brief.Brief(
    area_name=area_name, area_rd=area, records=shown, bands=bands, threshold=rules.threshold,
    context_columns=context_columns, context_rows=context_rows,
    context_note=(f"Jeugdhulp per 1.000 inwoners van 0 tot en met 17 jaar, "
                  f"{format_month(latest)}." if context_rows else ""),
    buffer_m=buffer_m, published_at=published, buurten=map_buurten,
)
d1, d2, d3 = st.columns(3)
# built (and logged as an export) only when clicked
what = f"Jongereninbreng: {area_name}"
d1.download_button("Brief (PDF)",
                   lambda: exports.audited(what, "pdf", youth_brief.brief_pdf, brief),
                   "jongereninbreng.pdf", mime="application/pdf", on_click="ignore")
d2.download_button("Ideeën (CSV)",  # exports.to_csv: free text guarded against formulas
                   lambda: exports.to_csv(youth_brief.export_frame(shown), what=what),
                   "jongereninbreng.csv", mime="text/csv", on_click="ignore")
d3.download_button("Ideeën (GeoJSON)",
                   lambda: exports.audited(what, "geojson", youth_brief.records_geojson, shown),
                   "jongereninbreng.geojson", mime="application/geo+json", on_click="ignore")

# --- answers to the ideas, and the teams' notes (application database) ------------------------
youth_feedback_view.section(shown, area_name, codes)
