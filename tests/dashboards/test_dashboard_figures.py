"""Map colours and trend gaps, as pure functions on small frames."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboards import charts, maps

LABELS = {
    "number": "—",
    "suppressed": "geheim",
    "not_published": "nog niet gepubliceerd",
    "unknown": "onbekend",
}


def _square(i: int) -> dict:
    ring = [[i, 0], [i + 1, 0], [i + 1, 1], [i, 1], [i, 0]]
    return {"type": "Polygon", "coordinates": [ring]}


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
    shapes = {c: _square(i) for i, c in enumerate(codes)}
    fc, legend = maps.choropleth(
        shapes, rows, decimals=0, unit="cliënten", period_text="maart 2024", labels=LABELS
    )
    props = {f["properties"]["area_code"]: f["properties"] for f in fc["features"]}
    colours = [maps.hex_to_rgba(c) for c in maps.VIRIDIS_5]
    assert [props[f"A{i}"]["fill_color"] for i in range(5)] == colours
    assert props["A5"]["fill_color"] == maps.hex_to_rgba(maps.STATE_GREYS["suppressed"])
    assert props["A6"]["fill_color"] == maps.hex_to_rgba(maps.STATE_GREYS["not_published"])
    assert props["A2"]["value_line"] == "30 cliënten"
    assert props["A5"]["value_line"] == "geheim"
    assert props["A6"]["value_text"] == "nog niet gepubliceerd"
    assert props["A0"]["period"] == "maart 2024"
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
    fc, legend = maps.choropleth(
        {}, rows, decimals=1, unit="per 1.000 inwoners", period_text="maart 2024", labels=LABELS
    )
    assert fc["features"] == []  # no geometry, no feature; the legend still describes the data
    assert legend[0] == (maps.VIRIDIS_5[0], "1,3 – 2,5")
    assert legend[4] == (maps.VIRIDIS_5[4], "10,0 – 1.234,5")
    assert legend[-1] == (maps.STATE_GREYS["unknown"], "onbekend")


def test_deck_has_no_basemap():
    deck = maps.deck({"type": "FeatureCollection", "features": []}, (5.9, 52.0, 5.94, 52.02))
    spec = deck.to_json()
    assert "mapStyle" not in spec and "carto" not in spec.lower()
    assert deck.initial_view_state.longitude == 5.92


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
