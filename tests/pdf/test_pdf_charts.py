"""The PDF charts (wijkwijs.pdf_charts): what they draw, read from the reportlab drawing."""

from __future__ import annotations

import io
import math

import pandas as pd
from reportlab.graphics.charts.legends import LineLegend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import FILL_EVEN_ODD, Circle, Group, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate
from shapely.geometry import Polygon as ShapelyPolygon
from shapely.geometry import box

from wijkwijs.pdf_charts import MapArea, MapMark, line_chart, locator_map, marks_map, tick_text

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


def shapes_in(drawing, kind) -> list:
    """Every shape of `kind` in the drawing, groups (the legend's symbols) included."""
    found = []
    for item in drawing.contents:
        if isinstance(item, Group) and not isinstance(item, kind):
            found += shapes_in(item, kind)
        elif isinstance(item, kind):
            found.append(item)
    return found


def spans(path: Path) -> tuple[float, float]:
    xs, ys = path.points[0::2], path.points[1::2]
    return max(xs) - min(xs), max(ys) - min(ys)


HEX = colors.HexColor
SQUARES = {"A": box(0, 0, 100, 100), "B": box(100, 0, 200, 100)}


def test_the_locator_map_shows_the_area_on_top_among_the_others_at_one_scale():
    drawing = locator_map(SQUARES | {"C": box(0, 100, 200, 150)}, "A", size=100,
                          colour="#0072B2")
    paths = part(drawing, Path)
    assert [p.fillColor for p in paths] == [HEX("#e4e4e4"), HEX("#e4e4e4"), HEX("#0072B2")]
    assert paths[-1].strokeColor == HEX("#222222") and paths[0].strokeColor == colors.white
    # 200 m by 150 m in a square of 100 less 1 margin: 0.49 point a metre both ways, centred
    assert spans(paths[-1]) == (49.0, 49.0)
    ys = [y for p in paths for y in p.points[1::2]]
    assert (min(ys), max(ys)) == (50 - 0.49 * 75, 50 + 0.49 * 75)
    assert max(paths[-1].points[0::2]) == 50  # A is the left half
    assert (drawing.width, drawing.height) == (100, 100)
    assert part(locator_map({}, "A", size=50, colour="#0072B2"), Path) == []


def test_a_hole_stays_open_so_the_area_inside_it_shows():
    ring = ShapelyPolygon([(0, 0), (10, 0), (10, 10), (0, 10)],
                          holes=[[(4, 4), (6, 4), (6, 6), (4, 6)]])
    drawing = locator_map({"ring": ring, "inside": box(4, 4, 6, 6)}, "inside", size=100,
                          colour="#0072B2")
    outer, inner = part(drawing, Path)
    assert outer.fillMode == FILL_EVEN_ODD and outer.operators.count(0) == 2  # two rings
    assert inner.fillColor == HEX("#0072B2")


PLAN = box(0, 0, 1000, 500)  # twice as wide as high, in metres
AREAS = [MapArea("West", box(-500, -500, 500, 1000), count=2),
         MapArea("Oost", box(500, -500, 1500, 1000)),
         MapArea("Ver weg", box(5000, 5000, 6000, 6000), count=9)]


def test_the_marks_map_draws_areas_outline_marks_counts_and_legend():
    marks = [MapMark(250, 250, 1, "#009E73"), MapMark(750, 250, 3, "#333333", ink="#ffffff")]
    drawing = marks_map(PLAN, areas=AREAS, marks=marks, legend=[("Groen", "#009E73"),
                        ("Meerdere thema's", "#333333")], count_label="Alleen de buurt bekend",
                        outline_label="Plangebied", width=400, height=400, legend_share=0.25)
    paths = part(drawing, Path)
    areas, outline = paths[:-1], paths[-1]
    assert [p.fillColor for p in areas] == [HEX("#ececec")] * 2  # the far area is not in view
    assert outline.fillColor is None and outline.strokeDashArray
    # one scale: the outline is twice as wide as high; the view (plus 8 %) fills the map part
    width, height = spans(outline)
    assert math.isclose(width / height, 2.0) and math.isclose(width, 300 / 1.16)
    assert math.isclose(drawing.height, 300 * 0.66 / 1.16)  # no empty band above and below
    assert all(-1e-6 < x < 300 + 1e-6 for p in areas for x in p.points[0::2])  # clipped
    circles = part(drawing, Circle)
    assert [c.fillColor for c in circles] == [HEX("#333333"), HEX("#009E73")]  # largest first
    assert circles[0].r > circles[1].r
    texts = {s.text: s for s in part(drawing, String)}
    assert texts["3"].fillColor == colors.white and "1" not in texts  # one idea: no number
    assert (texts["3"].x, texts["3"].textAnchor) == (circles[0].cx, "middle")
    squares = part(drawing, Rect)
    assert len(squares) == 1 and texts["2"].x == squares[0].x + squares[0].width / 2
    assert {"West", "Oost"} <= set(texts) and "Ver weg" not in texts
    legend = [s.text for s in part(drawing, String) if s.x > 300]
    assert legend == ["Groen", "Meerdere thema's", "Alleen de buurt bekend", "Plangebied"]
    assert [type(g.contents[0]) for g in part(drawing, Group)] == [Circle, Circle, Rect, Line]


def test_an_areas_square_keeps_clear_of_a_circle_on_its_centre():
    west = AREAS[0]
    centre = west.geometry.representative_point()
    drawing = marks_map(PLAN, areas=[west], marks=[MapMark(centre.x, centre.y, 5, "#009E73")],
                        width=400, height=400)
    (square,), (circle,) = part(drawing, Rect), part(drawing, Circle)
    middle = (square.x + square.width / 2, square.y + square.height / 2)
    assert math.dist(middle, (circle.cx, circle.cy)) > circle.r + square.width / 2
    assert [s.text for s in part(drawing, String)] == ["West", "2", "5"]


def test_without_areas_or_a_count_no_square_and_no_square_in_the_legend():
    drawing = marks_map(PLAN, marks=[MapMark(10, 10, 2, "#E69F00")], legend=[("Ontmoeten",
                        "#E69F00")], count_label="Alleen de buurt bekend",
                        outline_label="Plangebied", width=400, height=300)
    assert part(drawing, Rect) == []
    assert [s.text for s in part(drawing, String)] == ["2", "Ontmoeten", "Plangebied"]


def test_a_drawing_lays_out_in_a_pdf_as_text_and_paths():
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pageCompression=0, invariant=1)
    doc.build([line_chart(trend({"Wmo": [1.0, 2.0]}), width=400, height=120,
                          title="Ontwikkeling"),
               marks_map(PLAN, areas=AREAS, marks=[MapMark(10, 10, 2, "#E69F00")],
                         legend=[("Ontmoeten", "#E69F00")], outline_label="Plangebied",
                         width=400, height=300)])
    pdf = buffer.getvalue()
    assert b"(Ontwikkeling) Tj" in pdf and b"(Wmo) Tj" in pdf
    assert b"(Ontmoeten) Tj" in pdf and b"(Plangebied) Tj" in pdf and b"(West) Tj" in pdf
    assert b"/Subtype /Image" not in pdf
