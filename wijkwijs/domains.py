"""The social domains, their order and Dutch labels: read from the dbt seed `categories`.

The seed is the one place a domain or category is added; every list of domains in the loaders,
the application database, the demo and the dashboard comes from here, in the seed's order
(the order of first appearance: wmo, jeugd, participatiewet).
"""

from __future__ import annotations

import csv
from functools import cache

from wijkwijs.config import DBT_PROJECT_DIR

CATEGORIES_SEED = DBT_PROJECT_DIR / "seeds" / "categories.csv"


@cache
def category_rows() -> tuple[dict[str, str], ...]:
    """The seed's rows as strings, in file order."""
    with open(CATEGORIES_SEED, encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def domains() -> tuple[str, ...]:
    """The domain codes in the seed's order."""
    return tuple(domain_labels())


@cache
def domain_labels() -> dict[str, str]:
    """Domain code -> Dutch label ('jeugd' -> 'Jeugdwet'), in the seed's order."""
    return {row["domain"]: row["domain_label"] for row in category_rows()}


def categories(domain: str, *, with_totals: bool = False) -> tuple[str, ...]:
    """A domain's category codes in the seed's order; the unique-client total (`totaal`,
    `is_unique_total`) only when asked for: it is no category of provision."""
    return tuple(row["category"] for row in category_rows() if row["domain"] == domain
                 and (with_totals or row["is_unique_total"] != "true"))
