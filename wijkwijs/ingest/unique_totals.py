"""The unique-client total of a domain (category `totaal`) against its categories.

A client with two provisions of one domain counts in two categories but once in the total, so
per period, buurt and domain the total lies between the largest category and the sum of the
categories. A total outside those bounds contradicts its parts and rejects the file. The sum is
a bound only when every category of the domain's code list is there as a number (a missing
row may hold clients). A buurt without a total in a file that has totals loads; the models
treat its total as unknown (dbt stg_raw__case_counts), so no wijk total is too small.
"""

from __future__ import annotations

import pandas as pd

from wijkwijs.ingest.problems import Problem

TOTAL_CODE = "totaal"
KEY = ["period", "buurt_code", "domain"]


def check_unique_totals(rows: pd.DataFrame, file: str, column: str,
                        categories: dict[str, frozenset[str]], limit: int = 20) -> list[Problem]:
    """Problems for totals (numbers) below a category or above the sum of the categories of
    their period, buurt and domain; the sum only when every category of the domain's code
    list (`categories`, without `totaal`) is there as a number."""
    is_total = rows["category"] == TOTAL_CODE
    totals = rows[is_total & (rows["value_state"] == "number")]
    if totals.empty:
        return []
    parts = rows[~is_total]
    numbers = parts[parts["value_state"] == "number"]
    grouped = numbers.groupby(KEY)["clients"]
    bounds = grouped.agg(["max", "sum", "count"]).join(parts.groupby(KEY).size().rename("parts"))
    bounds["largest"] = numbers.loc[grouped.idxmax(), "category"].to_numpy()
    problems = []
    for index, total in totals.iterrows():
        key = tuple(total[k] for k in KEY)
        if key not in bounds.index:
            continue  # no category is a number: nothing to hold the total against
        largest, summed, count, n, category = bounds.loc[key]
        complete = count == n == len(categories.get(key[2], frozenset()) - {TOTAL_CODE})
        value = int(total["clients"])
        if value < largest:
            problems.append(Problem(
                file, int(index), column,
                f"totaal unieke cliënten {value} is kleiner dan categorie '{category}' "
                f"({int(largest)}); elke cliënt van een categorie telt ook in het totaal",
                f"unique-client total {value} is below category '{category}' "
                f"({int(largest)}); every client of a category also counts in the total",
            ))
        elif complete and value > summed:
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

