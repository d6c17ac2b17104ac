"""The planner's map and brief (issue 15.7): ideas that share a place are counted there, an
idea known only by its buurt is counted in the buurt and never drawn as a point, buurt
boundaries and names from the project's own geometry, no background map, a legend, every theme
in the quarterly chart, and the plan area's own name, period and counts in the brief."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import pandas as pd
import pytest
from reportlab.graphics.shapes import Circle, Group, Path, Rect, String
from reportlab.lib import colors
from shapely.geometry import box

from dashboards import youth_view
from tests.youth.youth_serving_fixture import BUURTEN, records_frame
from wijkwijs.youth import brief as youth_brief
from wijkwijs.youth import places, plan_area, summary

RECORDS = records_frame()
WIJK = box(155_000, 463_000, 156_000, 463_500)


def _record(x, y, theme, label, precision="raster_100m", buurt="BU99990101",
            quarter="2025-01-01"):
    return {"x_rd": x, "y_rd": y, "theme": theme, "theme_label": label,
            "location_precision": precision, "buurt_code": buurt,
            "buurt_name": BUURTEN[buurt][0], "quarter_start": pd.Timestamp(quarter).date()}


STACKED = pd.DataFrame([
    _record(155_150, 463_150, "groen", "Groen"),
    _record(155_150, 463_150, "groen", "Groen"),
    _record(155_150, 463_150, "verkeer", "Verkeer"),
    _record(155_250, 463_350, "groen", "Groen"),
    _record(155_250, 463_250, "wonen", "Wonen", precision="buurt", quarter="2024-10-01"),
    _record(155_750, 463_250, "wonen", "Wonen", precision="buurt", buurt="BU99990102"),
    _record(155_750, 463_250, "groen", "Groen", precision="buurt", buurt="BU99990102",
            quarter="2025-07-01"),
])


def test_ideas_on_one_place_are_one_mark_with_their_count():
    shared = places.shared_places(STACKED)
    assert shared[["x_rd", "y_rd", "ideas", "theme", "themes_text"]].values.tolist() == [
        [155_150.0, 463_150.0, 3, places.MIXED_THEME, "Groen 2, Verkeer 1"],
        [155_250.0, 463_350.0, 1, "groen", "Groen 1"],
    ]
    # buurt-level ideas are no place: counted per buurt, whatever their stored point
    by_buurt = places.buurt_counts(STACKED)
    assert by_buurt[["buurt_code", "ideas", "themes_text"]].values.tolist() == [
        ["BU99990101", 1, "Wonen 1"], ["BU99990102", 2, "Groen 1, Wonen 1"]]
    assert places.period_text(STACKED) == "2024 K4 tot en met 2025 K3"
    assert places.counts_text(STACKED) == (
        "7 ideeën: 4 met een plek (op 2 plekken) en 3 met alleen een buurt (2 buurten).")
    assert places.period_text(STACKED.iloc[:1]) == "2025 K1"


def _buurten() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"area_code": list(BUURTEN), "area_name": [n for n, _, _ in BUURTEN.values()]},
        geometry=[s for _, s, _ in BUURTEN.values()], crs="EPSG:28992")


def test_the_map_draws_boundaries_counts_and_no_false_points():
    spec = youth_view.youth_map(_buurten(), WIJK, STACKED).to_dict()
    buurt_layer, plan_layer, names, squares, square_counts, circles, counts = spec["layer"]
    features = buurt_layer["data"]["values"]
    assert [f["properties"]["area_name"] for f in features] == ["Marktkwartier", "Kerkbuurt"]
    assert {f["properties"]["area_code"]: f["properties"]["only_buurt"] for f in features} == {
        "BU99990101": 1, "BU99990102": 2}
    assert plan_layer["mark"]["filled"] is False
    datasets = spec["datasets"]
    # one circle per place (the 3 stacked ideas are one circle with '3'), none for a buurt idea
    circle_rows = datasets[circles["data"]["name"]]
    assert sorted(r["ideas"] for r in circle_rows) == [1, 3]
    assert all(r["y_rd"] != 463_250 for r in circle_rows)
    assert [r["ideas"] for r in datasets[counts["data"]["name"]]] == [3]
    assert sorted(r["only_buurt"] for r in datasets[squares["data"]["name"]]) == [1, 2]
    # a legend of the themes present, in the brief's colours, several themes last
    colour = circles["encoding"]["color"]
    assert colour["scale"]["domain"] == ["Groen", places.MIXED_LABEL]
    assert colour["scale"]["range"] == [youth_brief.THEME_COLOURS["groen"],
                                        youth_view.MIXED_COLOUR]
    assert colour["legend"]["orient"] == "bottom"
    # drawn from our own geometry: no tiles, no URL to fetch
    text = json.dumps(spec).lower()
    assert '"url"' not in text and "tile" not in text and "mapbox" not in text
    assert spec["projection"]["type"] == "identity"
    assert youth_view.map_description(STACKED, "Marktkwartier").startswith(
        "Kaart van Marktkwartier met de buurten eromheen. 7 ideeën: 4 met een plek")


def test_the_quarterly_chart_has_every_theme_and_quarter():
    trend = summary.quarter_trend(STACKED)
    spec = youth_view.trend_chart(trend, youth_view.label_colours(STACKED)).to_dict()
    colour = spec["encoding"]["color"]["scale"]
    assert sorted(colour["domain"]) == ["Groen", "Verkeer", "Wonen"]
    assert colour["range"][colour["domain"].index("Wonen")] == youth_brief.THEME_COLOURS["wonen"]
    assert spec["encoding"]["x"]["sort"] == ["2024 K4", "2025 K1", "2025 K2", "2025 K3"]
    assert spec["encoding"]["y"]["scale"]["zero"] is True


def _geojson(properties: dict) -> bytes:
    square = {"type": "Polygon", "coordinates": [[[155_000, 463_000], [155_400, 463_000],
                                                  [155_400, 463_400], [155_000, 463_000]]]}
    return json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": properties, "geometry": square}]}).encode()


@pytest.mark.parametrize(("properties", "expected"), [
    ({"naam": "Stationsgebied Noord"}, "Stationsgebied Noord"),
    ({"Name": "Havenfront"}, "Havenfront"),
    ({"naam": "  ", "name": "Havenfront"}, "Havenfront"),
    ({"id": 3}, None),
])
def test_the_plan_area_keeps_its_own_name(properties, expected):
    data = _geojson(properties)
    assert plan_area.read_plan_area(data, "plan.geojson").area > 0
    assert plan_area.plan_area_name(data, "plan.geojson") == expected


def test_the_brief_has_the_name_the_period_the_counts_and_the_map():
    shown = RECORDS
    brief = youth_brief.Brief(
        area_name="Stationsgebied Noord", area_rd=WIJK, records=shown,
        bands=summary.band_table(shown), threshold=10, buurten=_buurten())
    intro = youth_brief.brief_texts(brief)["Jongereninbreng"]
    assert intro[0] == "Plangebied: Stationsgebied Noord."
    period = next(t for t in intro if t.startswith("Periode: "))
    assert re.fullmatch(r"Periode: \d{4} K\d tot en met \d{4} K\d\. \d+ ideeën: \d+ met een "
                        r"plek \(op \d+ plekken\) en 1 met alleen een buurt \(1 buurt\)\.",
                        period), period
    pdf = youth_brief.brief_pdf(brief, compress=False)
    assert b"Stationsgebied Noord" in pdf
    assert b"/Subtype /Image" not in pdf  # the map is paths and text, no bitmap
    assert b"(Marktkwartier) Tj" in pdf and b"(Plangebied) Tj" in pdf


def _flat(drawing, kind) -> list:
    found = []
    for item in drawing.contents:
        if isinstance(item, kind):
            found.append(item)
        elif isinstance(item, Group):
            found += _flat(item, kind)
    return found


def test_the_paper_map_counts_places_and_buurt_only_ideas_like_the_page():
    drawing = youth_brief.map_drawing(WIJK, STACKED, _buurten())
    grey = colors.HexColor("#ececec")
    assert [p.fillColor for p in drawing.contents if isinstance(p, Path)][:2] == [grey, grey]
    strings = [(s.text, s.fillColor) for s in _flat(drawing, String)]
    texts = [t for t, _ in strings]
    assert texts[:2] == ["Marktkwartier", "1"] and texts[2:4] == ["Kerkbuurt", "2"]
    # one circle per place: the three ideas on one place are one dark grey circle with a white
    # 3; the lone groen idea a green circle without a number; none for the buurt-only ideas
    circles = [c for c in drawing.contents if isinstance(c, Circle)]
    assert [c.fillColor for c in circles] == [colors.HexColor(youth_brief.MIXED_COLOUR),
                                              colors.HexColor(youth_brief.THEME_COLOURS["groen"])]
    assert ("3", colors.white) in strings and texts.count("3") == 1
    assert len([r for r in drawing.contents if isinstance(r, Rect)]) == 2  # a square a buurt
    legend = texts[-4:]
    assert legend == ["Groen", places.MIXED_LABEL, youth_brief.BUURT_ONLY_LABEL,
                      youth_brief.PLAN_LABEL]
    legend_circles = [g.contents[0].fillColor for g in _flat(drawing, Group)
                      if isinstance(g.contents[0], Circle)]
    assert legend_circles == [c.fillColor for c in reversed(circles)]
