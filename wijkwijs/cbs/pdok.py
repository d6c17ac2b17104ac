"""Boundaries from the CBS/PDOK wijk- en buurtkaart: download one municipality, or find the
files a user put in data/reference/.

A download is written as `data/reference/wijkenbuurten_<year>.gpkg` (layers gemeenten, wijken,
buurten, EPSG:28992), so it goes through exactly the same reference loader as a file the user
downloaded by hand. The service is PDOK's WFS per year
(`https://service.pdok.nl/cbs/wijkenbuurten/<year>/wfs/v1_0`), asked for GeoJSON in RD New,
filtered on `gemeentecode` and paged with `count`/`startIndex`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

import geopandas as gpd

from wijkwijs.cbs.transport import Fetcher

WFS = os.environ.get(
    "WIJKWIJS_PDOK_WFS", "https://service.pdok.nl/cbs/wijkenbuurten/{year}/wfs/v1_0"
)
PAGE = 1000
LAYERS = ("gemeenten", "wijken", "buurten")
RD_NEW = "EPSG:28992"


def feature_url(year: int, layer: str, gemeente: str, start: int, base: str = WFS) -> str:
    flt = (
        '<Filter xmlns="http://www.opengis.net/fes/2.0"><PropertyIsEqualTo>'
        f"<ValueReference>gemeentecode</ValueReference><Literal>{gemeente}</Literal>"
        "</PropertyIsEqualTo></Filter>"
    )
    return (
        f"{base.format(year=year)}?service=WFS&version=2.0.0&request=GetFeature"
        f"&typeNames=wijkenbuurten:{layer}&outputFormat=application/json"
        f"&srsName={RD_NEW}&count={PAGE}&startIndex={start}&filter={quote(flt)}"
    )


def fetch_layer(fetcher: Fetcher, year: int, layer: str, gemeente: str) -> gpd.GeoDataFrame:
    """Every feature of one layer for the gemeente, page by page."""
    features, start = [], 0
    while True:
        page = json.loads(fetcher.get(feature_url(year, layer, gemeente, start)).body)
        batch = page.get("features", [])
        features.extend(batch)
        if len(batch) < PAGE:
            break
        start += PAGE
    if not features:
        return gpd.GeoDataFrame(geometry=[], crs=RD_NEW)
    return gpd.GeoDataFrame.from_features(features, crs=RD_NEW)


def download_boundaries(fetcher: Fetcher, gemeente: str, year: int, folder: Path) -> Path:
    """Write wijkenbuurten_<year>.gpkg for one gemeente; the old file stays until all layers
    arrived (written aside, then renamed)."""
    layers = {layer: fetch_layer(fetcher, year, layer, gemeente) for layer in LAYERS}
    if layers["buurten"].empty:
        raise ValueError(f"PDOK gaf geen buurten voor {gemeente} in {year} / no buurten")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"wijkenbuurten_{year}.gpkg"
    tmp = folder / f".wijkenbuurten_{year}.download.gpkg"
    tmp.unlink(missing_ok=True)
    for layer, frame in layers.items():
        if not frame.empty:
            frame.to_file(tmp, layer=layer, driver="GPKG")
    os.replace(tmp, target)
    return target
