"""Fixtures for the dashboard tests: the serving copy the real pipeline makes of the small
gemeente of tests/dashboards/fixture_inputs.py, built once per session (serving_copy.py)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboards.serving_copy import SERVING, copy_data, shared_copy

APP = Path(__file__).resolve().parents[2] / "dashboards" / "streamlit_app.py"


@pytest.fixture(scope="session")
def serving_root(tmp_path_factory) -> Path:
    """The data directory of the pipeline run (`serving/wijkwijs.duckdb`, `serving/status.json`,
    the warehouse), shared by every test and xdist worker: read it, never change it."""
    return shared_copy(tmp_path_factory)


@pytest.fixture
def serving_data(serving_root, monkeypatch) -> Path:
    """WIJKWIJS_DATA_DIR pointing at the fixture serving copy; returns the serving file."""
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(serving_root))
    return serving_root / SERVING


@pytest.fixture
def own_copy(serving_root, tmp_path, monkeypatch) -> Path:
    """A private copy of the serving folder, for a test that edits the copy; WIJKWIJS_DATA_DIR
    points at it. Returns the serving file."""
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    return copy_data(serving_root, tmp_path)


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
def two_gemeenten(own_copy) -> Path:
    """The copy plus a twin gemeente Tweestad (GM9998, every code ...9998...), whose buurten
    have 5 clients more: a region, or the national benchmark in small. Made by explicit edits of
    the real copy: the twin's rows are the original's with the codes (and names) replaced; its
    boundary files are left to the dashboard (no `map_files`)."""
    twin = ("replace(area_code, '9999', '9998') as area_code, "
            "replace(wijk_code, '9999', '9998') as wijk_code, 'GM9998' as gemeente_code")
    more = "case when clients_state = 'number' then clients + 5 end as clients"
    with duckdb.connect(str(own_copy)) as con:
        con.execute(
            f"insert into areas select * replace ({twin}, 'Tweestad' as gemeente_name, "
            "case when area_level = 'gemeente' then 'Tweestad' "
            "else area_name || ' (Tweestad)' end as area_name) from areas"
        )
        con.execute("insert into area_map_geometry select * replace "
                    "(replace(area_code, '9999', '9998') as area_code) from area_map_geometry")
        con.execute(f"insert into area_clients_monthly select * replace ({twin}, {more}) "
                    "from area_clients_monthly")
        con.execute("insert into area_clients_by_period select * replace "
                    f"(replace(area_code, '9999', '9998') as area_code, {more}) "
                    "from area_clients_by_period")
        con.execute(f"insert into area_profile_monthly select * replace ({twin}) "
                    "from area_profile_monthly")
        con.execute("delete from map_files")
    return own_copy
