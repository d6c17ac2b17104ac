"""The trend as it is drawn and printed (issue 19.2): the band the rounding leaves, the axis
from 0 with Dutch numbers and months, the table as the chart's text alternative, and the small
map of the profile PDF."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from reportlab.lib import colors

from dashboards import charts, exports

LABELS = {"suppressed": "geheim", "unknown": "onbekend", "too_few_residents":
          "te weinig inwoners", "not_published": "nog niet gepubliceerd"}


def test_the_rounding_band_is_every_count_the_published_one_can_stand_for():
    # 10 published, rounded to 5: the true count is 8 to 12; a rate of 20 is 2 per client
    assert charts.rounding_band(20.0, 10, 5) == (16.0, 24.0)
    assert charts.rounding_band(20.0, 10, 10) == (10.0, 30.0)
    assert charts.rounding_band(4.0, 5, 5) == (pytest.approx(2.4), pytest.approx(5.6))
    # a published 0 is exact, an unknown count and no rounding leave the rate itself
    assert charts.rounding_band(0.0, 0, 5) == (0.0, 0.0)
    assert charts.rounding_band(7.5, None, 5) == (7.5, 7.5)
    assert charts.rounding_band(7.5, 10, 1) == (7.5, 7.5)


def _monthly() -> pd.DataFrame:
    return pd.DataFrame({
        "category": ["hh"] * 3 + ["bg"] * 3,
        "period": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"] * 2),
        "clients": [10.0, None, 15.0, 20.0, 20.0, None],
        "clients_state": ["number", "suppressed", "number", "number", "number", "unknown"],
        "rate_per_1000": [20.0, None, 30.0, 40.0, 40.0, None],
        "rate_state": ["number", "suppressed", "number", "number", "number", "unknown"],
    })


def test_the_trend_frame_carries_the_band_and_breaks_at_a_gap():
    frame = charts.trend_frame(_monthly(), {"hh": "Hulp", "bg": "Begeleiding"}, LABELS,
                               rounding_base=5)
    hulp = frame[frame["category_label"] == "Hulp"]
    assert list(hulp["rate"]) == [20.0, 30.0]
    assert list(hulp["low"]) == [16.0, 26.0] and list(hulp["high"]) == [24.0, 34.0]
    assert hulp["segment"].nunique() == 2  # the geheim month is a gap, not a line through it
    assert list(hulp["value_text"]) == ["20,0", "30,0"]


def test_the_trend_table_is_the_charts_text_alternative():
    table = charts.trend_table(_monthly(), {"hh": "Hulp", "bg": "Begeleiding"}, LABELS)
    assert list(table.columns) == ["Maand", "Hulp", "Begeleiding"]
    assert table.to_dict("records") == [
        {"Maand": "maart 2024", "Hulp": "30,0", "Begeleiding": "onbekend"},
        {"Maand": "februari 2024", "Hulp": "geheim", "Begeleiding": "40,0"},
        {"Maand": "januari 2024", "Hulp": "20,0", "Begeleiding": "40,0"},
    ]
    frame = charts.trend_frame(_monthly(), {"hh": "Hulp", "bg": "Begeleiding"}, LABELS)
    text = charts.trend_description("Oude Markt", "Wmo", frame)
    assert text.startswith("Lijngrafiek: Wmo, cliënten per 1.000 inwoners van de doelgroep "
                           "per maand in Oude Markt, januari 2024 tot en met maart 2024")
    assert "(Hulp, Begeleiding)" in text


SQUARES = {
    "BU01": {"type": "Polygon", "coordinates": [[[0, 0], [100, 0], [100, 100], [0, 100],
                                                  [0, 0]]]},
    "BU02": {"type": "Polygon", "coordinates": [[[100, 0], [200, 0], [200, 100], [100, 100],
                                                  [100, 0]]]},
}


def test_the_small_map_shows_the_area_among_the_others():
    drawing = exports.area_map_drawing(SQUARES, "BU02", side=100)
    other, own = drawing.contents  # one path per area, the area itself on top
    assert other.fillColor == colors.HexColor("#e4e4e4") and other.strokeColor == colors.white
    assert own.fillColor == colors.HexColor(charts.OKABE_ITO[0])
    assert own.strokeColor == colors.HexColor("#222222")
    # 200 m by 100 m, one scale for both axes, centred: BU02 is the right half
    xs, ys = own.points[0::2], own.points[1::2]
    assert (min(xs), max(xs)) == (50, 99) and max(ys) - min(ys) == 49
    assert (drawing.width, drawing.height) == (100, 100)


def test_the_profile_pdf_carries_the_small_map_as_paths():
    table = pd.DataFrame({"Categorie": ["Hulp"], "Per 1.000": ["13,1"]})
    doc = exports.ProfileDocument("Buurtprofiel Oude Markt", "Buurt", "maart 2024", "",
                                  tables=[("Wmo", table)])
    without = exports.profile_pdf(doc, compress=False)
    doc.map_drawing = exports.area_map_drawing(SQUARES, "BU01")
    with_map = exports.profile_pdf(doc, compress=False)
    blue = b"0 .447059 .698039 rg"  # OKABE_ITO[0], the area's fill
    assert blue not in without and with_map.count(blue) == 1
    assert with_map.count(b".894118 .894118 .894118 rg") == 1  # #e4e4e4: the other area
    assert b"/Subtype /Image" not in with_map  # vector paths, no bitmap
    assert len(re.findall(rb"/Type /Page[^s]", with_map)) == 1


def test_the_comparison_names_every_area_with_a_legend():
    rows = pd.DataFrame({"gebied": ["Oude Markt", "Gemeente Demstervoort"],
                         "categorie": ["Wmo: Hulp"] * 2, "rate": [12.0, 20.5],
                         "value_text": ["12,0", "20,5"]})
    order = ["Oude Markt", "Havenkwartier", "Gemeente Demstervoort"]
    spec = charts.compare_chart(rows, order).to_dict()
    encoding = spec["encoding"]
    # no area label hidden for lack of room, none cut off, and a legend in the areas' order
    assert encoding["y"]["axis"]["labelOverlap"] is False
    assert encoding["y"]["axis"]["labelLimit"] >= 300
    assert encoding["color"]["legend"]["orient"] == "bottom"
    assert encoding["color"]["scale"]["domain"] == order  # one colour per area, always
    assert encoding["x"]["scale"]["zero"] is True
    text = charts.compare_description(rows, order)
    assert text.startswith("Staafdiagram: cliënten per 1.000 inwoners van de doelgroep")
    assert "Oude Markt, Havenkwartier en Gemeente Demstervoort" in text


def test_the_profile_map_is_drawn_only_for_the_pdf():
    from dashboards import profile_view

    doc = exports.ProfileDocument("Buurtprofiel", "", "maart 2024", "", tables=[])
    drawn = profile_view.with_map(doc, SQUARES, "BU02")
    assert doc.map_drawing is None
    assert [p.fillColor for p in drawn.map_drawing.contents][-1] == colors.HexColor(
        charts.OKABE_ITO[0])
    assert drawn.map_drawing.width == exports.MAP_SIDE
    assert profile_view.with_map(doc, None, "BU02") is doc  # no boundary: no map
