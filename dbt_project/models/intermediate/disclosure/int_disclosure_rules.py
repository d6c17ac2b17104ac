"""The disclosure rules of this run, one row (wijkwijs.disclosure.rules): every model that
applies a rule reads it here, and publish copies this row into the serving copy's
publish_info, so the rules the marts were made with are the rules the dashboard shows."""


def model(dbt, session):
    dbt.config(materialized="table")
    from wijkwijs.disclosure.dbt import rules_frame

    return rules_frame()
