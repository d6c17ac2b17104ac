"""Disclosure control: the one module every figure passes on its way out of the warehouse.

Rules (DESIGN.md), all as SQL so they run inside DuckDB at any scale:
- primary suppression: a count from 1 to `threshold - 1` becomes `suppressed`;
- rounding: published counts are rounded to a multiple of `rounding_base` (CBS practice: 5);
- rates are recomputed from the rounded count (as CBS does) and are suppressed with their count;
- a value that is not a number keeps its own state (suppressed, not_published, unknown).

Default threshold 5 and base 5: CBS rounds Wmo and youth-care counts to multiples of 5 and
treats small values as secret; with both at 5 no published count lies between 1 and 4.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class DisclosureRules:
    threshold: int = 5
    rounding_base: int = 5

    @classmethod
    def from_env(cls) -> DisclosureRules:
        return cls(
            threshold=int(os.environ.get("WIJKWIJS_SUPPRESSION_THRESHOLD", cls.threshold)),
            rounding_base=int(os.environ.get("WIJKWIJS_ROUNDING_BASE", cls.rounding_base)),
        )


@dataclass(frozen=True)
class CountColumns:
    """Which columns of a table hold a count, its state and the rate derived from it."""

    count: str
    state: str
    rate: str | None = None
    rate_state: str | None = None
    denominator: str | None = None
    per: int = 1000


def controlled_select(source: str, cols: CountColumns, rules: DisclosureRules) -> str:
    """A select over `source` with the count, its state and its rate disclosure-controlled."""
    small = f"({cols.state} = 'number' and {cols.count} between 1 and {rules.threshold - 1})"
    base = rules.rounding_base
    rounded = (
        f"cast(round({cols.count} / {base}.0) * {base} as integer)" if base > 1 else cols.count
    )
    count = f"case when {small} or {cols.state} <> 'number' then null else {rounded} end"
    state = f"case when {small} then 'suppressed' else {cols.state} end"
    replaced = [f"{count} as {cols.count}", f"{state} as {cols.state}"]
    if cols.rate:
        rate = (
            f"case when {small} or {cols.rate_state} <> 'number' then null "
            f"else round({rounded} * {cols.per}.0 / {cols.denominator}, 1) end"
        )
        rate_state = f"case when {small} then 'suppressed' else {cols.rate_state} end"
        replaced += [f"{rate} as {cols.rate}", f"{rate_state} as {cols.rate_state}"]
    return f"select * replace ({', '.join(replaced)}) from {source}"


def rounded_select(source: str, columns: list[str], rules: DisclosureRules) -> str:
    """Population-like counts that are published rounded but never suppressed."""
    base = rules.rounding_base
    replaced = [f"cast(round({c} / {base}.0) * {base} as integer) as {c}" for c in columns]
    return f"select * replace ({', '.join(replaced)}) from {source}"
