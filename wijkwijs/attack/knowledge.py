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
        create or replace temp table hidden_per_group as
        select source, tree, parent_code, count(*) filter (where hidden) as n_hidden
        from cells where parent_code is not null group by all
        """
    )
    # alone among its siblings and parent and with no hidden child: hidden for being small
    con.execute(
        f"""
        create or replace temp table cells as
        with flagged as (
            select c.*,
                c.state = 'suppressed'
                and coalesce(g.n_hidden, 1) = 1
                and not coalesce(p.hidden, false)
                and coalesce(k.n_hidden, 0) = 0 as is_lone
            from cells c
            left join hidden_per_group g
              on g.source = c.source and g.tree = c.tree and g.parent_code = c.parent_code
            left join cells p
              on p.source = c.source and p.tree = c.tree and p.area_code = c.parent_code
            left join hidden_per_group k
              on k.source = c.source and k.tree = c.tree and k.parent_code = c.area_code
        )
        select * exclude (is_lone) replace (
            case when is_lone then greatest(lo, {rules.smallest_hidden}) else lo end as lo,
            case when is_lone then least(hi, {t - 1}) else hi end as hi,
            case when is_lone then least(hi_no_population, {t - 1}) else hi_no_population end
                as hi_no_population,
            primary_known or is_lone as primary_known)
        from flagged
        """
    )
    if not rules.zeros_published:
        return
    con.execute(
        """
        create or replace temp table cells as
        with smallest as (
            select k.source, k.tree, k.parent_code, min(k.hi) as smallest_hi
            from cells k
            join cells p on p.source = k.source and p.tree = k.tree
                        and p.area_code = k.parent_code and p.published
            where k.published and k.value > 0
            group by all
        ),
        flagged as (
            select c.*, c.hidden and g.smallest_hi is not null as by_order, g.smallest_hi
            from cells c
            left join smallest g
              on g.source = c.source and g.tree = c.tree and g.parent_code = c.parent_code
        )
        select * exclude (by_order, smallest_hi) replace (
            case when by_order then greatest(lo, 1) else lo end as lo,
            case when by_order then least(hi, smallest_hi) else hi end as hi,
            case when by_order then least(hi_no_population, smallest_hi)
                 else hi_no_population end as hi_no_population,
            order_known or by_order as order_known)
        from flagged
        """
    )
