"""Pieces of the Jongereninbreng page as pure functions: map, context table, trend chart.

No widgets and no queries here; the page passes the data in.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import altair as alt
import geopandas as gpd
import pandas as pd
import shapely
import streamlit as st
from shapely.geometry.base import BaseGeometry

from dashboards import contract, maps
from dashboards.formatting import format_value
from wijkwijs.youth import places as places_mod
from wijkwijs.youth.brief import THEME_COLOURS

BUURT_FILL, BUURT_LINE, NAME_INK = "#ececec", "#ffffff", "#4d4d4d"  # names 6.9:1 on the fill
PLAN_LINE = "#000000"
MIXED_COLOUR = "#333333"  # a place whose ideas have several themes
MAP_MARGIN = 0.15  # buurten this far around the plan area's box are drawn too


def _features(frame: gpd.GeoDataFrame, columns: list[str]) -> list[dict]:
    """GeoJSON features in RD New (whole metres) with `columns` as properties."""
    out = []
    for row, shape in zip(frame[columns].to_dict("records"), frame.geometry, strict=True):
        geometry = json.loads(shapely.to_geojson(shapely.set_precision(shape, 1.0)))
        out.append({"type": "Feature", "geometry": geometry, "properties": row})
    return out


def map_buurten(buurten: gpd.GeoDataFrame, area_rd: BaseGeometry) -> gpd.GeoDataFrame:
    """The buurten (area_code, area_name, geometry in RD New) around the plan area: those
    touching its box widened by MAP_MARGIN, so the area is seen among its neighbours."""
    minx, miny, maxx, maxy = area_rd.bounds
    pad = MAP_MARGIN * max(maxx - minx, maxy - miny, 200.0)
    box = shapely.box(minx - pad, miny - pad, maxx + pad, maxy + pad)
    return buurten[buurten.geometry.intersects(box)].reset_index(drop=True)


def theme_colours(places: pd.DataFrame) -> tuple[list[str], list[str]]:
    """The legend's theme labels (as present, mixed last) and their colours, as the brief."""
    present = (places[["theme", "theme_label"]].drop_duplicates()
               .sort_values("theme_label", key=lambda s: s == places_mod.MIXED_LABEL,
                            kind="stable"))
    labels = list(present["theme_label"])
    colours = [MIXED_COLOUR if t == places_mod.MIXED_THEME else THEME_COLOURS.get(t, "#7f7f7f")
               for t in present["theme"]]
    return labels, colours


