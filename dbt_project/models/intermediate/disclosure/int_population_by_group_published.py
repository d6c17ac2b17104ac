"""The denominators of the rates as published: residents per population group, buurt and wijk
randomly rounded to 5 exactly as the same figure in int_population_published (the quantity
`residents_<group>` draws the same rounding), so a rate times its denominator gives back the
published count and never an exact population."""


def model(dbt, session):
    dbt.config(materialized="table")
    import pandas as pd

    from wijkwijs.disclosure.dbt import published_population, rules_of

    rules = rules_of(dbt.ref("int_disclosure_rules"))
    frame = dbt.ref("int_population_by_group_unpivoted").df()
    parts = [
        published_population(part, rules, ["residents"],
                             quantity=lambda _column, g=group: f"residents_{g}")
        for group, part in frame.groupby("population_group", sort=True)
    ]
    if not parts:  # no population yet: the empty frame with its types (text stays text)
        return published_population(frame, rules, ["residents"])
    return pd.concat(parts, ignore_index=True)
