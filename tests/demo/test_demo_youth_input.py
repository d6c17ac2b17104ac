"""Youth input: ~300 ideas, three ways of locating them, some personal data to scrub later."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from pyproj import Transformer

COLUMNS = [
    "datum",
    "buurtcode",
    "x",
    "y",
    "crs",
    "thema",
    "idee",
    "leeftijdsgroep",
    "organisatie",
    "activiteit",
    "aantal_steun",
]
THEMES = {
    "ontmoeten",
    "sport_en_spelen",
    "groen",
    "veiligheid_en_verlichting",
    "verkeer",
    "wonen",
    "voorzieningen",
    "overig",
}
PERSONAL = [
    r"\b06[- ]?\d{2} ?\d{2} ?\d{2} ?\d{2}\b",  # mobile phone number
    r"[\w.]+@[\w-]+\.[a-z]{2,}",  # e-mail address
    r"(?<![\w.])@\w+",  # handle
    r"^Ik \(\w+\)|Groetjes \w+|Mijn naam is \w+",  # first name
    r"woon op [A-Z]\w+ \d+",  # street and house number
]


@pytest.fixture(scope="module")
def youth(demo_dir) -> pd.DataFrame:
    return pd.read_csv(
        demo_dir / "inbox" / "jongereninbreng_2025.csv", dtype={"buurtcode": str, "crs": str}
    )


@pytest.fixture(scope="module")
def outline(demo_dir):
    path = demo_dir / "reference" / "wijkenbuurten_2025.gpkg"
    return gpd.read_file(path, layer="gemeenten").geometry.iloc[0]


def test_columns_and_code_lists(youth):
    assert list(youth.columns) == COLUMNS
    assert 250 <= len(youth) <= 350
    assert set(youth.thema) <= THEMES and len(set(youth.thema)) == len(THEMES)
    assert set(youth.leeftijdsgroep) == {"10-13", "14-17", "18-23"}
    dates = pd.to_datetime(youth.datum, format="%Y-%m-%d")
    assert dates.min() >= pd.Timestamp("2024-01-01") and dates.max() <= pd.Timestamp("2025-12-31")
    assert set(dates.dt.year) == {2024, 2025}
    assert youth.idee.str.len().min() > 10 and youth.organisatie.notna().all()
    support = youth.aantal_steun.dropna()
    assert (support >= 0).all() and (support == support.round()).all()
    assert 0 < youth.aantal_steun.isna().mean() < 0.5


def test_three_kinds_of_location(youth, demo_dir):
    by_code = youth[youth.crs.isna()]
    assert by_code.buurtcode.notna().all() and by_code[["x", "y"]].isna().all().all()
    buurten = gpd.read_file(demo_dir / "reference" / "wijkenbuurten_2025.gpkg", layer="buurten")
    assert set(by_code.buurtcode) <= set(buurten.buurtcode)
    shares = youth.crs.fillna("buurtcode").value_counts(normalize=True)
    assert 0.5 <= shares["buurtcode"] <= 0.7
    assert 0.17 <= shares["EPSG:4326"] <= 0.33
    assert 0.08 <= shares["EPSG:28992"] <= 0.22
    assert youth.buurtcode[youth.crs.notna()].isna().all()


def test_coordinates_lie_inside_the_town(youth, outline):
    wgs = youth[youth.crs == "EPSG:4326"]
    assert wgs.x.between(3.3, 7.3).all() and wgs.y.between(50.7, 53.6).all()
    x, y = Transformer.from_crs("EPSG:4326", "EPSG:28992", always_xy=True).transform(
        wgs.x.to_numpy(), wgs.y.to_numpy()
    )
    assert shapely.contains_xy(outline, x, y).all()
    rd = youth[youth.crs == "EPSG:28992"]
    assert shapely.contains_xy(outline, rd.x.to_numpy(), rd.y.to_numpy()).all()


def test_about_one_in_ten_ideas_holds_personal_data(youth):
    hits = pd.concat([youth.idee.str.contains(p, regex=True) for p in PERSONAL], axis=1)
    assert 0.05 <= hits.any(axis=1).mean() <= 0.16
    assert hits.any(axis=0).all()  # every kind of personal data occurs
    assert youth.idee.str.contains("Molenstraat|Vaart|Kerkstraat|Havenkade").any()
