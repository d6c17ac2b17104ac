"""What the attacker knows about hidden cells from the rules and the algorithm, beyond sums.

- Every hidden count lies between 0 and what the published population allows (tables.py).
- *A lone hidden cell is small.* The suppression adds a secondary cell only beside another
  hidden cell (a sibling, the parent, a child or, beside a hidden parent, the parent's sibling),
  so a hidden cell that is the only one in its group of siblings and parent and among its
  children was hidden for being small: its value lies in 0..threshold-1 (1..threshold-1 in a
  legacy copy, where zeros were published). Areas with too few residents are public and are
  never read this way.
- *Legacy choice order.* The first algorithm hid the smallest non-zero sibling. In a legacy copy,
  where a published parent has a published non-zero child, every hidden child is non-zero and at
  most that smallest published non-zero sibling.
- The current algorithm draws its secondary cell with the secret key from cells chosen by
  position only, so its choice adds nothing here (wijkwijs.disclosure.suppress).
"""

from __future__ import annotations

import duckdb

from wijkwijs.disclosure.rules import DisclosureRules


def apply_knowledge(con: duckdb.DuckDBPyConnection, rules: DisclosureRules) -> None:
    """Narrow the a-priori bounds of hidden cells in the temp table `cells`."""
    t = rules.threshold
    con.execute(
        """
        create or replace temp table lone as
        select c.source, c.tree, c.area_code
        from cells c
        where c.state = 'suppressed'
          and not exists (
              select 1 from cells o
              where o.source = c.source and o.tree = c.tree and o.hidden
                and o.area_code <> c.area_code
                and (o.parent_code = c.parent_code       -- a sibling
                     or o.area_code = c.parent_code      -- the parent
                     or o.parent_code = c.area_code))    -- a child
        """
    )
    con.execute(
        f"""
        update cells c set lo = greatest(c.lo, {rules.smallest_hidden}),
                           hi = least(c.hi, {t - 1}),
                           hi_no_population = least(c.hi_no_population, {t - 1}),
                           primary_known = true
        from lone l
        where c.source = l.source and c.tree = l.tree and c.area_code = l.area_code
        """
    )
    if not rules.zeros_published:
        return
    con.execute(
        """
        update cells c set lo = greatest(c.lo, 1), hi = least(c.hi, g.smallest_hi),
                           hi_no_population = least(c.hi_no_population, g.smallest_hi),
                           order_known = true
        from (
            select k.source, k.tree, k.parent_code, min(k.hi) as smallest_hi
            from cells k
            join cells p on p.source = k.source and p.tree = k.tree
                        and p.area_code = k.parent_code and p.published
            where k.published and k.value > 0
            group by all
        ) g
        where c.hidden and c.source = g.source and c.tree = g.tree
          and c.parent_code = g.parent_code
        """
    )
