"""The choropleth: areas coloured in 5 quantile classes, states that are not a number in grey.

Pure functions, no widgets. The boundaries are a static public file the browser fetches
(dashboards/static_geometry.py); per selection only a small table of values per area goes to
the browser, joined to the boundaries in the chart. No basemap: there is no network, and the
polygons carry the map.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping

import altair as alt
import geopandas as gpd
import numpy as np
import pandas as pd
import pydeck as pdk
import shapely

from dashboards.formatting import STATE_LABELS, format_value

# viridis in 5 steps: sequential, colour-blind safe, readable in greyscale
VIRIDIS_5 = ("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725")
# one grey per state that is not a number, apart from every viridis step
STATE_GREYS = {"suppressed": "#6e6e6e", "too_few_residents": "#8a8a8a",
               "not_published": "#a6a6a6", "unknown": "#d4d4d4"}
SELECTION = "gebied"  # the chart's point selection: the clicked area's code
MAP_CRS = "EPSG:28992"  # RD New, the Dutch national grid, in metres: the map's boundary file
WHOLE_METRES = re.compile(r"(\d)\.0(?=[,\]])")  # 155000.0 → 155000 in the file
# what goes to the browser per area on every selection: name and boundary are in the static
# boundary file, the month in the tooltip's title (14,500 rows at national scale)
VALUE_COLUMNS = ["area_code", "value_line", "fill"]
FILL_ALPHA = 225


def hex_to_rgba(colour: str, alpha: int = FILL_ALPHA) -> list[int]:
    """A hex colour as pydeck's [r, g, b, a] (the youth page's map)."""
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


def class_colours(n_classes: int) -> list[str]:
    """`n_classes` viridis colours spread over the palette (all 5 when there are 5 classes)."""
    if n_classes <= 1:
        return [VIRIDIS_5[2]]
    idx = np.linspace(0, len(VIRIDIS_5) - 1, n_classes).round().astype(int)
    return [VIRIDIS_5[i] for i in idx]


def choropleth(
    rows: pd.DataFrame,
    *,
    decimals: int,
    unit: str,
    labels: Mapping[str, str],
) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Colour and Dutch texts per area, and the legend.

    `rows` has `area_code`, `area_name`, `value` and `state`, and may have `text`, the display
    text of the value (a change with its sign, say); without it the value is formatted here.
    Returns one row per area with `area_code`, `value_line` (value with unit, or the state's
    label) and `fill` (hex colour), the repeating texts as categories (a dictionary in Arrow),
    and the legend: a list of (hex colour, Dutch text), value classes first, then the states
    present.

    Column-wise (numpy), not per row: at national scale this is 14,500 areas per selection.
    """
    value = pd.to_numeric(rows["value"], errors="coerce").to_numpy(dtype=float)
    state = rows["state"].to_numpy(dtype=object)
    numeric = (state == "number") & ~np.isnan(value)
    numbers = value[numeric]
    breaks = quantile_breaks(numbers.tolist())
    colours = class_colours(len(breaks) + 1)
    # a value equal to a break belongs to the lower class
    classes = np.searchsorted(np.asarray(breaks, dtype=float), numbers, side="left")
    # not a number: its state's grey (a number state without a value counts as unknown)
    grey = np.where(numeric, "", [s if s in STATE_GREYS else "unknown" for s in state])
    fill = np.array([STATE_GREYS.get(g, "") for g in grey], dtype=object)
    fill[numeric] = np.asarray(colours, dtype=object)[classes]
    if "text" in rows:
        text = rows["text"].tolist()
    else:
        text = [format_value(v, s, decimals=decimals, labels=labels)
                for v, s in zip(rows["value"], state, strict=True)]
    suffix = f" {unit}".rstrip()
    value_line = [t + suffix if n else t for t, n in zip(text, numeric, strict=True)]
    values = pd.DataFrame({
        "area_code": rows["area_code"].to_numpy(),
        "value_line": pd.Categorical(value_line),
        "fill": pd.Categorical(fill),
    }, columns=VALUE_COLUMNS)
    legend = []
    for cls in np.unique(classes):
        members = numbers[classes == cls]
        low_t = format_value(float(members.min()), decimals=decimals)
        high_t = format_value(float(members.max()), decimals=decimals)
        legend.append((colours[cls], low_t if low_t == high_t else f"{low_t} – {high_t}"))
    legend += [(colour, labels.get(s, STATE_LABELS[s]))
               for s, colour in STATE_GREYS.items() if s in set(grey)]
    return values, legend


def total_bounds(area_bounds: pd.DataFrame, codes) -> tuple[float, float, float, float] | None:
    """The box around the areas `codes` (MAP_CRS), from `queries.area_bounds`; None if none."""
    shown = area_bounds[area_bounds["area_code"].isin(list(codes))]
    if shown.empty:
        return None
    return (float(shown["minx"].min()), float(shown["miny"].min()),
            float(shown["maxx"].max()), float(shown["maxy"].max()))


