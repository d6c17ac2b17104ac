"""The signals figure: per quarter and domain, a signal counted in each of its domains, quarters
without signals as 0; per area with the ones not yet solved."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboards.workspace_figures import signals_per_area, signals_per_quarter
from wijkwijs.appdb.signals import STATUS_LABELS

COUNTS = pd.DataFrame([
    # signal 1 about two domains, raised in 2025 Q1; signal 2 in Q3, solved
    {"signal_id": 1, "domain": "wmo", "area_level": "buurt", "area_code": "BU99990101",
     "area_name": "Marktkwartier", "wijk_code": "WK999901", "raised_on": date(2025, 2, 3),
     "status": "open", "closed_on": None},
    {"signal_id": 1, "domain": "jeugd", "area_level": "buurt", "area_code": "BU99990101",
     "area_name": "Marktkwartier", "wijk_code": "WK999901", "raised_on": date(2025, 2, 3),
     "status": "open", "closed_on": None},
    {"signal_id": 2, "domain": "wmo", "area_level": "wijk", "area_code": "WK999902",
     "area_name": "Noorderhaven", "wijk_code": "WK999902", "raised_on": date(2025, 8, 30),
     "status": "opgelost", "closed_on": date(2025, 9, 15)},
])


def test_per_quarter_counts_each_domain_and_fills_empty_quarters_with_zero():
    frame = signals_per_quarter(COUNTS)
    table = frame.pivot(index="quarter", columns="domain", values="signals")
    assert table.to_dict("index") == {
        "2025 K1": {"jeugd": 1, "participatiewet": 0, "wmo": 1},
        "2025 K2": {"jeugd": 0, "participatiewet": 0, "wmo": 0},
        "2025 K3": {"jeugd": 0, "participatiewet": 0, "wmo": 1},
    }


def test_per_area_counts_signals_and_the_unsolved_ones():
    table = signals_per_area(COUNTS, STATUS_LABELS)
    assert table.to_dict("records") == [
        {"Gebied": "Marktkwartier", "Wmo": 1, "Jeugdwet": 1, "Participatiewet": 0,
         "Nog niet opgelost": 1},
        {"Gebied": "Noorderhaven", "Wmo": 1, "Jeugdwet": 0, "Participatiewet": 0,
         "Nog niet opgelost": 0},
    ]
    assert signals_per_quarter(COUNTS.iloc[0:0]).empty
