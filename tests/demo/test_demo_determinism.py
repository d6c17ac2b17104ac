"""Same seed, same bytes (also through the CLI and on a re-run); another seed, other data."""

from __future__ import annotations

from pathlib import Path

import pytest

from wijkwijs.demo import write_demo
from wijkwijs.demo.__main__ import main


def contents(data_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(data_dir)): p.read_bytes()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def expected(demo_run) -> dict[str, bytes]:
    return contents(demo_run[0])


def test_file_inventory(expected, demo_run):
    assert len(expected) == demo_run[1].files_written == 4 + 1 + 126 + 4 + 1
    assert "reference/wijkenbuurten_2026.gpkg" in expected
    assert "inbox/jongereninbreng_2025.csv" in expected
    assert not any(Path(name).name.startswith(".") for name in expected)


def test_cli_other_seed_differs_then_same_seed_overwrites_to_identical_bytes(
    expected, demo_run, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))  # the CLI's default data dir
    assert main(["--seed", "7"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("Demstervoort (GM9999): 6 wijken") and str(tmp_path) in line
    other = contents(tmp_path)
    assert set(other) == set(expected)
    differing = {name for name in expected if other[name] != expected[name]}
    assert differing >= set(expected) - {"inbox/stapeling_2026.csv"}

    summary = write_demo(tmp_path, seed=2026)  # a re-run over existing files
    assert contents(tmp_path) == expected
    assert summary == type(summary)(**{**vars(demo_run[1]), "data_dir": tmp_path})
