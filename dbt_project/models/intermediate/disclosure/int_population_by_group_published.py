"""The denominators of the rates as published: residents per population group, buurt and wijk
randomly rounded to 5 exactly as the same figure in int_population_published (equal true values
of an area draw the same rounding), so a rate times its denominator gives back the published
count and never an exact population, and a group that equals another one in a year (18 to the
AOW age and 18-66 when that age is 67) is not rounded twice."""


def model(dbt, session):
    dbt.config(materialized="table")
    from wijkwijs.disclosure.dbt import published_population, rules_of

    rules = rules_of(dbt.ref("int_disclosure_rules"))
    return published_population(dbt.ref("int_population_by_group_unpivoted").df(), rules,
                                ["residents"], dbt.ref("int_areas_rolled_up").df())
