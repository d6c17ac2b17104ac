"""Client counts per area after disclosure control (wijkwijs.disclosure): the only counts the
marts may derive published figures from."""


def model(dbt, session):
    dbt.config(materialized="table")
    from wijkwijs.disclosure import disclose_rolled_up

    return disclose_rolled_up(
        session,
        dbt.ref("int_case_counts_rolled_up"),
        dbt.ref("int_areas_rolled_up"),
        value="clients",
        state="clients_state",
        keys=["period", "domain", "category"],
        name="case_counts",
    )
