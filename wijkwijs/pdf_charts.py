"""Charts for the PDF exports, drawn with reportlab's own graphics.

Each function returns a reportlab `Drawing`: a flowable that platypus places like a paragraph.
It prints as vector paths and real text (sharp at any zoom, labels searchable and readable by
a screen reader), needs no image library and no temporary bitmap. Used by the printable
profile (dashboards.exports) and the youth-input brief (wijkwijs.youth.brief).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
import shapely
from reportlab.graphics.charts.legends import LineLegend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import (
    FILL_EVEN_ODD,
    Circle,
    Drawing,
    Group,
    Line,
    Path,
    Rect,
    String,
)
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from shapely.geometry.base import BaseGeometry

FONT, FONT_BOLD = "Helvetica", "Helvetica-Bold"
MAX_X_LABELS = 7  # month labels under a trend; more would overlap on a one-page profile


def _month_index(period) -> int:
    ts = pd.Timestamp(period)
    return ts.year * 12 + ts.month - 1


def _month_of(index: float) -> pd.Timestamp:
    index = int(round(index))
    return pd.Timestamp(year=index // 12, month=index % 12 + 1, day=1)


def tick_text(value: float) -> str:
    """An axis value in Dutch notation: `12,5`, `40`."""
    return f"{value:g}".replace(".", ",")


def _wrapped(text: str, width: float, size: float) -> str:
    return "\n".join(simpleSplit(text, FONT, size, width)) or text


def _runs(points: Sequence[tuple[int, float]]) -> list[list[tuple[int, float]]]:
    """Consecutive months with a value: a month without one (or a missing month) ends a run."""
    runs: list[list[tuple[int, float]]] = []
    previous = None
    for x, y in points:
        if y is None or (isinstance(y, float) and math.isnan(y)):
            previous = None
            continue
        if previous is None or x != previous + 1:
            runs.append([])
        runs[-1].append((x, float(y)))
        previous = x
    return runs


def line_chart(
    trend: pd.DataFrame,
    *,
    width: float,
    height: float,
    title: str = "",
    palette: Sequence[str] = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"),
    x_text: Callable[[pd.Timestamp], str] = lambda month: f"{month.month:02d}-{month.year}",
    y_text: Callable[[float], str] = tick_text,
    font_size: float = 6.5,
) -> Drawing:
    """Monthly lines: one per `series` of `trend` (columns `period`, `series`, `rate`), in the
    order the series first appear. A month without a rate is a gap, never a line drawn through
    it or a zero; a value between two gaps shows as its marker. Legend on the right."""
    drawing = Drawing(width, height)
    top = height
    if title:
        drawing.add(String(0, height - font_size - 1, title, fontName=FONT,
                           fontSize=font_size + 1.5))
        top = height - font_size - 6
    names = list(dict.fromkeys(trend["series"]))
    colour = {name: colors.HexColor(palette[i % len(palette)]) for i, name in enumerate(names)}

    # as wide as the longest name needs, at most a third of the chart (longer names wrap)
    text_width = max((stringWidth(n, FONT, font_size) for n in names), default=0)
    legend_width = min(0.32 * width, text_width + 24)
    legend = LineLegend()
    legend.x, legend.y = width - legend_width + 4, top - 2
    legend.fontName, legend.fontSize = FONT, font_size
    legend.dx, legend.dy, legend.dxTextSpace = 10, 2, 4
    legend.deltay = font_size + 3
    legend.columnMaximum = 99
    legend.alignment = "right"
    legend.colorNamePairs = [(colour[n], _wrapped(n, legend_width - 20, font_size)) for n in names]

    plot = LinePlot()
    plot.x, plot.y = 30, font_size + 8
    plot.width = max(width - legend_width - plot.x - 8, 40)
    plot.height = max(top - plot.y - 4, 20)
    data, styles = [], []
    for name in names:
        group = trend[trend["series"] == name]
        points = sorted((_month_index(p), r) for p, r in zip(group["period"], group["rate"],
                                                                strict=True))
        for run in _runs(points):
            data.append(run)
            styles.append(colour[name])
    if not data:  # nothing to draw: no axes around an empty plot either
        drawing.add(legend)
        return drawing
    plot.data = data
    for i, stroke in enumerate(styles):
        plot.lines[i].strokeColor = stroke
        plot.lines[i].strokeWidth = 1.2
        plot.lines[i].symbol = makeMarker("FilledCircle", size=2.5, fillColor=stroke,
                                          strokeColor=stroke)

    months = sorted({_month_index(p) for p in trend["period"]})
    step = max(1, math.ceil(len(range(months[0], months[-1] + 1)) / MAX_X_LABELS))
    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = months[0] - 0.5, months[-1] + 0.5
    x_axis.valueSteps = list(range(months[0], months[-1] + 1, step))
    x_axis.labelTextFormat = lambda value: x_text(_month_of(value))
    y_axis = plot.yValueAxis
    y_axis.valueMin = 0  # a rate chart starts at zero: no exaggerated slopes
    y_axis.labelTextFormat = y_text
    y_axis.visibleGrid = True
    y_axis.gridStrokeColor = colors.HexColor("#dddddd")
    y_axis.gridStrokeWidth = 0.4
    for axis in (x_axis, y_axis):
        axis.labels.fontName, axis.labels.fontSize = FONT, font_size
        axis.strokeColor = colors.HexColor("#888888")
    drawing.add(plot)
    drawing.add(legend)
    return drawing


# --- maps: planar coordinates (RD New metres), one scale for both axes, no basemap -----------

Point = Callable[[float, float], tuple[float, float]]


def fit(bounds: Sequence[float], width: float, height: float, margin: float = 4) -> Point:
    """Page position of a planar (x, y): `bounds` (minx, miny, maxx, maxy) centred in a
    `width` × `height` box at one scale for both axes, `margin` points clear on every side."""
    minx, miny, maxx, maxy = bounds
    span = max(maxx - minx, maxy - miny, 1.0)  # a point or a line still gets a finite scale
    scale = min((width - 2 * margin) / max(maxx - minx, span * 1e-3),
                (height - 2 * margin) / max(maxy - miny, span * 1e-3))
    x0 = width / 2 - (minx + maxx) / 2 * scale
    y0 = height / 2 - (miny + maxy) / 2 * scale
    return lambda x, y: (x0 + x * scale, y0 + y * scale)


def _union(bounds: Sequence[Sequence[float]]) -> tuple[float, float, float, float] | None:
    """The box around all `bounds` (minx, miny, maxx, maxy); None when there are none."""
    if not bounds:
        return None
    return (min(b[0] for b in bounds), min(b[1] for b in bounds),
            max(b[2] for b in bounds), max(b[3] for b in bounds))


def _inverse_box(to_page: Point, width: float, height: float) -> BaseGeometry:
    """The planar rectangle that `to_page` puts on the page box 0..width × 0..height."""
    x0, y0 = to_page(0.0, 0.0)
    x1, _ = to_page(1.0, 0.0)
    scale = x1 - x0
    return shapely.box(-x0 / scale, -y0 / scale, (width - x0) / scale, (height - y0) / scale)


def _rings(geometry: BaseGeometry) -> Iterable[object]:
    """Every ring of every polygon in `geometry`, outer ring first."""
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.geom_type == "Polygon":
            yield polygon.exterior
            yield from polygon.interiors
        elif polygon.geom_type in ("MultiPolygon", "GeometryCollection"):
            yield from _rings(polygon)


def shape_path(geometry: BaseGeometry, to_page: Point, **style) -> Path | None:
    """One path for all rings of a (multi)polygon, filled even-odd: a hole stays open, so an
    area lying inside another (drawn before or after it) shows through. None when empty."""
    path = Path(fillMode=FILL_EVEN_ODD, **style)
    for ring in _rings(geometry):
        coords = list(ring.coords)
        if len(coords) < 3:
            continue
        path.moveTo(*to_page(*coords[0][:2]))
        for x, y, *_ in coords[1:]:
            path.lineTo(*to_page(x, y))
        path.closePath()
    return path if path.operators else None


def locator_map(shapes: Mapping[str, BaseGeometry], highlight: str, *, size: float,
                colour: str, others: str = "#e4e4e4", outline: str = "#222222") -> Drawing:
    """Where one area lies: every area of `shapes` (code → planar geometry) in `others`, the
    `highlight` area on top in `colour` with a dark outline. A square of side `size`."""
    drawing = Drawing(size, size)
    extent = _union([g.bounds for g in shapes.values() if not g.is_empty])
    if extent is None:
        return drawing
    to_page = fit(extent, size, size, margin=1)
    for code in sorted(shapes, key=lambda c: c == highlight):  # the highlight last, on top
        own = code == highlight
        path = shape_path(shapes[code], to_page, fillColor=colors.HexColor(colour if own
                                                                           else others),
                          strokeColor=colors.HexColor(outline) if own else colors.white,
                          strokeWidth=0.9 if own else 0.3, strokeLineJoin=1)
        if path is not None:
            drawing.add(path)
    return drawing


@dataclass(frozen=True)
class MapArea:
    """A named area behind the marks (a buurt), with the count of what is known only by it."""

    name: str
    geometry: BaseGeometry
    count: int = 0


@dataclass(frozen=True)
class MapMark:
    """A place with `count` things on it, as a circle in `fill` (its count inside if > 1)."""

    x: float
    y: float
    count: int
    fill: str
    ink: str = "#000000"  # the count's colour: readable on `fill`


AREA_FILL, AREA_LINE, NAME_INK, LINE_INK = "#ececec", "#ffffff", "#4d4d4d", "#000000"
OUTLINE_DASH = [4, 2]
SQUARE = 9.0  # side of an area's count square, points


def _mark_radius(count: int, font_size: float) -> float:
    """A circle grows a little with its count, and always holds the count's text."""
    if count <= 1:
        return 2.8
    text = stringWidth(str(count), FONT_BOLD, font_size)
    return max(4.0 + 0.35 * min(count - 2, 10), text / 2 + 1.5)


