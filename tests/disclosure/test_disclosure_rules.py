"""The rules (defaults as CBS, from the environment, back from a copy) and the secret key."""

from __future__ import annotations

import stat

import numpy as np
import pandas as pd
import pytest

from wijkwijs.disclosure import DisclosureRules, RulesError
from wijkwijs.disclosure.keys import disclosure_key, unit
from wijkwijs.disclosure.population import random_round, round_population
from wijkwijs.disclosure.rules import LEGACY_METHOD, METHOD


def test_defaults_follow_cbs_for_wmo_and_youth_care_tables():
    rules = DisclosureRules.from_env({})
    assert (rules.threshold, rules.rounding_base, rules.min_residents,
            rules.min_group_residents, rules.protection_width, rules.population_base) == (
        10, 5, 50, 50, 5, 5)
    assert rules.smallest_hidden == 0 and not rules.zeros_published  # 0 is hidden too


def test_rules_from_the_environment_and_clear_errors():
    rules = DisclosureRules.from_env({"WIJKWIJS_SUPPRESSION_THRESHOLD": "5",
                                      "WIJKWIJS_PROTECTION_WIDTH": "4",
                                      "WIJKWIJS_MIN_RESIDENTS": "100"})
    assert (rules.threshold, rules.protection_width, rules.min_residents) == (5, 4, 100)
    with pytest.raises(RulesError, match="WIJKWIJS_ROUNDING_BASE='vijf'"):
        DisclosureRules.from_env({"WIJKWIJS_ROUNDING_BASE": "vijf"})
    # a hidden count lies in 0..threshold-1: no interval of it can be 5 wide under threshold 5
    with pytest.raises(RulesError, match="protection_width must lie between 0 and threshold - 1"):
        DisclosureRules.from_env({"WIJKWIJS_SUPPRESSION_THRESHOLD": "5"})


def test_rules_back_from_publish_info_new_and_legacy():
    info = {"published_at": pd.Timestamp("2026-01-01"), **DisclosureRules().publish_info_columns()}
    assert DisclosureRules.from_publish_info(info) == DisclosureRules()
    legacy = DisclosureRules.from_publish_info({"suppression_threshold": 5, "rounding_base": 5})
    assert legacy.method == LEGACY_METHOD and legacy.zeros_published
    assert legacy.smallest_hidden == 1 and DisclosureRules().method == METHOD
    assert DisclosureRules.from_row(DisclosureRules().as_row()) == DisclosureRules()


def test_the_key_is_created_once_outside_the_copy_and_readable_by_its_owner_only(
        tmp_path, monkeypatch):
    monkeypatch.delenv("WIJKWIJS_DISCLOSURE_KEY", raising=False)
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    key = disclosure_key()
    path = tmp_path / "secrets" / "disclosure.key"
    assert len(key) == 32 and path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert disclosure_key() == key  # a rerun: the same key, so the same copy
    monkeypatch.setenv("WIJKWIJS_DISCLOSURE_KEY", "00" * 32)
    assert disclosure_key() == bytes(32)


def test_random_rounding_is_unbiased_deterministic_and_within_the_base():
    values = np.arange(0, 2000)
    draws = np.array([unit(b"k" * 32, f"cell|{v}") for v in values])
    rounded = random_round(values, draws, 5)
    assert (rounded % 5 == 0).all() and (np.abs(rounded - values) <= 4).all()
    assert (random_round(values, draws, 5) == rounded).all()
    assert random_round(np.array([0]), np.array([0.0]), 5)[0] == 0  # 0 stays 0
    assert abs(rounded.mean() - values.mean()) < 1.0  # unbiased: no drift in totals


def test_population_rounding_keeps_the_gemeente_and_repeats_a_figure_the_same_way():
    frame = pd.DataFrame({
        "area_level": ["buurt", "buurt", "wijk", "gemeente", "buurt"],
        "area_code": ["BU01", "BU01", "WK01", "GM01", "BU02"],
        "year": [2024, 2025, 2024, 2024, 2024],
        "residents_total": [23, 23, 1234, 1234, None],
    })
    out = round_population(frame, ["residents_total"], b"k" * 32, 5)
    assert out["residents_total"].iloc[3] == 1234  # the gemeente, exact as CBS publishes it
    assert out["residents_total"].iloc[0] % 5 == 0 and out["residents_total"].iloc[2] % 5 == 0
    # the same true figure of the same area in two years: one rounding, nothing to average
    assert out["residents_total"].iloc[0] == out["residents_total"].iloc[1]
    assert pd.isna(out["residents_total"].iloc[4])
    other = round_population(frame, ["residents_total"], b"x" * 32, 5)
    keys_differ = [round_population(frame.assign(residents_total=[n] * 5), ["residents_total"],
                                    k, 5)["residents_total"].iloc[0]
                   for n in range(1, 60, 7) for k in (b"a" * 32, b"b" * 32)]
    assert len(set(keys_differ)) > 2 and other["residents_total"].iloc[3] == 1234


def test_one_true_figure_is_rounded_once_wherever_it_is_published():
    # 18-66 and 18 to the AOW age are one group when the AOW age is 67; a wijk of one buurt has
    # that buurt's population. Rounded independently, two published values of one figure
    # that differ (one rounded up, one down) narrow it from 9 possible values to 4.
    key = b"k" * 32
    frame = pd.DataFrame({
        "boundary_year": [2024] * 3,
        "area_level": ["buurt", "wijk", "wijk"],
        "area_code": ["BU01", "WK01", "WK02"],
        "residents_18_66": list(range(101, 104)),
        "residents_18_aow": list(range(101, 104)),
    })
    for n in range(101, 131):  # many true values: some would be rounded apart by chance
        frame = frame.assign(residents_18_66=n, residents_18_aow=n)
        out = round_population(frame, ["residents_18_66", "residents_18_aow"], key, 5,
                               same_as={(2024, "WK01"): "BU01"})
        assert (out["residents_18_66"] == out["residents_18_aow"]).all()
        assert out["residents_18_66"].iloc[0] == out["residents_18_66"].iloc[1]  # WK01 = BU01
    # other areas and other values still draw their own rounding
    many = pd.DataFrame({"boundary_year": 2024, "area_level": "buurt",
                         "area_code": [f"BU{i:02d}" for i in range(40)], "residents_total": 103})
    assert set(round_population(many, ["residents_total"], key, 5)["residents_total"]) == {100,
                                                                                         105}
