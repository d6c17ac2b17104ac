"""Population as published (areas, stapeling shares, similar buurten): buurt and wijk figures
randomly rounded to 5 with the disclosure key, the gemeente exact
(wijkwijs.disclosure.population)."""

COLUMNS = [
    "residents_0_17", "residents_18_26", "residents_27_66", "residents_67_plus",
    "households", "residents_total", "residents_18_plus", "residents_18_66",
]


def model(dbt, session):
    dbt.config(materialized="table")
    from wijkwijs.disclosure.dbt import published_population, rules_of

    rules = rules_of(dbt.ref("int_disclosure_rules"))
    return published_population(dbt.ref("int_population_rolled_up").df(), rules, COLUMNS,
                                dbt.ref("int_areas_rolled_up").df())