def _centred_text(x: float, y: float, text: str, size: float, ink: str, bold=False) -> String:
    # the baseline a third of the size below the centre: digits sit in the middle
    return String(x, y - size * 0.35, text, fontName=FONT_BOLD if bold else FONT,
                  fontSize=size, fillColor=colors.HexColor(ink), textAnchor="middle")


def marks_map(
    outline: BaseGeometry,
    *,
    areas: Sequence[MapArea] = (),
    marks: Sequence[MapMark] = (),
    legend: Sequence[tuple[str, str]] = (),
    count_label: str = "",
    outline_label: str = "",
    width: float,
    height: float,
    legend_share: float = 0.28,
    pad: float = 0.08,
    font_size: float = 6.5,
) -> Drawing:
    """A map of marks in an outlined area, among named areas: the view is `outline` and every
    mark, widened by `pad` of its larger side (at least 200 m); the areas fill the whole map
    part (clipped to it) in light grey with their names; a dashed `outline`; a white square
    with the count in an area with a `count`, kept clear of the marks; a circle per mark,
    largest first so a small one lies on top. The legend on the right: `legend` (label,
    colour) as circles, then `count_label` (when an area has a count) and `outline_label`.
    At most `width` × `height`: a view wider than the map part makes the drawing lower, no
    empty band above and below."""
    map_width = width * (1 - legend_share)
    extent = _union([*([outline.bounds] if not outline.is_empty else []),
                     *((m.x, m.y, m.x, m.y) for m in marks)])
    count_entry = [(count_label, Rect(-3.5, -3.5, 7, 7, fillColor=colors.white,
                                      strokeColor=colors.HexColor(LINE_INK), strokeWidth=0.8))]
    outline_entry = [(outline_label, Line(-6, 0, 6, 0, strokeColor=colors.HexColor(LINE_INK),
                                          strokeWidth=1.2, strokeDashArray=OUTLINE_DASH))]
    theme_entries = [(label, Circle(0, 0, 3, fillColor=colors.HexColor(colour),
                                    strokeColor=colors.HexColor(LINE_INK), strokeWidth=0.5))
                     for label, colour in legend]
    # the square's entry only when a square is drawn: known after the areas are
    entries = theme_entries + (count_entry if count_label else []) + (
        outline_entry if outline_label else [])
    legend_width = width - map_width - 8
    if extent is None:
        entries = [e for e in entries if e is not count_entry[0]]
        drawing = Drawing(width, min(height, _legend_height(entries, legend_width, font_size)))
        _symbol_legend(drawing, map_width + 8, drawing.height, legend_width, font_size, entries)
        return drawing
    minx, miny, maxx, maxy = extent
    widen = pad * max(maxx - minx, maxy - miny, 200.0)
    view = (minx - widen, miny - widen, maxx + widen, maxy + widen)
    scale = min(map_width / (view[2] - view[0]), height / (view[3] - view[1]))
    height = min(height, max((view[3] - view[1]) * scale,
                             _legend_height(entries, legend_width, font_size)))
    drawing = Drawing(width, height)
    to_page = fit(view, map_width, height, margin=0)
    visible = _inverse_box(to_page, map_width, height)
    placed = [(*to_page(m.x, m.y), _mark_radius(m.count, font_size - 1.5)) for m in marks]

    labels = []
    for area in areas:
        shown = area.geometry.intersection(visible)
        path = shape_path(shown, to_page, fillColor=colors.HexColor(AREA_FILL),
                          strokeColor=colors.HexColor(AREA_LINE), strokeWidth=1.0)
        if path is None:
            continue
        drawing.add(path)
        # a name where the area is seen; a sliver at the edge gets none unless it has a count
        if area.count or shown.area >= 0.01 * visible.area:
            whole = area.geometry.representative_point()
            at = whole if shown.contains(whole) else shown.representative_point()
            if area.count:  # the square must not hide under a circle: its count is the news
                at = _clear_spot(shown, at, to_page, placed)
            labels.append((area, *to_page(at.x, at.y)))
    line = shape_path(outline, to_page, fillColor=None, strokeColor=colors.HexColor(LINE_INK),
                      strokeWidth=1.2, strokeDashArray=OUTLINE_DASH)
    if line is not None:
        drawing.add(line)
    for area, x, y in labels:
        half = stringWidth(area.name, FONT, font_size - 1) / 2
        x_name = min(max(x, half + 1), map_width - half - 1)  # never past the map's edge
        y_name = min(y + SQUARE / 2 + 2, height - font_size)
        drawing.add(String(x_name, y_name, area.name, fontName=FONT,
                           fontSize=font_size - 1, fillColor=colors.HexColor(NAME_INK),
                           textAnchor="middle"))
        if area.count:
            drawing.add(Rect(x - SQUARE / 2, y - SQUARE / 2, SQUARE, SQUARE,
                             fillColor=colors.white, strokeColor=colors.HexColor(LINE_INK),
                             strokeWidth=0.8))
            drawing.add(_centred_text(x, y, str(area.count), font_size - 1, LINE_INK, bold=True))
    for mark, (x, y, radius) in sorted(zip(marks, placed, strict=True),
                                       key=lambda pair: -pair[0].count):
        drawing.add(Circle(x, y, radius, fillColor=colors.HexColor(mark.fill),
                           strokeColor=colors.HexColor(LINE_INK), strokeWidth=0.5))
        if mark.count > 1:
            drawing.add(_centred_text(x, y, str(mark.count), font_size - 1.5, mark.ink,
                                      bold=True))
    if not any(area.count for area, _, _ in labels):
        entries = [e for e in entries if e is not count_entry[0]]
    _symbol_legend(drawing, map_width + 8, height, legend_width, font_size, entries)
    return drawing


