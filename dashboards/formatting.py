"""Dutch display text for figures: one value with its state becomes one string.

A value is a number or one of the states of the data contract; a state that is not a number
is shown with its Dutch label, never as 0 or as an empty cell.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from wijkwijs.disclosure import DisclosureRules

# Labels of the data contract; the serving copy's `value_states` table overrides them.
STATE_LABELS = {
    "suppressed": "geheim",
    "not_published": "nog niet gepubliceerd",
    "unknown": "onbekend",
    "not_delivered": "nog niet geleverd",  # the domain's export for that month has not arrived
    "too_few_residents": "te weinig inwoners",
}

NUMBER_STATUS = "getal"  # the status of a normal figure: a word, not a dash that reads as "none"

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def format_value(
    value: float | int | None,
    state: str | None = "number",
    *,
    decimals: int = 0,
    labels: Mapping[str, str] | None = None,
) -> str:
    """The Dutch display text of `value` in `state`.

    Numbers in Dutch notation: `1.234` for counts (`decimals=0`), `12,3` for rates
    (`decimals=1`). Any other state, and a number state without a value, gives the state's
    label (from `labels`, falling back to the data contract's labels).
    """
    missing = value is None or (isinstance(value, float) and math.isnan(value))
    if state == "number" and not missing:
        return _number_text(float(value), decimals)
    if state in (None, "number"):
        state = "unknown"  # a number state without a number is not a figure anyone knows
    merged = {**STATE_LABELS, **{k: v for k, v in (labels or {}).items() if k != "number"}}
    return merged.get(state, STATE_LABELS["unknown"])


def state_text(state: str | None, labels: Mapping[str, str] | None = None) -> str:
    """The status of a value in words: `getal` for a number, else the state's label (the
    copy's `value_states` writes `—` for a number, which reads as "no data")."""
    if state == "number":
        return NUMBER_STATUS
    merged = {**STATE_LABELS, **{k: v for k, v in (labels or {}).items() if k != "number"}}
    return merged.get(state or "unknown", STATE_LABELS["unknown"])


# a map or table repeats the same values thousands of times (14,500 buurten at national scale)
@lru_cache(maxsize=65_536)
def _number_text(value: float, decimals: int) -> str:
    # half up, as CBS rounds (Python's own rounding would turn 2,25 into 2,2)
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = f"{exact:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_change(
    value: float | int | None,
    state: str | None = "number",
    *,
    decimals: int = 1,
    labels: Mapping[str, str] | None = None,
) -> str:
    """A change with its sign: `+1,5`, `-0,3`, `0,0`; a state that is not a number as its label."""
    text = format_value(value, state, decimals=decimals, labels=labels)
    if state != "number" or value is None or pd_isnan(value):
        return text
    if text.lstrip("-").strip("0,.") == "":
        return text.lstrip("-")  # rounds to zero: no sign (not `-0,0`)
    return "+" + text if float(value) > 0 else text


def pd_isnan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)


def format_month(period: date) -> str:
    """`date(2024, 3, 1)` → `maart 2024`."""
    return f"{MONTHS_NL[period.month - 1]} {period.year}"


def month_key(period: date) -> str:
    """`date(2024, 3, 1)` → `2024-03`, the form used in the URL."""
    return f"{period.year:04d}-{period.month:02d}"


def join_nl(items: list[str]) -> str:
    """`["Wmo", "Jeugdwet", "Participatiewet"]` → `Wmo, Jeugdwet en Participatiewet`."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} en {items[-1]}"


def rules_note(rules: DisclosureRules) -> str:
    """What the states and the rounding mean, with the rules the serving copy was made with."""
    if rules.zeros_published:
        small = f"geheim: 1 tot {rules.threshold} niet getoond, of beschermd"
        area = ""
    else:
        small = (f"geheim: minder dan {rules.threshold} (ook 0), of verborgen zodat het niet "
                 "uit andere cijfers volgt")
        area = (f"; te weinig inwoners: een gebied met minder dan {rules.min_residents} "
                f"inwoners, of minder dan {rules.min_group_residents} in de doelgroep, krijgt "
                "geen cijfers (wel meegeteld in wijk en gemeente)")
    population = (f"; inwonertallen van buurten en wijken afgerond op {rules.population_base}"
                  if rules.population_base > 1 else "")
    return (f"{small}{area}; aantallen afgerond op {rules.rounding_base}{population}; "
            "nog niet gepubliceerd en onbekend zijn geen 0")
