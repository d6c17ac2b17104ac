"""AppTest of the Overzicht page: the figures shown are the rows of the serving copy."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import geopandas as gpd
import pyarrow as pa
import shapely
from streamlit.testing.v1 import AppTest

from dashboards import maps
from dashboards.maps import STATE_GREYS, VIRIDIS_5
from dashboards.static_geometry import STATIC_DIR
from dashboards.widgets import NO_DATA_MESSAGE
from wijkwijs.publish.geometry import MAP_CRS

TITLE = "wijkwijs — sociaal domein per buurt"
APP = Path(__file__).resolve().parents[2] / "dashboards" / "streamlit_app.py"


def _table(at):
    return at.dataframe[0].value.set_index("Code")


def _features(at) -> dict[str, dict]:
    """Per area code what the map shows: the row sent for it (colour, value line) joined, as
    the chart does, to the name in its boundary, and the month of the tooltip."""
    chart = at.get("vega_lite_chart")[0].proto
    spec = json.loads(chart.spec)
    lookup = next(t for t in spec["transform"] if "lookup" in t)
    url = lookup["from"]["data"]["url"]
    assert url.startswith("/app/static/geo/")  # the boundaries are fetched, not sent
    (dataset,) = [d for d in chart.datasets if d.name == spec["data"]["name"]]
    values = pa.ipc.open_stream(dataset.data.data).read_pandas()
    # every area with a value row has a boundary in the static file
    geo = json.loads((STATIC_DIR / url.removeprefix("/app/static/")).read_text("utf-8"))
    names = {f["properties"]["area_code"]: f["properties"]["area_name"] for f in geo["features"]}
    assert set(values["area_code"]) <= set(names)
    # the month is in the title of the value in the tooltip: "Aantal cliënten, maart 2024"
    shapes = spec["layer"][0]  # the areas; the names and a searched area's outline follow
    title = next(t["title"] for t in shapes["encoding"]["tooltip"] if t["field"] == "value_line")
    period = title.rsplit(", ", 1)[1]
    return {r["area_code"]: {**r, "name": names[r["area_code"]], "period": period}
            for r in values.to_dict("records")}


def _rd_box(west: float, south: float, east: float, north: float) -> tuple:
    """The box around a lon/lat rectangle in the map's RD New metres, to the metre."""
    rectangle = shapely.box(west, south, east, north).segmentize(0.001)
    rd = gpd.GeoSeries([rectangle], crs="EPSG:4326").to_crs(MAP_CRS)
    return tuple(float(v) for v in shapely.set_precision(rd.values, 1.0)[0].bounds)


def _projection(at) -> dict:
    return json.loads(at.get("vega_lite_chart")[0].proto.spec)["projection"]


def test_default_view_is_the_latest_month_per_buurt(serving_data, open_page):
    at = open_page()
    assert at.title[0].value == TITLE
    assert at.query_params == {
        "domein": "wmo",
        "categorie": "huishoudelijke_hulp",
        "indicator": "aantal",
        "periode": "2024-03",
        "niveau": "buurt",
    }
    assert at.selectbox(key="sel_periode").value == "2024-03"
    assert "sel_gemeente" not in [box.key for box in at.selectbox]  # one gemeente: no choice

    metric = at.metric[0]
    assert metric.label == "Gemeente Demstervoort"
    assert metric.value == "1.235"

    table = _table(at)
    assert list(table.columns) == [
        "Buurt",
        "Wijk",
        "Aantal cliënten",
        "Eenheid",
        "Status",
        "Profiel",
    ]
    assert table.loc["BU99990101", "Buurt"] == "Oude Markt"
    # Oude Markt is hidden beside Havenkwartier's small count (secundair)
    assert table.loc["BU99990101", "Aantal cliënten"] == "geheim"
    assert table.loc["BU999902A1", "Aantal cliënten"] == "95"
    assert table.loc["BU99990201", "Aantal cliënten"] == "1.050"
    assert table.loc["BU99990201", "Eenheid"] == "cliënten"
    assert table.loc["BU99990102", "Aantal cliënten"] == "geheim"
    assert table.loc["BU99990102", "Status"] == "geheim"
    assert table.loc["BU99990101", "Profiel"] == "buurtprofiel?gebied=BU99990101"

    features = _features(at)
    assert features["BU99990102"]["value_line"] == "geheim"
    assert features["BU99990102"]["fill"] == "#6e6e6e"  # the grey of `geheim`
    assert features["BU99990201"]["value_line"] == "1.050 cliënten"
    assert features["BU99990201"]["period"] == "maart 2024"
    assert features["BU99990101"]["name"] == "Oude Markt"
    # the largest count is in the top (yellow) class, the smallest in the bottom one
    assert features["BU99990201"]["fill"] == "#fde725"
    assert features["BU999902A1"]["fill"] == "#440154"
    # fitted to the four buurten (5.90–5.94 E, 52.000–52.024 N) here, not by Vega-Lite
    assert _projection(at) == maps.fitted_projection(_rd_box(5.90, 52.000, 5.94, 52.024))

    captions = " ".join(c.value for c in at.caption)
    assert "Het aantal inwoners dat in deze maand een voorziening" in captions
    assert "Eenheid: aantal cliënten · Periode: maart 2024" in captions
    assert "Bron: Eigen registratie gemeente (maandexport" in captions


