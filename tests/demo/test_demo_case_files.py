"""Monthly case files as the inbox loader sees them: names, shapes, formats, plausible levels."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

CATEGORIES = {
    "wmo": {
        "huishoudelijke_hulp": 0.025,
        "begeleiding": 0.013,
        "hulpmiddelen_woonvoorzieningen": 0.04,
        "vervoer": 0.025,
        "beschermd_wonen_opvang": 0.003,
    },
    "jeugd": {
        "jeugdhulp_zonder_verblijf": 0.09,
        "jeugdhulp_met_verblijf": 0.01,
        "jeugdbescherming": 0.01,
        "jeugdreclassering": 0.003,
    },
    "participatiewet": {
        "algemene_bijstand": 0.035,
        "re_integratie": 0.015,
        "loonkostensubsidie_beschut_werk": 0.005,
    },
}
FORMAT = {"wmo": (";", True), "jeugd": (",", False), "participatiewet": (";", False)}
GROUP = {
    "wmo": ["inwoners_18_26", "inwoners_27_66", "inwoners_67_plus"],
    "jeugd": ["inwoners_0_17"],
    "participatiewet": ["inwoners_18_26", "inwoners_27_66"],
}
COLUMNS = [
    "periode",
    "indelingsjaar",
    "gemeentecode",
    "buurtcode",
    "domein",
    "categorie",
    "aantal_clienten",
]
MONTHS = [f"{y}-{m:02d}" for y in range(2023, 2027) for m in range(1, 13)][:42]


@pytest.fixture(scope="module")
def buurten(demo_dir) -> gpd.GeoDataFrame:
    return gpd.read_file(demo_dir / "reference" / "wijkenbuurten_2025.gpkg", layer="buurten")


@pytest.fixture(scope="module")
def cases(demo_dir) -> pd.DataFrame:
    frames = []
    for domain, (sep, _) in FORMAT.items():
        for month in MONTHS:
            frame = pd.read_csv(
                demo_dir / "inbox" / f"{domain}_{month}.csv",
                sep=sep,
                encoding="utf-8-sig",
                dtype={"buurtcode": str},
            )
            frames.append(frame.assign(file=f"{domain}_{month}"))
    return pd.concat(frames, ignore_index=True)


def test_one_file_per_domain_and_month(demo_dir):
    names = sorted(p.name for p in (demo_dir / "inbox").glob("*_20??-??.csv"))
    expected = sorted(f"{d}_{m}.csv" for d in CATEGORIES for m in MONTHS)
    assert names == expected and len(names) == 126


def test_separator_and_byte_order_mark_per_domain(demo_dir):
    for domain, (sep, bom) in FORMAT.items():
        raw = (demo_dir / "inbox" / f"{domain}_2024-03.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") is bom
        header = raw.decode("utf-8-sig").splitlines()[0]
        assert header == sep.join(COLUMNS)


def test_every_file_has_one_row_per_buurt_and_category(cases, buurten):
    assert list(cases.columns[:-1]) == COLUMNS
    for name, rows in cases.groupby("file"):
        domain, month = name.split("_")
        assert len(rows) == len(buurten) * (len(CATEGORIES[domain]) + 1)  # + totaal
        assert set(rows.categorie) == {*CATEGORIES[domain], "totaal"}
        assert set(rows.domein) == {domain} and set(rows.periode) == {month}
        assert set(rows.indelingsjaar) == {int(month[:4])}
        assert sorted(set(rows.buurtcode)) == sorted(buurten.buurtcode)
        assert not rows.duplicated(["buurtcode", "categorie"]).any()
    assert set(cases.gemeentecode) == {"GM9999"}


def test_unique_totals_lie_between_the_largest_category_and_the_sum(cases):
    key = ["file", "buurtcode"]
    is_total = cases.categorie == "totaal"
    parts = cases[~is_total].groupby(key).aantal_clienten.agg(["max", "sum"])
    totals = cases[is_total].set_index(key).aantal_clienten
    assert len(totals) == len(parts)  # one total per buurt in every file
    bounds = parts.join(totals)
    assert (bounds.aantal_clienten >= bounds["max"]).all()
    assert (bounds.aantal_clienten <= bounds["sum"]).all()
    # clients with two or more provisions exist: the total is below the sum in most cells
    assert (bounds.aantal_clienten < bounds["sum"]).mean() > 0.5
    # seed 2026, wmo_2024-03.csv, BU99990101: 17 + 8 + 35 + 23 + 0 = 83 provisions, 64 clients
    one = cases[(cases.file == "wmo_2024-03") & (cases.buurtcode == "BU99990101")]
    assert dict(zip(one.categorie, one.aantal_clienten, strict=True)) == {
        "huishoudelijke_hulp": 17, "begeleiding": 8, "hulpmiddelen_woonvoorzieningen": 35,
        "vervoer": 23, "beschermd_wonen_opvang": 0, "totaal": 64}


def test_counts_are_non_negative_whole_numbers(cases):
    assert pd.api.types.is_integer_dtype(cases.aantal_clienten)
    assert cases.aantal_clienten.min() == 0
    assert cases.aantal_clienten.max() > 50


def test_overall_rates_are_within_40_percent_of_the_base_rates(cases, demo_dir):
    population = pd.read_csv(demo_dir / "reference" / "bevolking.csv")
    for domain, rates in CATEGORIES.items():
        group = population[GROUP[domain]].sum(axis=1).groupby(population.jaar).sum()
        rows = cases[cases.domein == domain]
        months = rows.groupby("indelingsjaar").periode.nunique()
        exposure = (group.reindex(months.index) * months).sum()  # resident-months
        for category, base in rates.items():
            rate = rows[rows.categorie == category].aantal_clienten.sum() / exposure
            assert 0.6 * base <= rate <= 1.4 * base, (category, rate)


def test_deprivation_gives_a_gradient_between_buurten(cases, demo_dir):
    population = pd.read_csv(demo_dir / "reference" / "bevolking.csv")
    adults = population[population.jaar == 2025].set_index("buurtcode")
    adults = adults.inwoners_18_26 + adults.inwoners_27_66
    bijstand = cases[(cases.categorie == "algemene_bijstand") & (cases.indelingsjaar == 2025)]
    rate = bijstand.groupby("buurtcode").aantal_clienten.mean() / adults
    rate = rate[adults >= 300]
    relative = rate / (bijstand.groupby("periode").aantal_clienten.sum().mean() / adults.sum())
    assert relative.max() >= 2.0 and relative.min() <= 0.6


def test_almost_empty_buurten_have_tiny_counts(cases, buurten):
    code = buurten.set_index("buurtnaam").buurtcode
    counts = cases.groupby("buurtcode").aantal_clienten.max()
    assert counts[code["Buitenhaven"]] == 0
    assert counts[code["Stadspark"]] <= 4 and counts[code["Bedrijventerrein De Vaart"]] <= 4
    assert np.median(counts) > 20
