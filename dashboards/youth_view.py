"""Pieces of the Jongereninbreng page as pure functions: map, context table, trend chart.

No widgets and no queries here; the page passes the data in.
"""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd
import pydeck as pdk

from dashboards.charts import OKABE_ITO
from dashboards.formatting import format_value
from dashboards.maps import hex_to_rgba, view_state
from wijkwijs.youth.brief import THEME_COLOURS
from wijkwijs.youth.summary import quarter_label

RECORD_LAYER_ID = "ideeen"
AREA_LAYER_ID = "plangebied"


def youth_deck(area_geojson: dict, records: pd.DataFrame, bounds) -> pdk.Deck:
    """The plan area outline and one dot per idea (coloured by theme), no basemap."""
    points = records.assign(
        colour=records["theme"].map(lambda t: hex_to_rgba(THEME_COLOURS.get(t, "#333333"))),
        quarter=records["quarter_start"].map(quarter_label),
    )[["lon", "lat", "colour", "theme_label", "idea", "buurt_name", "quarter"]]
    area_layer = pdk.Layer(
        "GeoJsonLayer",
        data={"type": "Feature", "geometry": area_geojson, "properties": {}},
        id=AREA_LAYER_ID,
        stroked=True,
        filled=True,
        get_fill_color=[200, 200, 200, 90],
        get_line_color=[40, 40, 40, 255],
        line_width_min_pixels=2,
    )
    record_layer = pdk.Layer(
        "ScatterplotLayer",
        data=points.to_dict("records"),
        id=RECORD_LAYER_ID,
        pickable=True,
        get_position=["lon", "lat"],
        get_fill_color="colour",
        get_line_color=[0, 0, 0, 255],
        stroked=True,
        radius_min_pixels=5,
        line_width_min_pixels=1,
        get_radius=20,
    )
    return pdk.Deck(
        layers=[area_layer, record_layer],
        initial_view_state=view_state(bounds),
        map_provider=None,
        map_style=None,
        tooltip={"html": "<b>{theme_label}</b><br/>{idea}<br/>{buurt_name}, {quarter}",
                 "style": {"fontSize": "0.85rem", "maxWidth": "22rem"}},
    )


def trend_chart(trend: pd.DataFrame) -> alt.Chart:
    """Ideas per quarter, one line per theme."""
    return (
        alt.Chart(trend)
        .mark_line(point=True)
        .encode(
            x=alt.X("quarter_start:T", title="Kwartaal",
                    axis=alt.Axis(format="%Y-%m", labelAngle=-45)),
            y=alt.Y("ideas:Q", title="Aantal ideeën", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("theme_label:N", title="Thema",
                            scale=alt.Scale(range=list(OKABE_ITO) + ["#7f7f7f"]),
                            legend=alt.Legend(orient="bottom", direction="vertical")),
            tooltip=[alt.Tooltip("theme_label:N", title="Thema"),
                     alt.Tooltip("quarter_label:N", title="Kwartaal"),
                     alt.Tooltip("ideas:Q", title="Ideeën")],
        )
        .properties(height=260)
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
