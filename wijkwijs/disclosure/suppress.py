"""Threshold suppression, the small-area rule, and interval-aware secondary suppression.

For every hierarchy of counts (one month, domain and category: gemeente → wijken → buurten):

1. *Small areas*: an area (or the population group a figure is about) below the minimum
   population publishes nothing; the state is `too_few_residents`. Its cases still count in its
   wijk and gemeente, which were summed before this step.
2. *Primary*: a count below the threshold (0 included, as CBS) is hidden (`suppressed`).
3. *Secondary*: an attacker reads every published count as the interval its rounding allows and
   knows the rules; worse, we let them know which hidden counts are small (primary) and which
   areas are small. `propagate.py` gives the interval every hidden cell can still be in. A cell
   fails when its interval lies inside 1..threshold-1 or is narrower than the protection width
   (or than what the published population alone allows, when that is narrower). For each
   failing cell one more published cell is hidden: a sibling first, then (if the cell is
   pinned by its own children) a child, then the parent, then (beside a hidden parent) a sibling
   of the parent. Which one is drawn by the disclosure key from those, so the choice says nothing
   about any value (wijkwijs.disclosure.keys). Repeated, on the hierarchies that changed only,
   until no cell fails or nothing is left to hide.
4. Published counts are rounded to the rounding base.

This is interval-aware secondary suppression as in tau-argus (Hundepool et al. 2012, ch. 4),
with a stronger attacker than tau-argus assumes (it knows the primary cells) and a choice that
does not depend on values; docs/privacy.md gives the reasons. The attacker that judges a
published copy from the copy alone is wijkwijs.attack.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from wijkwijs.disclosure.intervals import INF, round_count_sql
from wijkwijs.disclosure.keys import register_unit_function
from wijkwijs.disclosure.propagate import propagation_sql
from wijkwijs.disclosure.rules import DisclosureRules

MAX_PASSES = 40  # each pass hides at least one cell per failing hierarchy; real data need 2–5

# reasons, as stored in the `suppression` column (Dutch: what a data steward reads)
PRIMARY, SECONDARY, SMALL = "primair", "secundair", "te_weinig_inwoners"
TOO_FEW = "too_few_residents"


@dataclass(frozen=True)
class Hierarchy:
    """How the cells of one table form trees.

    `tree`: the columns that identify one tree (e.g. boundary_year, period, domain, category).
    `depth`: the deepest level (2 for gemeente → wijk → buurt; the root has depth 0).
    `exact`: published counts are not rounded (youth input: every idea is listed anyway).
    """

    tree: tuple[str, ...]
    depth: int = 2
    exact: bool = False


def protect(
    con: duckdb.DuckDBPyConnection,
    cells: str,
    hierarchy: Hierarchy,
    rules: DisclosureRules,
    key: bytes,
    name: str = "disclosure",
) -> duckdb.DuckDBPyRelation:
    """Disclosure-controlled rows of the view or table `cells`.

    `cells` has the tree columns, `area_code`, `parent_code` (NULL at the root), `depth`,
    `value` (true count, NULL unless `state` is 'number'), `state`, `small` (area or group below
    the minimum), `upper` (the largest count the published population allows; NULL: none) and
    `public` (a root published exactly whatever happens, e.g. a count of listed ideas). Returns
    those columns with `value` published (rounded) or NULL, `state` updated, `suppression`
    (why hidden) and `protection_ok` (False only where no more cells could be hidden).
    """
    t, w_min, inf = rules.threshold, rules.protection_width, INF
    base = 1 if hierarchy.exact else rules.rounding_base
    tree = list(hierarchy.tree)
    tree_cols = ", ".join(tree)
    work, facts, fails = f"{name}_work", f"{name}_facts", f"{name}_fails"
    keyed_unit = register_unit_function(con, key)

    published = round_count_sql("value", base)
    con.execute(
        f"""
        create or replace temp table {work} as
        with classed as (
            select *,
                case when state <> 'number' or value is null then 'unavailable'
                     when small then 'small'
                     when value < {t} and not coalesce(public, false) then 'primary'
                     else 'open' end as cls,
                -- the attacker's bound, even where the truth exceeds it (youth care up to 22
                -- against the residents 0-17): a wrong conclusion pinned is still pinned
                coalesce(upper, {inf}) as u
            from {cells}
        )
        select *,
            case cls when 'open' then
                case when {base} = 1 or coalesce(public, false) then value
                     else greatest({published} - {base // 2}, {t}, 0) end
                else 0 end as lo,
            case cls when 'open' then
                case when {base} = 1 or coalesce(public, false) then value
                     when greatest({published} - {base // 2}, {t}, 0) <= u
                         then least({published} + {(base - 1) - base // 2}, u)
                     else {published} + {(base - 1) - base // 2} end
                when 'primary' then least({t - 1}, u)
                else u end as hi
        from classed
        """
    )
    con.execute(
        f"create or replace temp table {name}_active as select distinct {tree_cols} from {work} "
        "where cls in ('primary', 'small')"
    )
    # what population alone tells about each cell, with nothing published: a hidden cell need
    # not be known less precisely than that (e.g. a buurt of 3 young residents). Only the trees
    # with something to protect: nothing is hidden in the others.
    bounds_only = (
        f"(select {tree_cols}, area_code, parent_code, depth, "
        f"case when coalesce(public, false) then value else 0 end as lo, "
        f"case when coalesce(public, false) then value else u end as hi from {work} "
        f"semi join {name}_active using ({tree_cols}))"
    )
    con.execute(
        f"create or replace temp table {name}_apriori as select {tree_cols}, area_code, "
        f"f_hi - f_lo as a_width from ({propagation_sql(bounds_only, tree, hierarchy.depth)})"
    )
    con.execute(
        f"create or replace temp table {work} as select w.*, coalesce(a.a_width, {inf}) "
        f"as a_width from {work} w left join {name}_apriori a using ({tree_cols}, area_code)"
    )
    con.execute(f"create or replace temp table {fails} as select {tree_cols}, area_code, "
                f"0::hugeint as f_lo, 0::hugeint as f_hi from {work} limit 0")
    # failing cells that one more hidden cell beside them did not widen: hiding more beside
    # them is damage without protection (e.g. a hidden wijk of two small buurten whose
    # gemeente is unknown), so they are left to the attacker on the copy (wijkwijs.attack)
    con.execute(f"create or replace temp table {name}_stuck as select {tree_cols}, area_code "
                f"from {work} limit 0")
    same = " and ".join(f"c.{k} = f.{k}" for k in tree)
    for _ in range(MAX_PASSES):
        source = (
            f"(select w.* from {work} w semi join {name}_active a using ({tree_cols}))"
        )
        con.execute(
            f"create or replace temp table {facts} as "
            + propagation_sql(source, tree, hierarchy.depth)
        )
        con.execute(
            f"""
            create or replace temp table {name}_failing_now as
            select {tree_cols}, area_code, f_lo, f_hi from {facts}
            where cls in ('primary', 'small', 'secondary')
              and ((f_lo >= 1 and f_hi <= {t - 1}) or f_hi - f_lo < least({w_min}, a_width))
            """
        )
        con.execute(
            f"insert into {name}_stuck select n.{tree_cols.replace(', ', ', n.')}, n.area_code "
            f"from {name}_failing_now n join {fails} f using ({tree_cols}, area_code) "
            "where n.f_lo = f.f_lo and n.f_hi = f.f_hi"
        )
        con.execute(f"delete from {fails} f using {name}_active a where "
                    + " and ".join(f"f.{k} = a.{k}" for k in tree))
        con.execute(f"insert into {fails} select * from {name}_failing_now")
        picked = con.execute(
            f"""
            create or replace temp table {name}_picked as
            with failing as (
                select x.*,
                    (x.s_lo >= 1 and x.s_hi <= {t - 1})
                    or x.s_hi - x.s_lo < least({w_min}, x.a_width) as pinned_below,
                    p.parent_code as grand_code, p.cls as parent_cls
                from {facts} x
                semi join {fails} f using ({tree_cols}, area_code)
                anti join {name}_stuck k using ({tree_cols}, area_code)
                left join {facts} p
                  on {" and ".join(f"p.{k} = x.{k}" for k in tree)} and p.area_code = x.parent_code
            ),
            open_cells as (
                select * from {facts} where cls = 'open' and not coalesce(public, false)
            ),
            candidates as (
                select {", ".join(f"f.{k}" for k in tree)}, f.area_code as for_code,
                       c.area_code, case when f.pinned_below then 0 else 4 end as tier
                from failing f join open_cells c on {same} and c.parent_code = f.area_code
                union all
                select {", ".join(f"f.{k}" for k in tree)}, f.area_code, c.area_code, 1
                from failing f join open_cells c on {same} and c.parent_code = f.parent_code
                 and c.area_code <> f.area_code
                union all
                select {", ".join(f"f.{k}" for k in tree)}, f.area_code, c.area_code, 2
                from failing f join open_cells c on {same} and c.area_code = f.parent_code
                union all
                select {", ".join(f"f.{k}" for k in tree)}, f.area_code, c.area_code, 3
                from failing f join open_cells c on {same} and c.parent_code = f.grand_code
                 and c.area_code <> f.parent_code
                -- only beside a hidden parent: a secondary always shares a group with another
                -- hidden cell, so a lone hidden cell is primary (the attacker knows this too)
                where f.parent_cls in ('primary', 'small', 'secondary')
            ),
            ranked as (
                select *, row_number() over (
                    partition by {tree_cols}, for_code
                    order by tier,
                        {keyed_unit}(concat_ws('|', 'secondary', {tree_cols}, area_code))
                ) as choice
                from candidates
            )
            select distinct {tree_cols}, area_code from ranked where choice = 1
            """
        )
        del picked
        n_picked = con.execute(f"select count(*) from {name}_picked").fetchone()[0]
        if n_picked == 0:
            break
        con.execute(
            f"""
            update {work} w set cls = 'secondary', lo = least({t}, w.u), hi = w.u
            from {name}_picked p
            where {" and ".join(f"w.{k} = p.{k}" for k in tree)} and w.area_code = p.area_code
            """
        )
        con.execute(
            f"create or replace temp table {name}_active as "
            f"select distinct {tree_cols} from {name}_picked"
        )
    return con.sql(
        f"""
        select w.* exclude (cls, u, lo, hi, value, state, a_width),
            case when w.cls = 'open' then
                case when coalesce(w.public, false) then w.value else {published} end
            end as value,
            case w.cls when 'open' then 'number' when 'small' then '{TOO_FEW}'
                       when 'unavailable' then w.state else 'suppressed' end as state,
            case w.cls when 'primary' then '{PRIMARY}' when 'secondary' then '{SECONDARY}'
                       when 'small' then '{SMALL}' end as suppression,
            f.area_code is null as protection_ok
        from {work} w
        left join {fails} f
          on {" and ".join(f"f.{k} = w.{k}" for k in tree)} and f.area_code = w.area_code
        """
    )
