"""Is a change in a count larger than chance, small numbers and rounding explain?

One rule for every page that says "significant change" (the team meeting, issue 18.4; more
pages in issue 19). Plain functions, no data access.

The rule (docs/appdb.md, "Significant change"):

- A count per area and month is treated as Poisson. Its expected value comes from the
  comparison months (by default the 12 before it). Because that expectation is itself
  estimated from a few months, the limits are those of the *predictive* distribution: with a
  Jeffreys prior, λ | baseline ~ Gamma(S + ½, k) for S cases in k months, so the next month's
  count is negative binomial NB(S + ½, k / (k + 1)). With many comparison months this is the
  Poisson funnel-plot limit around the mean (Spiegelhalter 2005); with few it is wider, as it
  should be.
- Published counts are rounded (to a multiple of `rounding_base`; 0 is exact): a published v
  stands for a true count anywhere in v − r … v + r, r = ⌊base / 2⌋. The limits are taken at
  the least favourable true values — the lower limit from the smallest possible baseline, the
  upper from the largest — and then widened by r for the current value's own rounding. A change
  beyond these limits cannot be explained by rounding, whatever the true counts were.
- Two levels, as in a funnel plot: 95 % ("mogelijk") and 99.8 % ("duidelijk", about 3 SD).
- Suppressed, not-published and unknown values are no numbers: a suppressed current value, or
  fewer than `min_baseline` comparison months with a number, gives "niet te toetsen" with the
  reason, never a verdict.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

LEVELS = (0.95, 0.998)  # two-sided: "mogelijk" outside the first, "duidelijk" outside both
HIGHER, LOWER, WITHIN, UNTESTABLE = "hoger", "lager", "binnen", "niet_te_toetsen"
STRENGTH_LABELS = {0.95: "mogelijk", 0.998: "duidelijk"}
LARGE = 1000.0  # above this mean the predictive quantile is taken from the normal approximation


@dataclass(frozen=True)
class ChangeTest:
    observed: float | None  # the current (published) count
    expected: float | None  # mean of the comparison months with a number
    baseline_months: int  # how many comparison months had a number
    limits: dict[float, tuple[float, float]]  # level → (lower, upper) on the published scale
    verdict: str  # hoger, lager, binnen, niet_te_toetsen
    level: float | None  # the widest level the value lies outside (None: within or untestable)
    reason: str = ""  # Dutch, when untestable

    @property
    def changed(self) -> bool:
        return self.verdict in (HIGHER, LOWER)

    @property
    def label(self) -> str:
        """Dutch: 'duidelijk hoger', 'mogelijk lager', 'binnen de grenzen', or the reason."""
        if self.verdict == UNTESTABLE:
            return f"niet te toetsen ({self.reason})"
        if self.verdict == WITHIN:
            return "binnen de grenzen"
        return f"{STRENGTH_LABELS[self.level]} {self.verdict}"


def _negbin_quantile(q: float, shape: float, p: float) -> int:
    """Smallest x with P(X ≤ x) ≥ q for X ~ NB(shape, p) (failures before `shape` successes
    of probability p; mean shape (1 − p) / p). Summed from the pmf in log space."""
    if shape <= 0:
        return 0
    mean, variance = shape * (1 - p) / p, shape * (1 - p) / p**2
    if mean > LARGE:  # summing the pmf costs time linear in the mean; the normal is exact enough
        return max(0, math.ceil(mean + NormalDist().inv_cdf(q) * math.sqrt(variance) - 0.5))
    log_p, log_q = math.log(p), math.log1p(-p)
    log_norm = math.lgamma(shape)
    cumulative, x = 0.0, 0
    limit = int(mean + 50 * math.sqrt(variance + 1) + 50)
    while x <= limit:
        log_pmf = (math.lgamma(x + shape) - log_norm - math.lgamma(x + 1)
                   + shape * log_p + x * log_q)
        cumulative += math.exp(log_pmf)
        if cumulative >= q - 1e-12:
            return x
        x += 1
    return limit


def predictive_limits(total: float, months: int, level: float) -> tuple[int, int]:
    """(lower, upper) limits for next month's true count after `total` cases in `months`
    comparison months, two-sided at `level` (NB(total + ½, months / (months + 1)))."""
    alpha = 1 - level
    shape, p = total + 0.5, months / (months + 1)
    return _negbin_quantile(alpha / 2, shape, p), _negbin_quantile(1 - alpha / 2, shape, p)


def change_test(
    baseline: Sequence[float | None],
    current: float | None,
    *,
    rounding_base: int = 5,
    min_baseline: int = 3,
    current_reason: str = "geen getal",
) -> ChangeTest:
    """Test `current` against the comparison months `baseline` (None: no number that month).

    Values are published counts (multiples of `rounding_base`; use 1 for exact counts).
    `current_reason` says in Dutch why `current` is None (e.g. 'geheim').
    """
    numbers = [float(v) for v in baseline if v is not None and not math.isnan(float(v))]
    expected = sum(numbers) / len(numbers) if numbers else None
    if current is None or (isinstance(current, float) and math.isnan(current)):
        return ChangeTest(None, expected, len(numbers), {}, UNTESTABLE, None, current_reason)
    if len(numbers) < min_baseline:
        return ChangeTest(float(current), expected, len(numbers), {}, UNTESTABLE, None,
                          f"minder dan {min_baseline} vergelijkingsmaanden met een getal")
    r = rounding_base // 2
    low_total = sum(max(v - r, 0.0) for v in numbers)
    high_total = sum(v + r for v in numbers)
    limits: dict[float, tuple[float, float]] = {}
    verdict, level_out = WITHIN, None
    for level in LEVELS:
        lower, _ = predictive_limits(low_total, len(numbers), level)
        _, upper = predictive_limits(high_total, len(numbers), level)
        shown = (float(max(lower - r, 0)), float(upper + r))
        limits[level] = shown
        if current > shown[1]:
            verdict, level_out = HIGHER, level
        elif current < shown[0]:
            verdict, level_out = LOWER, level
    return ChangeTest(float(current), expected, len(numbers), limits, verdict, level_out)
