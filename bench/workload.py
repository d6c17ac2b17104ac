"""Deterministic large workloads (one city, the whole country) in the pipeline's input formats.

The same files the demo generator writes (docs/data-contract.md), at scale:

- `reference/wijkenbuurten_<year>.gpkg`: one boundary year, layers buurten / wijken / gemeenten
  in EPSG:28992. Municipalities are the Voronoi cells of a jittered grid over a box the size of
  the Netherlands; buurten are Voronoi cells of random points inside their municipality (convex,
  so they tile it without slivers), densified to real-world vertex counts and snapped to 1 cm.
  Wijken are the buurten grouped around wijk seeds.
- `reference/bevolking.csv`: residents by age band and households per buurt and year.
- `inbox/<domain>_<YYYY-MM>.csv`: one file per domain and month holding *all* municipalities'
  buurten (what a national benchmark of a shared platform would receive), every category, in
  the domain's source format (separator, byte-order mark) as the demo writes them.
- `inbox/stapeling_<year>.csv`: households in two or three domains per buurt and year.

All case rows use the boundary year of the reference file (`indelingsjaar`), as municipalities
deliver history recoded to the current division. Gemeente codes start at GM3000: real CBS codes
stop below GM2000 and the demo is GM9999, so they collide with neither.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiPoint, MultiPolygon, box

from wijkwijs.demo.spec import (
    AGE_BANDS,
    CASE_FILE_FORMAT,
    CATEGORIES,
    COMBINATIONS,
    POPULATION_GROUP,
    rng_for,
)
from wijkwijs.demo.writers import write_csv, write_gpkg

CRS = "EPSG:28992"
GRID = 0.01  # metres: neighbouring buurten share exactly the same vertices
FIRST_GEMEENTE = 3000
# The Netherlands' bounding box in RD New, roughly (x 13-278 km, y 306-620 km).
NL_BOX = (13_000.0, 306_000.0, 278_000.0, 620_000.0)
RETENTION = 0.92
MARKER_SHARE = 0.002  # share of cells a source system already wrote as '.' (suppressed)


@dataclass(frozen=True)
class WorkloadSpec:
    name: str
    municipalities: int
    buurten: int  # in total, over all municipalities
    months: int = 120
    first_year: int = 2016
    boundary_year: int = 2025
    buurten_per_wijk: int = 8
    segment_m: float = 25.0  # densify edges to at most this length (real boundaries are detailed)
    seed: int = 8

    @property
    def month_keys(self) -> list[str]:
        return [f"{self.first_year + (i // 12)}-{i % 12 + 1:02d}" for i in range(self.months)]

    def next_month(self, k: int = 0) -> str:
        """The k-th month after the workload's last month (the incremental benchmark)."""
        i = self.months + k
        return f"{self.first_year + (i // 12)}-{i % 12 + 1:02d}"

    @property
    def years(self) -> list[int]:
        last = int(self.next_month(24)[:4])  # population also covers incremental months
        return list(range(self.first_year, max(last, self.boundary_year) + 1))

    def case_rows(self) -> int:
        return self.buurten * self.months * sum(len(c) for c in CATEGORIES.values())


WORKLOADS = {
    "city": WorkloadSpec("city", municipalities=1, buurten=500),
    "national": WorkloadSpec("national", municipalities=350, buurten=14_500),
}


def scaled(spec: WorkloadSpec, months: int | None = None, buurten: int | None = None,
           municipalities: int | None = None) -> WorkloadSpec:
    """A reduced (or enlarged) variant, for the tests and a budget-bound national run."""
    return replace(spec, months=months or spec.months, buurten=buurten or spec.buurten,
                   municipalities=municipalities or spec.municipalities)


# ---------------------------------------------------------------------------------------------
# geometry


def _sizes(rng: np.random.Generator, total: int, parts: int) -> np.ndarray:
    """Buurten per municipality: skewed like the real distribution, summing to `total`."""
    if parts == 1:
        return np.array([total])
    weights = rng.lognormal(0.0, 0.8, parts)
    sizes = np.maximum(4, np.floor(total * weights / weights.sum())).astype(int)
    order = np.argsort(-weights, kind="stable")
    i = 0
    while sizes.sum() != total:  # largest municipalities absorb the rounding
        j = order[i % parts]
        step = 1 if sizes.sum() < total else -1
        if sizes[j] + step >= 4:
            sizes[j] += step
        i += 1
    return sizes


