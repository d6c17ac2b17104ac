"""The unique-client total of a domain (category `totaal`) against its categories.

A client with two provisions of one domain counts in two categories but once in the total, so
per period, buurt and domain the total lies between the largest category and the sum of the
categories. A total outside those bounds contradicts its parts and rejects the file. A file
that carries totals for a domain and month carries one for every buurt with a category there:
a wijk's total is the sum of its buurten's, and a missing buurt would make it too small.
"""

from __future__ import annotations

import pandas as pd

from wijkwijs.ingest.problems import Problem

TOTAL_CODE = "totaal"
KEY = ["period", "buurt_code", "domain"]


def check_unique_totals(rows: pd.DataFrame, file: str, column: str,
                        limit: int = 20) -> list[Problem]:
    """Problems for totals (numbers) below a category or above the sum of all categories of
    their period, buurt and domain; the sum only when every category there is a number."""
    is_total = rows["category"] == TOTAL_CODE
    totals = rows[is_total & (rows["value_state"] == "number")]
    if totals.empty:
        return []
    parts = rows[~is_total]
    numbers = parts[parts["value_state"] == "number"]
    grouped = numbers.groupby(KEY)["clients"]
    bounds = grouped.agg(["max", "sum", "count"]).join(parts.groupby(KEY).size().rename("parts"))
    bounds["largest"] = numbers.loc[grouped.idxmax(), "category"].to_numpy()
    problems = _missing_totals(rows, is_total, file, column, limit)
    for index, total in totals.iterrows():
        key = tuple(total[k] for k in KEY)
        if key not in bounds.index:
            continue  # no category is a number: nothing to hold the total against
        largest, summed, count, n, category = bounds.loc[key]
        value = int(total["clients"])
        if value < largest:
            problems.append(Problem(
                file, int(index), column,
                f"totaal unieke cliënten {value} is kleiner dan categorie '{category}' "
                f"({int(largest)}); elke cliënt van een categorie telt ook in het totaal",
                f"unique-client total {value} is below category '{category}' "
                f"({int(largest)}); every client of a category also counts in the total",
            ))
        elif count == n and value > summed:
            problems.append(Problem(
                file, int(index), column,
                f"totaal unieke cliënten {value} is groter dan de som van de categorieën "
                f"({int(summed)}); elke cliënt heeft minstens één voorziening",
                f"unique-client total {value} exceeds the sum of the categories "
                f"({int(summed)}); every client has at least one provision",
            ))
        if len(problems) >= limit:
            break
    return problems


def _missing_totals(rows: pd.DataFrame, is_total: pd.Series, file: str, column: str,
                    limit: int) -> list[Problem]:
    """The first category row of each buurt without a total in a domain and month that has
    totals (in any state: `.` or an empty cell is a total too)."""
    with_totals = rows.loc[is_total, ["period", "domain"]].drop_duplicates()
    have = rows.loc[is_total, KEY].drop_duplicates().assign(has_total=True)
    parts = rows[~is_total].reset_index(names="row").merge(with_totals, on=["period", "domain"])
    parts = parts.merge(have, on=KEY, how="left")
    missing = parts[parts["has_total"].isna()].drop_duplicates(KEY)
    return [
        Problem(file, int(row), column,
                "deze buurt mist de rij 'totaal' terwijl het bestand voor dit domein en deze "
                "maand wel totalen levert; lever het totaal voor elke buurt (of '.' als het "
                "geheim is)",
                "this buurt lacks the 'totaal' row while the file carries totals for this "
                "domain and month; deliver the total for every buurt (or '.' when secret)")
        for row in missing["row"].head(limit)
    ]
