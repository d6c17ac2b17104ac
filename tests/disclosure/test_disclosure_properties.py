"""Disclosure control on random hierarchies: the properties DESIGN.md promises, for any table."""

import duckdb
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkwijs.disclosure import DisclosureRules, disclose

RULES = DisclosureRules(threshold=5, rounding_base=5)

# one gemeente, 1–4 wijken of 1–5 buurten, two cells (months) per area
hierarchies = st.lists(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), min_size=1, max_size=5),
    min_size=1,
    max_size=4,
)


def table(wijken) -> pd.DataFrame:
    rows = []
    for w, buurten in enumerate(wijken):
        wijk = f"WK0001{w:02d}"
        for b, counts in enumerate(buurten):
            for month, count in enumerate(counts):
                rows.append((f"BU0001{w:02d}{b:02d}", wijk, month, count))
    frame = pd.DataFrame(rows, columns=["area_code", "parent_code", "month", "clients"])
    wijk_rows = frame.groupby(["parent_code", "month"], as_index=False)["clients"].sum()
    wijk_rows = wijk_rows.rename(columns={"parent_code": "area_code"}).assign(parent_code="GM0001")
    gemeente = frame.groupby("month", as_index=False)["clients"].sum()
    gemeente = gemeente.assign(area_code="GM0001", parent_code=None)
    out = pd.concat([frame, wijk_rows, gemeente], ignore_index=True)
    return out.assign(boundary_year=2024, clients_state="number")


def run(frame: pd.DataFrame) -> pd.DataFrame:
    con = duckdb.connect()
    con.register("cells", frame)
    result = disclose(
        con, "cells", value="clients", state="clients_state", keys=["month"], rules=RULES
    )
    return result.df()


@settings(max_examples=60, deadline=None)
@given(hierarchies)
def test_no_small_count_is_published_and_published_counts_are_rounded(wijken):
    out = run(table(wijken))
    published = out[out["clients_state"] == "number"]["clients"]
    assert not published.between(1, RULES.threshold - 1).any()
    assert (published % RULES.rounding_base == 0).all()
    assert out.loc[out["clients_state"] == "suppressed", "clients"].isna().all()


@settings(max_examples=60, deadline=None)
@given(hierarchies)
def test_no_hidden_cell_is_recoverable_by_subtraction(wijken):
    out = run(table(wijken))
    hidden = out.set_index(["area_code", "month"])["clients_state"].eq("suppressed")
    for (parent, month), children in out.groupby(["parent_code", "month"]):
        n_hidden = int(children["clients_state"].eq("suppressed").sum())
        if hidden[(parent, month)]:
            # a hidden parent is not the plain sum of published children
            assert n_hidden >= 1, (parent, month)
        else:
            # published parent − published children would reveal a lone hidden child
            assert n_hidden != 1, (parent, month)


def test_hand_computed_example():
    # wijk A: buurten 3 (primary), 12, 20 → the 12 is hidden too (secondary); wijk B: 7, 40
    wijken = [[(3, 0), (12, 0), (20, 0)], [(7, 0), (40, 0)]]
    out = run(table(wijken)).query("month == 0").set_index("area_code")
    assert out.loc["BU00010000", ["clients_state", "suppression"]].tolist() == [
        "suppressed",
        "primair",
    ]
    assert out.loc["BU00010001", ["clients_state", "suppression"]].tolist() == [
        "suppressed",
        "secundair",
    ]
    assert out.loc["BU00010002", "clients"] == 20
    assert out.loc["WK000100", "clients"] == 35  # 35 exactly: a multiple of 5 stays
    assert out.loc["BU00010100", "clients"] == 5  # 7 rounds to 5
    assert out.loc["WK000101", "clients"] == 45  # 47 rounds to 45
    assert out.loc["GM0001", "clients"] == 80  # 82 rounds to 80


def test_non_number_states_pass_through():
    frame = pd.DataFrame(
        {
            "boundary_year": [2024, 2024],
            "area_code": ["BU00010000", "WK000100"],
            "parent_code": ["WK000100", None],
            "month": [0, 0],
            "clients": [None, None],
            "clients_state": ["not_published", "not_published"],
        }
    )
    out = run(frame)
    assert out["clients_state"].tolist() == ["not_published", "not_published"]
    assert out["clients"].isna().all()
