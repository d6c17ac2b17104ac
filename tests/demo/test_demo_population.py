"""bevolking.csv: plausible Dutch age structure, consistent with the boundary files."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

BANDS = ["inwoners_0_17", "inwoners_18_26", "inwoners_27_66", "inwoners_67_plus"]
SUB_BANDS = ["inwoners_12_17", "inwoners_15_17", "inwoners_18_22", "inwoners_27_64",
             "inwoners_18_tot_aow"]


@pytest.fixture(scope="module")
def population(demo_dir) -> pd.DataFrame:
    return pd.read_csv(demo_dir / "reference" / "bevolking.csv", dtype={"buurtcode": str})


def test_columns_years_and_one_row_per_buurt_and_year(population, demo_dir):
    assert list(population.columns) == [
        "jaar", "indelingsjaar", "buurtcode", *BANDS, *SUB_BANDS, "huishoudens"
    ]
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


def test_sub_bands_lie_within_their_bands(population):
    """The finer bands of the standard definitions never exceed the band they are part of."""
    p = population
    assert (p.inwoners_15_17 <= p.inwoners_12_17).all()
    assert (p.inwoners_12_17 <= p.inwoners_0_17).all()
    assert (p.inwoners_18_22 <= p.inwoners_18_26).all()
    assert (p.inwoners_27_64 <= p.inwoners_27_66).all()
    shares = p[p.jaar == 2025][SUB_BANDS[:4]].sum() / p[p.jaar == 2025][
        ["inwoners_0_17", "inwoners_0_17", "inwoners_18_26", "inwoners_27_66"]].sum().to_numpy()
    assert shares.between([0.28, 0.14, 0.5, 0.92], [0.39, 0.2, 0.62, 0.98]).all()


def test_residents_up_to_the_aow_age_follow_the_aow_age_of_each_year(population):
    """2023: AOW age 66 years and 10 months, so some 66-year-olds count; from 2024 it is 67:
    exactly the residents of 18 to 66 (seed aow_age)."""
    below = population.inwoners_18_26 + population.inwoners_27_66
    later = population.jaar >= 2024
    assert (population.inwoners_18_tot_aow[later] == below[later]).all()
    first = population[population.jaar == 2023]
    gap = below[population.jaar == 2023] - first.inwoners_18_tot_aow
    assert (gap >= 0).all() and gap.sum() > 0
    assert (gap <= first.inwoners_27_66 - first.inwoners_27_64).all()
