"""Fixtures for the dashboard tests: a serving copy in a temporary data directory."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboards.serving_fixture import (
    add_map_geometry,
    add_period_table,
    build_serving_fixture,
)

APP = Path(__file__).resolve().parents[2] / "dashboards" / "streamlit_app.py"


@pytest.fixture(scope="session")
def serving_root(tmp_path_factory) -> Path:
    """A data directory holding `serving/wijkwijs.duckdb`, built once per test session."""
    data = tmp_path_factory.mktemp("data")
    build_serving_fixture(data / "serving" / "wijkwijs.duckdb")
    return data


@pytest.fixture
def serving_data(serving_root, monkeypatch) -> Path:
    """WIJKWIJS_DATA_DIR pointing at the fixture serving copy; returns the serving file."""
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(serving_root))
    return serving_root / "serving" / "wijkwijs.duckdb"


@pytest.fixture
def empty_data(tmp_path, monkeypatch) -> Path:
    """WIJKWIJS_DATA_DIR pointing at a data directory without a serving copy."""
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def open_page():
    """Run the app (through st.navigation) on `page` with URL parameters `params`."""

    def _open(page: str | None = None, **params: str) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=60)
        if page is None:
            at.query_params.update(params)
            at.run()
        else:
            at.run()  # the navigation has to be registered before switching
            at.switch_page(page)
            at.query_params.clear()
            at.query_params.update(params)
            at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return _open


@pytest.fixture
def two_gemeenten(tmp_path, monkeypatch) -> Path:
    """The fixture copy plus a twin gemeente Tweestad (GM9998, every code ...9998...), whose
    buurten have 5 clients more: a region, or the national benchmark in small."""
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    serving = build_serving_fixture(tmp_path / "serving" / "wijkwijs.duckdb")
    twin = ("replace(area_code, '9999', '9998') as area_code, "
            "replace(wijk_code, '9999', '9998') as wijk_code, 'GM9998' as gemeente_code")
    with duckdb.connect(str(serving)) as con:
        con.execute(
            f"insert into areas select * replace ({twin}, 'Tweestad' as gemeente_name, "
            "case when area_level = 'gemeente' then 'Tweestad' "
            "else area_name || ' (Tweestad)' end as area_name) from areas"
        )
        con.execute(
            "insert into area_geometry select * replace "
            "(replace(area_code, '9999', '9998') as area_code) from area_geometry"
        )
        add_map_geometry(con)
        con.execute(
            f"insert into area_clients_monthly select * replace ({twin}, "
            "clients + 5 as clients) from area_clients_monthly"
        )
        con.execute(
            f"insert into area_profile_monthly select * replace ({twin}) "
            "from area_profile_monthly"
        )
        add_period_table(con)
    return serving
