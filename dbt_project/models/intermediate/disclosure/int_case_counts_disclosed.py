"""Client counts per area after disclosure control (wijkwijs.disclosure.suppress): the only
counts the marts may derive published figures from.

Incremental (macros/incremental.sql): a build recomputes the months whose counts changed and
replaces them whole. Exact, because every hierarchy the suppression protects is one month,
domain and category: a month's choices never depend on another month's counts."""


def model(dbt, session):
    dbt.config(materialized="incremental")
    from wijkwijs.disclosure.dbt import disclose_counts

    changed = dbt.ref("int_periods_changed")
    only = (changed.filter("scope = 'changed' and period_type = 'month'").project("period")
            if dbt.is_incremental else None)
    return disclose_counts(
        session,
        dbt.ref("int_case_counts_rolled_up"),
        dbt.ref("int_areas_rolled_up"),
        dbt.ref("categories"),
        dbt.ref("int_population_checked"),
        dbt.ref("int_disclosure_rules"),
        name="case_counts",
        only=only,
    )
