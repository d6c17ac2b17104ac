"""Overzicht: one figure for every buurt or wijk on a map and in a table. UI only."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboards import (
    cbs_queries,
    cbs_view,
    change_view,
    client_queries,
    contract,
    exports,
    maps,
    reference_queries,
    static_geometry,
    widgets,
)
from dashboards.formatting import (
    format_change,
    format_month,
    format_value,
    month_key,
    state_text,
)

# URL value → (Dutch label, value column, state column, decimals)
INDICATORS = {
    "aantal": ("Aantal cliënten", "clients", "clients_state", 0),
    "per1000": ("Per 1.000 inwoners", "rate_per_1000", "rate_state", 1),
    "index": ("Index t.o.v. gemeente", "index_gemeente", "index_state", 0),
    "verandering": ("Verandering t.o.v. jaar eerder", "rate_change_prev_year",
                    "change_prev_year_state", 1),
    "verandering-maand": ("Verandering t.o.v. vorige maand", "rate_change_prev_period",
                          "change_prev_period_state", 1),
}
CHANGES = ("verandering", "verandering-maand")
# a change and the index are coloured around their centre (maps.choropleth, diverging)
CENTRES = {"verandering": 0.0, "verandering-maand": 0.0, "index": 100.0}
LEVELS = {"buurt": "Buurt", "wijk": "Wijk"}
PROFILE_PAGE = "buurtprofiel"
HANDLED_PICK = "kaart_handled"
LEGEND_TITLES = {
    "aantal": "aantal cliënten",
    "per1000": "{unit}",
    "index": "index (gemeente = 100)",
    "verandering": "verschil {unit} t.o.v. een jaar eerder",
    "verandering-maand": "verschil {unit} t.o.v. de maand ervoor",
}

widgets.keep_only_params(["domein", "categorie", "indicator", "periode", "niveau", "gemeente",
                          "cijfer", "jaar"])
widgets.require_serving_copy()
st.header("Overzicht")
if client_queries.latest_period() is None:
    # no own monthly figures yet: CBS's public figures on the map, or what to do first
    if cbs_queries.cbs_years():
        cbs_view.overview_page()
    else:
        cbs_view.no_figures_at_all()
    st.stop()

cats = reference_queries.categories()
state_labels = reference_queries.value_state_labels()
domain_labels = dict(zip(cats["domain"], cats["domain_label"], strict=True))
category_labels = dict(zip(cats["category"], cats["category_label"], strict=True))

# two rows, so no label or choice is cut off at any width
c_domain, c_category, c_indicator = st.columns([2, 3, 3])
c_period, c_level, c_search = st.columns([2, 2, 4])
domain = widgets.url_selectbox(
    "Domein", list(domain_labels), "domein", format_func=domain_labels.get, container=c_domain
)
domain_cats = cats[cats["domain"] == domain]
category = widgets.url_selectbox(
    "Categorie", list(domain_cats["category"]), "categorie",
    format_func=category_labels.get, container=c_category,
)
indicator = widgets.url_selectbox(
    "Indicator", list(INDICATORS), "indicator",
    format_func=lambda k: INDICATORS[k][0], container=c_indicator,
)
months = {month_key(m): m for m in client_queries.periods(domain)}
if not months:
    st.info(f"Voor {domain_labels[domain]} zijn nog geen maandcijfers gepubliceerd. Zet de "
            f"maandexport van {domain_labels[domain]} in `data/inbox/` en draai de verwerking "
            f"(`make pipeline`); welk bestand en welke kolommen: {contract.LINK}.")
    st.stop()
period_key = widgets.url_selectbox(
    "Periode", list(months), "periode", default=widgets.default_month(months),
    format_func=lambda k: format_month(months[k]), container=c_period,
)
level = widgets.url_selectbox(
    "Niveau", list(LEVELS), "niveau", format_func=LEVELS.get, container=c_level
)

period = months[period_key]
period_text = format_month(period)
indicator_label, value_col, state_col, decimals = INDICATORS[indicator]
category_row = domain_cats[domain_cats["category"] == category].iloc[0]
defn = reference_queries.definition("area_clients_monthly", value_col)
group_label = category_row["population_group_label"]
# the short unit next to a figure; the documented unit goes in the caption under the figures
if indicator == "per1000":
    unit = f"per 1.000 {group_label}"
    unit_note = f"{defn['unit'] or unit} (noemer: {group_label})"
elif indicator == "index":
    unit = "(gemeente = 100)"
    unit_note = defn["unit"] or "index (gemeente = 100)"
elif indicator in CHANGES:
    unit = f"per 1.000 {group_label}"
    unit_note = f"{defn['unit'] or 'verschil per 1.000 inwoners'} (noemer: {group_label})"
else:
    unit = "cliënten"
    unit_note = defn["unit"] or unit
boundary_year = client_queries.boundary_year_of(period)
# a copy of several gemeenten (a region, the national benchmark): the map shows all of them
# or one, and the gemeente's own figure only for one
gemeenten = reference_queries.gemeenten(boundary_year)
chosen_gemeente = widgets.gemeente_filter(
    dict(zip(gemeenten["area_code"], gemeenten["area_name"], strict=True))
)


def fmt(value, state) -> str:
    if indicator in CHANGES:
        return format_change(value, state, decimals=decimals, labels=state_labels)
    return format_value(value, state, decimals=decimals, labels=state_labels)


def display_rows(df: pd.DataFrame) -> pd.DataFrame:
    """Rows with `value`, `state` and display `text` of the chosen indicator."""
    return df.assign(
        value=df[value_col], state=df[state_col],
        text=[fmt(v, s) for v, s in zip(df[value_col], df[state_col], strict=True)],
    )


with st.spinner("Cijfers en kaart laden…"):
    rows = display_rows(client_queries.area_values(level, domain, category, period, boundary_year))
    gemeente = display_rows(
        client_queries.area_values("gemeente", domain, category, period, boundary_year)
    )
    if chosen_gemeente != widgets.ALL_GEMEENTEN:
        rows = rows[rows["gemeente_code"] == chosen_gemeente].reset_index(drop=True)
        gemeente = gemeente[gemeente["area_code"] == chosen_gemeente]
    # public boundaries: a static file the browser fetches once (docs/design.md, decision 8)
    geometry_url = static_geometry.geometry_url(boundary_year, level)
    bounds = maps.total_bounds(static_geometry.area_bounds(boundary_year, level), rows["area_code"])

# search by name: the area is outlined on the map, with its figure and a link to its profile
found = change_view.search(rows, LEVELS[level], PROFILE_PAGE, container=c_search)

st.subheader(f"{category_labels[category]} — {indicator_label.lower()}, {period_text}")
map_col, side_col = st.columns([3, 1])  # wide enough for a gemeente's name and the legend
with side_col:
    if len(gemeente) == 1:
        g = gemeente.iloc[0]
        st.metric(f"Gemeente {g['gemeente_name']}", g["text"],
                  help=f"{indicator_label}, {period_text}: {defn['definition']}")
        st.caption(unit)
    elif len(gemeente) > 1:
        st.caption(f"{len(gemeente)} gemeenten op de kaart: kies er één voor het "
                   "gemeentecijfer.")
    centre = CENTRES.get(indicator)
    values, legend = maps.choropleth(
        rows, decimals=decimals, unit=unit, labels=state_labels, centre=centre,
        magnitudes=maps.INDEX_MAGNITUDES if indicator == "index" else None,
    )
    st.markdown(f"**Legenda** · {LEGEND_TITLES[indicator].format(unit=unit)}")
    st.markdown(
        "<br/>".join(
            f'<span style="display:inline-block;width:0.9em;height:0.9em;background:{colour};'
            f'border:1px solid #999;margin-right:0.4em"></span>{text}'
            for colour, text in legend
        ),
        unsafe_allow_html=True,
    )
    st.caption(change_view.legend_note(centre, indicator == "index"))
with map_col:
    event = st.altair_chart(
        maps.chart(geometry_url, values, area_label=LEVELS[level], value_label=indicator_label,
                   period_text=period_text, bounds=bounds, highlight=found),
        on_select="rerun", selection_mode=maps.SELECTION, key="kaart",
        alt=f"Kaart: {indicator_label.lower()} per {LEVELS[level].lower()}, {period_text}",
    )
    picked = maps.picked_area(event)
    if picked and picked != st.session_state.get(HANDLED_PICK):
        # a click on an area opens its profile; remembered, so coming back does not bounce
        st.session_state[HANDLED_PICK] = picked
        st.switch_page("pages/buurtprofiel.py", query_params={"gebied": picked})
    st.caption("Klik op een gebied om het buurtprofiel te openen; de tabel eronder geeft "
               "dezelfde cijfers, ook met het toetsenbord te doorlopen.")

table = pd.DataFrame({
    LEVELS[level]: rows["area_name"],
    **({"Wijk": rows["wijk_name"]} if level == "buurt" else {}),
    **({"Gemeente": rows["gemeente_name"]} if chosen_gemeente == widgets.ALL_GEMEENTEN
       and len(gemeenten) > 1 else {}),
    "Code": rows["area_code"],
    indicator_label: rows["text"],
    "Eenheid": unit,
    "Status": [state_text(s, state_labels) for s in rows["state"]],
    "Profiel": [f"{PROFILE_PAGE}?gebied={code}" for code in rows["area_code"]],
})
st.dataframe(
    table,
    hide_index=True,
    column_config={
        "Profiel": st.column_config.LinkColumn("Profiel", display_text="Bekijk profiel"),
        "Status": st.column_config.TextColumn(
            "Status",
            help="getal, of waarom er geen getal is: geheim, te weinig inwoners, nog niet "
                 "gepubliceerd of onbekend",
        ),
    },
)
widgets.definition_caption(defn, extra=f"Eenheid: {unit_note} · Periode: {period_text}")
if cbs_queries.cbs_years():  # CBS's public figure of the domain beside the own one
    cbs_view.beside_own_overview(level, domain)
widgets.downloads(
    table.drop(columns=["Profiel"]),
    widgets.about(f"{category_labels[category]} — {indicator_label.lower()} per "
                  f"{LEVELS[level].lower()}", defn, unit=unit_note, period=period_text),
    exports.file_stem(category, indicator, level, period_key), key="overzicht",
)

# --- where it rises: areas ranked by their change, each with the team meeting's test -----
change_view.rising_section(
    rows, level=level, level_label=LEVELS[level], domain=domain, category=category,
    period=period, period_text=period_text, group_label=group_label, labels=state_labels,
    by_month=indicator == "verandering-maand",
)
