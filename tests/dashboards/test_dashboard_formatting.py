"""The one formatting function: Dutch notation for numbers, a Dutch label for every state."""

from __future__ import annotations

import math
from datetime import date

import pytest

from dashboards.formatting import format_month, format_value, join_nl, month_key


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (0, 0, "0"),
        (85, 0, "85"),
        (1234, 0, "1.234"),
        (1234567, 0, "1.234.567"),
        (12.345, 1, "12,3"),
        (45.1, 1, "45,1"),
        (4.0, 1, "4,0"),
        (1234.56, 1, "1.234,6"),
        (0.04, 1, "0,0"),
        (2.25, 1, "2,3"),  # half up, not to even
        (0.05, 1, "0,1"),
        (12.5, 0, "13"),
    ],
)
def test_numbers_in_dutch_notation(value, decimals, expected):
    assert format_value(value, "number", decimals=decimals) == expected


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("suppressed", "geheim"),
        ("not_published", "nog niet gepubliceerd"),
        ("unknown", "onbekend"),
    ],
)
def test_each_state_gets_its_label_even_with_a_value(state, expected):
    assert format_value(None, state) == expected
    # a value next to a non-number state is never shown (it would undo the suppression)
    assert format_value(3, state) == expected
    assert format_value(float("nan"), state, decimals=1) == expected


def test_labels_from_the_value_states_table_win():
    labels = {"number": "—", "suppressed": "geheim (klein aantal)", "unknown": "niet bekend"}
    assert format_value(None, "suppressed", labels=labels) == "geheim (klein aantal)"
    assert format_value(None, "unknown", labels=labels) == "niet bekend"
    # states missing from the table fall back to the data contract, numbers ignore the labels
    assert format_value(None, "not_published", labels=labels) == "nog niet gepubliceerd"
    assert format_value(7, "number", labels=labels) == "7"


@pytest.mark.parametrize("state", ["number", None, "something_else"])
def test_a_missing_number_is_unknown_never_zero_or_blank(state):
    assert format_value(None, state) == "onbekend"
    assert format_value(math.nan, state, decimals=1) == "onbekend"


def test_months_and_lists_in_dutch():
    assert format_month(date(2024, 3, 1)) == "maart 2024"
    assert format_month(date(2023, 12, 1)) == "december 2023"
    assert month_key(date(2024, 3, 1)) == "2024-03"
    assert join_nl(["Wmo", "Jeugdwet"]) == "Wmo en Jeugdwet"
    assert join_nl(["Wmo", "Jeugdwet", "Participatiewet"]) == "Wmo, Jeugdwet en Participatiewet"


def test_change_has_a_sign_but_zero_has_none():
    from dashboards.formatting import format_change

    assert format_change(1.54) == "+1,5"
    assert format_change(-0.3) == "-0,3"
    assert format_change(-0.04) == "0,0"  # never `-0,0`
    assert format_change(0.04) == "0,0"
    assert format_change(1234.5, decimals=1) == "+1.234,5"
    assert format_change(None, "suppressed") == "geheim"
    assert format_change(float("nan"), "number") == "onbekend"
