"""The attacker's solvers: exact propagation on trees agrees with linear programming, and LP
narrows cells where tables overlap (a two-way table with margins)."""

from __future__ import annotations

import duckdb
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkwijs.attack.solve import lp_bounds
from wijkwijs.disclosure.intervals import INF
from wijkwijs.disclosure.propagate import propagation_sql

box = st.tuples(st.integers(0, 8), st.integers(0, 8))  # (slack below, slack above) the truth
tree = st.lists(st.lists(st.tuples(st.integers(0, 30), box, st.booleans()), min_size=1,
                         max_size=4), min_size=1, max_size=4)


def _frame(wijken) -> tuple[pd.DataFrame, list[tuple[int, list[int]]]]:
    """Rows (area_code, parent_code, depth, lo, hi) with boxes around a true assignment; a
    cell whose flag is set has no upper bound. Sum constraints as LP index lists."""
    rows, sums, wijk_ids = [], [], []
    for w, buurten in enumerate(wijken):
        ids = []
        for b, (value, (below, above), open_ended) in enumerate(buurten):
            ids.append(len(rows))
            rows.append((f"B{w}.{b}", f"W{w}", 2, max(0, value - below),
                         INF if open_ended else value + above))
        total = sum(v for v, _, _ in buurten)
        wijk_ids.append(len(rows))
        sums.append((len(rows), ids))
        rows.append((f"W{w}", "G", 1, max(0, total - 3), total + 3))
    grand = sum(v for buurten in wijken for v, _, _ in buurten)
    sums.append((len(rows), wijk_ids))
    rows.append(("G", None, 0, 0, grand + 10))
    return pd.DataFrame(rows, columns=["area_code", "parent_code", "depth", "lo", "hi"]), sums


@settings(max_examples=40, deadline=None)
@given(tree)
def test_propagation_gives_the_lp_bounds_on_every_tree(wijken):
    frame, sums = _frame(wijken)
    with duckdb.connect() as con:
        con.register("cells", frame.assign(t=1))
        got = con.execute(propagation_sql("cells", ["t"], 2)).df().set_index("area_code")
    lo, hi = lp_bounds(frame["lo"].tolist(), frame["hi"].tolist(), sums)
    for i, code in enumerate(frame["area_code"]):
        assert got.loc[code, "f_lo"] == lo[i], code
        assert got.loc[code, "f_hi"] == min(hi[i], INF), code


def test_lp_narrows_a_cell_of_a_two_way_table_that_no_single_margin_pins():
    # a 2 x 2 table of ideas per age band (rows) and theme (columns) with every margin
    # published: a = 1, b = 6, c = 4, d = 9; a row total 7, column total 5, grand total 20.
    # All four cells hidden. From the row margin a lies in 0..7, from the column margin in
    # 0..5; the LP over both margins and the grand total still gives 0..5 for a, but once
    # b is published exactly (6) a is pinned to 1 by the row margin, c to 4 by the column.
    cells = ["a", "b", "c", "d", "row1", "row2", "col1", "col2", "all"]
    lo = [0, 0, 0, 0, 7, 13, 5, 15, 20]
    hi = [INF, INF, INF, INF, 7, 13, 5, 15, 20]
    idx = {c: i for i, c in enumerate(cells)}
    sums = [(idx["row1"], [idx["a"], idx["b"]]), (idx["row2"], [idx["c"], idx["d"]]),
            (idx["col1"], [idx["a"], idx["c"]]), (idx["col2"], [idx["b"], idx["d"]]),
            (idx["all"], [idx["row1"], idx["row2"]]), (idx["all"], [idx["col1"], idx["col2"]])]
    mins, maxs = lp_bounds(lo, hi, sums, targets=[idx["a"], idx["d"]])
    assert (mins.tolist(), maxs.tolist()) == ([0, 8], [5, 13])
    lo[idx["b"]] = hi[idx["b"]] = 6
    mins, maxs = lp_bounds(lo, hi, sums, targets=[idx["a"], idx["c"], idx["d"]])
    assert (mins.tolist(), maxs.tolist()) == ([1, 4, 9], [1, 4, 9])


def test_lp_says_when_nothing_fits():
    assert lp_bounds([5, 0, 0], [5, 1, 1], [(0, [1, 2])]) is None
