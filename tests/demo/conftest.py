"""One demo municipality, generated once per test session and read back like a loader would."""

from __future__ import annotations

from pathlib import Path

import pytest

from wijkwijs.demo import DemoSummary, write_demo

SEED = 2026


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    data_dir = tmp_path_factory.mktemp("demo_seed_2026")
    return data_dir, write_demo(data_dir, seed=SEED)


@pytest.fixture(scope="session")
def demo_dir(demo_run: tuple[Path, DemoSummary]) -> Path:
    return demo_run[0]
