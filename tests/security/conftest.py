"""Shared fixtures of the security tests: the small serving copy of tests/dashboards."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dashboards.serving_fixture import build_serving_fixture


@pytest.fixture(scope="session")
def serving_dir(tmp_path_factory) -> Path:
    """A data directory with the fixture serving copy (wijk Centrum WK999901: Oude Markt,
    Havenkwartier; wijk Noord WK999902: Bloemenbuurt, Sluiskwartier), built once."""
    data = tmp_path_factory.mktemp("security_data")
    build_serving_fixture(data / "serving" / "wijkwijs.duckdb")
    return data


@pytest.fixture
def serving(serving_dir, monkeypatch) -> Path:
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(serving_dir))
    return serving_dir
