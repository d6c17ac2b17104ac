"""Stapeling files: consistent with the case counts; the latest year not yet published."""

from __future__ import annotations

import math

import pandas as pd
import pytest

COMBOS = ["wmo_jeugd", "wmo_participatiewet", "jeugd_participatiewet", "wmo_jeugd_participatiewet"]
SINGLE = ["alleen_wmo", "alleen_jeugd", "alleen_participatiewet"]
CASE_FILES = {"wmo": ";", "jeugd": ",", "participatiewet": ";"}


def read(demo_dir, year: int) -> pd.DataFrame:
    return pd.read_csv(demo_dir / "inbox" / f"stapeling_{year}.csv", dtype={"buurtcode": str})


@pytest.fixture(scope="module")
def domain_totals(demo_dir) -> pd.DataFrame:
    """Per year, buurt and domain: the mean monthly total over all categories, rounded down."""
    frames = [
        pd.read_csv(path, sep=sep, encoding="utf-8-sig", dtype={"buurtcode": str})
        for domain, sep in CASE_FILES.items()
        for path in sorted((demo_dir / "inbox").glob(f"{domain}_202[345]-??.csv"))
    ]
    cases = pd.concat(frames)
    monthly = cases.groupby(["indelingsjaar", "buurtcode", "domein", "periode"]).aantal_clienten
    mean = monthly.sum().groupby(["indelingsjaar", "buurtcode", "domein"]).mean()
    return mean.apply(math.floor).unstack("domein")


def test_published_years_are_consistent_with_the_domain_counts(demo_dir, domain_totals):
    households = pd.read_csv(demo_dir / "reference" / "bevolking.csv", dtype={"buurtcode": str})
    households = households.set_index(["jaar", "buurtcode"]).huishoudens
    for year in (2023, 2024, 2025):
        table = read(demo_dir, year)
        assert list(table.columns) == [
            "jaar",
            "indelingsjaar",
            "buurtcode",
            "combinatie",
            "aantal_huishoudens",
        ]
        assert set(table.jaar) == {year} and set(table.combinatie) == {*COMBOS, *SINGLE}
        wide = table.pivot(index="buurtcode", columns="combinatie", values="aantal_huishoudens")
        assert (wide >= 0).all().all()
        totals = domain_totals.loc[year].reindex(wide.index)
        for combo in COMBOS:
            cap = totals[combo.split("_")].min(axis=1)
            assert (wide[combo] <= cap).all(), combo
        for pair in COMBOS[:3]:
            assert (wide.wmo_jeugd_participatiewet <= wide[pair]).all()
        # one-domain households: the domain's households less those in a combination with it
        for single, domain in zip(SINGLE, ["wmo", "jeugd", "participatiewet"], strict=True):
            shared = wide[[c for c in COMBOS if domain in c.split("_")]].sum(axis=1)
            assert (wide[single] + shared <= totals[domain]).all(), single
        # stapeling as the GMSD measures it: a share of the households with any provision
        gmsd = wide[COMBOS].sum(axis=1) / wide.sum(axis=1)
        assert gmsd.max() < 0.5 and gmsd.median() > 0.01
        wide = wide[COMBOS]
        share = wide.sum(axis=1) / households.loc[year].reindex(wide.index)
        assert share.max() > 0.02 and share.max() < 0.25  # a few % in deprived buurten
        assert wide.sum().min() > 0


def test_latest_year_is_not_yet_published(demo_dir):
    table = read(demo_dir, 2026)
    assert set(table.aantal_huishoudens) == {-99995}
    assert len(table) == 7 * len(read(demo_dir, 2025).buurtcode.unique())
    assert set(table.combinatie) == {*COMBOS, *SINGLE}
