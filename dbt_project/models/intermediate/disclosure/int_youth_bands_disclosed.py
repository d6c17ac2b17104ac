"""Ideas per age band in each cell of the youth mart (buurt, theme, year, quarter) after
disclosure control: a band below the threshold is hidden (0 too), and more bands until no hidden
band can be worked out from the cell's total of ideas, which is public because every idea is
listed (wijkwijs.disclosure.youth)."""


def model(dbt, session):
    dbt.config(materialized="table")
    from wijkwijs.disclosure.youth import disclose_bands

    return disclose_bands(
        session,
        dbt.ref("int_youth_input_released"),
        dbt.ref("int_disclosure_rules"),
        name="youth_bands",
    )
