"""Settings: read in wijkwijs/config.py, checked for their kind, every one in docs/settings.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wijkwijs import config

REPO = Path(__file__).resolve().parents[2]
# where the product reads its environment (tests set variables, they do not define them)
CODE = ["wijkwijs", "orchestration", "dashboards", "bench", "dbt_project/profiles.yml",
        "dbt_project/models", "Makefile"]


def test_defaults_without_any_variable(monkeypatch):
    for name in ("WIJKWIJS_MAX_FILE_MB", "WIJKWIJS_SHRINK_TOLERANCE",
                 "WIJKWIJS_SHRINK_TOLERANCE_REPLACED", "WIJKWIJS_WRITER_WAIT",
                 "WIJKWIJS_MAX_AGE_MONTHS", "WIJKWIJS_FIRST_MONTH", "WIJKWIJS_PDOK_WFS",
                 "WIJKWIJS_PDOK_OGC"):
        monkeypatch.delenv(name, raising=False)
    assert config.max_file_mb() == 200
    assert config.shrink_tolerances() == (0.0, 0.05)
    assert config.writer_wait_seconds() == 120.0
    assert config.max_age_months() == 3
    assert config.first_month() == "2015-01-01"
    wfs, ogc = config.pdok_urls()
    assert wfs.format(year=2024) == "https://service.pdok.nl/cbs/wijkenbuurten/2024/wfs/v1_0"
    assert ogc.format(year=2024) == "https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1"


def test_each_variable_is_read_when_asked_not_at_import(monkeypatch):
    monkeypatch.setenv("WIJKWIJS_SHRINK_TOLERANCE", "0.2")
    monkeypatch.setenv("WIJKWIJS_SHRINK_TOLERANCE_REPLACED", " 0.01 ")
    monkeypatch.setenv("WIJKWIJS_WRITER_WAIT", "0.5")
    monkeypatch.setenv("WIJKWIJS_MAX_AGE_MONTHS", "6")
    monkeypatch.setenv("WIJKWIJS_MAX_FILE_MB", "10")
    monkeypatch.setenv("WIJKWIJS_FIRST_MONTH", "2020-01-01")
    monkeypatch.setenv("WIJKWIJS_PDOK_OGC", "http://localhost:9/{year}")
    assert config.shrink_tolerances() == (0.01, 0.2)
    assert config.writer_wait_seconds() == 0.5
    assert config.max_age_months() == 6
    assert config.max_file_mb() == 10
    assert config.first_month() == "2020-01-01"
    assert config.pdok_urls()[1] == "http://localhost:9/{year}"


@pytest.mark.parametrize(("name", "value", "reader", "kind"), [
    ("WIJKWIJS_MAX_AGE_MONTHS", "drie", config.max_age_months, "whole number"),
    ("WIJKWIJS_MAX_FILE_MB", "1.5", config.max_file_mb, "whole number"),
    ("WIJKWIJS_WRITER_WAIT", "2 min", config.writer_wait_seconds, "number"),
    ("WIJKWIJS_SHRINK_TOLERANCE", "5%", config.shrink_tolerances, "number"),
])
def test_a_value_of_the_wrong_kind_names_the_variable(monkeypatch, name, value, reader, kind):
    monkeypatch.setenv(name, value)
    with pytest.raises(config.SettingError) as caught:
        reader()
    assert str(caught.value) == f"{name}={value!r} is not a {kind} / is geen getal"


def test_the_loaders_use_the_settings(monkeypatch):
    from wijkwijs.ingest import freshness, shrink, writer

    assert freshness.max_age_months is config.max_age_months
    assert shrink.shrink_tolerances is config.shrink_tolerances
    assert writer.writer_wait_seconds is config.writer_wait_seconds


def _variables_in(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for file in files:
            if file.suffix in {".py", ".yml", ".sql", ""} and "target" not in file.parts:
                found |= set(re.findall(r"WIJKWIJS_[A-Z0-9_]*[A-Z0-9]", file.read_text(
                    encoding="utf-8", errors="replace")))
    return found


def test_every_variable_the_code_reads_is_in_the_settings_table():
    table = (REPO / "docs" / "settings.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`(WIJKWIJS_[A-Z0-9_]+)`", table))
    used = _variables_in([REPO / p for p in CODE])
    assert used - documented == set()
    assert len(used) >= 25  # the scan found the code (28 variables when this was written)
