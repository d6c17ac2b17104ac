"""shrink._measures (numpy on factorised codes) against pandas' groupby with nunique and size,
which it replaces, on generated rows: several keys, missing keys, areas and categories."""

from __future__ import annotations

from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wijkwijs.ingest.shrink import _SHAPES, _measures

DOMAINS = ["wmo", "jeugd", None]
PERIODS = [date(2024, 1, 1), date(2024, 2, 1), date(2023, 12, 1), None]
AREAS = ["BU99990101", "BU99990102", "BU99990103", None]
CATEGORIES = ["vervoer", "totaal", None]


def _groupby(frame: pd.DataFrame, shape, by: list[str]) -> pd.DataFrame:
    aggregations = {"areas": (shape.area, "nunique"), "cells": (shape.area, "size")}
    if shape.category:
        aggregations["categories"] = (shape.category, "nunique")
    return frame.groupby(by, dropna=False).agg(**aggregations).reset_index()


@st.composite
def case_rows(draw) -> pd.DataFrame:
    rows = draw(
        st.lists(
            st.tuples(*(st.sampled_from(v) for v in (DOMAINS, PERIODS, AREAS, CATEGORIES))),
            min_size=1,
            max_size=30,
        )
    )
    return pd.DataFrame(rows, columns=["domain", "period", "buurt_code", "category"], dtype=object)


@st.composite
def stapeling_rows(draw) -> pd.DataFrame:
    rows = draw(
        st.lists(
            st.tuples(
                st.sampled_from([2023, 2024]), st.sampled_from(AREAS), st.sampled_from(CATEGORIES)
            ),
            min_size=1,
            max_size=30,
        )
    )
    frame = pd.DataFrame(rows, columns=["year", "buurt_code", "combination"])
    return frame.astype({"year": "int64"})


SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(case_rows())
def test_case_count_measures_are_groupbys(rows):
    shape = _SHAPES["case_counts"]
    keys = list(shape.key_columns)
    pd.testing.assert_frame_equal(_measures(rows, shape, keys), _groupby(rows, shape, keys))


@SETTINGS
@given(stapeling_rows())
def test_stapeling_measures_are_groupbys(rows):
    shape = _SHAPES["stapeling"]
    keys = list(shape.key_columns)
    pd.testing.assert_frame_equal(_measures(rows, shape, keys), _groupby(rows, shape, keys))


def test_one_month_of_three_areas_and_two_categories():
    rows = pd.DataFrame(
        {
            "domain": ["wmo"] * 4,
            "period": [date(2024, 3, 1)] * 4,
            "buurt_code": ["BU1", "BU1", "BU2", "BU3"],
            "category": ["vervoer", "totaal", "vervoer", "vervoer"],
        }
    )
    measures = _measures(rows, _SHAPES["case_counts"], ["domain", "period"])
    assert measures.to_dict("records") == [
        {"domain": "wmo", "period": date(2024, 3, 1), "areas": 3, "cells": 4, "categories": 2}
    ]
