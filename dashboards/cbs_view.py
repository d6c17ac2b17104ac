"""CBS's public figures on the pages: the tables as pure functions, and the small blocks the
pages call when a gemeente has only public data (or to show CBS beside its own figures).

Every figure carries its unit, year, state and source ("CBS", or "CBS (berekend)" for a figure
wijkwijs derives from CBS's own counts) and its one-line Dutch definition. The data comes from
`cbs_queries`; docs/models.md gives the definitions and their sources.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from dashboards import contract
from dashboards.formatting import format_value
from wijkwijs import domains

CONTRACT = contract.LINK  # a page of the app itself: it runs offline
SOURCE_NOTE = (
    "Bron: CBS, Kerncijfers wijken en buurten en de wijktabellen van de Gemeentelijke Monitor "
    "Sociaal Domein (Wmo-cliënten, jeugdzorg, stapeling); *CBS (berekend)*: door wijkwijs "
    "berekend uit de CBS-aantallen van hetzelfde gebied en jaar. CBS rondt af en houdt kleine "
    "aantallen geheim."
)
THEMES = {  # in the order a profile shows them: the social domain first
    "zorg": "Zorg",
    "sociale_zekerheid": "Sociale zekerheid",
    "stapeling": "Stapeling",
    "bevolking": "Bevolking",
    "huishoudens": "Huishoudens",
    "inkomen": "Inkomen",
    "onderwijs": "Onderwijs",
    "arbeid": "Arbeid",
    "ses": "SES-WOA",
}
UNIT_TEXT = {"aantal": "", "%": "%", "per 1 000 inwoners": "per 1.000 inwoners",
             "x 1 000 euro": "× 1.000 euro", "score": "score"}


def decimals_for(unit: str | None) -> int:
    """Counts whole, scores in three decimals, rates, shares and amounts in one."""
    if unit == "aantal":
        return 0
    if unit == "score":
        return 3
    return 1


def unit_text(unit: str | None) -> str:
    return UNIT_TEXT.get(unit or "", unit or "")


def figure_text(value, state, unit, labels: Mapping[str, str]) -> str:
    """The value with its unit ('64,0 per 1.000 inwoners'), or the state's Dutch label."""
    text = format_value(value, state, decimals=decimals_for(unit), labels=labels)
    shown = state == "number" and value is not None and not pd.isna(value)
    suffix = unit_text(unit)
    if not shown or not suffix:
        return text
    return f"{text}%" if suffix == "%" else f"{text} {suffix}"