def test_every_row_shown_equals_the_serving_copy(serving_data, open_page):
    at = open_page(indicator="per1000")
    with duckdb.connect(str(serving_data), read_only=True) as con:
        rows = con.execute(
            "select area_code, rate_per_1000, rate_state from area_clients_monthly "
            "where area_level = 'buurt' and domain = 'wmo' "
            "and category = 'huishoudelijke_hulp' and period = date '2024-03-01'"
        ).fetchall()
    expected = {"number": None, "suppressed": "geheim"}
    table = _table(at)
    features = _features(at)
    unit = "per 1.000 inwoners 18 jaar en ouder"
    assert len(table) == len(rows) == len(features) == 4
    for code, rate, state in rows:
        shown = table.loc[code, "Per 1.000 inwoners"]
        on_map = features[code]
        if state == "number":
            assert shown == f"{rate:.1f}".replace(".", ",")
            assert on_map["value_line"] == f"{shown} {unit}"
            assert on_map["fill"] in VIRIDIS_5
        else:
            assert shown == on_map["value_line"] == expected[state]
            assert on_map["fill"] == STATE_GREYS[state]
        assert on_map["period"] == "maart 2024"
    assert table.loc["BU999902A1", "Per 1.000 inwoners"] == "16,1"
    assert table.loc["BU99990201", "Per 1.000 inwoners"] == "106,4"
    assert at.metric[0].value == "45,1"
    assert table.loc["BU999902A1", "Eenheid"] == "per 1.000 inwoners 18 jaar en ouder"
    assert _features(at)["BU999902A1"]["value_line"] == "16,1 per 1.000 inwoners 18 jaar en ouder"
    assert "noemer: inwoners 18 jaar en ouder" in " ".join(c.value for c in at.caption)


def test_url_selects_period_level_and_indicator(serving_data, open_page):
    at = open_page(periode="2024-01", niveau="wijk", indicator="per1000")
    assert at.selectbox(key="sel_periode").value == "2024-01"
    assert at.selectbox(key="sel_niveau").value == "wijk"
    table = _table(at)
    assert list(table.columns)[0] == "Wijk"
    assert table.loc["WK999901", "Per 1.000 inwoners"] == "3,0"  # (10 + 25) / 11.600
    assert table.loc["WK999902", "Per 1.000 inwoners"] == "6,0"  # (40 + 55) / 15.780
    assert at.metric[0].value == "4,7"  # 130 / 27.380
    assert set(_features(at)) == {"WK999901", "WK999902"}


def test_not_published_cell_and_gemeente(serving_data, open_page):
    at = open_page(domein="jeugd", categorie="jeugdhulp_zonder_verblijf")
    table = _table(at)
    assert table.loc["BU99990201", "Aantal cliënten"] == "nog niet gepubliceerd"
    assert table.loc["BU99990101", "Aantal cliënten"] == "70"
    assert at.metric[0].value == "nog niet gepubliceerd"
    assert _features(at)["BU99990201"]["fill"] == "#a6a6a6"  # the grey of `nog niet …`
    assert _features(at)["BU99990201"]["value_line"] == "nog niet gepubliceerd"