def _clear_spot(shown: BaseGeometry, preferred, to_page: Point,
                placed: Sequence[tuple[float, float, float]], steps: int = 12):
    """`preferred` when no circle (page x, y, radius in `placed`) touches a square there, else
    the nearest point of a grid over `shown` where none does; `preferred` if there is none."""
    def clear(point) -> bool:
        x, y = to_page(point.x, point.y)
        return all(math.hypot(x - cx, y - cy) > radius + SQUARE * 0.75
                   for cx, cy, radius in placed)

    if clear(preferred):
        return preferred
    minx, miny, maxx, maxy = shown.bounds
    grid = [shapely.Point(minx + (maxx - minx) * (i + 0.5) / steps,
                          miny + (maxy - miny) * (j + 0.5) / steps)
            for i in range(steps) for j in range(steps)]
    inside = sorted((p for p in grid if shown.contains(p)), key=preferred.distance)
    return next((p for p in inside if clear(p)), preferred)


def _legend_height(entries: Sequence[tuple[str, object]], width: float,
                   font_size: float) -> float:
    lines = sum(len(simpleSplit(label, FONT, font_size, width - 16) or [label])
                for label, _ in entries)
    return lines * (font_size + 1.5) + 3 * len(entries) + 2


def _symbol_legend(drawing: Drawing, x: float, top: float, width: float, font_size: float,
                   entries: Sequence[tuple[str, object]]) -> None:
    """Entries (label, symbol drawn around 0, 0) from `top` down: the symbol, then its label
    (wrapped to `width`), one line apart."""
    y = top - font_size
    for label, symbol in entries:
        group = Group(symbol)
        group.translate(x + 6, y + font_size * 0.35)
        drawing.add(group)
        for line in simpleSplit(label, FONT, font_size, width - 16) or [label]:
            drawing.add(String(x + 16, y, line, fontName=FONT, fontSize=font_size))
            y -= font_size + 1.5
        y -= 3
