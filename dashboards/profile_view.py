"""Sections of the Buurtprofiel page: what changed, the trends with their text alternative,
every year, and stapeling of every year. Widgets; the tables come from dashboards/profile.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np
import pandas as pd
import streamlit as st

from dashboards import (
    charts,
    exports,
    maps,
    profile,
    reference_queries,
    static_geometry,
    trend_queries,
    widgets,
)
from dashboards.formatting import format_month
from wijkwijs.workspace.changes import figure_changes


def unknown_link_notice(code: str) -> None:
    """A Dutch answer to a link naming an area this page cannot show: water (no residents,
    no figures), a code the copy does not know, or an area outside the user's choice. The
    page then shows its first area, and says so."""
    try:
        found = trend_queries.area_lookup(code)
    except PermissionError:
        found = {}
    if found.get("is_water"):
        text = (f"{found['area_name']} is water: daar wonen geen mensen, dus er zijn geen "
                "cijfers over.")
    elif found:
        text = f"{found['area_name']} is geen buurt of wijk die u hier kunt kiezen."
    else:
        text = ("Het gebied uit de link staat niet in de gepubliceerde cijfers (misschien een "
                "code van een oudere gebiedsindeling).")
    st.warning(f"{text} Hieronder staat het eerste gebied uit de lijst; kies een ander gebied.",
               icon=":material/wrong_location:")


def _diverging_style(frame: pd.DataFrame) -> pd.io.formats.style.Styler:
    """The change columns coloured on the diverging scale of the map (by the change as a %
    of the earlier rate, `profile.CHANGE_PCT_MAGNITUDES`), text black or white by contrast."""
    relative = frame.attrs.get("relative", {})

    def colours(column: pd.Series) -> list[str]:
        values = relative.get(column.name)
        if values is None:
            return [""] * len(column)
        out = []
        for value in values:
            if value is None:
                out.append("")
                continue
            cls = int(maps.diverging_classes(np.array([value]), profile.CHANGE_PCT_MAGNITUDES)[0])
            fill = maps.DIVERGING_5[cls]
            out.append(f"background-color: {fill}; color: {maps.ink_for(fill)}")
        return out

    return frame.style.apply(colours, axis=0)


def change_section(
    *,
    area,
    cats: pd.DataFrame,
    own: pd.DataFrame,
    own_monthly: pd.DataFrame,
    period: pd.Timestamp,
    labels: Mapping[str, str],
    rounding_base: int,
) -> pd.DataFrame:
    """'Wat veranderde': every category's change against the month before and a year
    earlier, coloured around 0, with the team meeting's test of the count. Returns the
    table (for the PDF)."""
    period_text = format_month(period.date())
    st.markdown(f"### Wat veranderde, {period_text}")
    upto = own_monthly[pd.to_datetime(own_monthly["period"]) <= period]
    tests = figure_changes(upto, cats, labels, rounding_base=rounding_base)
    table = profile.change_table(cats, own, tests, labels)
    st.dataframe(_diverging_style(table), hide_index=True)
    low, high = profile.CHANGE_PCT_MAGNITUDES
    st.caption(
        "Verandering van het cijfer per 1.000 inwoners van de doelgroep. Kleuren rond 0: blauw "
        f"gedaald, rood gestegen; lichtgeel: minder dan {low:g}% van het eerdere cijfer, "
        f"donker: {high:g}% of meer. 'Opvallend?' toetst het aantal cliënten in {period_text} "
        "aan de 12 maanden ervoor, met dezelfde regel als het teamoverleg (95% = mogelijk, "
        f"99,8% = duidelijk, verruimd voor de afronding op {rounding_base}): alleen een "
        "verandering die groter is dan toeval, kleine aantallen en afronding verklaren. "
        "Geheim, te weinig inwoners, nog niet gepubliceerd en onbekend worden niet getoetst."
    )
    defn = reference_queries.definition("area_clients_monthly", "rate_change_prev_period")
    widgets.downloads(
        table,
        widgets.about(f"{area.area_name}: wat veranderde", defn,
                      unit="verschil per 1.000 inwoners van de doelgroep", period=period_text),
        exports.file_stem(area.area_name, "veranderingen", period_text), key="veranderingen",
    )
    return table


def trend_section(
    *,
    area,
    domains: list[str],
    domain_labels: Mapping[str, str],
    category_labels: Mapping[str, str],
    monthly: pd.DataFrame,
    labels: Mapping[str, str],
    rounding_base: int,
) -> None:
    """One trend chart per domain (axis from 0, the rounding band), each with a text
    alternative, and the same figures as a table under them."""
    st.markdown("### Ontwikkeling per maand")
    st.caption(
        "Per 1.000 inwoners van de doelgroep. Maanden zonder getal (geheim, te weinig inwoners, "
        "nog niet gepubliceerd of onbekend) blijven open in de lijn; ze tellen niet als 0. "
        f"Aantallen zijn gepubliceerd afgerond op {rounding_base}: in een kleine buurt maakt "
        "dat een sprong van maand tot maand die er niet hoeft te zijn. De lichte band om een "
        "lijn geeft aan waar het echte cijfer door die afronding kan liggen."
    )
    for column, domain in zip(st.columns(len(domains)), domains, strict=True):
        part = monthly[monthly["domain"] == domain]
        frame = charts.trend_frame(part, category_labels, labels, rounding_base=rounding_base)
        with column:
            st.markdown(f"**{domain_labels[domain]}**")
            if frame.empty:
                st.caption("Geen maanden met een getal voor dit gebied.")
            else:
                st.altair_chart(
                    charts.trend_chart(frame, "Per 1.000 inwoners"), width="stretch",
                    alt=charts.trend_description(area.area_name, domain_labels[domain], frame),
                )
    with st.expander("De ontwikkeling als tabel"):
        for domain in domains:
            part = monthly[monthly["domain"] == domain]
            st.markdown(f"**{domain_labels[domain]}** · per 1.000 inwoners van de doelgroep")
            st.dataframe(charts.trend_table(part, category_labels, labels), hide_index=True)


def yearly_section(*, area, cats: pd.DataFrame, yearly: pd.DataFrame,
                   labels: Mapping[str, str]) -> None:
    """Every year: the rate of the year's average monthly clients, per category."""
    st.markdown("### Per jaar")
    table = profile.yearly_table(cats, yearly, area.area_level, labels)
    if table.empty:
        st.caption("Voor dit gebied zijn geen jaarcijfers gepubliceerd.")
        return
    st.dataframe(table, hide_index=True)
    defn = reference_queries.definition("area_clients_yearly", "rate_per_1000")
    years = [c for c in table.columns if c not in ("Domein", "Categorie")]
    widgets.definition_caption(
        defn, extra="Eenheid: per 1.000 inwoners van de doelgroep · een jaar dat nog loopt "
                    "telt de maanden tot nu ('6 mnd')")
    widgets.downloads(
        table,
        widgets.about(f"{area.area_name}: per jaar", defn,
                      unit="per 1.000 inwoners van de doelgroep",
                      period=f"{years[0]} tot en met {years[-1]}"),
        exports.file_stem(area.area_name, "per-jaar"), key="per_jaar",
    )


