"""Client counts per area after disclosure control (wijkwijs.disclosure.suppress): the only
counts the marts may derive published figures from."""


def model(dbt, session):
    dbt.config(materialized="table")
    from wijkwijs.disclosure.dbt import disclose_counts

    return disclose_counts(
        session,
        dbt.ref("int_case_counts_rolled_up"),
        dbt.ref("int_areas_rolled_up"),
        dbt.ref("categories"),
        dbt.ref("int_population_checked"),
        dbt.ref("int_disclosure_rules"),
        name="case_counts",
    )
