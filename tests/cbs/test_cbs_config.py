"""Choosing the municipality and years: environment, data/wijkwijs.toml, demo by default."""

import pytest

from wijkwijs.cbs.config import ConfigError, gemeente_code, load_selection, resolve_gemeente


def test_nothing_configured_keeps_the_demo(tmp_path):
    selection = load_selection(env={}, data_dir=tmp_path)
    assert selection.gemeente is None and selection.jaren == () and not selection.enabled


def test_environment_selects_municipality_and_years(tmp_path):
    selection = load_selection(
        env={"WIJKWIJS_GEMEENTE": "gm363", "WIJKWIJS_JAREN": "2024, 2023"}, data_dir=tmp_path
    )
    assert selection.gemeente_code == "GM0363"
    assert selection.jaren == (2023, 2024)
    assert selection.enabled and not selection.online


def test_toml_file_and_environment_wins(tmp_path):
    (tmp_path / "wijkwijs.toml").write_text(
        'gemeente = "Utrecht"\njaren = [2022, 2024]\nonline = true\n', encoding="utf-8"
    )
    from_file = load_selection(env={}, data_dir=tmp_path)
    assert (from_file.gemeente, from_file.jaren, from_file.online) == (
        "Utrecht",
        (2022, 2024),
        True,
    )
    assert from_file.gemeente_code is None  # a name, resolved later against a code list
    overridden = load_selection(env={"WIJKWIJS_JAREN": "2021-2023"}, data_dir=tmp_path)
    assert overridden.jaren == (2021, 2022, 2023)


def test_cbs_switch_without_municipality(tmp_path):
    assert load_selection(env={"WIJKWIJS_CBS": "1"}, data_dir=tmp_path).enabled


def test_codes_and_names_resolve():
    assert gemeente_code("0363") == "GM0363"
    assert gemeente_code("Amsterdam") is None
    names = {"GM0363    ": "Amsterdam", "GM0344": "Utrecht"}
    assert resolve_gemeente(" amsterdam ", names) == "GM0363"
    with pytest.raises(ConfigError):
        resolve_gemeente("Atlantis", names)
    with pytest.raises(ConfigError):
        load_selection(env={"WIJKWIJS_JAREN": "volgend jaar"})


def test_interface_choices_and_default_years(tmp_path):
    from datetime import date

    from wijkwijs.cbs.__main__ import default_years

    chosen = load_selection({"WIJKWIJS_CBS_ODATA": "V4", "WIJKWIJS_PDOK_API": "wfs"}, tmp_path)
    assert (chosen.odata, chosen.pdok) == ("v4", "wfs")
    assert (load_selection({}, tmp_path).odata, load_selection({}, tmp_path).pdok) == ("v3", "ogc")
    with pytest.raises(ConfigError, match="odata = 'v5' onbekend"):
        load_selection({"WIJKWIJS_CBS_ODATA": "v5"}, tmp_path)
    assert default_years(date(2025, 3, 1)) == tuple(range(2016, 2026))
