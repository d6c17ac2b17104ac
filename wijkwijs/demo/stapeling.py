"""Households with provisions from more than one domain ("stapeling"), per buurt and year.

Each combination is drawn from the smaller of the domain counts involved, and the
three-domain figure from the smallest two-domain figure, so the numbers are consistent:
a combination never exceeds a domain count it is part of. The households with a provision
from one domain only (`alleen_*`) are the domain's households less those in a combination
with it: together the seven make the households with any provision, the GMSD's denominator.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from wijkwijs.demo.population import Population
from wijkwijs.demo.spec import (
    COMBINATIONS,
    DOMAINS,
    NOT_PUBLISHED,
    SINGLE_DOMAIN,
    STAPELING_UNPUBLISHED_YEAR,
    STAPELING_YEARS,
    rng_for,
)

COLUMNS = ("jaar", "indelingsjaar", "buurtcode", "combinatie", "aantal_huishoudens")
# Share of the smaller domain's clients whose household also has the other provision.
OVERLAP = {"wmo_jeugd": 0.10, "wmo_participatiewet": 0.18, "jeugd_participatiewet": 0.22}
THREE_WAY = 0.35  # share of the smallest two-domain figure that has all three
PERSONS_PER_HOUSEHOLD = 1.15  # clients of one domain living in the same household


def domain_counts(cases: pd.DataFrame, year: int) -> pd.DataFrame:
    """Per buurt (rows) and domain (columns): the year's mean monthly total, rounded down.

    This is the upper bound each combination of that domain must respect.
    """
    rows = cases[cases.periode.str.startswith(f"{year}-")]
    monthly = rows.groupby(["buurtcode", "domein", "periode"]).aantal_clienten.sum()
    mean = monthly.groupby(["buurtcode", "domein"]).mean().unstack("domein")
    return np.floor(mean[list(DOMAINS)]).astype(int)


def build_stapeling(cases: pd.DataFrame, population: Population, seed: int) -> pd.DataFrame:
    rng = rng_for(seed, "stapeling")
    households = population.table.set_index(["jaar", "buurtcode"]).huishoudens
    rows = []
    for year in STAPELING_YEARS:
        counts = domain_counts(cases, year)
        for code, row in counts.iterrows():
            lean = min(np.sqrt(population.deprivation[code]), 1.6)
            found = {}
            for combo, share in OVERLAP.items():
                a, b = combo.split("_", 1)
                cap = min(row[a], row[b], households[year, code])
                found[combo] = int(rng.binomial(cap, min(share * lean, 0.6)))
            found["wmo_jeugd_participatiewet"] = int(rng.binomial(min(found.values()), THREE_WAY))
            for domain, single in zip(DOMAINS, SINGLE_DOMAIN, strict=True):
                with_domain = int(row[domain] / PERSONS_PER_HOUSEHOLD)
                shared = sum(n for combo, n in found.items() if domain in combo.split("_"))
                found[single] = max(with_domain - shared, 0)
            rows += [(year, year, code, combo, found[combo])
                     for combo in (*COMBINATIONS, *SINGLE_DOMAIN)]
    return pd.DataFrame(rows, columns=list(COLUMNS))


def unpublished_stapeling(codes: list[str]) -> pd.DataFrame:
    """CBS publishes stapeling a year late: every value of the latest year is 'not published'."""
    year = STAPELING_UNPUBLISHED_YEAR
    rows = [(year, year, code, combo, NOT_PUBLISHED)
            for code in codes for combo in (*COMBINATIONS, *SINGLE_DOMAIN)]
    return pd.DataFrame(rows, columns=list(COLUMNS))
