"""The choropleth: areas coloured in 5 classes, states that are not a number in grey.

Pure functions, no widgets. The boundaries are a static public file the browser fetches
(dashboards/static_geometry.py); per selection only a small table of values per area goes to
the browser, joined to the boundaries in the chart. No basemap: there is no network, and the
polygons carry the map.

Two kinds of scale. A level (a count, a rate) is *sequential*: quantile classes in viridis. A
change or an index is *diverging*: classes symmetric around its centre (0 for a change, 100
for the index), falling in blue, rising in red, about the same in pale yellow, so a fall never
looks like a low level. Classes are made on the values as they are shown (rounded to the
decimals on screen), so no two legend classes share a number.
"""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import numpy as np
import pandas as pd

from dashboards.formatting import STATE_LABELS, format_value

# viridis in 5 steps: sequential, colour-blind safe, readable in greyscale
VIRIDIS_5 = ("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725")
# ColorBrewer RdYlBu in 5 steps, falling (blue) to rising (red): diverging, colour-blind safe;
# its pale middle is no grey, so "about the same" never reads as a missing figure
DIVERGING_5 = ("#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c")
# the index: within 10 of 100 is about the municipal average, 120 or more is "high" as in the
# Integrale blik (docs/models.md)
INDEX_MAGNITUDES = (10.0, 20.0)
# one grey per state that is not a number, apart from every viridis step
STATE_GREYS = {"suppressed": "#6e6e6e", "too_few_residents": "#8a8a8a",
               "not_published": "#a6a6a6", "unknown": "#d4d4d4"}
SELECTION = "gebied"  # the chart's point selection: the clicked area's code
# what goes to the browser per area on every selection: name and boundary are in the static
# boundary file, the month in the tooltip's title (14,500 rows at national scale)
VALUE_COLUMNS = ["area_code", "value_line", "fill"]
DARK_INK, LIGHT_INK = "#000000", "#ffffff"  # a name on the map: whichever reads best


def is_number(value, state: str | None) -> bool:
    """True for a figure that is a real number (state `number` and a value)."""
    return state == "number" and value is not None and not pd.isna(value)


def shown_values(values: np.ndarray, decimals: int) -> np.ndarray:
    """`values` rounded as the screen shows them (half away from zero, as format_value)."""
    factor = 10.0 ** decimals
    return np.sign(values) * np.floor(np.abs(values) * factor + 0.5 + 1e-9) / factor


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


def diverging_magnitudes(offsets: np.ndarray, decimals: int) -> tuple[float, float]:
    """The two distances from the centre that split a diverging scale: about the same within
    the first, a clear change beyond the second. From the terciles of the distances, in the
    decimals on screen, the second at least one step beyond the first."""
    step = 10.0 ** -decimals
    size = np.abs(offsets[offsets != 0])
    if size.size == 0:
        return step, 2 * step
    inner, outer = (float(v) for v in shown_values(np.quantile(size, [1 / 3, 2 / 3]), decimals))
    inner = max(inner, step)
    return inner, max(outer, inner + step)


def diverging_classes(offsets: np.ndarray, magnitudes: tuple[float, float]) -> np.ndarray:
    """Class 0..4 of each distance from the centre: clearly lower, lower, about the same
    (within the inner magnitude, both ends included), higher, clearly higher (the outer
    magnitude itself counts as clear: an index of 120 is high)."""
    inner, outer = magnitudes
    return np.select(
        [offsets <= -outer, offsets < -inner, offsets <= inner, offsets < outer],
        [0, 1, 2, 3], default=4,
    )


