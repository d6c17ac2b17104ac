"""Test doubles for the network: a transport that serves the recorded OData fixtures, one that
fails a given number of times, and a builder for a tiny PDOK GeoPackage."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import geopandas as gpd
from shapely.geometry import box

from wijkwijs.cbs.transport import TransportError

FIXTURES = Path(__file__).parent / "fixtures"
ODATA = FIXTURES / "odata"


class FixtureTransport:
    """Answers CBS OData URLs from tests/cbs/fixtures/odata/, like the real feed would."""

    def __init__(self, folder: Path = ODATA, fail: set[str] = frozenset()):
        self.folder = folder
        self.fail = set(fail)  # table ids whose requests fail (a broken CBS table)
        self.calls: list[str] = []

    def get(self, url: str) -> bytes:
        self.calls.append(url)
        parsed = urlparse(url)
        if parsed.path.endswith("/ODataCatalog/Tables"):
            return (self.folder / "catalogue.json").read_bytes()
        match = re.search(r"/odata/(\w+)/(\w+)$", parsed.path)
        if not match:
            raise TransportError(f"HTTP 404 voor {url}", retryable=False)
        table, endpoint = match.groups()
        if table in self.fail:
            raise TransportError(f"HTTP 503 voor {url}")
        skip = parse_qs(unquote(parsed.query)).get("$skip", ["0"])[0]
        name = (
            f"{table}_{endpoint}_skip{skip}.json"
            if endpoint == "UntypedDataSet"
            else (f"{table}_{endpoint}.json")
        )
        path = self.folder / name
        if not path.exists():
            raise TransportError(f"HTTP 404 voor {url}", retryable=False)
        return path.read_bytes()


class FlakyTransport:
    """Fails `failures` times with a retryable error, then answers `body`."""

    def __init__(self, failures: int, body: bytes = b'{"value": []}'):
        self.failures = failures
        self.body = body
        self.calls = 0

    def get(self, url: str) -> bytes:
        self.calls += 1
        if self.calls <= self.failures:
            raise TransportError("geen verbinding / no connection: timed out")
        return self.body


# buurtcode, buurtnaam, wijkcode, water, change flag, KWB attributes
BUURTEN = [
    ("BU09970101", "Oude Kern", "WK099701", "NEE", 1, 3005, 1300, 195, 105, 80),
    ("BU09970102", "Nieuwe Akkers", "WK099701", "NEE", 2, 2115, 930, 135, -99997, -99997),
    ("BU09970201", "Het Meer", "WK099702", "JA", 1, 0, 0, -99997, -99997, -99995),
]
KWB = [
    "aantal_inwoners",
    "aantal_huishoudens",
    "aantal_wmo_clienten",
    "aantal_jongeren_met_jeugdzorg_in_natura",
    "aantal_personen_met_een_alg_bijstandsuitkering_tot",
]
GM = ("GM0997", "Drieburen")


def write_pdok_gpkg(
    path: Path, *, wijken_layer: bool = True, other_gemeente: bool = False, padded: bool = True
) -> Path:
    """A PDOK-shaped wijk- en buurtkaart for the made-up gemeente Drieburen (3 buurten)."""
    rows = []
    for i, (code, name, wijk, water, flag, *figures) in enumerate(BUURTEN):
        rows.append(
            {
                "buurtcode": code + ("  " if padded else ""),
                "buurtnaam": name,
                "wijkcode": wijk,
                "gemeentecode": GM[0],
                "gemeentenaam": GM[1],
                "water": water,
                "indicatie_wijziging": flag,
                **dict(zip(KWB, figures, strict=True)),
                "percentage_personen_0_tot_15_jaar": 16.0 if figures[0] else -99997,
                "geometry": box(120000 + i * 1000, 480000, 121000 + i * 1000, 481000),
            }
        )
    if other_gemeente:
        rows.append(
            {
                "buurtcode": "BU10090101",
                "buurtnaam": "Elders",
                "wijkcode": "WK100901",
                "gemeentecode": "GM1009",
                "gemeentenaam": "Andersum",
                "water": "NEE",
                "indicatie_wijziging": 1,
                **dict(zip(KWB, (900, 400, 50, 20, 10), strict=True)),
                "percentage_personen_0_tot_15_jaar": 11.0,
                "geometry": box(130000, 480000, 131000, 481000),
            }
        )
    buurten = gpd.GeoDataFrame(rows, crs="EPSG:28992")
    buurten.to_file(path, layer="buurten", driver="GPKG")
    if wijken_layer:
        wijken = buurten.assign(wijkcode=buurten["wijkcode"].str.strip()).dissolve(
            by="wijkcode", as_index=False, aggfunc="first"
        )
        wijken["wijknaam"] = wijken["wijkcode"].map(
            {"WK099701": "Dorp", "WK099702": "Water", "WK100901": "Andersum-Centrum"}
        )
        sums = buurten.groupby("wijkcode")["aantal_inwoners"].sum()
        wijken["aantal_inwoners"] = wijken["wijkcode"].map(sums)
        wijken["aantal_wmo_clienten"] = wijken["wijkcode"].map(
            {"WK099701": 330, "WK099702": -99997, "WK100901": 50}
        )
        wijken[
            [
                "wijkcode",
                "wijknaam",
                "gemeentecode",
                "gemeentenaam",
                "water",
                "aantal_inwoners",
                "aantal_wmo_clienten",
                "geometry",
            ]
        ].to_file(path, layer="wijken", driver="GPKG")
        gemeenten = wijken.dissolve(by="gemeentecode", as_index=False, aggfunc="first")
        gemeenten["aantal_inwoners"] = 5120
        gemeenten[["gemeentecode", "gemeentenaam", "aantal_inwoners", "geometry"]].to_file(
            path, layer="gemeenten", driver="GPKG"
        )
    return path
