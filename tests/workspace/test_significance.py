"""The significant-change rule (wijkwijs/significance.py): values, states, and its error rate
on counts that did not change, rounded the way the serving copy rounds them."""

from __future__ import annotations

import math

import numpy as np
import pytest

from wijkwijs.significance import (
    HIGHER,
    LOWER,
    UNTESTABLE,
    WITHIN,
    change_test,
    predictive_limits,
)


def poisson_quantile(q: float, mu: float) -> int:
    total, x = 0.0, 0
    while True:
        total += math.exp(-mu + x * math.log(mu) - math.lgamma(x + 1))
        if total >= q:
            return x
        x += 1


@pytest.mark.parametrize("mu", [2.0, 20.0, 150.0])
def test_with_a_long_baseline_the_limits_are_the_poisson_funnel_limits(mu):
    months = 2000
    for level in (0.95, 0.998):
        alpha = 1 - level
        assert predictive_limits(mu * months, months, level) == (
            poisson_quantile(alpha / 2, mu), poisson_quantile(1 - alpha / 2, mu))


def test_a_short_baseline_gives_wider_limits():
    long_lower, long_upper = predictive_limits(20 * 120, 120, 0.95)
    short_lower, short_upper = predictive_limits(20 * 3, 3, 0.95)
    assert short_lower <= long_lower and short_upper > long_upper


def test_values_and_the_widening_for_rounding():
    test = change_test([20] * 12, 40)  # published counts, rounded to 5
    # true baseline 18..22 a month; true current 38..42
    assert test.limits == {0.95: (8.0, 34.0), 0.998: (4.0, 41.0)}
    assert (test.verdict, test.level, test.label) == (HIGHER, 0.95, "mogelijk hoger")
    assert change_test([20] * 12, 45).label == "duidelijk hoger"
    assert change_test([100] * 12, 60).label == "duidelijk lager"
    assert change_test([20] * 12, 30).verdict == WITHIN
    # exact counts (base 1): the same baseline gives narrower limits
    assert change_test([20] * 12, 33, rounding_base=1).verdict == HIGHER
    assert change_test([20] * 12, 33).verdict == WITHIN


def test_no_number_is_no_verdict():
    secret = change_test([10] * 12, None, current_reason="geheim")
    assert (secret.verdict, secret.label) == (UNTESTABLE, "niet te toetsen (geheim)")
    few = change_test([None, None, 10, None], 40)
    assert few.verdict == UNTESTABLE and "vergelijkingsmaanden" in few.reason
    # suppressed comparison months are left out, not counted as 0
    assert change_test([None] * 9 + [40, 40, 40], 40).expected == 40.0
    assert change_test([0] * 12, 5).verdict == WITHIN  # 0..2 → 3..7 is within chance


@pytest.mark.parametrize("mu", [0.4, 3.0, 12.0, 40.0, 250.0])
def test_on_counts_that_did_not_change_the_alarm_rate_stays_below_the_level(mu):
    """13 months from one Poisson mean, rounded to 5 (0 stays 0): how often does the 13th
    month get flagged against the 12 before it?"""
    rng = np.random.default_rng(int(mu * 100))
    trials = 2000
    flagged = {0.95: 0, 0.998: 0}
    for _ in range(trials):
        counts = rng.poisson(mu, 13)
        published = [5 * round(c / 5) for c in counts]
        test = change_test(published[:12], published[12])
        if test.verdict in (HIGHER, LOWER):
            flagged[0.95] += 1
            flagged[0.998] += test.level == 0.998
    assert flagged[0.95] / trials <= 0.05
    assert flagged[0.998] / trials <= 0.004


def test_a_doubling_of_forty_is_found():
    rng = np.random.default_rng(7)
    found = 0
    for _ in range(500):
        base = [5 * round(c / 5) for c in rng.poisson(40, 12)]
        now = 5 * round(rng.poisson(80) / 5)
        found += change_test(base, now).verdict == HIGHER
    assert found / 500 > 0.95