def _municipality_cells(rng: np.random.Generator, n: int) -> list:
    """Convex cells tiling the country box (one square-ish city box when n == 1)."""
    xmin, ymin, xmax, ymax = NL_BOX
    if n == 1:
        cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
        return [box(cx - 9000, cy - 7000, cx + 9000, cy + 7000)]
    cols = math.ceil(math.sqrt(n * (xmax - xmin) / (ymax - ymin)))
    rows = math.ceil(n / cols)
    dx, dy = (xmax - xmin) / cols, (ymax - ymin) / rows
    cells = [(c, r) for r in range(rows) for c in range(cols)][:n]
    pts = np.array([(xmin + (c + 0.5 + rng.uniform(-0.3, 0.3)) * dx,
                     ymin + (r + 0.5 + rng.uniform(-0.3, 0.3)) * dy) for c, r in cells])
    frame = box(*NL_BOX)
    diagram = shapely.voronoi_polygons(MultiPoint(pts), extend_to=frame.buffer(50_000),
                                       ordered=True)
    return [shapely.intersection(c, frame) for c in shapely.get_parts(diagram)]


def _points_in(rng: np.random.Generator, polygon, n: int) -> np.ndarray:
    xmin, ymin, xmax, ymax = polygon.bounds
    found = np.empty((0, 2))
    while len(found) < n:
        cand = rng.uniform((xmin, ymin), (xmax, ymax), size=(4 * n, 2))
        cand = cand[shapely.contains_xy(polygon, cand[:, 0], cand[:, 1])]
        found = np.vstack([found, cand])
    return found[:n]


def _multi(geoms) -> list:
    return [g if g.geom_type == "MultiPolygon" else MultiPolygon([g]) for g in geoms]


@dataclass(frozen=True)
class Country:
    buurten: gpd.GeoDataFrame  # buurtcode, buurtnaam, wijkcode, wijknaam, gemeentecode, ...
    wijken: gpd.GeoDataFrame
    gemeenten: gpd.GeoDataFrame


def build_country(spec: WorkloadSpec) -> Country:
    rng = rng_for(spec.seed, f"bench-geometry-{spec.name}")
    sizes = _sizes(rng, spec.buurten, spec.municipalities)
    cells = _municipality_cells(rng, spec.municipalities)
    b_rows, w_rows, g_rows = [], [], []
    for m, (outline, n) in enumerate(zip(cells, sizes, strict=True)):
        outline = shapely.set_precision(outline, GRID)
        gm = f"{FIRST_GEMEENTE + m:04d}"
        g_name = f"Benchgemeente {m + 1}" if spec.municipalities > 1 else "Benchstad"
        g_rows.append({"gemeentecode": f"GM{gm}", "gemeentenaam": g_name, "geometry": outline})
        pts = _points_in(rng, outline, int(n))
        diagram = shapely.voronoi_polygons(MultiPoint(pts), extend_to=outline.buffer(5000),
                                           ordered=True)
        parts = shapely.intersection(shapely.get_parts(diagram), outline)
        parts = shapely.set_precision(shapely.segmentize(parts, spec.segment_m), GRID)
        n_wijk = max(1, min(99, math.ceil(n / spec.buurten_per_wijk)))
        seeds = pts[:n_wijk]
        wijk_of = np.argmin(((pts[:, None, :] - seeds[None, :, :]) ** 2).sum(-1), axis=1)
        water = rng.random(int(n)) < 0.01
        for w in range(n_wijk):
            members = np.flatnonzero(wijk_of == w)
            order = members[np.argsort(((pts[members] - seeds[w]) ** 2).sum(-1), kind="stable")]
            wijkcode = f"WK{gm}{w + 1:02d}"
            wijknaam = f"{g_name} wijk {w + 1}"
            for k, i in enumerate(order[:99], start=1):
                b_rows.append({
                    "buurtcode": f"BU{gm}{w + 1:02d}{k:02d}", "buurtnaam": f"{wijknaam} buurt {k}",
                    "wijkcode": wijkcode, "wijknaam": wijknaam, "gemeentecode": f"GM{gm}",
                    "gemeentenaam": g_name, "water": "JA" if water[i] else "NEE",
                    "geometry": parts[i],
                })
            w_rows.append({"wijkcode": wijkcode, "wijknaam": wijknaam, "gemeentecode": f"GM{gm}",
                           "gemeentenaam": g_name,
                           "geometry": shapely.union_all(parts[order[:99]], grid_size=GRID)})
    buurten = gpd.GeoDataFrame(b_rows, geometry="geometry", crs=CRS)
    wijken = gpd.GeoDataFrame(w_rows, geometry="geometry", crs=CRS)
    gemeenten = gpd.GeoDataFrame(g_rows, geometry="geometry", crs=CRS)
    return Country(buurten, wijken, gemeenten)


# ---------------------------------------------------------------------------------------------
# population and cases


