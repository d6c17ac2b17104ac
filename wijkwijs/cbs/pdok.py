"""Boundaries from the CBS/PDOK wijk- en buurtkaart: download one municipality.

A download is written as `data/reference/wijkenbuurten_<year>.gpkg` (layers gemeenten, wijken,
buurten, EPSG:28992), so it goes through exactly the same reference loader as a file the user
downloaded by hand. Two PDOK interfaces, same result:

- OGC API Features (default): `https://api.pdok.nl/cbs/wijken-en-buurten-<year>/ogc/v1/
  collections/<layer>/items`, filtered with `gemeentecode=`, `limit=1000`, `crs=` RD New
  (the default is WGS84), paged by following the link with `rel` = `next` (a cursor);
- WFS 2.0 (`https://service.pdok.nl/cbs/wijkenbuurten/<year>/wfs/v1_0`, typeNames
  `wijkenbuurten:<layer>`, GeoJSON in EPSG:28992, a FES filter on `gemeentecode`, paged with
  `count`/`startIndex`). The WFS names attributes in camelCase (`aantalInwoners`); the
  reader normalises that (boundary_files.normalise_columns).

When the OGC API has no collection for a year (HTTP 404) the WFS is asked instead.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote, urlencode

import geopandas as gpd

from wijkwijs.cbs.transport import Fetcher, FetchFailed
from wijkwijs.config import pdok_urls

WFS, OGC = pdok_urls()
PAGE = 1000
MAX_PAGES = 500
LAYERS = ("gemeenten", "wijken", "buurten")
RD_NEW = "EPSG:28992"
RD_NEW_URI = "http://www.opengis.net/def/crs/EPSG/0/28992"


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


def items_url(year: int, layer: str, gemeente: str, base: str = OGC) -> str:
    query = urlencode({"f": "json", "gemeentecode": gemeente, "limit": PAGE, "crs": RD_NEW_URI})
    return f"{base.format(year=year)}/collections/{layer}/items?{query}"


def _frame(features: list[dict]) -> gpd.GeoDataFrame:
    if not features:
        return gpd.GeoDataFrame(geometry=[], crs=RD_NEW)
    return gpd.GeoDataFrame.from_features(features, crs=RD_NEW)


def fetch_layer_wfs(fetcher: Fetcher, year: int, layer: str, gemeente: str) -> gpd.GeoDataFrame:
    """Every feature of one layer for the gemeente, page by page."""
    features, start = [], 0
    for _ in range(MAX_PAGES):
        page = json.loads(fetcher.get(feature_url(year, layer, gemeente, start)).body)
        batch = page.get("features", [])
        features.extend(batch)
        if len(batch) < PAGE:
            break
        start += PAGE
    return _frame(features)


def next_link(page: dict) -> str | None:
    for link in page.get("links", []):
        if link.get("rel") == "next" and link.get("href"):
            return link["href"]
    return None


def fetch_layer_ogc(fetcher: Fetcher, year: int, layer: str, gemeente: str) -> gpd.GeoDataFrame:
    """Every feature of one collection for the gemeente, following `rel=next` links."""
    features, url = [], items_url(year, layer, gemeente)
    for _ in range(MAX_PAGES):
        page = json.loads(fetcher.get(url).body)
        features.extend(page.get("features", []))
        url = next_link(page)
        if not url:
            break
    return _frame(features)


def fetch_layers(fetcher: Fetcher, year: int, gemeente: str, api: str = "ogc"):
    """The three layers from the chosen interface; the WFS when the OGC API has no year."""
    fetch = fetch_layer_ogc if api == "ogc" else fetch_layer_wfs
    try:
        return {layer: fetch(fetcher, year, layer, gemeente) for layer in LAYERS}
    except FetchFailed as exc:
        if api != "ogc":
            raise
        try:
            return {layer: fetch_layer_wfs(fetcher, year, layer, gemeente) for layer in LAYERS}
        except FetchFailed as wfs_exc:
            raise FetchFailed(f"OGC API: {exc}; WFS: {wfs_exc}") from wfs_exc


def download_boundaries(
    fetcher: Fetcher, gemeente: str, year: int, folder: Path, api: str = "ogc"
) -> Path:
    """Write wijkenbuurten_<year>.gpkg for one gemeente; the old file stays until all layers
    arrived (written aside, then renamed)."""
    layers = fetch_layers(fetcher, year, gemeente, api)
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
