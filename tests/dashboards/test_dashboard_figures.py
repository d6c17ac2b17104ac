"""Map colours and trend gaps, as pure functions on small frames."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from dashboards import charts, maps

LABELS = {
    "number": "—",
    "suppressed": "geheim",
    "not_published": "nog niet gepubliceerd",
    "unknown": "onbekend",
}


def test_choropleth_five_quantile_classes_and_a_grey_per_state():
    values = [10, 20, 30, 40, 50, None, None]
    states = ["number"] * 5 + ["suppressed", "not_published"]
    codes = [f"A{i}" for i in range(7)]
    rows = pd.DataFrame(
        {
            "area_code": codes,
            "area_name": [f"Gebied {i}" for i in range(7)],
            "value": values,
            "state": states,
        }
    )
    frame, legend = maps.choropleth(rows, decimals=0, unit="cliënten", labels=LABELS)
    assert list(frame.columns) == ["area_code", "value_line", "fill"]
    by_code = frame.set_index("area_code")
    assert [by_code.loc[f"A{i}", "fill"] for i in range(5)] == list(maps.VIRIDIS_5)
    assert by_code.loc["A5", "fill"] == maps.STATE_GREYS["suppressed"] == "#6e6e6e"
    assert by_code.loc["A6", "fill"] == maps.STATE_GREYS["not_published"]
    assert by_code.loc["A2", "value_line"] == "30 cliënten"
    assert by_code.loc["A5", "value_line"] == "geheim"
    assert by_code.loc["A6", "value_line"] == "nog niet gepubliceerd"
    # repeating texts go to the browser once each (an Arrow dictionary)
    assert list(frame["fill"].cat.categories) == sorted({*maps.VIRIDIS_5, "#6e6e6e", "#a6a6a6"})
    assert [text for _, text in legend] == [
        "10",
        "20",
        "30",
        "40",
        "50",
        "geheim",
        "nog niet gepubliceerd",
    ]


def test_choropleth_rates_in_dutch_notation_and_class_ranges():
    rows = pd.DataFrame(
        {
            "area_code": list("abcdefghij"),
            "area_name": list("abcdefghij"),
            "value": [1.25, 2.5, 3.75, 5.0, 6.25, 7.5, 8.75, 10.0, 1234.5, float("nan")],
            "state": ["number"] * 9 + ["unknown"],
        }
    )
    frame, legend = maps.choropleth(rows, decimals=1, unit="per 1.000 inwoners", labels=LABELS)
    assert legend[0] == (maps.VIRIDIS_5[0], "1,3 – 2,5")
    assert legend[4] == (maps.VIRIDIS_5[4], "10,0 – 1.234,5")
    assert legend[-1] == (maps.STATE_GREYS["unknown"], "onbekend")
    by_code = frame.set_index("area_code")
    assert by_code.loc["i", "value_line"] == "1.234,5 per 1.000 inwoners"
    assert by_code.loc["j", "value_line"] == "onbekend"  # never 0 or blank
    assert by_code.loc["j", "fill"] == maps.STATE_GREYS["unknown"]


def test_chart_fetches_the_boundaries_once_and_looks_them_up_by_code():
    values = pd.DataFrame(
        [("BU01", "85 cliënten", maps.VIRIDIS_5[2])], columns=maps.VALUE_COLUMNS,
    )
    url = "/app/static/geo/buurt-2024-0123456789ab.geojson"
    spec = maps.chart(url, values, area_label="Buurt", value_label="Aantal cliënten",
                      period_text="maart 2024", bounds=(150000.0, 460000.0, 160000.0, 470000.0),
                      highlight="BU01").to_dict()
    # the chart's data is the values table; the boundaries are a URL the browser fetches,
    # looked up once for every layer (shapes, outline of the searched area, names)
    assert spec["datasets"][spec["data"]["name"]] == values.to_dict("records")
    lookup = next(t for t in spec["transform"] if "lookup" in t)
    assert lookup == {
        "lookup": "area_code",
        "from": {"data": {"url": url, "format": {"property": "features", "type": "json"}},
                 "key": "properties.area_code"},
        "as": "geo",
    }
    assert {"filter": "isValid(datum.geo)"} in spec["transform"]  # no boundary: not drawn
    shapes, outline, names = spec["layer"]
    # the name comes with the boundary; the month is in the value's title, sent once
    assert shapes["transform"][-1]["calculate"].startswith("datum.geo.properties.area_name + ")
    assert shapes["encoding"]["shape"] == {"field": "geo", "type": "geojson"}
    assert shapes["mark"]["type"] == "geoshape" and shapes["mark"]["stroke"] == "white"
    assert shapes["encoding"]["color"] == {"field": "fill", "type": "nominal", "scale": None}
    assert [(t["field"], t["title"]) for t in shapes["encoding"]["tooltip"]] == [
        ("geo.properties.area_name", "Buurt"), ("value_line", "Aantal cliënten, maart 2024")]
    assert spec["projection"]["type"] == "identity" and spec["projection"]["reflectY"]
    assert spec["params"][0]["name"] == maps.SELECTION
    assert spec["params"][0]["select"]["fields"] == ["area_code"]
    # the searched area gets a thick outline, drawn over the shapes
    assert outline["transform"] == [{"filter": "(datum.area_code === 'BU01')"}]
    assert outline["mark"]["strokeWidth"] == 3 and outline["mark"]["filled"] is False
    # names: where they fit at the map's scale, black or white by contrast, silent for a
    # screen reader (the shapes say the name)
    assert names["mark"]["type"] == "text" and names["mark"]["aria"] is False
    fit = names["transform"][0]["filter"]
    assert "label_r" in fit and "min(width / 10000.0, height / 10000.0)" in fit
    assert names["transform"][1] == {"calculate": maps.INK_EXPRESSION, "as": "ink"}
    assert names["encoding"]["longitude"]["field"] == "geo.properties.label_x"
    # no basemap or tiles: nothing but the boundary file is fetched
    text = json.dumps(spec).lower()
    assert "tile" not in text and "mapbox" not in text and "carto" not in text
    assert text.count('"url"') == 1


def test_no_names_without_a_fitted_scale():
    values = pd.DataFrame([("BU01", "85 cliënten", maps.VIRIDIS_5[2])],
                          columns=maps.VALUE_COLUMNS)
    spec = maps.chart("/x.geojson", values, area_label="Buurt", value_label="Aantal",
                      period_text="maart 2024").to_dict()
    assert len(spec["layer"]) == 1


@pytest.mark.parametrize(
    ("values", "decimals"),
    [
        ([16.96, 17.04, 17.0, 23.95, 24.04, 30.0, 5.0, 0.0, 12.3, 40.1], 1),  # the case
        ([0, 5, 5, 10, 10, 15, 20, 25, 30, 35, 40, 45, 50], 0),
        ([i * 0.37 for i in range(50)], 1),
        ([1234.44, 1234.45, 1234.46, 999.95, 1000.0], 1),
    ],
)
def test_legend_classes_never_share_a_number(values, decimals):
    rows = pd.DataFrame({"area_code": [f"A{i}" for i in range(len(values))],
                         "area_name": "x", "value": values, "state": "number"})
    _, legend = maps.choropleth(rows, decimals=decimals, unit="", labels=LABELS)

    def number(text: str) -> float:
        return float(text.replace(".", "").replace(",", "."))

    ranges = [[number(t) for t in text.split(" – ")] for _, text in legend]
    for (_, high), (low, _) in zip([(r[0], r[-1]) for r in ranges],
                                   [(r[0], r[-1]) for r in ranges[1:]], strict=False):
        assert high < low, legend
    # every value shown lies in exactly one class
    shown = maps.shown_values(pd.Series(values, dtype=float).to_numpy(), decimals)
    for v in shown:
        assert sum(r[0] <= v <= r[-1] for r in ranges) == 1, (v, legend)


def test_a_change_is_coloured_around_zero_and_the_index_around_100():
    changes = [-6.0, -3.0, -0.4, 0.0, 0.3, 2.0, 7.5, None]
    rows = pd.DataFrame({"area_code": [f"A{i}" for i in range(8)], "area_name": "x",
                         "value": changes, "state": ["number"] * 7 + ["suppressed"]})
    frame, legend = maps.choropleth(rows, decimals=1, unit="", labels=LABELS, centre=0.0,
                                    magnitudes=(1.0, 5.0))
    fills = dict(zip(frame["area_code"], frame["fill"], strict=True))
    low2, low1, same, high1, high2 = maps.DIVERGING_5
    assert [fills[f"A{i}"] for i in range(7)] == [low2, low1, same, same, same, high1, high2]
    assert fills["A7"] == maps.STATE_GREYS["suppressed"]  # a hidden change is no change
    assert [text for _, text in legend] == ["-6,0", "-3,0", "-0,4 – +0,3", "+2,0", "+7,5",
                                            "geheim"]
    # no colour of the scale is a grey of a state: a fall never reads as a missing figure
    assert not set(maps.DIVERGING_5) & set(maps.STATE_GREYS.values())
    # the index: 90–110 about average, 120 is high (as the Integrale blik), both directions
    index = pd.DataFrame({"area_code": list("abcdef"), "area_name": "x",
                          "value": [75, 85, 100, 110, 115, 120], "state": "number"})
    frame, _ = maps.choropleth(index, decimals=0, unit="", labels=LABELS, centre=100.0,
                               magnitudes=maps.INDEX_MAGNITUDES)
    assert list(frame["fill"]) == [low2, low1, same, same, high1, high2]


def test_palette_and_greys_are_told_apart_and_names_read_on_every_fill():
    """The contrast checks of docs/accessibility.md: a name on the map has at least 4.5:1 on
    its fill, and the greys of the states differ from each other and from every class."""
    for fill in (*maps.VIRIDIS_5, *maps.DIVERGING_5, *maps.STATE_GREYS.values()):
        assert maps.contrast_ratio(fill, maps.ink_for(fill)) >= 4.5, fill
    greys = sorted(maps.STATE_GREYS.values(), key=maps.relative_luminance)
    for darker, lighter in zip(greys, greys[1:], strict=False):
        assert maps.contrast_ratio(darker, lighter) >= 1.2, (darker, lighter)
    for grey in greys:
        for colour in (*maps.VIRIDIS_5, *maps.DIVERGING_5):
            assert grey != colour
    assert maps.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)


def _national_map():
    import pandas as pd
    import streamlit as st

    from dashboards import maps

    values = pd.DataFrame(
        [(f"BU{i:08d}", "5 cliënten", maps.VIRIDIS_5[0]) for i in range(14_500)],
        columns=maps.VALUE_COLUMNS,
    )
    st.altair_chart(
        maps.chart("/app/static/geo/buurt-2024-x.geojson", values, area_label="Buurt",
                   value_label="Aantal cliënten", period_text="maart 2024"),
        on_select="rerun", selection_mode=maps.SELECTION, key="kaart",
    )


def test_chart_takes_every_buurt_of_the_country():
    """14,500 buurten: Streamlit sends the values as Arrow (Altair's own row limit of 5,000
    applies only to data it inlines itself)."""
    at = AppTest.from_function(_national_map, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    chart = at.get("vega_lite_chart")[0].proto
    (dataset,) = chart.datasets
    assert pa.ipc.open_stream(dataset.data.data).read_all().num_rows == 14_500


def test_trend_leaves_non_number_months_as_gaps():
    monthly = pd.DataFrame(
        {
            "period": pd.to_datetime(
                ["2024-01-01", "2024-02-01", "2024-03-01", "2024-01-01", "2024-03-01"]
            ),
            "category": ["hh", "hh", "hh", "vervoer", "vervoer"],
            "rate_per_1000": [0.8, None, 13.1, 2.0, None],
            "rate_state": ["number", "unknown", "number", "number", "suppressed"],
        }
    )
    frame = charts.trend_frame(monthly, {"hh": "Hulp bij het huishouden"}, LABELS)
    hh = frame[frame["category_label"] == "Hulp bij het huishouden"]
    assert list(hh["period"].dt.date) == [date(2024, 1, 1), date(2024, 3, 1)]
    assert list(hh["value_text"]) == ["0,8", "13,1"]
    assert hh["segment"].nunique() == 2  # the gap splits the line
    vervoer = frame[frame["category_label"] == "vervoer"]
    assert list(vervoer["rate"]) == [2.0]  # suppressed March is absent, not 0
    assert 0 not in list(frame["rate"])


def _pixel(projection: dict, x: float, y: float, width: int, height: int):
    """Where Vega puts the point (x, y) of the boundary file with `fitted_projection`: d3's
    identity projection with reflectY, its scale and translate as expressions of the chart's
    `width` and `height` (evaluated here for one size)."""
    def evaluate(expr: str):
        return eval(expr, {"min": min, "__builtins__": {}}, {"width": width, "height": height})

    scale = evaluate(projection["scale"]["expr"])
    shift_x, shift_y = evaluate(projection["translate"]["expr"])
    assert projection["type"] == "identity" and projection["reflectY"] is True
    return shift_x + scale * x, shift_y - scale * y


def test_the_map_is_fitted_to_the_areas_shown_without_vega_fitting_it():
    # boxes in RD New metres (the boundary file's coordinates)
    bounds = pd.DataFrame({"area_code": ["A", "B", "C"], "minx": [150_000, 160_000, 10_000],
                           "miny": [450_000, 455_000, 300_000], "maxx": [160_000, 170_000, 20_000],
                           "maxy": [460_000, 470_000, 310_000]})
    box = maps.total_bounds(bounds, ["A", "B"])  # C is not shown
    assert box == (150_000, 450_000, 170_000, 470_000)
    assert maps.total_bounds(bounds, []) is None
    projection = maps.fitted_projection(box)
    for width, height in ((800, 520), (300, 520)):  # a wide and a narrow page
        corners = [_pixel(projection, x, y, width, height)
                   for x in (150_000, 170_000) for y in (450_000, 470_000)]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        assert min(xs) >= 0 and max(xs) <= width and min(ys) >= 0 and max(ys) <= height
        # the box fills the tighter side less the 2 % margins, and is centred
        assert max((max(xs) - min(xs)) / width, (max(ys) - min(ys)) / height) == \
            pytest.approx(0.96)
        assert (min(xs) + max(xs)) / 2 == pytest.approx(width / 2)
        assert (min(ys) + max(ys)) / 2 == pytest.approx(height / 2)
        # north is up
        assert _pixel(projection, 160_000, 470_000, width, height)[1] < \
            _pixel(projection, 160_000, 450_000, width, height)[1]
    assert maps.fitted_projection(None) == {"type": "identity", "reflectY": True}


def test_the_boundary_file_is_planar_rd_in_whole_metres():
    import shapely

    from wijkwijs.publish.geometry import map_rows

    # publish keeps the RD New boundaries in RD New, rounded to the metre, and writes whole
    # metres as integers
    rd = shapely.Polygon([(155000.4, 463000.2), (155399.6, 462999.7), (155400.3, 463300.1)])
    keys = pd.DataFrame({"boundary_year": [2024], "area_level": ["buurt"],
                         "area_code": ["BU99990101"]})
    (row,) = map_rows(keys, [rd]).to_dict("records")
    shape = json.loads(row["geojson"])
    assert {tuple(p) for p in shape["coordinates"][0]} == {
        (155000, 463000), (155400, 463000), (155400, 463300)}
    assert all(isinstance(v, int) for point in shape["coordinates"][0] for v in point)
    assert [row[k] for k in ("minx", "miny", "maxx", "maxy")] == [155000, 463000, 155400, 463300]
