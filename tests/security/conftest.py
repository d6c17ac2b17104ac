"""Shared fixtures of the security tests: the serving copy of tests/dashboards (the real
pipeline on its small gemeente)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dashboards.serving_copy import shared_copy


@pytest.fixture(scope="session")
def serving_dir(tmp_path_factory) -> Path:
    """A data directory with the dashboard tests' serving copy (wijk Centrum WK999901: Oude
    Markt, Havenkwartier; wijk Noord WK999902: Bloemenbuurt, Sluiskwartier), built once per
    session and shared with tests/dashboards: read only."""
    return shared_copy(tmp_path_factory)


@pytest.fixture
def serving(serving_dir, monkeypatch) -> Path:
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(serving_dir))
    return serving_dir