def build_population(spec: WorkloadSpec, country: Country) -> tuple[pd.DataFrame, np.ndarray]:
    """(bevolking table, deprivation index per buurt)."""
    rng = rng_for(spec.seed, f"bench-population-{spec.name}")
    b = country.buurten
    n = len(b)
    base = np.round(rng.lognormal(np.log(1000), 0.7, n)).clip(20, 12_000)
    base[(b.water == "JA").to_numpy()] = 0
    shares = rng.dirichlet(np.array([0.20, 0.11, 0.50, 0.19]) * 120.0, size=n)
    growth = rng.normal(0.005, 0.008, n)
    size = rng.uniform(1.7, 2.7, n)
    deprivation = np.clip(rng.lognormal(0.0, 0.35, n), 0.4, 3.2)
    frames = []
    for k, year in enumerate(spec.years):
        residents = np.round(base * (1 + growth) ** k).astype(np.int64)
        year_shares = shares + np.array([0.0, 0.0, -0.002, 0.002]) * k
        bands = np.floor(residents[:, None] * year_shares).astype(np.int64)
        bands[:, 2] += residents - bands.sum(axis=1)  # exact total
        frame = pd.DataFrame(bands.clip(0), columns=list(AGE_BANDS))
        frame.insert(0, "buurtcode", b.buurtcode.to_numpy())
        frame.insert(0, "indelingsjaar", spec.boundary_year)
        frame.insert(0, "jaar", year)
        frame["huishoudens"] = np.round(residents / size).astype(np.int64)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True), deprivation


def _group_residents(population: pd.DataFrame, domain: str, year: int) -> np.ndarray:
    rows = population[population.jaar == year]
    return rows[list(POPULATION_GROUP[domain])].sum(axis=1).to_numpy()


def simulate_cases(spec: WorkloadSpec, population: pd.DataFrame, deprivation: np.ndarray,
                   domain: str, months: list[str], state: np.ndarray | None = None,
                   stream: str = "cases"):
    """Counts months x buurten x categories (a stock: survivors plus new inflow), and the last
    month's counts to continue the series from."""
    rng = rng_for(spec.seed, f"bench-{stream}-{spec.name}-{domain}")
    rates = np.array([r for _, r in CATEGORIES[domain]])
    elasticity = np.linspace(0.5, 1.4, len(rates))
    level_mult = deprivation[:, None] ** elasticity[None, :]
    out = np.zeros((len(months), len(deprivation), len(rates)), dtype=np.int64)
    for t, month in enumerate(months):
        year, m = int(month[:4]), int(month[5:])
        season = 1 + 0.03 * np.cos(2 * np.pi * (m - 1) / 12)
        level = _group_residents(population, domain, year)[:, None] * level_mult * rates * season
        if state is None:
            state = rng.poisson(level)
        else:
            state = rng.binomial(state, RETENTION) + rng.poisson(level * (1 - RETENTION))
        out[t] = state
    return out, state


def case_frame(spec: WorkloadSpec, country: Country, domain: str, month: str,
               counts: np.ndarray, rng: np.random.Generator) -> pd.DataFrame:
    """The rows of one domain-month file: every buurt x category, codes as strings."""
    cats = [c for c, _ in CATEGORIES[domain]]
    n_b = len(country.buurten)
    values = counts.ravel().astype(str).astype(object)
    values[rng.random(values.size) < MARKER_SHARE] = "."
    codes = country.buurten.buurtcode.to_numpy()
    return pd.DataFrame({
        "periode": month,
        "indelingsjaar": spec.boundary_year,
        "gemeentecode": np.repeat(country.buurten.gemeentecode.to_numpy(), len(cats)),
        "buurtcode": np.repeat(codes, len(cats)),
        "domein": domain,
        "categorie": np.tile(cats, n_b),
        "aantal_clienten": values,
    })


def write_case_files(spec: WorkloadSpec, country: Country, population: pd.DataFrame,
                     deprivation: np.ndarray, inbox: Path, months: list[str],
                     warmup: list[str] | None = None) -> tuple[list[Path], int, dict]:
    """One file per domain and month; `warmup` months are simulated but not written (so an
    incremental month continues the same series). Returns (paths, rows, mean counts per year)."""
    paths, rows, yearly = [], 0, {}
    for domain in CATEGORIES:
        sim_months = (warmup or []) + months
        counts, _ = simulate_cases(spec, population, deprivation, domain, sim_months)
        counts = counts[len(warmup or []):]
        rng = rng_for(spec.seed, f"bench-markers-{spec.name}-{domain}")
        sep, encoding = CASE_FILE_FORMAT[domain]
        for t, month in enumerate(months):
            frame = case_frame(spec, country, domain, month, counts[t], rng)
            paths.append(write_csv(frame, inbox / f"{domain}_{month}.csv", sep, encoding))
            rows += len(frame)
            yearly.setdefault(int(month[:4]), {}).setdefault(domain, []).append(
                counts[t].sum(axis=1))
    return paths, rows, yearly


