"""The choropleth: areas coloured in 5 quantile classes, states that are not a number in grey.

Pure functions, no widgets. No basemap: there is no network, and the polygons carry the map.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
import pydeck as pdk

from dashboards.formatting import STATE_LABELS, format_value

# viridis in 5 steps: sequential, colour-blind safe, readable in greyscale
VIRIDIS_5 = ("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725")
# one grey per state that is not a number, apart from every viridis step
STATE_GREYS = {"suppressed": "#6e6e6e", "not_published": "#a6a6a6", "unknown": "#d4d4d4"}
FILL_ALPHA = 225
LAYER_ID = "gebieden"
TOOLTIP_HTML = "<b>{name}</b><br/>{value_line}<br/>{period}"


def hex_to_rgba(colour: str, alpha: int = FILL_ALPHA) -> list[int]:
    colour = colour.lstrip("#")
    return [int(colour[i : i + 2], 16) for i in (0, 2, 4)] + [alpha]


def is_number(value, state: str | None) -> bool:
    """True for a figure that is a real number (state `number` and a value)."""
    return state == "number" and value is not None and not pd.isna(value)


def quantile_breaks(values: list[float], n_classes: int = 5) -> list[float]:
    """Inner class limits of `n_classes` quantile classes (fewer if values repeat)."""
    if not values:
        return []
    qs = np.quantile(np.asarray(values, dtype=float), [i / n_classes for i in range(1, n_classes)])
    breaks = sorted({float(q) for q in qs})
    # a break equal to the maximum would leave the top class empty
    return [b for b in breaks if b < max(values)]


def classify(value: float, breaks: list[float]) -> int:
    """Class index of `value`: a value equal to a break belongs to the lower class."""
    return int(np.searchsorted(np.asarray(breaks), value, side="left"))


def class_colours(n_classes: int) -> list[str]:
    """`n_classes` viridis colours spread over the palette (all 5 when there are 5 classes)."""
    if n_classes <= 1:
        return [VIRIDIS_5[2]]
    idx = np.linspace(0, len(VIRIDIS_5) - 1, n_classes).round().astype(int)
    return [VIRIDIS_5[i] for i in idx]


def choropleth(
    shapes: Mapping[str, dict],
    rows: pd.DataFrame,
    *,
    decimals: int,
    unit: str,
    period_text: str,
    labels: Mapping[str, str],
) -> tuple[dict, list[tuple[str, str]]]:
    """A GeoJSON FeatureCollection with colour and tooltip per area, and the legend.

    `rows` has `area_code`, `area_name`, `value` and `state`. The legend is a list of
    (hex colour, Dutch text), value classes first, then the states present.
    """
    numbers = [
        float(v) for v, s in zip(rows["value"], rows["state"], strict=True) if is_number(v, s)
    ]
    breaks = quantile_breaks(numbers)
    colours = class_colours(len(breaks) + 1)
    members: dict[int, list[float]] = {}
    grey_states: list[str] = []
    features = []
    for row in rows.itertuples(index=False):
        text = format_value(row.value, row.state, decimals=decimals, labels=labels)
        if is_number(row.value, row.state):
            cls = classify(float(row.value), breaks)
            members.setdefault(cls, []).append(float(row.value))
            colour = colours[cls]
            value_line = f"{text} {unit}".strip()
        else:
            state = row.state if row.state in STATE_GREYS else "unknown"
            if state not in grey_states:
                grey_states.append(state)
            colour = STATE_GREYS[state]
            value_line = text
        shape = shapes.get(row.area_code)
        if shape is None:
            continue
        features.append({
            "type": "Feature",
            "geometry": shape,
            "properties": {
                "area_code": row.area_code,
                "name": row.area_name,
                "value_text": text,
                "value_line": value_line,
                "period": period_text,
                "fill_color": hex_to_rgba(colour),
            },
        })
    legend = []
    for cls in sorted(members):
        low, high = min(members[cls]), max(members[cls])
        low_t = format_value(low, decimals=decimals)
        high_t = format_value(high, decimals=decimals)
        legend.append((colours[cls], low_t if low_t == high_t else f"{low_t} – {high_t}"))
    for state in STATE_GREYS:
        if state in grey_states:
            legend.append((STATE_GREYS[state], labels.get(state, STATE_LABELS[state])))
    return {"type": "FeatureCollection", "features": features}, legend


def picked_area(event) -> str | None:
    """The area code of the object clicked on the map (pydeck selection), if any."""
    if not event:
        return None
    selection = event.get("selection", {}) if isinstance(event, dict) else event.selection
    picked = (selection.get("objects") or {}).get(LAYER_ID) or []
    if not picked:
        return None
    props = picked[0].get("properties", picked[0])
    return props.get("area_code")


def view_state(
    bounds: tuple[float, float, float, float] | None, width: int = 800, height: int = 520
) -> pdk.ViewState:
    """Centre and zoom that fit `bounds` (lon/lat) in a map of about `width` × `height` px."""
    if bounds is None:
        return pdk.ViewState(latitude=52.1, longitude=5.3, zoom=6.5)
    minx, miny, maxx, maxy = bounds
    lat = (miny + maxy) / 2
    lon_span = max(maxx - minx, 1e-4)
    lat_span = max((maxy - miny) / max(math.cos(math.radians(lat)), 0.1), 1e-4)
    zoom = min(
        math.log2(width * 360 / (512 * lon_span)), math.log2(height * 360 / (512 * lat_span))
    )
    return pdk.ViewState(latitude=lat, longitude=(minx + maxx) / 2, zoom=round(zoom - 0.3, 2))


def deck(feature_collection: dict, bounds: tuple[float, float, float, float] | None) -> pdk.Deck:
    """The pydeck chart: one GeoJsonLayer, no basemap, a Dutch tooltip."""
    layer = pdk.Layer(
        "GeoJsonLayer",
        data=feature_collection,
        id=LAYER_ID,
        pickable=True,
        stroked=True,
        filled=True,
        get_fill_color="properties.fill_color",
        get_line_color=[255, 255, 255, 255],
        line_width_min_pixels=1,
    )
    return pdk.Deck(
        layers=[layer],
        initial_view_state=view_state(bounds),
        map_provider=None,
        map_style=None,
        tooltip={"html": TOOLTIP_HTML, "style": {"fontSize": "0.85rem"}},
    )
