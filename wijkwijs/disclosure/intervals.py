"""What a published figure tells someone who knows the rules: the interval its true value is in.

Shared by the suppression (which protects against exactly this reading) and the attacker
(wijkwijs.attack), in Python and as DuckDB SQL expressions.

- A count is rounded half up to a multiple of `base`: a published v (> 0) stands for
  v - base//2 .. v + (base - 1) - base//2 (v-2..v+2 for base 5), and only for values of at least
  the threshold, because smaller ones are hidden (10 → 10..12 with threshold 10 and base 5).
  In a legacy copy a published 0 was an exact 0.
- Population at buurt and wijk level is randomly rounded to `population_base`: a published p
  stands for p - (base - 1) .. p + (base - 1); a gemeente's population is exact.
"""

from __future__ import annotations

from wijkwijs.disclosure.rules import DisclosureRules

INF = 10**12  # "no upper bound": sums over a national hierarchy stay far below 2**63


def round_count(value: int, base: int) -> int:
    """Round half up to a multiple of `base` (as DuckDB's round does for these values)."""
    return int((2 * value + base) // (2 * base)) * base if base > 1 else int(value)


def count_bounds(published: int, rules: DisclosureRules) -> tuple[int, int]:
    """The true values a published count can stand for."""
    b = rules.rounding_base
    if rules.zeros_published and published == 0:
        return 0, 0
    lo = max(published - b // 2, rules.threshold, 0)
    return lo, published + (b - 1) - b // 2


def count_bounds_sql(published: str, rules: DisclosureRules) -> tuple[str, str]:
    """`count_bounds` as two SQL expressions on the column `published`."""
    b, t = rules.rounding_base, rules.threshold
    lo = f"greatest({published} - {b // 2}, {t}, 0)"
    if rules.zeros_published:
        lo = f"case when {published} = 0 then 0 else {lo} end"
        hi = f"case when {published} = 0 then 0 else {published} + {(b - 1) - b // 2} end"
        return lo, hi
    return lo, f"{published} + {(b - 1) - b // 2}"


def round_count_sql(value: str, base: int) -> str:
    return f"cast(round({value} / {base}.0) * {base} as bigint)" if base > 1 else value


def population_error(rules: DisclosureRules, area_level: str) -> int:
    """How far a published population can be from the true one."""
    return 0 if area_level == "gemeente" else max(rules.population_base - 1, 0)


def population_upper_sql(published: str, area_level: str, rules: DisclosureRules) -> str:
    """The largest true population a published one allows (no bound when it is unknown)."""
    err = max(rules.population_base - 1, 0)
    return (
        f"coalesce({published} + case when {area_level} = 'gemeente' then 0 else {err} end, "
        f"{INF})"
    )