def youth_map(buurten: gpd.GeoDataFrame, area_rd: BaseGeometry, records: pd.DataFrame,
              height: int = 480) -> alt.LayerChart:
    """The planner's map, drawn from the project's own geometry (no background map, no
    request to another host): the buurten around the plan area with their names, the plan
    area's outline, one circle per place with ideas (its size and number: how many share it;
    coloured by theme, dark grey for several), and per buurt a square with the number of
    ideas known only by that buurt (never a point: they have no place)."""
    places = places_mod.shared_places(records)
    counts = places_mod.buurt_counts(records)
    shown = buurten.assign(
        only_buurt=buurten["area_code"].map(dict(zip(counts["buurt_code"], counts["ideas"],
                                                     strict=True))).fillna(0).astype(int),
        only_themes=buurten["area_code"].map(dict(zip(counts["buurt_code"],
                                                      counts["themes_text"], strict=True)))
        .fillna(""),
    )
    label_at = shown.geometry.representative_point()
    shown = shown.assign(label_x=label_at.x.round(), label_y=label_at.y.round())
    projection = maps.fitted_projection(area_rd.bounds, margin=0.06)
    buurt_layer = alt.Chart(alt.Data(values=_features(
        shown, ["area_code", "area_name", "only_buurt", "only_themes"]))).mark_geoshape(
        fill=BUURT_FILL, stroke=BUURT_LINE, strokeWidth=1.5).transform_calculate(
        said="'Buurt ' + datum.properties.area_name + ': ' + datum.properties.only_buurt"
             " + ' ideeën met alleen deze buurt'").encode(
        description="said:N",
        tooltip=[alt.Tooltip("properties.area_name:N", title="Buurt"),
                 alt.Tooltip("properties.only_buurt:Q", title="Ideeën met alleen deze buurt")])
    plan = gpd.GeoDataFrame({"naam": ["plangebied"]}, geometry=[area_rd], crs=buurten.crs)
    plan_layer = alt.Chart(alt.Data(values=_features(plan, ["naam"]))).mark_geoshape(
        filled=False, stroke=PLAN_LINE, strokeWidth=2.5, strokeDash=[6, 3],
        aria=False)  # the chart's text alternative names the plan area
    points = shown.drop(columns="geometry")
    names = alt.Chart(pd.DataFrame(points)).mark_text(
        fontSize=11, color=NAME_INK, dy=-14, aria=False).encode(
        longitude="label_x:Q", latitude="label_y:Q", text="area_name:N")
    with_only = pd.DataFrame(points[points["only_buurt"] > 0])
    squares = alt.Chart(with_only).mark_square(
        size=420, fill="#ffffff", stroke=PLAN_LINE, strokeWidth=1.5, opacity=1,
        aria=False).encode(  # the buurt's shape says it for a screen reader
        longitude="label_x:Q", latitude="label_y:Q",
        tooltip=[alt.Tooltip("area_name:N", title="Buurt"),
                 alt.Tooltip("only_buurt:Q", title="Ideeën met alleen een buurt"),
                 alt.Tooltip("only_themes:N", title="Thema's")])
    square_counts = alt.Chart(with_only).mark_text(
        fontSize=11, fontWeight="bold", color=PLAN_LINE, aria=False).encode(
        longitude="label_x:Q", latitude="label_y:Q", text="only_buurt:Q")
    labels, colours = theme_colours(places)
    places_frame = places.assign(
        ink=[maps.ink_for(c) for c in
             places["theme"].map(lambda t: MIXED_COLOUR if t == places_mod.MIXED_THEME
                                 else THEME_COLOURS.get(t, "#7f7f7f"))])
    circles = alt.Chart(places_frame).transform_calculate(
        said="datum.ideas + ' ideeën op deze plek: ' + datum.themes_text").mark_circle(
        stroke=PLAN_LINE, strokeWidth=1, opacity=1).encode(
        description="said:N",
        longitude="x_rd:Q", latitude="y_rd:Q",
        size=alt.Size("ideas:Q", scale=alt.Scale(range=[90, 700], zero=False), legend=None),
        color=alt.Color("theme_label:N", title="Thema",
                        scale=alt.Scale(domain=labels, range=colours),
                        legend=alt.Legend(orient="bottom", direction="vertical", columns=2,
                                          labelLimit=300)),
        tooltip=[alt.Tooltip("ideas:Q", title="Ideeën op deze plek"),
                 alt.Tooltip("themes_text:N", title="Thema's")])
    circle_counts = alt.Chart(places_frame[places_frame["ideas"] > 1]).mark_text(
        fontSize=11, fontWeight="bold", aria=False).encode(
        longitude="x_rd:Q", latitude="y_rd:Q", text="ideas:Q",
        color=alt.Color("ink:N", scale=None))
    return (alt.layer(buurt_layer, plan_layer, names, squares, square_counts, circles,
                      circle_counts)
            .project(**projection)
            .properties(height=height)
            .configure_view(stroke=None))


def map_description(records: pd.DataFrame, area_name: str) -> str:
    """The text alternative of the planner's map: what it shows, and the counts."""
    return (f"Kaart van {area_name} met de buurten eromheen. "
            + places_mod.counts_text(records)
            + " De lijst 'Wat jongeren zeggen' en de tabel per thema geven dezelfde ideeën.")


def label_colours(records: pd.DataFrame) -> dict[str, str]:
    """Theme label → its colour (THEME_COLOURS), for the themes of `records`."""
    return {label: THEME_COLOURS.get(theme, "#7f7f7f")
            for theme, label in zip(records["theme"], records["theme_label"], strict=True)}


