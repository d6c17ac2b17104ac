"""Charts for the PDF exports, drawn with reportlab's own graphics.

Each function returns a reportlab `Drawing`: a flowable that platypus places like a paragraph.
It prints as vector paths and real text (sharp at any zoom, labels searchable and readable by
a screen reader), needs no image library and no temporary bitmap. Used by the printable
profile (dashboards.exports) and the youth-input brief (wijkwijs.youth.brief).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

import pandas as pd
from reportlab.graphics.charts.legends import Legend, LineLegend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, Polygon, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from shapely.geometry.base import BaseGeometry

FONT = "Helvetica"
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


def _rings(geometry: BaseGeometry) -> Iterable[tuple[object, bool]]:
    """(ring, is_hole) of every polygon in `geometry`, outer ring first."""
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.geom_type != "Polygon":
            continue
        yield polygon.exterior, False
        for hole in polygon.interiors:
            yield hole, True


def point_map(
    area: BaseGeometry,
    groups: Iterable[tuple[str, str, Sequence[float], Sequence[float]]],
    *,
    width: float,
    height: float,
    legend_share: float = 0.28,
    font_size: float = 7,
) -> Drawing:
    """An outline of `area` with dots, on planar coordinates (e.g. RD New metres) at one scale
    for both axes. `groups`: (label, colour, xs, ys) per group of dots; the legend names each
    group with its colour. No basemap: nothing is fetched."""
    groups = [(label, colour, list(xs), list(ys)) for label, colour, xs, ys in groups]
    map_width = width * (1 - legend_share)
    xs = [x for ring, _ in _rings(area) for x in ring.xy[0]] + [x for g in groups for x in g[2]]
    ys = [y for ring, _ in _rings(area) for y in ring.xy[1]] + [y for g in groups for y in g[3]]
    drawing = Drawing(width, height)
    if xs:
        margin = 6
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
        scale = min((map_width - 2 * margin) / max(max(xs) - min(xs), span * 1e-3),
                    (height - 2 * margin) / max(max(ys) - min(ys), span * 1e-3))
        # centred in the map part of the drawing
        x0 = margin + (map_width - 2 * margin - (max(xs) - min(xs)) * scale) / 2 - min(xs) * scale
        y0 = margin + (height - 2 * margin - (max(ys) - min(ys)) * scale) / 2 - min(ys) * scale
        for ring, is_hole in _rings(area):
            points = [v for x, y in ring.coords for v in (x0 + x * scale, y0 + y * scale)]
            drawing.add(Polygon(points, fillColor=colors.white if is_hole else
                                colors.HexColor("#f2f2f2"),
                                strokeColor=colors.HexColor("#333333"), strokeWidth=1))
        for _, colour, gx, gy in groups:
            for x, y in zip(gx, gy, strict=True):
                drawing.add(Circle(x0 + x * scale, y0 + y * scale, 2.8,
                                   fillColor=colors.HexColor(colour),
                                   strokeColor=colors.black, strokeWidth=0.4))
    if groups:
        legend = Legend()
        legend.x, legend.y = map_width + 6, height - 4
        legend.fontName, legend.fontSize = FONT, font_size
        legend.dx = legend.dy = 6
        legend.deltay = font_size + 4
        legend.columnMaximum = 99
        legend.alignment = "right"
        legend.strokeColor, legend.strokeWidth = colors.black, 0.4
        legend.colorNamePairs = [
            (colors.HexColor(colour), _wrapped(label, width - map_width - 20, font_size))
            for label, colour, _, _ in groups
        ]
        drawing.add(legend)
    return drawing
