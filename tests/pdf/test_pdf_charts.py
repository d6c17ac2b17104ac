"""The PDF charts (wijkwijs.pdf_charts): what they draw, read from the reportlab drawing."""

from __future__ import annotations

import io
import math

import pandas as pd
from reportlab.graphics.charts.legends import Legend, LineLegend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Polygon, String
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate
from shapely.geometry import Polygon as ShapelyPolygon
from shapely.geometry import box

from wijkwijs.pdf_charts import line_chart, point_map, tick_text

NAN = float("nan")


def trend(rows: dict[str, list[float]], start: str = "2024-01-01") -> pd.DataFrame:
    months = pd.date_range(start, periods=len(next(iter(rows.values()))), freq="MS")
    return pd.DataFrame([
        {"period": month, "series": name, "rate": rate}
        for name, rates in rows.items() for month, rate in zip(months, rates, strict=True)
    ])


def part(drawing, kind):
    return [c for c in drawing.contents if isinstance(c, kind)]


def test_a_missing_month_is_a_gap_and_a_lone_value_its_own_point():
    frame = trend({"Wmo": [1.0, 2.0, NAN, 4.0, 5.0], "Jeugd": [NAN, 7.5, NAN, NAN, 9.0]})
    plot = part(line_chart(frame, width=400, height=120), LinePlot)[0]
    jan = 2024 * 12
    assert plot.data == [
        [(jan, 1.0), (jan + 1, 2.0)], [(jan + 3, 4.0), (jan + 4, 5.0)],  # Wmo: two runs
        [(jan + 1, 7.5)], [(jan + 4, 9.0)],  # Jeugd: two lone values, never joined
    ]
    wmo, jeugd = colors.HexColor("#0072B2"), colors.HexColor("#E69F00")
    assert [plot.lines[i].strokeColor for i in range(4)] == [wmo, wmo, jeugd, jeugd]


def test_a_month_absent_from_the_frame_also_breaks_the_line():
    frame = trend({"Wmo": [1.0, 2.0]}).iloc[[0]]
    later = pd.DataFrame([{"period": pd.Timestamp("2024-04-01"), "series": "Wmo", "rate": 3.0}])
    plot = part(line_chart(pd.concat([frame, later]), width=400, height=120), LinePlot)[0]
    assert plot.data == [[(2024 * 12, 1.0)], [(2024 * 12 + 3, 3.0)]]


def test_axes_start_at_zero_and_label_months_and_numbers_as_asked():
    frame = trend({"Wmo": [12.5, 40.0, 30.0]}, start="2023-11-01")
    drawing = line_chart(frame, width=400, height=120, title="Per 1.000 inwoners",
                         x_text=lambda m: f"{m:%m/%Y}")
    plot = part(drawing, LinePlot)[0]
    assert plot.yValueAxis.valueMin == 0
    assert [plot.xValueAxis.labelTextFormat(v) for v in plot.xValueAxis.valueSteps] == [
        "11/2023", "12/2023", "01/2024"]
    assert tick_text(12.5) == "12,5" and tick_text(40.0) == "40"
    assert [s.text for s in part(drawing, String)] == ["Per 1.000 inwoners"]


def test_at_most_seven_month_labels_on_a_long_series():
    frame = trend({"Wmo": [float(i) for i in range(60)]})
    steps = part(line_chart(frame, width=400, height=120), LinePlot)[0].xValueAxis.valueSteps
    assert 2 <= len(steps) <= 7
    assert steps[0] == 2024 * 12


def test_the_legend_names_every_series_in_order_and_wraps_a_long_name():
    long = "Jeugdwet: jeugdhulp zonder verblijf bij een aanbieder buiten de gemeente"
    frame = trend({"Wmo": [1.0], long: [2.0], "Participatiewet": [NAN]})
    legend = part(line_chart(frame, width=300, height=120), LineLegend)[0]
    names = [name for _, name in legend.colorNamePairs]
    assert names[0] == "Wmo" and names[2] == "Participatiewet"  # listed even without a value
    assert "\n" in names[1] and names[1].replace("\n", " ") == long


def test_a_chart_without_any_value_draws_no_axes():
    drawing = line_chart(trend({"Wmo": [NAN, NAN]}), width=300, height=100)
    assert part(drawing, LinePlot) == [] and len(part(drawing, LineLegend)) == 1


def test_the_map_keeps_one_scale_for_both_axes_and_places_dots_inside_the_area():
    area = box(0, 0, 1000, 500)  # twice as wide as high, in metres
    drawing = point_map(area, [("Groen", "#009E73", [0, 1000], [0, 500])], width=400,
                        height=400, legend_share=0.25)
    outline = part(drawing, Polygon)[0]
    xs, ys = outline.points[0::2], outline.points[1::2]
    assert math.isclose((max(xs) - min(xs)) / (max(ys) - min(ys)), 2.0)
    assert max(xs) <= 300  # the map part; the legend has the rest
    dots = part(drawing, Circle)
    assert [(d.cx, d.cy) for d in dots] == [(min(xs), min(ys)), (max(xs), max(ys))]
    assert part(drawing, Legend)[0].colorNamePairs[0][1] == "Groen"


def test_a_hole_in_the_area_is_drawn_white():
    ring = ShapelyPolygon([(0, 0), (10, 0), (10, 10), (0, 10)],
                          holes=[[(4, 4), (6, 4), (6, 6), (4, 6)]])
    shapes = part(point_map(ring, [], width=200, height=200), Polygon)
    assert [s.fillColor == colors.white for s in shapes] == [False, True]


def test_a_drawing_lays_out_in_a_pdf_as_text_and_paths():
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pageCompression=0, invariant=1)
    doc.build([line_chart(trend({"Wmo": [1.0, 2.0]}), width=400, height=120,
                          title="Ontwikkeling")])
    pdf = buffer.getvalue()
    assert b"(Ontwikkeling) Tj" in pdf and b"(Wmo) Tj" in pdf
    assert b"/Subtype /Image" not in pdf
