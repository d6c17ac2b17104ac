"""Residents by age band and households per buurt, 1 January 2023-2026, plus a deprivation index.

Each buurt gets a profile (student area, greying area, family suburb, ...) that shapes its age
structure, household size and deprivation; the municipality as a whole stays near Dutch levels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from wijkwijs.aow import aow_age
from wijkwijs.demo.geometry import Town
from wijkwijs.demo.spec import (
    AGE_BANDS,
    CENTRE_X,
    CENTRE_Y,
    POPULATION_YEARS,
    SUB_BANDS,
    rng_for,
)


@dataclass(frozen=True)
class Profile:
    shares: tuple[float, float, float, float]  # 0-17, 18-26, 27-66, 67+
    household_size: float
    deprivation: float  # relative, before normalising to a municipal mean of 1
    density: float  # relative residents per km2
    ageing: float  # yearly shift of share from 27-66 to 67+


PROFILES: dict[str, Profile] = {
    "centrum": Profile((0.12, 0.16, 0.51, 0.21), 1.8, 1.1, 1.5, 0.002),
    "studenten": Profile((0.07, 0.30, 0.50, 0.13), 1.6, 1.25, 1.3, 0.0),
    "gezinnen": Profile((0.30, 0.08, 0.51, 0.11), 2.8, 0.55, 1.2, 0.002),
    "vergrijsd": Profile((0.12, 0.06, 0.41, 0.41), 1.9, 0.85, 0.9, 0.006),
    "naoorlogs": Profile((0.22, 0.12, 0.46, 0.20), 2.1, 2.4, 1.3, 0.002),
    "gemengd": Profile((0.20, 0.10, 0.50, 0.20), 2.3, 0.9, 1.0, 0.003),
}
# Almost-empty buurten: (fixed age shares, lowest and highest resident count).
SPARSE: dict[str, tuple[tuple[float, float, float, float], int, int]] = {
    "bedrijventerrein": ((0.05, 0.15, 0.75, 0.05), 10, 30),
    "park": ((0.0, 0.3, 0.7, 0.0), 0, 5),
    "water": ((0.0, 0.0, 0.0, 0.0), 0, 0),
}


@dataclass(frozen=True)
class Population:
    table: pd.DataFrame  # jaar, indelingsjaar, buurtcode, the age bands (AGE_BANDS first),
    # huishoudens
    deprivation: pd.Series  # per buurtcode, residents-weighted mean 1


def apportion(total: int, shares: np.ndarray) -> np.ndarray:
    """Split a whole number by shares with the largest-remainder method (sums exactly)."""
    if total == 0 or shares.sum() == 0:
        return np.zeros(len(shares), dtype=int)
    raw = total * shares / shares.sum()
    whole = np.floor(raw).astype(int)
    rest = np.argsort(-(raw - whole), kind="stable")[: total - whole.sum()]
    whole[rest] += 1
    return whole


def _base_residents(town: Town, rng: np.random.Generator) -> np.ndarray:
    """Residents on 1 January 2023: area x density falling off from the centre, scaled."""
    b = town.buurten
    centroids = b.geometry.centroid
    from_centre = np.hypot(centroids.x - CENTRE_X, centroids.y - CENTRE_Y).to_numpy()
    regular = ~b.profiel.isin(list(SPARSE)).to_numpy()
    density = np.array([PROFILES[p].density if p in PROFILES else 0.0 for p in b.profiel])
    weight = (b.geometry.area.to_numpy() / 1e6) * density * np.exp(-from_centre / 2500.0)
    weight *= rng.lognormal(0.0, 0.25, len(b))
    total = rng.uniform(49_000, 55_000)
    residents = np.clip(total * weight / weight[regular].sum(), 300, 4800)
    return np.where(regular, np.round(residents), 0).astype(int)


def build_population(town: Town, seed: int) -> Population:
    rng = rng_for(seed, "population")
    b = town.buurten
    base = _base_residents(town, rng)
    rows = []
    sizes = {}
    for i, (code, profiel) in enumerate(zip(b.buurtcode, b.profiel, strict=True)):
        if profiel in SPARSE:
            shares, low, high = SPARSE[profiel]
            residents = int(rng.integers(low, high + 1))
            for year in POPULATION_YEARS:
                bands = apportion(residents, np.array(shares))
                households = int(np.ceil(residents / 1.6))
                rows.append((year, year, code, *bands.tolist(), households))
                residents = int(np.clip(residents + rng.integers(-2, 3), low, high))
            continue
        p = PROFILES[profiel]
        shares = rng.dirichlet(np.array(p.shares) * 150.0)
        growth = rng.normal(0.006, 0.008)
        size = p.household_size * rng.uniform(0.95, 1.05)
        sizes[code] = size
        for k, year in enumerate(POPULATION_YEARS):
            residents = int(round(base[i] * (1 + growth) ** k * (1 + rng.normal(0, 0.003))))
            year_shares = shares + np.array([0.0, 0.0, -1.0, 1.0]) * p.ageing * k
            bands = apportion(residents, year_shares)
            households = int(round(residents / size))
            rows.append((year, year, code, *bands.tolist(), households))
    table = pd.DataFrame(rows, columns=["jaar", "indelingsjaar", "buurtcode", *AGE_BANDS,
                                        "huishoudens"])
    table = table.sort_values(["jaar", "buurtcode"], ignore_index=True)
    return Population(with_sub_bands(table, seed), _deprivation(town, base, rng))


def with_sub_bands(table: pd.DataFrame, seed: int) -> pd.DataFrame:
    """The finer bands the standard definitions need (docs/models.md), drawn within the four
    bands as if ages were spread evenly over a band: 12-17 and 15-17 (youth care 12-22, bijstand
    per 15+), 18-22 (youth care per 0-22), 27-64 (re-integratie per 15-64) and 18 up to the AOW
    age of the year (seed aow_age: part of the 66- or 67-year-olds when the AOW age is not a
    whole number of years). Its own random stream, so the four bands stay as they were."""
    rng = rng_for(seed, "population-sub-bands")
    out = table.copy()
    young, adult, middle, old = (out[band].to_numpy() for band in AGE_BANDS)
    out["inwoners_12_17"] = rng.binomial(young, 6 / 18)
    out["inwoners_15_17"] = rng.binomial(out["inwoners_12_17"].to_numpy(), 3 / 6)
    out["inwoners_18_22"] = rng.binomial(adult, 5 / 9)
    out["inwoners_27_64"] = rng.binomial(middle, 38 / 40)
    aged_65_66 = middle - out["inwoners_27_64"].to_numpy()
    aged_66 = rng.binomial(aged_65_66, 1 / 2)
    aged_67 = rng.binomial(old, 1 / 20)
    to_aow = []
    for year, a, m, a66, a67 in zip(out["jaar"], adult, middle, aged_66, aged_67, strict=True):
        years, months = aow_age(int(year))
        below = a + m  # 18 up to and including 66
        if years == 66:  # 66-year-olds below the AOW age: `months` of their twelve months
            below -= a66 - int(round(a66 * months / 12))
        elif years == 67:
            below += int(round(a67 * months / 12))
        to_aow.append(below)
    out["inwoners_18_tot_aow"] = to_aow
    return out[["jaar", "indelingsjaar", "buurtcode", *AGE_BANDS, *SUB_BANDS, "huishoudens"]]


def _deprivation(town: Town, residents: np.ndarray, rng: np.random.Generator) -> pd.Series:
    """Profile level x a town-wide gradient x noise, scaled to a residents-weighted mean of 1."""
    b = town.buurten
    centroids = b.geometry.centroid
    angle = rng.uniform(0, 2 * np.pi)
    across = ((centroids.x - CENTRE_X) * np.cos(angle) + (centroids.y - CENTRE_Y) * np.sin(angle))
    level = np.array([PROFILES[p].deprivation if p in PROFILES else 1.0 for p in b.profiel])
    index = level * np.exp(0.25 * across.to_numpy() / 2500.0 + rng.normal(0.0, 0.2, len(b)))
    weights = np.maximum(residents, 1)
    for _ in range(3):  # clipping shifts the mean a little; rescale and clip again
        index = np.clip(index / np.average(index, weights=weights), 0.4, 3.2)
    return pd.Series(np.round(index, 4), index=b.buurtcode.to_numpy(), name="deprivation")