def to_map_crs(geojson: Iterable[str]) -> np.ndarray:
    """Shapely geometries of WGS84 GeoJSON texts, in MAP_CRS to the whole metre."""
    series = gpd.GeoSeries(shapely.from_geojson(list(geojson)), crs="EPSG:4326")
    return shapely.set_precision(series.to_crs(MAP_CRS).values, 1.0)


def as_geojson(geometries: np.ndarray) -> list[dict]:
    """GeoJSON of MAP_CRS geometries, whole metres written as integers (a shorter file)."""
    return [json.loads(WHOLE_METRES.sub(r"\1", text)) for text in shapely.to_geojson(geometries)]


def fitted_projection(
    bounds: tuple[float, float, float, float] | None, margin: float = 0.02
) -> dict:
    """The map's projection: the boundary file is already planar (MAP_CRS), so only a scale
    and a shift, which put `bounds` (MAP_CRS metres) in the middle of the chart, filling its
    width or height less `margin` on each side.

    Both are Vega expressions of the chart's width and height (the width follows the page).
    Vega-Lite can fit the map itself, but that takes one more pass over every area in the
    browser; a geographic projection (Mercator on lon/lat) costs spherical clipping and
    resampling per area on top: 0.65 s against 0.37 s for 14,500 buurten in Vega alone."""
    planar = {"type": "identity", "reflectY": True}  # y grows northwards in the file
    if bounds is None:
        return planar  # nothing to fit: Vega-Lite's own fit
    minx, miny, maxx, maxy = bounds
    scale = (f"min(width / {max(maxx - minx, 1.0)!r}, height / {max(maxy - miny, 1.0)!r})"
             f" * {1 - 2 * margin!r}")
    centre_x, centre_y = (minx + maxx) / 2, (miny + maxy) / 2
    return {
        **planar,
        "scale": {"expr": scale},
        "translate": {"expr": f"[width / 2 - ({scale}) * {centre_x!r}, "
                              f"height / 2 + ({scale}) * {centre_y!r}]"},
    }


def chart(
    geometry_url: str,
    values: pd.DataFrame,
    *,
    area_label: str,
    value_label: str,
    period_text: str,
    bounds: tuple[float, float, float, float] | None = None,
    height: int = 520,
) -> alt.Chart:
    """The map: one shape per row of `values` (from `choropleth`), its boundary looked up by
    area code in the GeoJSON at `geometry_url` and filled with the row's colour.

    The values are the chart's own data, which Streamlit sends as a small Arrow table; the
    boundaries, with each area's name, stay a URL the browser fetches (and caches). An area
    without a row in `values` (outside a wijkteam's own wijken) or without a boundary is not
    drawn. The tooltip gives the area's name and the value with its unit or the state's Dutch
    label under `value_label` and the month `period_text`; a click selects the area's code
    (`picked_area`). `bounds` (lon/lat) is the box the map is fitted to (`total_bounds`).
    """
    boundaries = alt.LookupData(
        data=alt.Data(url=geometry_url, format=alt.DataFormat(property="features", type="json")),
        key="properties.area_code",
    )
    pick = alt.selection_point(
        name=SELECTION, fields=["area_code"], on="click", toggle=False, clear=False
    )
    return (
        alt.Chart(values)
        .transform_lookup(lookup="area_code", from_=boundaries, as_="geo")
        .transform_filter("isValid(datum.geo)")
        .transform_calculate(
            # the text a screen reader reads for an area (and a handle for the browser test);
            # one expression per area, as few as can be: Streamlit interprets them one by one
            description="datum.geo.properties.area_name + ' (' + datum.area_code + '): ' "
                        "+ datum.value_line"
        )
        .mark_geoshape(stroke="white", strokeWidth=1, cursor="pointer")
        .encode(
            shape=alt.Shape("geo:G"),
            color=alt.Color("fill:N", scale=None),
            description=alt.Description("description:N"),
            tooltip=[
                alt.Tooltip("geo.properties.area_name:N", title=area_label),
                alt.Tooltip("value_line:N", title=f"{value_label}, {period_text}"),
            ],
        )
        .add_params(pick)
        .project(**fitted_projection(bounds))
        # SVG, whatever the number of areas: each area is a path with its description for
        # screen readers (Streamlit picks canvas only for large inline data)
        .properties(height=height, usermeta={"embedOptions": {"renderer": "svg"}})
        .configure_view(stroke=None)
    )


def view_state(
    bounds: tuple[float, float, float, float] | None, width: int = 800, height: int = 520
) -> pdk.ViewState:
    """Centre and zoom that fit `bounds` (lon/lat) in a pydeck map of about `width` × `height`
    px (the youth page's map)."""
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


def picked_area(event) -> str | None:
    """The area code clicked on the map: the chart's point selection, if any."""
    if not event:
        return None
    selection = event.get("selection", {}) if isinstance(event, dict) else event.selection
    picked = selection.get(SELECTION) or []
    if not picked or not isinstance(picked, list):
        return None
    return picked[0].get("area_code")
