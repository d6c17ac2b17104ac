"""Write the whole demo municipality: reference data and a 42-month inbox."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
from shapely.geometry import MultiPolygon

from wijkwijs.demo.cases import TOTAL_CODE, build_case_counts
from wijkwijs.demo.geometry import CRS, Town, build_town
from wijkwijs.demo.population import Population, build_population
from wijkwijs.demo.spec import (
    AGE_BANDS,
    BOUNDARY_YEARS,
    CASE_FILE_FORMAT,
    GEMEENTE_CODE,
    GEMEENTE_NAAM,
    STAPELING_UNPUBLISHED_YEAR,
)
from wijkwijs.demo.stapeling import build_stapeling, unpublished_stapeling
from wijkwijs.demo.writers import write_csv, write_gpkg
from wijkwijs.demo.youth import build_youth_input


@dataclass(frozen=True)
class DemoSummary:
    wijken: int
    buurten: int
    inwoners: int  # residents on 1 January of the last boundary year
    case_rows: int
    files_written: int
    data_dir: Path

    def line(self) -> str:
        return (f"{GEMEENTE_NAAM} ({GEMEENTE_CODE}): {self.wijken} wijken, {self.buurten} buurten,"
                f" {self.inwoners} inwoners, {self.case_rows} case rows;"
                f" {self.files_written} bestanden/files written to {self.data_dir}")


def _multi(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """PDOK stores every area as a MultiPolygon."""
    frame = frame.copy()
    frame["geometry"] = [g if g.geom_type == "MultiPolygon" else MultiPolygon([g])
                         for g in frame.geometry]
    return frame


def boundary_layers(town: Town, population: Population, year: int) -> dict[str, gpd.GeoDataFrame]:
    """The PDOK wijk- en buurtkaart layers for one boundary year."""
    table = population.table[population.table.jaar == year].set_index("buurtcode")
    residents = table[list(AGE_BANDS)].sum(axis=1)
    common = {"gemeentecode": GEMEENTE_CODE, "gemeentenaam": GEMEENTE_NAAM,
              "indicatie_wijziging": 1}
    b = town.buurten
    buurten = gpd.GeoDataFrame({
        "buurtcode": b.buurtcode, "buurtnaam": b.buurtnaam, "wijkcode": b.wijkcode, **common,
        "water": b.water, "aantal_inwoners": residents.reindex(b.buurtcode).to_numpy(),
    }, geometry=b.geometry, crs=CRS)
    per_wijk = buurten.groupby("wijkcode").aantal_inwoners.sum()
    w = town.wijken
    wijken = gpd.GeoDataFrame({
        "wijkcode": w.wijkcode, "wijknaam": w.wijknaam, **common, "water": "NEE",
        "aantal_inwoners": per_wijk.reindex(w.wijkcode).to_numpy(),
    }, geometry=w.geometry, crs=CRS)
    gemeenten = gpd.GeoDataFrame({
        "gemeentecode": [GEMEENTE_CODE], "gemeentenaam": [GEMEENTE_NAAM],
        "indicatie_wijziging": [1], "water": ["NEE"],
        "aantal_inwoners": [int(residents.sum())],
    }, geometry=[town.outline], crs=CRS)
    return {"buurten": _multi(buurten), "wijken": _multi(wijken), "gemeenten": _multi(gemeenten)}


def write_demo(data_dir: Path, seed: int = 2026) -> DemoSummary:
    """Generate Demstervoort into `data_dir/reference/` and `data_dir/inbox/`, overwriting."""
    data_dir = Path(data_dir)
    inbox, reference = data_dir / "inbox", data_dir / "reference"
    town = build_town(seed)
    population = build_population(town, seed)
    cases = build_case_counts(town, population, seed)

    written: list[Path] = []
    for year in BOUNDARY_YEARS:
        layers = boundary_layers(town, population, year)
        written.append(write_gpkg(layers, reference / f"wijkenbuurten_{year}.gpkg"))
    written.append(write_csv(population.table, reference / "bevolking.csv"))

    for (domain, periode), rows in cases.groupby(["domein", "periode"], sort=True):
        sep, encoding = CASE_FILE_FORMAT[domain]
        written.append(write_csv(rows, inbox / f"{domain}_{periode}.csv", sep, encoding))

    # households per domain follow the categories, as before the export carried totals
    stapeling = build_stapeling(cases[cases.categorie != TOTAL_CODE], population, seed)
    for year, rows in stapeling.groupby("jaar", sort=True):
        written.append(write_csv(rows, inbox / f"stapeling_{year}.csv"))
    unpublished = unpublished_stapeling(sorted(town.buurten.buurtcode))
    written.append(write_csv(unpublished, inbox / f"stapeling_{STAPELING_UNPUBLISHED_YEAR}.csv"))

    youth = build_youth_input(town, population, seed)
    written.append(write_csv(youth, inbox / "jongereninbreng_2025.csv"))

    last = population.table[population.table.jaar == max(BOUNDARY_YEARS)]
    return DemoSummary(
        wijken=len(town.wijken), buurten=len(town.buurten),
        inwoners=int(last[list(AGE_BANDS)].to_numpy().sum()), case_rows=len(cases),
        files_written=len(written), data_dir=data_dir,
    )


__all__ = ["DemoSummary", "boundary_layers", "write_demo"]
