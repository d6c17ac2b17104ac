"""Monthly client counts per buurt and category, as a municipality's case systems export them,
with each domain's unique-client total (category `totaal`).

A client count is a stock: each month most clients keep their provision (binomial survival) and
new ones flow in (Poisson), so the series is smooth and its long-run mean is the expected level
population x base rate x buurt multiplier x seasonality x trend.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from wijkwijs.demo.geometry import Town
from wijkwijs.demo.population import Population
from wijkwijs.demo.spec import (
    CASE_COLUMNS,
    CATEGORIES,
    GEMEENTE_CODE,
    MONTHS,
    POPULATION_GROUP,
    rng_for,
)

RETENTION = 0.92  # share of last month's clients that still has the provision
# How strongly a category follows the deprivation index, and whether it follows old age.
DEPRIVATION_ELASTICITY = {
    "huishoudelijke_hulp": 0.5, "begeleiding": 1.2, "hulpmiddelen_woonvoorzieningen": 0.4,
    "vervoer": 0.5, "beschermd_wonen_opvang": 1.2, "jeugdhulp_zonder_verblijf": 0.9,
    "jeugdhulp_met_verblijf": 1.2, "jeugdbescherming": 1.4, "jeugdreclassering": 1.4,
    "algemene_bijstand": 1.3, "re_integratie": 1.1, "loonkostensubsidie_beschut_werk": 0.8,
}
FOLLOWS_AGE = {"huishoudelijke_hulp", "hulpmiddelen_woonvoorzieningen", "vervoer"}
# Per domain: seasonal amplitude, month of the seasonal peak, yearly trend.
# Per domain: the share of a buurt's provisions beyond its largest category that belongs to a
# client not yet counted (the rest are clients with two or more provisions of the domain).
NEW_CLIENT_SHARE = {"wmo": 0.55, "jeugd": 0.8, "participatiewet": 0.45}
TOTAL_CODE = "totaal"
SEASON_TREND = {"wmo": (0.03, 1, 0.03), "jeugd": (0.03, 4, 0.015),
                "participatiewet": (0.02, 2, -0.02)}


def group_residents(population: Population, domain: str) -> pd.DataFrame:
    """Residents of the domain's population group, buurtcode x jaar."""
    table = population.table
    total = table[list(POPULATION_GROUP[domain])].sum(axis=1)
    return total.groupby([table.buurtcode, table.jaar]).sum().unstack("jaar")


def buurt_multipliers(population: Population, domain: str) -> pd.DataFrame:
    """Per buurt and category: relative level, weighted to a municipal mean of 1 in 2023."""
    t23 = population.table[population.table.jaar == 2023].set_index("buurtcode")
    adults = t23[list(POPULATION_GROUP["wmo"])].sum(axis=1)
    elderly = (t23.inwoners_67_plus / adults.where(adults > 0)).fillna(0.0)
    elderly_factor = elderly / (t23.inwoners_67_plus.sum() / adults.sum())
    weights = group_residents(population, domain)[2023].astype(float)
    columns = {}
    for category, _ in CATEGORIES[domain]:
        level = population.deprivation ** DEPRIVATION_ELASTICITY[category]
        if category in FOLLOWS_AGE:
            level = level * elderly_factor
        level = level.reindex(weights.index)
        columns[category] = level / np.average(level, weights=weights + 1e-9)
    return pd.DataFrame(columns)


def simulate_domain(population: Population, domain: str, rng: np.random.Generator) -> np.ndarray:
    """Counts as an array months x buurten x categories."""
    residents = group_residents(population, domain)
    multipliers = buurt_multipliers(population, domain)
    rates = np.array([rate for _, rate in CATEGORIES[domain]])
    amplitude, peak, trend = SEASON_TREND[domain]
    counts = np.zeros((len(MONTHS), len(residents), len(rates)), dtype=np.int64)
    for t, month in enumerate(MONTHS):
        year, m = int(month[:4]), int(month[5:])
        season = 1 + amplitude * np.cos(2 * np.pi * (m - peak) / 12)
        level = (residents[year].to_numpy()[:, None] * multipliers.to_numpy() * rates
                 * season * (1 + trend) ** (t / 12))
        if t == 0:
            counts[t] = rng.poisson(level)
        else:
            survivors = rng.binomial(counts[t - 1], RETENTION)
            counts[t] = survivors + rng.poisson(level * (1 - RETENTION))
    return counts


def unique_totals(counts: np.ndarray, domain: str, rng: np.random.Generator) -> np.ndarray:
    """Unique clients per month and buurt from the category counts (months x buurten x
    categories): at least the largest category, at most their sum (every client has at least
    one provision, some have several)."""
    largest, overlap_free = counts.max(axis=2), counts.sum(axis=2) - counts.max(axis=2)
    return largest + rng.binomial(overlap_free, NEW_CLIENT_SHARE[domain])


def build_case_counts(town: Town, population: Population, seed: int) -> pd.DataFrame:
    """All case rows, ordered by domain, month, buurtcode and the contract's category order,
    the domain's unique-client total (`totaal`) after its categories."""
    frames = []
    for domain, categories in CATEGORIES.items():
        counts = simulate_domain(population, domain, rng_for(seed, f"cases-{domain}"))
        totals = unique_totals(counts, domain, rng_for(seed, f"totals-{domain}"))
        counts = np.concatenate([counts, totals[:, :, None]], axis=2)
        codes = group_residents(population, domain).index.to_numpy()
        names = [c for c, _ in categories] + [TOTAL_CODE]
        months, buurten, cats = np.meshgrid(np.arange(len(MONTHS)), np.arange(len(codes)),
                                            np.arange(len(names)), indexing="ij")
        periode = np.asarray(MONTHS)[months.ravel()]
        frames.append(pd.DataFrame({
            "periode": periode,
            "indelingsjaar": [int(p[:4]) for p in periode],
            "gemeentecode": GEMEENTE_CODE,
            "buurtcode": codes[buurten.ravel()],
            "domein": domain,
            "categorie": np.asarray(names)[cats.ravel()],
            "aantal_clienten": counts.ravel(),
        }))
    return pd.concat(frames, ignore_index=True)[list(CASE_COLUMNS)]