def ink_for(fill: str) -> str:
    """Black or white text, whichever has the higher contrast on `fill` (WCAG luminance); the
    map computes the same in the browser (`INK_EXPRESSION`)."""
    if not fill or not fill.startswith("#"):
        return DARK_INK
    return DARK_INK if contrast_ratio(fill, DARK_INK) >= contrast_ratio(fill, LIGHT_INK) \
        else LIGHT_INK


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of a `#rrggbb` colour."""
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two `#rrggbb` colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def choropleth(
    rows: pd.DataFrame,
    *,
    decimals: int,
    unit: str,
    labels: Mapping[str, str],
    centre: float | None = None,
    magnitudes: tuple[float, float] | None = None,
) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Colour and Dutch texts per area, and the legend.

    `rows` has `area_code`, `area_name`, `value` and `state`, and may have `text`, the display
    text of the value (a change with its sign, say); without it the value is formatted here.
    Without `centre` the classes are quantiles in viridis (a level); with it they are
    diverging around `centre` (a change: 0, the index: 100), split at `magnitudes` from the
    centre (default: from the data, `diverging_magnitudes`).

    Returns one row per area with `area_code`, `value_line` (value with unit, or the state's
    label) and `fill` (hex colour), the repeating texts as categories (a dictionary in Arrow),
    and the legend: a list of (hex colour, Dutch text), value classes from low to high (the
    range of the values shown in each, so no two share a number), then the states present.

    Column-wise (numpy), not per row: at national scale this is 14,500 areas per selection.
    """
    value = pd.to_numeric(rows["value"], errors="coerce").to_numpy(dtype=float)
    state = rows["state"].to_numpy(dtype=object)
    numeric = (state == "number") & ~np.isnan(value)
    numbers = shown_values(value[numeric], decimals)
    if centre is None:
        breaks = quantile_breaks(numbers.tolist())
        colours = class_colours(len(breaks) + 1)
        # a value equal to a break belongs to the lower class
        classes = np.searchsorted(np.asarray(breaks, dtype=float), numbers, side="left")
    else:
        offsets = numbers - centre
        magnitudes = magnitudes or diverging_magnitudes(offsets, decimals)
        colours = list(DIVERGING_5)
        classes = diverging_classes(offsets, magnitudes)
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
    signed = centre is not None and centre == 0
    legend = []
    for cls in np.unique(classes):
        members = numbers[classes == cls]
        low_t, high_t = (_legend_number(float(v), decimals, signed)
                         for v in (members.min(), members.max()))
        legend.append((colours[cls], low_t if low_t == high_t else f"{low_t} – {high_t}"))
    legend += [(colour, labels.get(s, STATE_LABELS[s]))
               for s, colour in STATE_GREYS.items() if s in set(grey)]
    return values, legend


def _legend_number(value: float, decimals: int, signed: bool) -> str:
    text = format_value(value, decimals=decimals)
    if signed and value > 0:
        return "+" + text
    return text


def total_bounds(area_bounds: pd.DataFrame, codes) -> tuple[float, float, float, float] | None:
    """The box around the areas `codes` (RD New metres), from `static_geometry.area_bounds`; None
    if none."""
    shown = area_bounds[area_bounds["area_code"].isin(list(codes))]
    if shown.empty:
        return None
    return (float(shown["minx"].min()), float(shown["miny"].min()),
            float(shown["maxx"].max()), float(shown["maxy"].max()))


def fitted_projection(
    bounds: tuple[float, float, float, float] | None, margin: float = 0.02
) -> dict:
    """The map's projection: the boundary file is already planar (RD New), so only a scale
    and a shift, which put `bounds` (RD New metres) in the middle of the chart, filling its
    width or height less `margin` on each side.

    Both are Vega expressions of the chart's width and height (the width follows the page).
    Vega-Lite can fit the map itself, but that takes one more pass over every area in the
    browser; a geographic projection (Mercator on lon/lat) costs spherical clipping and
    resampling per area on top: 0.65 s against 0.37 s for 14,500 buurten in Vega alone."""
    planar = {"type": "identity", "reflectY": True}  # y grows northwards in the file
    if bounds is None:
        return planar  # nothing to fit: Vega-Lite's own fit
    minx, miny, maxx, maxy = bounds
    scale = scale_expression(bounds, margin)
    centre_x, centre_y = (minx + maxx) / 2, (miny + maxy) / 2
    return {
        **planar,
        "scale": {"expr": scale},
        "translate": {"expr": f"[width / 2 - ({scale}) * {centre_x!r}, "
                              f"height / 2 + ({scale}) * {centre_y!r}]"},
    }


# Vega's own WCAG contrast function: a name in black or white, whichever reads best on its fill
INK_EXPRESSION = (f"contrast(datum.fill, '{DARK_INK}') >= contrast(datum.fill, '{LIGHT_INK}') "
                  f"? '{DARK_INK}' : '{LIGHT_INK}'")
