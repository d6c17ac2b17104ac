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
ODATA4 = FIXTURES / "odata4"
PDOK = FIXTURES / "pdok"


class FixtureTransport:
    """Answers CBS OData v3/v4 and PDOK OGC API/WFS URLs from tests/cbs/fixtures/, like the
    real services would: filters are not evaluated (the client checks every row again), paging
    follows the recorded next links. `fail`: table ids (or 'ogc', 'wfs') that answer 503;
    an unknown path answers 404."""

    def __init__(self, folder: Path = ODATA, fail: set[str] = frozenset()):
        self.folder = folder
        self.fail = set(fail)
        self.calls: list[str] = []

    def get(self, url: str) -> bytes:
        self.calls.append(url)
        parsed = urlparse(url)
        query = parse_qs(unquote(parsed.query))
        if parsed.netloc == "api.pdok.nl":
            return self._ogc(url, parsed)
        if parsed.netloc == "service.pdok.nl":
            return self._wfs(url, parsed, query)
        if parsed.netloc == "datasets.cbs.nl":
            return self._v4(url, parsed, query)
        if parsed.path.endswith("/ODataCatalog/Tables"):
            return (self.folder / "catalogue.json").read_bytes()
        match = re.search(r"/odata/(\w+)/(\w+)$", parsed.path)
        if not match:
            raise TransportError(f"HTTP 404 voor {url}", retryable=False)
        table, endpoint = match.groups()
        self._maybe_fail(table, url)
        skip = query.get("$skip", ["0"])[0]
        name = (
            f"{table}_{endpoint}_skip{skip}.json"
            if endpoint == "UntypedDataSet"
            else f"{table}_{endpoint}.json"
        )
        return self._file(self.folder / name, url)

    def _maybe_fail(self, key: str, url: str) -> None:
        if key in self.fail:
            raise TransportError(f"HTTP 503 voor {url}")

    @staticmethod
    def _file(path: Path, url: str) -> bytes:
        if not path.exists():
            raise TransportError(f"HTTP 404 voor {url}", retryable=False)
        return path.read_bytes()

    def _v4(self, url, parsed, query) -> bytes:
        parts = parsed.path.split("/odata/v1/CBS/")[-1].split("/")
        if parts == ["Datasets"]:
            return self._file(ODATA4 / "Datasets.json", url)
        table, entity = parts[0], parts[-1]
        self._maybe_fail(table, url)
        if entity == "Observations":
            entity = f"Observations_skip{query.get('$skip', ['0'])[0]}"
        return self._file(ODATA4 / f"{table}_{entity}.json", url)

    def _ogc(self, url, parsed) -> bytes:
        self._maybe_fail("ogc", url)
        match = re.search(r"wijken-en-buurten-(\d{4})/ogc/v1/collections/(\w+)/items$", parsed.path)
        if not match:
            raise TransportError(f"HTTP 404 voor {url}", retryable=False)
        year, layer = match.groups()
        cursor = re.search(r"(?:^|&)cursor=([^&]+)", parsed.query)
        name = f"ogc_{year}_{layer}" + (f"_{cursor.group(1)}" if cursor else "") + ".json"
        return self._file(PDOK / name, url)

    def _wfs(self, url, parsed, query) -> bytes:
        self._maybe_fail("wfs", url)
        year = re.search(r"wijkenbuurten/(\d{4})/wfs", parsed.path)
        layer = query.get("typeNames", [""])[0].split(":")[-1]
        if not year or int(query.get("startIndex", ["0"])[0]) > 0:
            return b'{"type": "FeatureCollection", "features": []}'
        return self._file(PDOK / f"wfs_{year.group(1)}_{layer}.json", url)


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
