"""A published id per released idea: HMAC of its load id and file line with the disclosure key.
The load id and line follow the source file, which is sorted by date; the published id has no
order, so neither the id nor a table sorted by it says when in the quarter an idea was given."""


def model(dbt, session):
    dbt.config(materialized="table")
    from wijkwijs.disclosure.youth import published_ids

    return published_ids(dbt.ref("int_youth_input_released"))