LABEL_FONT_PX = 11
LABEL_CHAR_PX = 6.2  # average width of a character at LABEL_FONT_PX in the app's font


def scale_expression(bounds: tuple[float, float, float, float] | None,
                     margin: float = 0.02) -> str:
    """Pixels per metre of the fitted map, as a Vega expression (`fitted_projection`)."""
    if bounds is None:
        return "0"  # no fit known: names stay off the map
    minx, miny, maxx, maxy = bounds
    return (f"min(width / {max(maxx - minx, 1.0)!r}, height / {max(maxy - miny, 1.0)!r})"
            f" * {1 - 2 * margin!r}")


def chart(
    geometry_url: str,
    values: pd.DataFrame,
    *,
    area_label: str,
    value_label: str,
    period_text: str,
    bounds: tuple[float, float, float, float] | None = None,
    height: int = 520,
    highlight: str | None = None,
    names: bool = True,
) -> alt.LayerChart:
    """The map: one shape per row of `values` (from `choropleth`), its boundary looked up by
    area code in the GeoJSON at `geometry_url` and filled with the row's colour.

    The values are the chart's own data, which Streamlit sends as a small Arrow table; the
    boundaries, with each area's name, stay a URL the browser fetches once (and caches): the
    lookup is shared by every layer. An area without a row in `values` (outside a wijkteam's
    own wijken) or without a boundary is not drawn. The tooltip gives the area's name and the
    value with its unit or the state's Dutch label under `value_label` and the month
    `period_text`; a click selects the area's code (`picked_area`). `bounds` (RD New metres) is the
    box the map is fitted to (`total_bounds`).

    With `names`, an area's name is written where it fits: inside the largest circle in the
    area (`static_geometry.label_places`) at the map's scale, in black or white, whichever
    reads best on its colour. `highlight` (an area code, from the search) gets a thick
    outline.
    """
    boundaries = alt.LookupData(
        data=alt.Data(url=geometry_url, format=alt.DataFormat(property="features", type="json")),
        key="properties.area_code",
    )
    pick = alt.selection_point(
        name=SELECTION, fields=["area_code"], on="click", toggle=False, clear=False
    )
    shapes = (
        alt.Chart()
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
    )
    layers = [shapes]
    if highlight:
        layers.append(
            alt.Chart()
            .transform_filter(alt.datum.area_code == highlight)
            .mark_geoshape(filled=False, stroke="#000000", strokeWidth=3, aria=False)
            .encode(shape=alt.Shape("geo:G"))
        )
    if names and bounds is not None:
        half_width = f"length(datum.geo.properties.area_name) * {LABEL_CHAR_PX / 2!r}"
        room = f"datum.geo.properties.label_r * ({scale_expression(bounds)})"
        layers.append(
            alt.Chart()
            .transform_filter(
                f"isValid(datum.geo.properties.label_r) && {half_width} <= 1.1 * {room} "
                f"&& {LABEL_FONT_PX / 2!r} <= {room}"
            )
            .transform_calculate(ink=INK_EXPRESSION)
            # names are decoration for the eye: the shapes carry them for a screen reader
            .mark_text(fontSize=LABEL_FONT_PX, aria=False, tooltip=None)
            .encode(
                longitude=alt.Longitude("geo.properties.label_x:Q"),
                latitude=alt.Latitude("geo.properties.label_y:Q"),
                text=alt.Text("geo.properties.area_name:N"),
                color=alt.Color("ink:N", scale=None),
            )
        )
    return (
        alt.layer(*layers, data=values)
        .transform_lookup(lookup="area_code", from_=boundaries, as_="geo")
        .transform_filter("isValid(datum.geo)")
        .project(**fitted_projection(bounds))
        # SVG, whatever the number of areas: each area is a path with its description for
        # screen readers (Streamlit picks canvas only for large inline data)
        .properties(height=height, usermeta={"embedOptions": {"renderer": "svg"}})
        .configure_view(stroke=None)
    )


def picked_area(event) -> str | None:
    """The area code clicked on the map: the chart's point selection, if any."""
    if not event:
        return None
    selection = event.get("selection", {}) if isinstance(event, dict) else event.selection
    picked = selection.get(SELECTION) or []
    if not picked or not isinstance(picked, list):
        return None
    return picked[0].get("area_code")