def test_a_wijkteam_map_draws_only_its_own_buurten(serving_data, monkeypatch):
    tenant, oid = "9d3c7a52-1f0e-4c6b-8a41-2b7e5d90c1aa", "0a1b2c3d-0000-4000-8000-000000000003"
    secrets = {
        "auth": {"redirect_uri": "http://localhost:8501/oauth2callback",
                 "cookie_secret": "x" * 32, "client_id": "id", "client_secret": "geheim",
                 "server_metadata_url": "https://login.example/.well-known/openid-configuration"},
        "access": {"tenant_id": tenant,
                   "users": {oid: {"role": "wijkteam", "wijken": ["WK999901"]}}},
    }
    monkeypatch.delenv("WIJKWIJS_OPEN_MODE")  # a login is configured
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.secrets = secrets
    at.user = {"is_logged_in": True, "tid": tenant, "oid": oid}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    # the boundary file is public and holds every buurt; the map's data (one shape per row)
    # only the team's own buurten: the others are not drawn, rather than drawn `onbekend`
    features = _features(at)
    assert set(features) == {"BU99990101", "BU99990102"}
    assert features["BU99990101"]["value_line"] == "geheim"
    assert features["BU99990102"]["value_line"] == "geheim"
    # and the map is fitted to those two (the south half of the gemeente)
    assert _projection(at) == maps.fitted_projection(_rd_box(5.90, 52.000, 5.94, 52.012))
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    url = next(t for t in spec["transform"] if "lookup" in t)["from"]["data"]["url"]
    geo = json.loads((STATIC_DIR / url.removeprefix("/app/static/")).read_text("utf-8"))
    assert len(geo["features"]) == 4


def test_choices_are_written_back_to_the_url(serving_data, open_page):
    at = open_page()
    at.selectbox(key="sel_domein").select("participatiewet").run()
    # the category of the old domain does not exist here: the first one of the new domain
    assert at.query_params["domein"] == "participatiewet"
    assert at.query_params["categorie"] == "algemene_bijstand"
    assert [o for o in at.selectbox(key="sel_categorie").options] == [
        "Algemene bijstand",
        "Re-integratievoorziening",
        "Loonkostensubsidie en beschut werk",
    ]
    at.selectbox(key="sel_periode").select("2024-02").run()
    assert at.query_params["periode"] == "2024-02"
    assert at.subheader[0].value == "Algemene bijstand — aantal cliënten, februari 2024"


def test_unknown_url_values_fall_back_to_defaults(serving_data, open_page):
    at = open_page(domein="onzin", periode="1999-01", niveau="provincie")
    assert at.query_params["domein"] == "wmo"
    assert at.query_params["periode"] == "2024-03"
    assert at.query_params["niveau"] == "buurt"
    assert at.metric[0].value == "1.235"


def test_no_serving_copy_yet(empty_data, open_page):
    at = open_page()
    assert [i.value for i in at.info] == [NO_DATA_MESSAGE]
    assert not at.dataframe and not at.metric


def test_a_copy_of_several_gemeenten_shows_all_or_one(two_gemeenten, open_page):
    at = open_page()
    box = at.selectbox(key="sel_gemeente")
    assert box.value == "alle"
    assert box.options == ["Alle gemeenten (2)", "Demstervoort", "Tweestad"]
    assert not at.metric  # no single gemeente figure for two gemeenten
    assert "2 gemeenten op de kaart: kies er één voor het gemeentecijfer." in [
        c.value for c in at.caption]
    assert len(_table(at)) == len(_features(at)) == 8
    assert list(_table(at).columns)[:3] == ["Buurt", "Wijk", "Gemeente"]
    assert _table(at).loc["BU99980101", "Gemeente"] == "Tweestad"

    box.select("GM9998").run()
    assert at.query_params["gemeente"] == "GM9998"
    assert at.metric[0].label == "Gemeente Tweestad"
    assert at.metric[0].value == "1.240"
    table = _table(at)
    assert len(table) == 4 and "Gemeente" not in table.columns
    assert all(code.startswith("BU9998") for code in table.index)
    assert set(_features(at)) == set(table.index)
    assert table.loc["BU99980201", "Aantal cliënten"] == "1.055"
    assert table.loc["BU99980102", "Aantal cliënten"] == "geheim"

    # a shared link to one gemeente opens it
    assert open_page(gemeente="GM9999").metric[0].value == "1.235"
