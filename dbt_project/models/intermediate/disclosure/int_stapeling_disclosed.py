"""Households with provisions in several domains per area after disclosure control
(wijkwijs.disclosure.suppress); the group a stapeling figure is about is the households."""


def model(dbt, session):
    dbt.config(materialized="table")
    from wijkwijs.disclosure.dbt import disclose_stapeling

    return disclose_stapeling(
        session,
        dbt.ref("int_stapeling_rolled_up"),
        dbt.ref("int_areas_rolled_up"),
        dbt.ref("int_population_checked"),
        dbt.ref("int_disclosure_rules"),
        name="stapeling",
    )
