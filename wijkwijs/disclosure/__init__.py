"""Disclosure control: the one module every published count passes through (docs/design.md).

- `rules`: the rules and their defaults (CBS practice), from the pipeline's environment or from
  a serving copy's `publish_info`;
- `keys`: the secret key behind random rounding and the secondary choice;
- `population`: buurt and wijk population randomly rounded to 5;
- `intervals`, `propagate`: what published figures tell an attacker, over a whole hierarchy;
- `suppress`: small areas, threshold, interval-aware secondary suppression, rounding;
- `dbt`: the glue the dbt Python models call.

The attacker that judges a serving copy is `wijkwijs.attack`; docs/privacy.md explains both.
"""

from wijkwijs.disclosure.rules import DisclosureRules, RulesError

__all__ = ["DisclosureRules", "RulesError"]
