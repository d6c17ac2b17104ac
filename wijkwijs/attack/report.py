"""What the attacker found, per table, and the verdict: publishable or not."""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from wijkwijs.disclosure.rules import DisclosureRules

LABELS = {
    "area_clients_monthly": "cliënten per maand",
    "area_client_totals_monthly": "unieke cliënten per maand",
    "area_stapeling_yearly": "stapeling per jaar",
    "youth_input_by_buurt_theme": "jongereninbreng per buurt en thema",
}


EXAMPLES = 3  # the narrowest hidden cells a finding quotes


@dataclass(frozen=True)
class TableFindings:
    source: str
    examined: int  # every cell of the table's hierarchies
    hidden: int  # cells the disclosure control hid (geheim, te weinig inwoners)
    exact: int  # hidden cells whose value the attacker knows exactly
    pinned: int  # hidden cells whose interval lies inside 1..threshold-1
    narrow: int  # other hidden cells with an interval narrower than the protection width
    published_small: int  # published counts below the threshold
    inconsistent: int  # hidden cells no value fits, even without the population bounds
    examples: tuple[str, ...] = ()

    @property
    def failing(self) -> int:
        return self.pinned + self.narrow + self.published_small + self.inconsistent


@dataclass(frozen=True)
class Audit:
    rules: DisclosureRules
    width: int
    tables: tuple[TableFindings, ...]
    population_exact: int  # buurt/wijk population figures that are not rounded to 5
    population_checked: int
    youth_records_revealing: int  # records showing an age band its cell hides
    linked_groups: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
    population_twice: int = 0  # one true population figure published as two values
    youth_loads_by_month: int = 0  # served youth deliveries dated finer than the quarter
    small_group_rates: int = 0  # rates about a group the copy shows is below the minimum

    @property
    def ok(self) -> bool:
        return (
            all(t.failing == 0 for t in self.tables)
            and self.population_exact == 0
            and self.youth_records_revealing == 0
            and self.population_twice == 0
            and self.youth_loads_by_month == 0
            and self.small_group_rates == 0
        )

    def totals(self) -> dict[str, int]:
        keys = ("examined", "hidden", "exact", "pinned", "narrow", "published_small")
        return {k: sum(getattr(t, k) for t in self.tables) for k in keys}

    def text(self) -> str:
        r = self.rules
        lines = [
            f"Aanvaller op de serving-kopie / attacker on the serving copy ({r.method})",
            f"regels / rules: geheim onder {r.threshold}, afgerond op {r.rounding_base}, "
            f"beschermingsbreedte {self.width}, minimum {r.min_residents} inwoners "
            f"({r.min_group_residents} in de groep)",
        ]
        for t in self.tables:
            lines.append(
                f"  {LABELS.get(t.source, t.source)}: examined {t.examined}, hidden {t.hidden}, "
                f"exact {t.exact}, pinned {t.pinned} (inside 1..{r.threshold - 1}), "
                f"narrow {t.narrow} (< {self.width} wide), published below threshold "
                f"{t.published_small}"
                + (f", inconsistent {t.inconsistent}" if t.inconsistent else "")
            )
            lines += [f"    e.g. {e}" for e in t.examples]
        total = self.totals()
        lines.append(
            f"  total: examined {total['examined']}, hidden {total['hidden']}, "
            f"pinned {total['pinned']}, exact {total['exact']}, narrow {total['narrow']}"
        )
        lines.append(
            f"  population not rounded to 5 (buurt, wijk): {self.population_exact} of "
            f"{self.population_checked}"
        )
        lines.append(
            "  population published twice with different roundings (same group, AOW 67 and "
            f"18-66, a wijk of one buurt): {self.population_twice}"
        )
        lines.append(f"  youth records showing a hidden age band: {self.youth_records_revealing}")
        lines.append(
            f"  youth deliveries in the load log dated by month: {self.youth_loads_by_month}"
        )
        lines.append(
            f"  rates about a group published below {r.min_group_residents} residents: "
            f"{self.small_group_rates}"
        )
        if self.linked_groups:
            lines.append(f"  linked tables solved by linear programming: {self.linked_groups}")
        lines += [f"  note: {n}" for n in self.notes]
        lines.append(
            "Oordeel / verdict: "
            + ("publiceerbaar / publishable" if self.ok else "NIET publiceerbaar / NOT publishable")
        )
        return "\n".join(lines)


def table_findings(con: duckdb.DuckDBPyConnection, rules: DisclosureRules, width: int,
                   examples: int = EXAMPLES) -> list[TableFindings]:
    t = rules.threshold
    rows = con.execute(
        f"""
        with judged as (
            select *,
                hidden and f_lo = f_hi as is_exact,
                hidden and f_lo <= f_hi and f_lo >= 1 and f_hi <= {t - 1} as is_pinned,
                hidden and f_lo <= f_hi and not (f_lo >= 1 and f_hi <= {t - 1})
                    and f_hi - f_lo < least({width}, a_width) as is_narrow,
                published and value between {rules.smallest_hidden} and {t - 1}
                    and area_level <> 'total' as is_small,
                hidden and f_lo > f_hi as is_inconsistent
            from bounds
        )
        select source, count(*), count(*) filter (where hidden),
            count(*) filter (where is_exact), count(*) filter (where is_pinned),
            count(*) filter (where is_narrow), count(*) filter (where is_small),
            count(*) filter (where is_inconsistent),
            list(tree || ' ' || area_code || ' in ' || f_lo || '..' || f_hi
                 order by f_hi - f_lo, tree, area_code)
                filter (where is_pinned or is_narrow)
        from judged group by source order by source
        """
    ).fetchall()
    return [
        TableFindings(source, *counts, examples=tuple((found or [])[:examples]))
        for source, *counts, found in rows
    ]
