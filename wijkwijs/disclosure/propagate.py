"""Exact interval propagation over hierarchies: what all published cells together allow.

A hierarchy (gemeente → wijken → buurten, or a total → its parts) is a tree of sum constraints:
every parent is the sum of its children. Each cell has a box [lo, hi] (a published value's
rounding interval, a hidden cell's a-priori range). Two passes give, for every cell, exactly the
values that the whole tree allows:

- bottom-up, `s`: the cell's box narrowed by the sum of its children's `s` (its subtree);
- top-down, `f`: `s` narrowed by the parent's `f` minus the siblings' `s` sums.

On a tree the constraint graph has no cycles, so these two passes reach the same bounds as
linear programming over the whole tree (Hundepool et al., *Statistical Disclosure Control*
(2012), §4.3 on the attacker's interval computation; the LP in wijkwijs.attack checks this in
the tests). Integer boxes give integer bounds. Trees are solved all at once in DuckDB: every row
carries its tree id, so millions of cells take one pass of joins, not one solve per tree.
"""

from __future__ import annotations


def propagation_sql(source: str, tree: list[str], depth: int) -> str:
    """SQL over `source` (columns: `tree`..., area_code, parent_code, depth, lo, hi) returning
    every row of `source` with s_lo, s_hi, f_lo, f_hi. `depth` is the deepest level (root 0)."""
    keys = ", ".join(tree)
    same_tree = " and ".join(f"{{a}}.{k} = {{b}}.{k}" for k in tree)
    ctes = [f"n{d} as (select * from {source} where depth = {d})" for d in range(depth + 1)]
    ctes.append(f"s{depth} as (select *, lo as s_lo, hi as s_hi from n{depth})")
    for d in range(depth - 1, -1, -1):
        ctes.append(
            f"agg{d + 1} as (select {keys}, parent_code, sum(s_lo) as c_lo, sum(s_hi) as c_hi "
            f"from s{d + 1} group by {keys}, parent_code)"
        )
        on = same_tree.format(a="n", b="a")
        ctes.append(
            f"s{d} as (select n.*, greatest(n.lo, coalesce(a.c_lo, n.lo)) as s_lo, "
            f"least(n.hi, coalesce(a.c_hi, n.hi)) as s_hi from n{d} n left join agg{d + 1} a "
            f"on {on} and a.parent_code = n.area_code)"
        )
    ctes.append("f0 as (select *, s_lo as f_lo, s_hi as f_hi from s0)")
    for d in range(1, depth + 1):
        on_p = same_tree.format(a="c", b="p")
        on_a = same_tree.format(a="c", b="a")
        ctes.append(
            f"f{d} as (select c.*, "
            f"case when p.f_lo is null then c.s_lo "
            f"else greatest(c.s_lo, p.f_lo - (a.c_hi - c.s_hi)) end as f_lo, "
            f"case when p.f_hi is null then c.s_hi "
            f"else least(c.s_hi, p.f_hi - (a.c_lo - c.s_lo)) end as f_hi "
            f"from s{d} c left join f{d - 1} p on {on_p} and p.area_code = c.parent_code "
            f"left join agg{d} a on {on_a} and a.parent_code = c.parent_code)"
        )
    union = " union all ".join(f"select * from f{d}" for d in range(depth + 1))
    return "with " + ",\n".join(ctes) + "\n" + union
