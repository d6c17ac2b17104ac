"""Downloading one gemeente's boundaries from PDOK: the OGC API Features (pages by `rel=next`,
RD New through `crs=`), the WFS (camelCase attributes), and the WFS when the OGC API has no
collection for a year. Both end as the same GeoPackage and the same rows."""

from urllib.parse import parse_qs, urlparse

import duckdb
import pytest

from tests.cbs.fakes import FixtureTransport
from wijkwijs.cbs import pdok
from wijkwijs.cbs.kwb import read_pdok_figures
from wijkwijs.cbs.transport import Fetcher
from wijkwijs.raw_tables import create_raw_tables
from wijkwijs.reference import load_reference


def fetcher_for(tmp_path, transport):
    return Fetcher(transport, tmp_path / "cache", sleep=lambda s: None)


def test_ogc_api_pages_by_next_link_in_rd_new(tmp_path):
    transport = FixtureTransport()
    frame = pdok.fetch_layer_ogc(fetcher_for(tmp_path, transport), 2024, "buurten", "GM0997")
    assert sorted(frame["buurtcode"]) == ["BU09970101", "BU09970102", "BU09970201"]
    first, second = transport.calls
    query = parse_qs(urlparse(first).query)
    assert urlparse(first).path == "/cbs/wijken-en-buurten-2024/ogc/v1/collections/buurten/items"
    assert query["gemeentecode"] == ["GM0997"] and query["limit"] == ["1000"]
    assert query["crs"] == ["http://www.opengis.net/def/crs/EPSG/0/28992"]
    assert "cursor=" in second  # the next page is the link PDOK gave, not a computed offset
    assert frame.crs.to_epsg() == 28992
    assert abs(frame.geometry.area.iloc[0] - 1.0e6) < 1


def test_download_writes_the_gpkg_the_reference_loader_reads(tmp_path):
    folder = tmp_path / "reference"
    path = pdok.download_boundaries(
        fetcher_for(tmp_path, FixtureTransport()), "GM0997", 2024, folder
    )
    assert path.name == "wijkenbuurten_2024.gpkg"
    con = duckdb.connect()
    create_raw_tables(con)
    assert load_reference(con, folder) == {"buurten": 3, "wijken": 2, "population": 0}
    rows = read_pdok_figures(path, 2024).set_index(["area_code", "measure"])
    assert rows.loc[("GM0997", "inwoners"), "value"] == 6410
    assert rows.loc[("BU09970102", "aandeel_jongeren_jeugdzorg"), "value_state"] == "suppressed"


@pytest.mark.parametrize("api", ["ogc", "wfs"])
def test_both_interfaces_give_the_same_figures(tmp_path, api):
    path = pdok.download_boundaries(
        fetcher_for(tmp_path, FixtureTransport()), "GM0997", 2024, tmp_path / api, api
    )
    rows = read_pdok_figures(path, 2024).astype(object)
    rows = rows.where(rows.notna(), None)
    figures = {
        (r.area_code, r.measure): (r.value, r.value_state) for r in rows.itertuples(index=False)
    }
    assert figures[("BU09970101", "wmo_clienten_per_1000")] == (64.9, "number")
    assert figures[("BU09970201", "inkomen_per_inwoner")] == (None, "suppressed")
    assert figures[("BU09970101", "indelingswijziging")] == (1.0, "number")
    assert len(figures) == 3 + 3 * 7  # gemeente and wijken: inwoners; buurten: 7 measures


def test_a_year_the_ogc_api_lacks_comes_from_the_wfs(tmp_path):
    transport = FixtureTransport(fail={"ogc"})  # 503 on every OGC API call, retried, then WFS
    layers = pdok.fetch_layers(fetcher_for(tmp_path, transport), 2024, "GM0997")
    assert sorted(layers["buurten"]["buurtcode"]) == ["BU09970101", "BU09970102", "BU09970201"]
    assert "aantalInwoners" in layers["buurten"].columns  # as the WFS names it
    hosts = [urlparse(u).netloc for u in transport.calls]
    assert hosts.count("api.pdok.nl") == 4 and "service.pdok.nl" in hosts