def stapeling_years_section(*, area, stapeling: pd.DataFrame,
                            domain_labels: Mapping[str, str], labels: Mapping[str, str]) -> None:
    """Stapeling in every year there is, next to the gemeente."""
    table = profile.stapeling_years_table(stapeling, area.area_level, domain_labels, labels)
    if table.empty:
        return
    st.markdown("**Alle jaren**")
    st.dataframe(table, hide_index=True)
    years = [c.split(" ")[0] for c in table.columns[1:] if not c.startswith("Gemeente")]
    defn = reference_queries.definition("area_stapeling_yearly", "share_pct")
    widgets.downloads(
        table,
        widgets.about(f"{area.area_name}: stapeling per jaar", defn, unit="% van de huishoudens",
                      period=f"{years[0]} tot en met {years[-1]}"),
        exports.file_stem(area.area_name, "stapeling-per-jaar"), key="stapeling_jaren",
    )


def area_shapes(area, boundary_year: int) -> dict[str, dict] | None:
    """The boundaries of the area's level (cached per copy), for the small map of the profile
    PDF; None when the area has no boundary."""
    shapes = static_geometry.planar_shapes(boundary_year, area.area_level)
    return shapes if area.area_code in shapes else None


def with_map(document: exports.ProfileDocument, shapes: dict[str, dict] | None,
             area_code: str) -> exports.ProfileDocument:
    """The document with the small map (the area among the others of its level), drawn only
    when the PDF is asked for: no cost on every run of the page."""
    if shapes is None:
        return document
    return dataclasses.replace(document, map_drawing=exports.area_map_drawing(shapes, area_code))
