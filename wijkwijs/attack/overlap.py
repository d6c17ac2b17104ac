"""Tables that overlap without being sums: a domain's unique-client total next to its categories.

Every client of a category is a client of the domain, and every client of the domain is in at
least one category, so in every area and month

    largest category  <=  unique total  <=  sum of the categories.

Neither side is a hierarchy (one client can be in several categories), so tree propagation
alone misses what they tell: a published total of 20 (18..22) with one published category of
15 (13..17) and one hidden category puts that hidden category at 1 or more. The attacker
applies both inequalities as interval constraints (bounds consistency) to the trees' bounds,
propagates the trees again with what it learnt, and repeats until nothing narrows. A total is
a category flagged `is_unique_total` in the copy's `categories`; without one, nothing changes.
A group whose figures cannot all be true together (an export that breaks the rule) is left
out, as the population bounds are where they cannot be true.
"""

from __future__ import annotations

import duckdb

from wijkwijs.attack.solve import propagate_cells
from wijkwijs.disclosure.intervals import INF

MAX_ROUNDS = 8  # each round narrows at least one interval; real copies settle in 1–3
CATEGORIES = "area_clients_monthly"
TOTALS = "area_client_totals_monthly"  # the totals' own mart: one tree per domain and month


def _totals(con) -> bool:
    """The temp table `overlap_kind` (domain, category, is_total, n_categories: the domain's
    categories besides its total); False when the copy has no unique-client total."""
    have = {c for (c,) in con.execute(
        "select column_name from information_schema.columns where table_name = 'categories'"
    ).fetchall()}
    if not {"domain", "category"} <= have:
        return False
    flag = "coalesce(is_unique_total, false)" if "is_unique_total" in have else "false"
    con.execute(
        f"""
        create or replace temp table overlap_kind as
        select domain, category, {flag} as is_total,
            count(*) filter (where not {flag}) over (partition by domain) as n_categories
        from copy.categories
        """
    )
    return con.execute(
        f"select (select count(*) from overlap_kind where is_total) "
        f"+ (select count(*) from cells where source = '{TOTALS}')"
    ).fetchone()[0] > 0


def apply_unique_totals(con: duckdb.DuckDBPyConnection) -> int:
    """Narrow `cells` and `bounds` (wijkwijs.attack.solve) with the inequalities between each
    unique-client total and its categories; returns the number of rounds that narrowed.

    A total is a row of the totals' mart, or a category flagged `is_unique_total` in
    `categories`; its categories are the domain's other categories in area_clients_monthly."""
    if not _totals(con):
        return 0
    rounds = 0
    for _ in range(MAX_ROUNDS):
        con.execute(
            f"""
            create or replace temp table overlap_cells as
            with kinds as (
                select distinct domain, max(n_categories) over (partition by domain)
                    as n_categories from overlap_kind
            )
            select b.source, b.tree, b.area_code, b.f_lo, b.f_hi,
                b.source = '{TOTALS}' or coalesce(k.is_total, false) as is_total,
                d.n_categories,
                concat_ws('|', split_part(b.tree, '|', 1), b.period_key,
                          split_part(b.series, '|', 1), b.area_code) as grp
            from bounds b
            join kinds d on d.domain = split_part(b.series, '|', 1)
            left join overlap_kind k
              on k.domain = split_part(b.series, '|', 1)
             and k.category = split_part(b.series, '|', 2)
            where b.source = '{TOTALS}' or (b.source = '{CATEGORIES}' and k.category is not null)
            """
        )
        con.execute(
            f"""
            create or replace temp table overlap_new as
            with groups as (
                select grp,
                    max(f_lo) filter (where not is_total) as c_lo_max,
                    -- a category without a row may hold anyone: then no upper sum
                    case when count(*) filter (where not is_total) = any_value(n_categories)
                         then sum(least(f_hi, {INF})) filter (where not is_total)
                         else {INF} end as c_hi_sum,
                    max(f_lo) filter (where is_total) as t_lo,
                    max(f_hi) filter (where is_total) as t_hi
                from overlap_cells group by grp
                having count(*) filter (where is_total) = 1
                   and count(*) filter (where not is_total) > 0
            ),
            derived as (
                select c.source, c.tree, c.area_code, c.grp, c.f_lo, c.f_hi,
                    case when c.is_total then greatest(c.f_lo, g.c_lo_max)
                         else greatest(c.f_lo, g.t_lo - (g.c_hi_sum - least(c.f_hi, {INF})))
                    end as n_lo,
                    case when c.is_total then least(c.f_hi, g.c_hi_sum)
                         else least(c.f_hi, g.t_hi) end as n_hi
                from overlap_cells c join groups g using (grp)
            )
            select source, tree, area_code, n_lo, n_hi from derived
            -- a group no assignment fits is left out whole
            where grp not in (select grp from derived where n_lo > n_hi)
              and (n_lo > f_lo or n_hi < f_hi)
            """
        )
        if con.execute("select count(*) from overlap_new").fetchone()[0] == 0:
            break
        rounds += 1
        con.execute(
            """
            update cells set lo = greatest(cells.lo, n.n_lo), hi = least(cells.hi, n.n_hi)
            from overlap_new n
            where cells.source = n.source and cells.tree = n.tree
              and cells.area_code = n.area_code
            """
        )
        propagate_cells(con)
    _population_widths(con)
    return rounds


def _population_widths(con: duckdb.DuckDBPyConnection) -> None:
    """`a_width` (what the published population alone allows) through the same inequalities:
    a category is no wider than its total's population-only range (jeugdreclassering, about
    the 12-22, under a total about the 0-22 published as 0), a total no wider than its
    categories' together. Without this a buurt whose population says 'at most 4 young people'
    reads as a cell narrowed by the counts."""
    con.execute(
        f"""
        create or replace temp table overlap_widths as
        with groups as (
            select grp,
                min(a_width) filter (where is_total) as t_width,
                case when count(*) filter (where not is_total) = any_value(n_categories)
                     then sum(least(a_width, {INF})) filter (where not is_total)
                     else {INF} end as c_width
            from overlap_cells o join bounds b using (source, tree, area_code)
            group by grp
            having count(*) filter (where is_total) = 1
        )
        select o.source, o.tree, o.area_code,
            case when o.is_total then least(b.a_width, g.c_width)
                 else least(b.a_width, g.t_width) end as a_width
        from overlap_cells o join bounds b using (source, tree, area_code)
        join groups g using (grp)
        """
    )
    con.execute(
        """
        update bounds set a_width = w.a_width from overlap_widths w
        where bounds.source = w.source and bounds.tree = w.tree
          and bounds.area_code = w.area_code and w.a_width < bounds.a_width
        """
    )
