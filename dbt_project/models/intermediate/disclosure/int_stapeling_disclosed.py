"""Households with provisions in several domains per area after disclosure control
(wijkwijs.disclosure)."""


def model(dbt, session):
    dbt.config(materialized="table")
    from wijkwijs.disclosure import disclose_rolled_up

    return disclose_rolled_up(
        session,
        dbt.ref("int_stapeling_rolled_up"),
        dbt.ref("int_areas_rolled_up"),
        value="households",
        state="households_state",
        keys=["year", "combination"],
        name="stapeling",
    )
