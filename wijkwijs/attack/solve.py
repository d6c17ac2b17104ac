"""The attacker's bounds: exact interval propagation on hierarchies, linear programming where
tables overlap.

Most published tables are trees (one month of one category: gemeente → wijken → buurten) and
two passes of interval propagation give the exact bounds (wijkwijs.disclosure.propagate). Where
cells are linked across trees — the same gemeente, month and category published in two
boundary divisions, or a two-way table with row and column totals — the constraints have cycles
and each hidden cell is minimised and maximised by linear programming (scipy's HiGHS). The
constraint matrices of these tables are totally unimodular (sums over hierarchies and margins),
so the LP bounds are the integer bounds.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix

from wijkwijs.disclosure.intervals import INF
from wijkwijs.disclosure.propagate import propagation_sql


def propagate_cells(con: duckdb.DuckDBPyConnection) -> None:
    """`bounds`: the temp table `cells` with f_lo, f_hi (what everything published allows) and
    a_width (how wide a cell's range is from the published population alone), tree by tree."""
    depth = int(con.execute("select coalesce(max(depth), 0) from cells").fetchone()[0])
    bounds_only = (
        "(select source, tree, area_code, parent_code, depth, "
        "case when area_level = 'total' then value else 0 end as lo, "
        "case when area_level = 'total' then value else upper end as hi from cells)"
    )
    con.execute(
        "create or replace temp table apriori as select source, tree, area_code, "
        f"f_hi - f_lo as a_width from ({propagation_sql(bounds_only, ['source', 'tree'], depth)})"
    )
    con.execute(
        "create or replace temp table bounds as select b.*, a.a_width from ("
        + propagation_sql("cells", ["source", "tree"], depth)
        + ") b join apriori a using (source, tree, area_code)"
    )
    # A count above what the published population allows (youth care up to 22 against the
    # residents 0-17, a move during the year) makes a tree inconsistent: an attacker who sees
    # that drops the population bounds of that tree and works with the rest.
    con.execute(
        "create or replace temp table inconsistent as select distinct source, tree "
        "from bounds where f_lo > f_hi"
    )
    if con.execute("select count(*) from inconsistent").fetchone()[0]:
        without = (
            "(select c.* replace (c.hi_no_population as hi) from cells c "
            "semi join inconsistent using (source, tree))"
        )
        con.execute(
            "create or replace temp table redone as select b.*, b.hi - b.lo as a_width from ("
            + propagation_sql(without, ["source", "tree"], depth) + ") b"
        )
        con.execute("delete from bounds using inconsistent i "
                    "where bounds.source = i.source and bounds.tree = i.tree")
        con.execute("insert into bounds by name select * from redone")


def lp_bounds(
    lo: Sequence[float],
    hi: Sequence[float],
    sums: Sequence[tuple[int, Sequence[int]]],
    equal: Sequence[tuple[int, int]] = (),
    targets: Sequence[int] | None = None,
) -> tuple[np.ndarray, np.ndarray] | None:
    """Smallest and largest value of each target variable under the boxes [lo, hi], the sum
    constraints (total, parts) and the equalities (a, b); None when nothing is feasible."""
    n = len(lo)
    rows, cols, vals = [], [], []
    r = 0
    for total, parts in sums:
        rows.append(r)
        cols.append(total)
        vals.append(1.0)
        for p in parts:
            rows.append(r)
            cols.append(p)
            vals.append(-1.0)
        r += 1
    for a, b in equal:
        rows += [r, r]
        cols += [a, b]
        vals += [1.0, -1.0]
        r += 1
    a_eq = coo_matrix((vals, (rows, cols)), shape=(max(r, 1), n)).tocsr()
    b_eq = np.zeros(max(r, 1))
    bounds = [(float(low), None if high >= INF else float(high))
              for low, high in zip(lo, hi, strict=True)]
    targets = range(n) if targets is None else targets
    mins, maxs = np.empty(len(targets)), np.empty(len(targets))
    for j, i in enumerate(targets):
        c = np.zeros(n)
        for sign, out in ((1.0, mins), (-1.0, maxs)):
            c[i] = sign
            res = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
            if res.status == 2:
                return None
            if res.status == 3:  # unbounded above
                out[j] = INF
            else:
                out[j] = sign * res.fun
    return np.ceil(mins - 1e-6), np.floor(maxs + 1e-6)


def solve_linked(con: duckdb.DuckDBPyConnection) -> int:
    """Replace the propagated bounds of trees that share a gemeente cell (same gemeente, period
    and series in several boundary divisions) by LP bounds over the linked trees together.
    Returns the number of linked groups solved."""
    groups = con.execute(
        """
        select source, root_code, period_key, series, list(distinct tree) as trees
        from cells where depth = 0 and root_code is not null and area_code = root_code
        group by all having count(distinct tree) > 1
        """
    ).fetchall()
    for source, root, _period, _series, trees in groups:
        frame = con.execute(
            "select tree, area_code, parent_code, lo, hi, hidden from cells "
            "where source = ? and tree in (select unnest(?))",
            [source, trees],
        ).df()
        index = {(t, a): i for i, (t, a) in enumerate(zip(frame.tree, frame.area_code,
                                                            strict=True))}
        children: dict[int, list[int]] = {}
        for (t, _a), i in index.items():
            parent = frame.parent_code.iat[i]
            if parent is not None and (t, parent) in index:
                children.setdefault(index[(t, parent)], []).append(i)
        roots = [index[(t, root)] for t in trees if (t, root) in index]
        equal = [(roots[0], other) for other in roots[1:]]
        targets = [i for i in range(len(frame)) if frame.hidden.iat[i]]
        result = lp_bounds(frame.lo.to_numpy(float), frame.hi.to_numpy(float),
                           list(children.items()), equal, targets)
        if result is None:
            continue  # inconsistent: the propagated bounds stay
        for i, low, high in zip(targets, *result, strict=True):
            con.execute(
                "update bounds set f_lo = greatest(f_lo, ?), f_hi = least(f_hi, ?) "
                "where source = ? and tree = ? and area_code = ?",
                [int(low), int(min(high, INF)), source, frame.tree.iat[i],
                 frame.area_code.iat[i]],
            )
    return len(groups)
