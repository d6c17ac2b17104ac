"""The AOW age (state pension age) of each year, from the sourced dbt seed `aow_age.csv`.

One list for the models (the population group "18 jaar tot de AOW-leeftijd") and the demo
generator, so the two cannot disagree. The seed cites the law and a public overview per row.
"""

from __future__ import annotations

import csv
from functools import cache

from wijkwijs.config import DBT_PROJECT_DIR

SEED = DBT_PROJECT_DIR / "seeds" / "aow_age.csv"


@cache
def aow_ages() -> dict[int, tuple[int, int]]:
    """Year → (years, months) of the AOW age in force that year."""
    with SEED.open(encoding="utf-8") as handle:
        return {
            int(row["year"]): (int(row["aow_age_years"]), int(row["aow_age_months"]))
            for row in csv.DictReader(handle)
        }


def aow_age(year: int) -> tuple[int, int]:
    """(years, months) of the AOW age in `year`; KeyError for a year the seed does not hold."""
    return aow_ages()[year]
