"""Youth input: ideas young people gave youth workers, located by buurtcode or by coordinates."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer
from shapely.geometry import Point

from wijkwijs.demo.geometry import Town
from wijkwijs.demo.names import FIRST_NAMES, STREETS
from wijkwijs.demo.population import Population
from wijkwijs.demo.spec import rng_for
from wijkwijs.demo.youth_texts import ACTIVITIES, IDEAS, ORGANISATIONS, PERSONAL_WRAPPERS
from wijkwijs.youth.codes import AGE_BANDS as YOUTH_AGE_BANDS
from wijkwijs.youth.codes import THEMES

COLUMNS = ("datum", "buurtcode", "x", "y", "crs", "thema", "idee", "leeftijdsgroep",
           "organisatie", "activiteit", "aantal_steun")
LOCATION_KINDS = ("buurtcode", "EPSG:4326", "EPSG:28992")
LOCATION_SHARES = (0.60, 0.25, 0.15)
PERSONAL_SHARE = 0.10
FIRST_DAY = dt.date(2024, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days + 1


def _point_in(geometry, rng: np.random.Generator) -> Point:
    """A random point well inside the buurt (25 m from its edge), so rounding cannot push it out."""
    inner = shapely.buffer(geometry, -25.0)
    xmin, ymin, xmax, ymax = inner.bounds
    while True:
        point = Point(rng.uniform(xmin, xmax), rng.uniform(ymin, ymax))
        if inner.contains(point):
            return point


def _personal(idea: str, rng: np.random.Generator) -> str:
    name = str(rng.choice(FIRST_NAMES))
    digits = "".join(str(d) for d in rng.integers(0, 10, 8))
    spaced = " ".join(digits[i:i + 2] for i in range(0, 8, 2))
    phone = str(rng.choice([f"06-{digits}", f"06{digits}", f"06 {spaced}"]))
    wrapper = str(rng.choice(PERSONAL_WRAPPERS))
    return wrapper.format(
        idee=idea, naam=name, telefoon=phone,
        email=f"{name.lower()}{rng.integers(2002, 2015)}@example.com",
        handle=f"@{name.lower()}_{rng.choice(['dmv', 'xo', 'official', '06'])}",
        straat=str(rng.choice(STREETS)), huisnummer=int(rng.integers(1, 160)),
    )


def _idea(theme: str, rng: np.random.Generator) -> str:
    return str(rng.choice(IDEAS[theme])).format(straat=str(rng.choice(STREETS)))


def build_youth_input(town: Town, population: Population, seed: int) -> pd.DataFrame:
    rng = rng_for(seed, "youth")
    to_wgs84 = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)
    young = population.table[population.table.jaar == 2025].set_index("buurtcode")
    weights = (young.inwoners_0_17 + young.inwoners_18_26).reindex(town.buurten.buurtcode)
    weights = (weights / weights.sum()).to_numpy()
    geometry = dict(zip(town.buurten.buurtcode, town.buurten.geometry, strict=True))
    n = int(rng.integers(285, 316))
    days = np.sort(rng.integers(0, DAYS, n))
    rows = []
    for day in days:
        code = str(rng.choice(town.buurten.buurtcode.to_numpy(), p=weights))
        kind = str(rng.choice(LOCATION_KINDS, p=LOCATION_SHARES))
        theme = str(rng.choice(THEMES, p=[0.2, 0.2, 0.1, 0.12, 0.12, 0.08, 0.1, 0.08]))
        idea = _idea(theme, rng)
        if rng.random() < PERSONAL_SHARE:
            idea = _personal(idea, rng)
        x = y = crs = ""
        if kind != "buurtcode":
            point = _point_in(geometry[code], rng)
            if kind == "EPSG:4326":
                lon, lat = to_wgs84.transform(point.x, point.y)
                x, y = f"{lon:.6f}", f"{lat:.6f}"
            else:
                x, y = f"{point.x:.1f}", f"{point.y:.1f}"
            crs, code = kind, ""
        support = "" if rng.random() < 0.3 else str(int(rng.geometric(0.12)) - 1)
        rows.append((
            (FIRST_DAY + dt.timedelta(days=int(day))).isoformat(), code, x, y, crs, theme, idea,
            str(rng.choice(YOUTH_AGE_BANDS, p=[0.3, 0.45, 0.25])),
            str(rng.choice(ORGANISATIONS)), str(rng.choice(ACTIVITIES)), support,
        ))
    return pd.DataFrame(rows, columns=list(COLUMNS))