def figures_table(rows: pd.DataFrame, labels: Mapping[str, str]) -> pd.DataFrame:
    """One row per CBS measure of one area (`cbs_queries.cbs_area_figures`): theme, figure, value
    with unit or state, year, the gemeente's figure, the index and the source."""
    columns = ["Thema", "Cijfer", "Waarde", "Jaar", "Gemeente", "Index (gemeente = 100)",
               "Bron", "Definitie"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    order = {theme: i for i, theme in enumerate(THEMES)}
    rows = rows.assign(_order=rows["theme"].map(order).fillna(len(order))).sort_values(
        ["_order", "measure_label"], kind="stable")
    return pd.DataFrame({
        "Thema": [THEMES.get(t, str(t).replace("_", " ").capitalize()) for t in rows["theme"]],
        "Cijfer": rows["measure_label"].tolist(),
        "Waarde": [figure_text(v, s, u, labels) for v, s, u in
                   zip(rows["value"], rows["value_state"], rows["unit"], strict=True)],
        "Jaar": [str(int(y)) for y in rows["year"]],
        "Gemeente": [
            "" if level == "gemeente" else figure_text(v, s, u, labels)
            for level, v, s, u in zip(rows["area_level"], rows["gemeente_value"],
                                      rows["gemeente_state"], rows["unit"], strict=True)
        ],
        "Index (gemeente = 100)": [
            "" if level == "gemeente" or u not in ("%", "per 1 000 inwoners")
            else format_value(v, s, decimals=0, labels=labels)
            for level, v, s, u in zip(rows["area_level"], rows["index_gemeente"],
                                      rows["index_state"], rows["unit"], strict=True)
        ],
        "Bron": rows["source_label"].tolist(),
        "Definitie": rows["definition_nl"].fillna("").tolist(),
    }, columns=columns)


def domain_rows(rows: pd.DataFrame, measures: Mapping[str, str]) -> pd.DataFrame:
    """The rows of the domain measures (`cbs_queries.CBS_DOMAIN_MEASURES`), in domain order."""
    picked = [rows[rows["measure"] == m] for m in measures.values()]
    picked = [p for p in picked if len(p)]
    return pd.concat(picked, ignore_index=True) if picked else rows.iloc[0:0]


def no_own_figures_note(what: str) -> None:
    """The first-run message of a page that would show the gemeente's own figures: which file
    goes where, with a link to the contract; the page then shows CBS's figures."""
    st.info(
        f"Er zijn nog geen eigen maandcijfers van de gemeente, dus {what} toont de openbare "
        "cijfers van het CBS. Eigen cijfers verschijnen zodra de maandexports (Wmo, Jeugdwet, "
        "Participatiewet) in de map `data/inbox/` staan en de verwerking heeft gedraaid; welke "
        f"kolommen erin moeten staat in {CONTRACT}.",
        icon=":material/info:",
    )


def no_figures_at_all() -> None:
    """Neither own figures nor CBS figures: what to do first."""
    st.info(
        "Er zijn nog geen cijfers gepubliceerd. Zet de maandexports van de gemeente in "
        f"`data/inbox/` (zie {CONTRACT}), of haal de openbare CBS-cijfers van uw gemeente "
        "op met `python -m wijkwijs.cbs fetch --gemeente <gemeentecode>` en zet "
        "`WIJKWIJS_GEMEENTE=<gemeentecode>` (zie `docs/real-data.md`); draai daarna de "
        "verwerking (`make pipeline`).",
        icon=":material/hourglass_empty:",
    )


# --- blocks the pages call --------------------------------------------------------------------


def _labels() -> dict[str, str]:
    from dashboards import reference_queries

    return reference_queries.value_state_labels()


def show_area_figures(area, boundary_year: int, *, beside_own: bool) -> pd.DataFrame:
    """CBS's figures of one area (an `areas` row) as a table with its definitions and source;
    `beside_own`: as the comparison under the gemeente's own figures. Returns the table."""
    from dashboards import (
        cbs_queries,
        exports,
        widgets,
    )

    labels = _labels()
    rows = cbs_queries.cbs_area_figures(area.area_code, boundary_year)
    heading = ("Ter vergelijking: CBS-cijfers (openbaar)" if beside_own
               else "CBS-cijfers van dit gebied")
    st.markdown(f"### {heading}")
    if rows.empty:
        st.caption("Voor dit gebied zijn geen CBS-cijfers opgehaald.")
        return pd.DataFrame()
    if beside_own:
        st.caption(
            "Niet één op één vergelijkbaar met de eigen registratie: het CBS telt unieke "
            "personen per jaar (bijstand: de stand op 31 december), de eigen registratie "
            "cliënten per voorziening per maand."
        )
    domain = domain_rows(rows, cbs_queries.CBS_DOMAIN_MEASURES)
    if len(domain) and not beside_own:
        for column, row in zip(st.columns(len(domain)), domain.itertuples(index=False),
                               strict=True):
            # the unit under the figure, so a narrow column never cuts the number off
            short = (figure_text(row.value, row.value_state, row.unit, labels)
                     if row.unit == "%" else
                     format_value(row.value, row.value_state,
                                  decimals=decimals_for(row.unit), labels=labels))
            column.metric(row.measure_label, short, help=row.definition_nl)
            unit = "" if row.unit == "%" else f"{unit_text(row.unit)} · "
            column.caption(
                f"{unit}{int(row.year)} · gemeente "
                f"{figure_text(row.gemeente_value, row.gemeente_state, row.unit, labels)} · "
                f"{row.source_label}"
            )
    table = figures_table(rows, labels)
    st.dataframe(table.drop(columns=["Definitie"]), hide_index=True)
    st.caption(SOURCE_NOTE)
    widgets.downloads(
        table,
        {"Titel": f"{area.area_name}: CBS-cijfers", "Bron": "CBS",
         "Gepubliceerd": widgets.about("", {})["Gepubliceerd"]},
        exports.file_stem(area.area_name, "cbs", str(boundary_year)), key="cbs",
    )
    return table


def profile_document(area, subtitle: str, year_text: str, table: pd.DataFrame):
    """The printable one-page profile on CBS's figures: one table per theme."""
    from dashboards import (
        exports,
        reference_queries,
        widgets,
    )
    from dashboards.formatting import rules_note

    tables = [
        (theme, part.drop(columns=["Thema", "Definitie"]))
        for theme, part in table.groupby("Thema", sort=False)
    ]
    return exports.ProfileDocument(
        title=f"Buurtprofiel {area.area_name}",
        subtitle=subtitle,
        period_text=year_text,
        published_text=f"gepubliceerd {widgets.about('', {})['Gepubliceerd']}",
        tables=tables,
        notes=[SOURCE_NOTE.replace("*", ""),
               f"{rules_note(reference_queries.disclosure_rules())}. Alle cijfers komen uit de "
               "gepubliceerde kopie van wijkwijs."],
    )


def profile_page() -> None:
    """Buurtprofiel of a gemeente with only public data: CBS's figures of a buurt or wijk,
    its similar buurten and the printable profile."""
    from dashboards import (
        cbs_queries,
        exports,
        profile,
        reference_queries,
        widgets,
    )

    years = cbs_queries.cbs_years()
    boundary_year = years[0]
    no_own_figures_note("het buurtprofiel")
    areas = profile.area_choices(reference_queries.areas(boundary_year))
    if areas.empty:
        st.info("Er zijn geen buurten of wijken gepubliceerd.")
        return
    by_code = {row.area_code: row for row in areas.itertuples(index=False)}
    code = widgets.url_selectbox(
        "Buurt of wijk", list(by_code), "gebied",
        format_func=lambda c: profile.area_option(by_code[c]),
    )
    area = by_code[code]
    level_text = f"Buurt in wijk {area.wijk_name}" if area.area_level == "buurt" else "Wijk"
    subtitle = f"{level_text}, gemeente {area.gemeente_name} · indeling {boundary_year}"
    st.subheader(area.area_name)
    st.caption(f"{subtitle} · Bron: CBS")
    table = show_area_figures(area, boundary_year, beside_own=False)
    if area.area_level == "buurt":
        show_similar(area, boundary_year)
    if not table.empty:
        st.markdown("### Afdrukken")
        document = profile_document(area, subtitle, f"indeling {boundary_year}", table)
        st.download_button(
            "Profiel als PDF (1 pagina)", lambda: exports.profile_pdf(document),
            file_name=f"{exports.file_stem(area.area_name, 'profiel', str(boundary_year))}.pdf",
            mime="application/pdf", icon=":material/picture_as_pdf:", on_click="ignore",
            key="pdf",
        )


def show_similar(area, boundary_year: int) -> None:
    """The buurten most alike in context, with CBS's domain figures of each."""
    from dashboards import cbs_queries, profile_queries

    labels = _labels()
    st.markdown("### Vergelijkbare buurten")
    similar = profile_queries.similar_buurten(boundary_year, area.area_code)
    if similar.empty:
        st.caption("Voor deze buurt zijn geen vergelijkbare buurten berekend (te weinig "
                   "inwoners of te weinig buurten met kenmerken).")
        return
    codes = [area.area_code, *similar["area_code"]]
    names = {area.area_code: f"{area.area_name} (deze buurt)",
             **dict(zip(similar["area_code"], similar["area_name"], strict=True))}
    data = {"Buurt": [names[c] for c in codes]}
    for measure in cbs_queries.CBS_DOMAIN_MEASURES.values():
        year, values = newest_published("buurt", measure)
        if values.empty:
            continue
        by_code = values.set_index("area_code")
        label = values["measure_label"].iloc[0]
        data[f"{label}, {year}"] = [
            figure_text(by_code.at[c, "value"], by_code.at[c, "value_state"],
                        by_code.at[c, "unit"], labels) if c in by_code.index
            else format_value(None, "unknown", labels=labels)
            for c in codes
        ]
    st.dataframe(pd.DataFrame(data), hide_index=True)
    features = similar["features"].iloc[0] if "features" in similar else ""
    st.caption("Buurten van dezelfde gemeente die het meest op deze buurt lijken"
               + (f", vergeleken op: {features}." if features else ".") + " Bron: CBS.")


def newest_published(area_level: str, measure: str) -> tuple[int | None, pd.DataFrame]:
    """The newest year in which CBS published `measure` for some area of the level (care and
    income come a year or two after the population), with its rows; else the newest year."""
    from dashboards import cbs_queries

    years = cbs_queries.cbs_years()
    for year in years:
        values = cbs_queries.cbs_area_values(area_level, measure, year)
        if (values["value_state"] == "number").any():
            return year, values
    if not years:
        return None, pd.DataFrame()
    return years[0], cbs_queries.cbs_area_values(area_level, measure, years[0])


INTEGRAL_LEVELS = {"buurt": "Buurten", "wijk": "Wijken"}


def integral_page() -> None:
    """Integrale blik of a gemeente with only public data: areas ranked by pressure in more
    domains on CBS's figures (Wmo per 1.000 inwoners, jeugdzorg % tot 23 jaar, bijstand % van
    15 jaar en ouder), index 120 or more against the gemeente is high."""
    from dashboards import (
        cbs_queries,
        exports,
        integral,
        widgets,
    )

    no_own_figures_note("de integrale blik")
    labels = _labels()
    domain_labels = domains.domain_labels()
    c_year, c_level = st.columns([2, 1])
    level = widgets.url_selectbox("Niveau", list(INTEGRAL_LEVELS), "niveau",
                                  format_func=INTEGRAL_LEVELS.get, container=c_level)
    years = [str(y) for y in cbs_queries.cbs_years()]
    assessed = [y for y in years if (cbs_queries.cbs_profile_rows(level, int(y))
                                     ["pressure_state"] == "number").any()]
    year = int(widgets.url_selectbox("Jaar", years, "jaar", container=c_year,
                                     default=assessed[0] if assessed else None))
    rows = cbs_queries.cbs_profile_rows(level, year)
    if rows.empty:
        st.info(f"Het CBS heeft voor {year} geen cijfers per {level} gepubliceerd.")
        return
    if year not in [int(y) for y in assessed]:
        st.caption(f"Het CBS heeft de zorg- en bijstandscijfers van {year} nog niet "
                   "gepubliceerd; kies een eerder jaar.")
    table = integral.ranking_table(rows, list(domain_labels), domain_labels, labels,
                                   level_label="Wijk" if level == "wijk" else "Buurt")
    if level == "wijk":
        table = table.drop(columns=["Wijk"])
    st.subheader(f"{INTEGRAL_LEVELS[level]} op druk in meer domeinen, {year} (CBS)")
    high = integral.multi_domain_count(rows)
    st.metric("Gebieden met hoge vraag in 2 of 3 domeinen", f"{high} van {len(rows)}",
              help="Index 120 of meer in minstens twee domeinen")
    st.dataframe(table, hide_index=True, column_config={
        "Profiel": st.column_config.LinkColumn("Profiel", display_text="Bekijk profiel"),
    })
    definition = (
        "Per domein het CBS-cijfer als index ten opzichte van de gemeente (gemeente = 100): "
        "Wmo-cliënten per 1.000 inwoners (alle leeftijden), jongeren met jeugdzorg in natura "
        "als % van de inwoners tot 23 jaar, personen met bijstand (31 december) als % van de "
        "inwoners van 15 jaar en ouder. Een domein is hoog bij index 120 of meer; stapeling: "
        "huishoudens met voorzieningen uit twee of drie domeinen als % van de huishoudens met "
        "een voorziening (per wijk; een buurt toont die van haar wijk)."
    )
    st.caption(f"{definition} Eenheid: aantal domeinen · Jaar: {year} · {SOURCE_NOTE}")
    widgets.downloads(
        table.drop(columns=["Profiel"]),
        {"Titel": f"Druk in meer domeinen per {level} (CBS)", "Definitie": definition,
         "Jaar": str(year), "Bron": "CBS",
         "Gepubliceerd": widgets.about("", {})["Gepubliceerd"]},
        exports.file_stem("integrale-blik-cbs", level, str(year)), key="integraal",
    )


MAP_LEVELS = {"buurt": "Buurt", "wijk": "Wijk"}


def overview_page() -> None:
    """Overzicht of a gemeente with only public data: one CBS figure for every buurt or wijk
    on the map and in a table, with the gemeente's figure."""
    from dashboards import (
        cbs_queries,
        exports,
        maps,
        static_geometry,
        widgets,
    )

    no_own_figures_note("het overzicht")
    labels = _labels()
    c_measure, c_year, c_level = st.columns([4, 1, 1])
    level = widgets.url_selectbox("Niveau", list(MAP_LEVELS), "niveau",
                                  format_func=MAP_LEVELS.get, container=c_level)
    measures = cbs_queries.cbs_measures(level)
    if measures.empty:
        st.info(f"Het CBS heeft geen cijfers per {MAP_LEVELS[level].lower()} gepubliceerd.")
        return
    by_measure = measures.set_index("measure")
    measure = widgets.url_selectbox(
        "CBS-cijfer", list(measures["measure"]), "cijfer", container=c_measure,
        format_func=lambda m: by_measure.at[m, "measure_label"],
    )
    newest, _ = newest_published(level, measure)
    years = [str(y) for y in cbs_queries.cbs_years()]
    year = int(widgets.url_selectbox("Jaar", years, "jaar", container=c_year,
                                     default=str(newest) if newest else None))
    info = by_measure.loc[measure]
    unit = unit_text(info["unit"])
    rows = cbs_queries.cbs_area_values(level, measure, year)
    shown = rows.assign(state=rows["value_state"])
    gemeente = cbs_queries.cbs_area_values("gemeente", measure, year)
    st.subheader(f"{info['measure_label']}, {year}")
    if rows.empty:
        st.info(f"Het CBS heeft dit cijfer voor {year} niet per "
                f"{MAP_LEVELS[level].lower()} gepubliceerd.")
        return
    map_col, side_col = st.columns([4, 1])
    with side_col:
        for g in gemeente.itertuples(index=False):
            if g.value_state == "number":
                st.metric(f"Gemeente {g.area_name}",
                          format_value(g.value, decimals=decimals_for(g.unit)),
                          help=info["definition_nl"])
                st.caption(unit)
            else:  # a state as text: a metric would cut it off
                st.markdown(f"**Gemeente {g.area_name}**: "
                            f"{format_value(None, g.value_state, labels=labels)}")
        values, legend = maps.choropleth(shown, decimals=decimals_for(info["unit"]),
                                         unit=unit, labels=labels)
        st.markdown(f"**Legenda** · {unit or 'aantal'}")
        st.markdown(
            "<br/>".join(
                f'<span style="display:inline-block;width:0.9em;height:0.9em;'
                f'background:{colour};border:1px solid #999;margin-right:0.4em"></span>{text}'
                for colour, text in legend
            ),
            unsafe_allow_html=True,
        )
    with map_col:
        bounds = maps.total_bounds(static_geometry.area_bounds(year, level), rows["area_code"])
        st.altair_chart(
            maps.chart(static_geometry.geometry_url(year, level), values,
                       area_label=MAP_LEVELS[level], value_label=info["measure_label"],
                       period_text=str(year), bounds=bounds),
            key="kaart",
            alt=f"Kaart: {info['measure_label'].lower()} per {MAP_LEVELS[level].lower()}, {year}",
        )
    table = pd.DataFrame({
        MAP_LEVELS[level]: rows["area_name"],
        "Code": rows["area_code"],
        info["measure_label"]: [figure_text(v, s, u, labels) for v, s, u in
                                zip(rows["value"], rows["value_state"], rows["unit"],
                                    strict=True)],
        "Status": [labels.get(s, s) for s in rows["value_state"]],
        "Bron": rows["source_label"],
        "Profiel": [f"buurtprofiel?gebied={c}" for c in rows["area_code"]],
    })
    st.dataframe(table, hide_index=True, column_config={
        "Profiel": st.column_config.LinkColumn("Profiel", display_text="Bekijk profiel"),
    })
    st.caption(f"**{info['measure_label']}**: {info['definition_nl']} Eenheid: "
               f"{info['unit']} · Jaar: {year} · {SOURCE_NOTE}")
    widgets.downloads(
        table.drop(columns=["Profiel"]),
        {"Titel": f"{info['measure_label']} per {MAP_LEVELS[level].lower()}",
         "Definitie": info["definition_nl"], "Eenheid": info["unit"], "Jaar": str(year),
         "Bron": "CBS", "Gepubliceerd": widgets.about("", {})["Gepubliceerd"]},
        exports.file_stem("cbs", measure, level, str(year)), key="overzicht",
    )


def compare_table(figures: Mapping[str, pd.DataFrame], names: Mapping[str, str],
                  labels: Mapping[str, str]) -> pd.DataFrame:
    """One row per CBS measure, one column per area (`figures`: code → its
    `cbs_queries.cbs_area_figures` rows, the gemeente last): the value with its unit, or its state;
    the year of the first area, an area's other year in brackets."""
    codes = list(figures)
    first = next((f for f in figures.values() if not f.empty), pd.DataFrame())
    if first.empty:
        return pd.DataFrame(columns=["Cijfer", "Jaar", *[names[c] for c in codes]])
    base = figures_table(first, labels)
    data = {"Thema": base["Thema"], "Cijfer": base["Cijfer"], "Jaar": base["Jaar"]}
    order = first.assign(_order=first["theme"].map({t: i for i, t in enumerate(THEMES)})
                         .fillna(len(THEMES))).sort_values(["_order", "measure_label"],
                                                           kind="stable")["measure"]
    for code in codes:
        rows = figures[code].set_index("measure") if len(figures[code]) else pd.DataFrame()
        cells = []
        for measure, year in zip(order, base["Jaar"], strict=True):
            if measure not in rows.index:
                cells.append(format_value(None, "unknown", labels=labels))
                continue
            r = rows.loc[measure]
            text = figure_text(r["value"], r["value_state"], r["unit"], labels)
            cells.append(text if str(int(r["year"])) == year else f"{text} ({int(r['year'])})")
        data[names[code]] = cells
    data["Bron"] = base["Bron"]
    return pd.DataFrame(data)


def compare_page() -> None:
    """Vergelijken of a gemeente with only public data: two to four areas and the gemeente,
    every CBS figure side by side."""
    from dashboards import (
        cbs_queries,
        exports,
        profile,
        reference_queries,
        widgets,
    )

    no_own_figures_note("de vergelijking")
    labels = _labels()
    boundary_year = cbs_queries.cbs_years()[0]
    areas = profile.area_choices(reference_queries.areas(boundary_year))
    by_code = {row.area_code: row for row in areas.itertuples(index=False)}
    several = areas["gemeente_code"].nunique() > 1
    chosen = widgets.url_multiselect(
        "Gebieden", list(by_code), "gebieden",
        default=list(areas.loc[areas["area_level"] == "buurt", "area_code"][:2]),
        max_selections=4,
        format_func=lambda c: profile.area_option(by_code[c], with_gemeente=several),
    )
    if len(chosen) < 2:
        st.info("Kies minstens twee gebieden om te vergelijken.")
        return
    gemeente_code = by_code[chosen[0]].gemeente_code
    names = {c: by_code[c].area_name for c in chosen}
    names[gemeente_code] = f"Gemeente {by_code[chosen[0]].gemeente_name}"
    figures = {c: cbs_queries.cbs_area_figures(c, boundary_year) for c in names}
    table = compare_table(figures, names, labels)
    st.subheader(f"CBS-cijfers naast elkaar, indeling {boundary_year}")
    st.dataframe(table, hide_index=True)
    st.caption("Per cijfer het nieuwste jaar dat het CBS heeft gepubliceerd; een ander jaar "
               f"voor een gebied staat tussen haakjes. {SOURCE_NOTE}")
    widgets.downloads(
        table,
        {"Titel": "Vergelijking CBS-cijfers", "Bron": "CBS",
         "Indeling": str(boundary_year),
         "Gepubliceerd": widgets.about("", {})["Gepubliceerd"]},
        exports.file_stem("vergelijking-cbs", str(boundary_year)), key="vergelijken",
    )


def beside_own_overview(level: str, domain: str) -> None:
    """Under the gemeente's own figures on the Overzicht: CBS's figure of the same domain per
    area (newest year CBS published), marked as not like for like."""
    from dashboards import cbs_queries

    measure = cbs_queries.CBS_DOMAIN_MEASURES.get(domain)
    if measure is None:
        return
    year, rows = newest_published(level, measure)
    if rows.empty:
        return
    labels = _labels()
    label = rows["measure_label"].iloc[0]
    with st.expander(f"Ter vergelijking: CBS — {label.lower()}, {year}"):
        st.caption(
            "Niet één op één vergelijkbaar met de eigen registratie: het CBS telt unieke "
            "personen per jaar (bijstand: de stand op 31 december), de eigen registratie "
            "cliënten per voorziening per maand."
        )
        st.dataframe(pd.DataFrame({
            MAP_LEVELS[level]: rows["area_name"],
            "Code": rows["area_code"],
            f"CBS {year}": [figure_text(v, s, u, labels) for v, s, u in
                            zip(rows["value"], rows["value_state"], rows["unit"], strict=True)],
            "Bron": rows["source_label"],
        }), hide_index=True)
        st.caption(f"**{label}**: {rows['definition_nl'].iloc[0]} {SOURCE_NOTE}")
