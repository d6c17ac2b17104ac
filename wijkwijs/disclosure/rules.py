"""The disclosure rules: one set, chosen when the pipeline runs and written into the copy.

The pipeline reads them from its environment (`DisclosureRules.from_env`); dbt writes them into
`intermediate.int_disclosure_rules`, the marts are built with them, and publish copies that one
row into the serving copy's `publish_info`. The dashboard, the exports and the youth pages read
`publish_info` (`DisclosureRules.from_publish_info`), never their own environment, so what a page
says about the rules is what the copy was made with. docs/privacy.md explains every default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass

# The method a copy was protected with. A copy without it in publish_info was made by the first
# algorithm (zeros exact, 1..threshold-1 hidden, the smallest non-zero sibling hidden second):
# the attacker (wijkwijs.attack) reads an old copy with that algorithm's knowledge.
METHOD = "cbs-threshold/interval-secondary/keyed-v2"
LEGACY_METHOD = "threshold/count-secondary/smallest-nonzero-v1"

ENV = {
    "threshold": "WIJKWIJS_SUPPRESSION_THRESHOLD",
    "rounding_base": "WIJKWIJS_ROUNDING_BASE",
    "min_residents": "WIJKWIJS_MIN_RESIDENTS",
    "min_group_residents": "WIJKWIJS_MIN_GROUP_RESIDENTS",
    "protection_width": "WIJKWIJS_PROTECTION_WIDTH",
}


class RulesError(ValueError):
    """A disclosure rule from the environment that cannot be used."""


@dataclass(frozen=True)
class DisclosureRules:
    threshold: int = 10  # counts 0..threshold-1 are hidden (CBS, Wmo and youth-care tables)
    rounding_base: int = 5  # published counts are rounded to a multiple of this
    min_residents: int = 50  # an area with fewer residents publishes no social figure
    min_group_residents: int = 50  # ... nor one about a population group smaller than this
    protection_width: int = 5  # a hidden count's feasible interval is at least this wide
    population_base: int = 5  # buurt and wijk population: random rounding to this multiple
    method: str = METHOD

    @property
    def zeros_published(self) -> bool:
        """True only for legacy copies: a published 0 was an exact 0 there."""
        return self.method == LEGACY_METHOD

    @property
    def smallest_hidden(self) -> int:
        """The smallest value the threshold rule hides: 0 now (as CBS), 1 in legacy copies."""
        return 1 if self.zeros_published else 0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> DisclosureRules:
        environ = os.environ if environ is None else environ
        values = {}
        for field, name in ENV.items():
            raw = environ.get(name)
            if raw is None or raw.strip() == "":
                continue
            try:
                values[field] = int(raw)
            except ValueError as exc:
                raise RulesError(
                    f"{name}={raw!r} is geen geheel getal / is not a whole number"
                ) from exc
        return cls(**values).validated()

    def validated(self) -> DisclosureRules:
        problems = []
        if self.threshold < 1:
            problems.append("threshold must be at least 1")
        if self.rounding_base < 1:
            problems.append("rounding_base must be at least 1")
        if self.min_residents < 0 or self.min_group_residents < 0:
            problems.append("the minimum population cannot be negative")
        if not 0 <= self.protection_width <= self.threshold - 1:
            # a hidden small count lies in 0..threshold-1: no interval of it can be wider
            problems.append("protection_width must lie between 0 and threshold - 1")
        if problems:
            raise RulesError(
                "Ongeldige geheimhoudingsregels / invalid disclosure rules: " + "; ".join(problems)
            )
        return self

    def as_row(self) -> dict:
        """The rules as one row (int_disclosure_rules)."""
        return asdict(self)

    @classmethod
    def from_row(cls, row: Mapping) -> DisclosureRules:
        """The rules back from `as_row` (e.g. read from int_disclosure_rules)."""
        return cls(**{k: (str(v) if k == "method" else int(v)) for k, v in row.items()})

    @classmethod
    def from_publish_info(cls, info: Mapping) -> DisclosureRules:
        """The rules a serving copy was published with; a copy from before this module had only
        threshold and base in publish_info and was made with the legacy method."""

        def get(name, default):
            value = info.get(name)
            try:
                missing = value is None or value != value  # NaN from a pandas row
            except TypeError:
                missing = False
            return default if missing else value

        method = get("method", None)
        if method is None:
            return cls(
                threshold=int(get("suppression_threshold", 5)),
                rounding_base=int(get("rounding_base", 5)),
                min_residents=0,
                min_group_residents=0,
                protection_width=0,
                population_base=1,
                method=LEGACY_METHOD,
            )
        return cls(
            threshold=int(get("suppression_threshold", cls.threshold)),
            rounding_base=int(get("rounding_base", cls.rounding_base)),
            min_residents=int(get("min_residents", cls.min_residents)),
            min_group_residents=int(get("min_group_residents", cls.min_group_residents)),
            protection_width=int(get("protection_width", cls.protection_width)),
            population_base=int(get("population_base", cls.population_base)),
            method=str(method),
        )

    def publish_info_columns(self) -> dict:
        """The columns publish_info records (names as the dashboard reads them)."""
        return {
            "suppression_threshold": self.threshold,
            "rounding_base": self.rounding_base,
            "min_residents": self.min_residents,
            "min_group_residents": self.min_group_residents,
            "protection_width": self.protection_width,
            "population_base": self.population_base,
            "method": self.method,
        }
