"""What changed and where it rises: areas ranked by a change, each with the team meeting's
test of whether the change is larger than chance, small numbers and rounding explain.

Pure functions on frames of the serving copy, no widgets. The test is the one rule of
wijkwijs.significance (Poisson-gamma predictive limits on the published counts, widened for
the rounding), applied per area as wijkwijs.workspace.changes applies it per category.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import pandas as pd

from dashboards.formatting import format_change, format_value
from wijkwijs.significance import HIGHER, LOWER, change_test
from wijkwijs.workspace.changes import BASELINE_MONTHS

TEST_COLUMNS = ["area_code", "observed", "expected", "verdict", "level", "label"]
# a mark for a change the test calls real, read before the words ("▲ duidelijk hoger")
MARKS = {HIGHER: "▲", LOWER: "▼"}


def area_tests(
    counts: pd.DataFrame,
    period: date,
    *,
    rounding_base: int,
    labels: Mapping[str, str],
    codes: Sequence[str] | None = None,
    baseline_months: int = BASELINE_MONTHS,
) -> pd.DataFrame:
    """Per area (of `codes`, default all): its count in `period` against the
    `baseline_months` months before (`counts`: area_code, period, clients, clients_state).

    Columns TEST_COLUMNS; `label` is Dutch ('duidelijk hoger', 'binnen de grenzen', 'niet te
    toetsen (geheim)'). A month whose count is not a number is no comparison month; a current
    value that is not a number is not tested, with its state as the reason."""
    frame = counts.assign(period=pd.to_datetime(counts["period"]))
    now = pd.Timestamp(period)
    months = pd.date_range(now - pd.DateOffset(months=baseline_months),
                           now - pd.DateOffset(months=1), freq="MS")
    wanted = list(dict.fromkeys(codes)) if codes is not None else list(
        dict.fromkeys(frame["area_code"]))
    by_area = {code: group.set_index("period") for code, group in frame.groupby("area_code")}
    rows = []
    for code in wanted:
        own = by_area.get(code)

        def number(month, own=own):
            if own is None or month not in own.index:
                return None
            row = own.loc[month]
            return (float(row["clients"]) if row["clients_state"] == "number"
                    and pd.notna(row["clients"]) else None)

        current = number(now)
        state = (own.loc[now, "clients_state"] if own is not None and now in own.index
                 else "unknown")
        reason = "" if current is not None else labels.get(state, state)
        test = change_test([number(m) for m in months], current,
                           rounding_base=rounding_base, current_reason=reason)
        rows.append({"area_code": code, "observed": test.observed, "expected": test.expected,
                     "verdict": test.verdict, "level": test.level, "label": test.label})
    return pd.DataFrame(rows, columns=TEST_COLUMNS)


def marked_label(verdict: str, label: str) -> str:
    """The test's Dutch label with an arrow when it found a change: '▲ duidelijk hoger'."""
    mark = MARKS.get(verdict)
    return f"{mark} {label}" if mark else label


def rising(rows: pd.DataFrame, change_column: str, state_column: str, top: int = 10,
           ascending: bool = False) -> pd.DataFrame:
    """The `top` areas with the largest rise (`ascending`: fall) in `change_column`, among
    those whose change is a number; ties by name."""
    numeric = rows[(rows[state_column] == "number") & rows[change_column].notna()]
    ordered = numeric.assign(_change=numeric[change_column].astype(float)).sort_values(
        ["_change", "area_name"], ascending=[ascending, True], kind="stable")
    return ordered.head(top).drop(columns=["_change"]).reset_index(drop=True)


def ranking_table(
    ranked: pd.DataFrame,
    tests: pd.DataFrame,
    *,
    change_column: str,
    state_column: str,
    change_label: str,
    level_label: str,
    labels: Mapping[str, str],
    decimals: int = 1,
) -> pd.DataFrame:
    """Dutch display table of ranked areas: area, wijk, the change, the count now, the
    average count before, and the test's verdict."""
    by_code = tests.set_index("area_code") if len(tests) else pd.DataFrame()

    def test_of(code: str, column: str):
        return by_code.at[code, column] if code in by_code.index else None

    table = {level_label: list(ranked["area_name"])}
    if level_label != "Wijk" and "wijk_name" in ranked:
        table["Wijk"] = list(ranked["wijk_name"].fillna(""))
    table[change_label] = [
        format_change(v, s, decimals=decimals, labels=labels)
        for v, s in zip(ranked[change_column], ranked[state_column], strict=True)]
    table["Cliënten nu"] = [
        format_value(test_of(c, "observed"),
                     "number" if test_of(c, "observed") is not None else "unknown",
                     labels=labels) for c in ranked["area_code"]]
    table["Gemiddeld 12 maanden ervoor"] = [
        "—" if test_of(c, "expected") is None or pd.isna(test_of(c, "expected"))
        else format_value(float(test_of(c, "expected")), decimals=1)
        for c in ranked["area_code"]]
    table["Opvallend?"] = [
        marked_label(test_of(c, "verdict") or "", test_of(c, "label") or "niet getoetst")
        for c in ranked["area_code"]]
    return pd.DataFrame(table)


def rule_text(rounding_base: int) -> str:
    """The test in one paragraph, in the words of the team meeting page."""
    return (
        f"'Opvallend?' toetst het aantal cliënten in deze maand aan de {BASELINE_MONTHS} "
        "maanden ervoor, met dezelfde regel als het teamoverleg: buiten de Poisson-"
        "voorspelgrenzen (95% = mogelijk, 99,8% = duidelijk), verruimd voor de afronding op "
        f"{rounding_base}, is de verandering groter dan toeval, kleine aantallen en afronding "
        "verklaren. Geheim, te weinig inwoners, nog niet gepubliceerd en onbekend worden niet "
        "getoetst."
    )