def trend_chart(trend: pd.DataFrame, colours_of: dict[str, str]) -> alt.Chart:
    """Ideas per quarter, one line per theme (every theme, 0 in a quarter without its ideas),
    in the themes' colours of the map and the brief (`label_colours`); one tick per quarter
    (`2025 K1`), the axis from 0 in whole ideas."""
    themes = trend[["theme_label"]].drop_duplicates()
    colours = [colours_of.get(label, "#7f7f7f") for label in themes["theme_label"]]
    quarters = list(dict.fromkeys(trend.sort_values("quarter_start")["quarter_label"]))
    return (
        alt.Chart(trend)
        .mark_line(point=True)
        .encode(
            x=alt.X("quarter_label:O", title="Kwartaal", sort=quarters,
                    axis=alt.Axis(labelAngle=0)),
            y=alt.Y("ideas:Q", title="Aantal ideeën", scale=alt.Scale(zero=True),
                    axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color("theme_label:N", title="Thema",
                            scale=alt.Scale(domain=list(themes["theme_label"]), range=colours),
                            # beside the chart: below it, it would share the chart's height
                            legend=alt.Legend(orient="right", labelLimit=300)),
            tooltip=[alt.Tooltip("theme_label:N", title="Thema"),
                     alt.Tooltip("quarter_label:N", title="Kwartaal"),
                     alt.Tooltip("ideas:Q", title="Ideeën")],
        )
        .properties(height=280)
    )


def context_table(
    areas: pd.DataFrame,
    figures: pd.DataFrame,
    categories: pd.DataFrame,
    domain: str,
    labels: Mapping[str, str],
    with_young_residents: bool,
) -> pd.DataFrame:
    """One row per buurt (gemeente last): young residents and the rate per 1,000 of every
    category of `domain`, as Dutch display text with the value states' labels."""
    cats = categories[categories["domain"] == domain]
    by_key = {(r.area_code, r.category): r for r in figures.itertuples(index=False)}
    rows = []
    for area in areas.itertuples(index=False):
        name = area.area_name + (" (gemeente)" if area.area_level == "gemeente" else "")
        row = {"Gebied": name}
        if with_young_residents:
            value = area.residents_0_17
            row["Inwoners 0-17"] = format_value(
                value, "unknown" if pd.isna(value) else "number", labels=labels)
        for cat in cats.itertuples(index=False):
            figure = by_key.get((area.area_code, cat.category))
            row[cat.category_label] = (
                format_value(figure.rate_per_1000, figure.rate_state, decimals=1, labels=labels)
                if figure is not None else format_value(None, "unknown", labels=labels)
            )
        rows.append(row)
    return pd.DataFrame(rows)


def empty_state() -> None:
    """The page of a gemeente without youth input: what it is for, and what to do."""
    st.info(
        "Er is nog geen jongereninbreng gepubliceerd voor deze gemeente. Jongereninbreng zijn "
        "de ideeën die jongeren aan jongerenwerkers vertellen over hun buurt. Zet het "
        "exportbestand van het jongerenwerk als `jongereninbreng_<jaar>.csv` (zie "
        f"{contract.LINK}) in de map `inbox` van de gegevensmap en draai de verwerking "
        "opnieuw "
        "(`make pipeline`); twijfelgevallen komen eerst op de pagina Beoordelen.",
        icon=":material/campaign:",
    )


def map_section(area_rd: BaseGeometry, area_name: str, records: pd.DataFrame,
                boundary_year: int) -> gpd.GeoDataFrame:
    """The planner's map with its legend and text alternative (widgets). Returns the buurten
    drawn (for the brief's map)."""
    from dashboards import youth_queries

    shapes = youth_queries.shapes("buurt")
    shapes = shapes[shapes["boundary_year"] == boundary_year]
    names = youth_queries.choosable_areas(boundary_year)
    names = dict(zip(names["area_code"], names["area_name"], strict=True))
    buurten = map_buurten(shapes.assign(area_name=shapes["area_code"].map(names).fillna("")),
                          area_rd)
    st.altair_chart(youth_map(buurten, area_rd, records), width="stretch",
                    alt=map_description(records, area_name))
    st.caption(
        "Gestippelde lijn: het plangebied; grijs: de buurten met hun naam. Een cirkel is een "
        "plek (een vak van 100 m) met ideeën, gekleurd per thema (donkergrijs: meerdere "
        "thema's); het getal erin zegt hoeveel ideeën die plek delen. Een wit vierkantje "
        "met een getal: ideeën waarvan alleen de buurt bekend is, geteld in die buurt. "
        + places_mod.counts_text(records))
    return buurten


def period_filter(records: pd.DataFrame) -> pd.DataFrame:
    """A choice of quarters (first to last, all by default): the ideas of those quarters."""
    from wijkwijs.youth.summary import quarter_label

    quarters = sorted(pd.to_datetime(records["quarter_start"]).dt.date.unique())
    if len(quarters) < 2:
        return records
    first, last = st.select_slider(
        "Periode van de ideeën", options=quarters, value=(quarters[0], quarters[-1]),
        format_func=quarter_label, key="youth_quarters",
    )
    starts = pd.to_datetime(records["quarter_start"]).dt.date
    return records[(starts >= first) & (starts <= last)]
