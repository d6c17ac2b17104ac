"""bevolking.csv: plausible Dutch age structure, consistent with the boundary files."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

BANDS = ["inwoners_0_17", "inwoners_18_26", "inwoners_27_66", "inwoners_67_plus"]


@pytest.fixture(scope="module")
def population(demo_dir) -> pd.DataFrame:
    return pd.read_csv(demo_dir / "reference" / "bevolking.csv", dtype={"buurtcode": str})


def test_columns_years_and_one_row_per_buurt_and_year(population, demo_dir):
    assert list(population.columns) == ["jaar", "indelingsjaar", "buurtcode", *BANDS, "huishoudens"]
    buurten = gpd.read_file(demo_dir / "reference" / "wijkenbuurten_2023.gpkg", layer="buurten")
    assert sorted(population.jaar.unique()) == [2023, 2024, 2025, 2026]
    for _, rows in population.groupby("jaar"):
        assert sorted(rows.buurtcode) == sorted(buurten.buurtcode)
    assert (population.jaar == population.indelingsjaar).all()
    assert (population[BANDS + ["huishoudens"]] >= 0).all().all()


def test_boundary_files_carry_the_summed_age_bands(population, demo_dir):
    for year, rows in population.groupby("jaar"):
        buurten = gpd.read_file(
            demo_dir / "reference" / f"wijkenbuurten_{year}.gpkg", layer="buurten"
        ).set_index("buurtcode")
        expected = rows.set_index("buurtcode")[BANDS].sum(axis=1)
        assert (buurten.aantal_inwoners.reindex(expected.index) == expected).all()
        gemeente = gpd.read_file(
            demo_dir / "reference" / f"wijkenbuurten_{year}.gpkg", layer="gemeenten"
        )
        assert gemeente.aantal_inwoners.iloc[0] == expected.sum()


def test_municipal_totals_and_age_structure_near_dutch_levels(population):
    totals = population.groupby("jaar")[BANDS + ["huishoudens"]].sum()
    residents = totals[BANDS].sum(axis=1)
    assert residents.between(45_000, 60_000).all()
    shares = totals[BANDS].div(residents, axis=0)
    for band, (low, high) in zip(
        BANDS, [(0.16, 0.24), (0.08, 0.16), (0.44, 0.56), (0.16, 0.24)], strict=True
    ):
        assert shares[band].between(low, high).all(), band
    assert (residents / totals.huishoudens).between(1.95, 2.3).all()
    change = residents.pct_change().dropna()
    assert change.abs().max() < 0.03 and (change != 0).all()


def test_buurten_differ_in_age_structure(population):
    rows = population[population.jaar == 2025].set_index("buurtcode")
    rows = rows[rows[BANDS].sum(axis=1) >= 200]
    shares = rows[BANDS].div(rows[BANDS].sum(axis=1), axis=0)
    assert shares.inwoners_18_26.max() > 0.22  # a student / young area
    assert shares.inwoners_67_plus.max() > 0.30  # a greying area
    assert shares.inwoners_0_17.max() > 0.25  # a family suburb
    size = rows[BANDS].sum(axis=1) / rows.huishoudens
    assert size.min() < 1.8 and size.max() > 2.5