def stapeling_frame(spec: WorkloadSpec, country: Country, population: pd.DataFrame,
                    year: int, per_domain: dict) -> pd.DataFrame:
    rng = rng_for(spec.seed, f"bench-stapeling-{spec.name}-{year}")
    mean = {d: np.floor(np.mean(v, axis=0)).astype(np.int64) for d, v in per_domain.items()}
    households = population[population.jaar == year].huishoudens.to_numpy()
    found = {}
    for combo, share in (("wmo_jeugd", 0.10), ("wmo_participatiewet", 0.18),
                         ("jeugd_participatiewet", 0.22)):
        a, b = combo.split("_", 1)
        cap = np.minimum(np.minimum(mean[a], mean[b]), households)
        found[combo] = rng.binomial(cap, share)
    found["wmo_jeugd_participatiewet"] = rng.binomial(
        np.minimum.reduce([found[c] for c in list(found)]), 0.35)
    n = len(country.buurten)
    return pd.DataFrame({
        "jaar": year, "indelingsjaar": spec.boundary_year,
        "buurtcode": np.repeat(country.buurten.buurtcode.to_numpy(), len(COMBINATIONS)),
        "combinatie": np.tile(COMBINATIONS, n),
        "aantal_huishoudens": np.stack([found[c] for c in COMBINATIONS], axis=1).ravel(),
    })


def boundary_layers(spec: WorkloadSpec, country: Country,
                    population: pd.DataFrame) -> dict[str, gpd.GeoDataFrame]:
    residents = population[population.jaar == spec.boundary_year][list(AGE_BANDS)].sum(axis=1)
    b = country.buurten
    buurten = gpd.GeoDataFrame({
        "buurtcode": b.buurtcode, "buurtnaam": b.buurtnaam, "wijkcode": b.wijkcode,
        "gemeentecode": b.gemeentecode, "gemeentenaam": b.gemeentenaam,
        "indicatie_wijziging": 1, "water": b.water,
        "aantal_inwoners": residents.to_numpy(),
    }, geometry=_multi(b.geometry), crs=CRS)
    w = country.wijken
    wijken = gpd.GeoDataFrame({
        "wijkcode": w.wijkcode, "wijknaam": w.wijknaam, "gemeentecode": w.gemeentecode,
        "gemeentenaam": w.gemeentenaam, "water": "NEE",
    }, geometry=_multi(w.geometry), crs=CRS)
    g = country.gemeenten
    gemeenten = gpd.GeoDataFrame({
        "gemeentecode": g.gemeentecode, "gemeentenaam": g.gemeentenaam,
        "indicatie_wijziging": 1, "water": "NEE",
    }, geometry=_multi(g.geometry), crs=CRS)
    return {"buurten": buurten, "wijken": wijken, "gemeenten": gemeenten}


@dataclass(frozen=True)
class WorkloadSummary:
    name: str
    municipalities: int
    wijken: int
    buurten: int
    months: int
    case_rows: int
    stapeling_rows: int
    files: int

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def write_workload(spec: WorkloadSpec, data_dir: Path) -> WorkloadSummary:
    """Write reference/ and inbox/ for `spec` under data_dir (overwriting), deterministically."""
    data_dir = Path(data_dir)
    inbox, reference = data_dir / "inbox", data_dir / "reference"
    country = build_country(spec)
    population, deprivation = build_population(spec, country)
    written = [write_gpkg(boundary_layers(spec, country, population),
                          reference / f"wijkenbuurten_{spec.boundary_year}.gpkg"),
               write_csv(population, reference / "bevolking.csv")]
    paths, rows, yearly = write_case_files(spec, country, population, deprivation, inbox,
                                           spec.month_keys)
    written += paths
    stapeling_rows = 0
    for year, per_domain in sorted(yearly.items()):
        if len(next(iter(per_domain.values()))) < 12:
            continue  # stapeling only for complete years
        frame = stapeling_frame(spec, country, population, year, per_domain)
        written.append(write_csv(frame, inbox / f"stapeling_{year}.csv"))
        stapeling_rows += len(frame)
    return WorkloadSummary(spec.name, spec.municipalities, len(country.wijken),
                           len(country.buurten), spec.months, rows, stapeling_rows, len(written))


def write_increment(spec: WorkloadSpec, data_dir: Path, k: int = 0) -> list[Path]:
    """The files of the k-th month after the workload (one per domain), into data_dir/inbox."""
    country = build_country(spec)
    population, deprivation = build_population(spec, country)
    months = spec.month_keys + [spec.next_month(j) for j in range(k)]
    paths, _, _ = write_case_files(spec, country, population, deprivation,
                                   Path(data_dir) / "inbox", [spec.next_month(k)], warmup=months)
    return paths
