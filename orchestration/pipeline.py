"""The full pipeline as one call, for `make pipeline` and the tests alike."""

from __future__ import annotations

import dagster as dg

from orchestration.defs.appdb.assets import app_youth_reviews, review_copy
from orchestration.defs.cbs.assets import cbs_assets
from orchestration.defs.dbt.assets import dbt_models
from orchestration.defs.ingest.assets import inbox_files, reference_data
from orchestration.defs.publish.assets import serving_copy
from orchestration.defs.resources import resources_from_env


def all_assets() -> list:
    return [reference_data, inbox_files, app_youth_reviews, dbt_models, serving_copy, review_copy,
            *cbs_assets()]


def failed_checks(
    result: dg.ExecuteInProcessResult, severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.ERROR
) -> list:
    """Asset-check evaluations of this severity that did not pass (errors fail the pipeline;
    warnings, such as a stale domain, are reported)."""
    return [
        event.event_specific_data
        for event in result.all_events
        if event.event_type_value == "ASSET_CHECK_EVALUATION"
        and not event.event_specific_data.passed
        and event.event_specific_data.severity == severity
    ]


def run_pipeline(instance: dg.DagsterInstance | None = None) -> dg.ExecuteInProcessResult:
    """Materialize every asset with the resources of the current environment."""
    return dg.materialize(
        all_assets(),
        resources=resources_from_env(),
        instance=instance,
        raise_on_error=False,
    )


def failure_summary(result: dg.ExecuteInProcessResult) -> str:
    """The error of every failed step, for a message an analyst (or a test) can act on."""
    lines = []
    for event in result.all_events:
        if event.event_type_value == "STEP_FAILURE":
            error = event.event_specific_data.error
            while error is not None:  # dbt's own message sits in the cause chain
                lines.append(f"{event.step_key}: {error.message.strip()}")
                error = error.cause
    return "\n".join(lines)


def _root_message(error) -> str:
    """The innermost cause of a step error: the exception our own code raised, whose text is
    written for the analyst, rather than Dagster's wrapper around it."""
    while error is not None and error.cause is not None:
        error = error.cause
    text = (error.message if error is not None else "").strip()
    # 'wijkwijs.ingest.reference.InvalidReference: <reason>' → '<reason>'
    head, sep, rest = text.partition(": ")
    return rest if sep and "." in head and " " not in head else text


def failure_reason(result: dg.ExecuteInProcessResult) -> str:
    """One readable line or paragraph: the first failed blocking check, else the first failed
    step's own reason (a dg.Failure's description, or the innermost exception)."""
    checks = failed_checks(result)
    if checks:
        return checks[0].description or checks[0].asset_check_key.to_user_string()
    for event in result.all_events:
        if event.event_type_value == "STEP_FAILURE":
            data = event.event_specific_data
            if getattr(data, "user_failure_data", None) and data.user_failure_data.description:
                return data.user_failure_data.description
            return f"{event.step_key}: {_root_message(data.error)}"
    return "onbekende fout / unknown error"
