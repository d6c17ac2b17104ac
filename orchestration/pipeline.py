"""A job of the definitions as one call, for `make pipeline`, `make backfill` and the tests."""

from __future__ import annotations

import dagster as dg

from orchestration.defs.jobs import FULL_PIPELINE


def run_pipeline(
    instance: dg.DagsterInstance | None = None,
    *,
    job: str = FULL_PIPELINE,
    run_config: dict | None = None,
    asset_selection: list[dg.AssetKey] | None = None,
) -> dg.ExecuteInProcessResult:
    """Execute a job of the definitions, in this process, with the resources of the current
    environment: the job the schedule, the sensors and the Dagster UI run (by default the full
    pipeline), or a part of it (asset_selection, for tests)."""
    from orchestration.definitions import defs

    return defs().resolve_job_def(job).execute_in_process(
        run_config=run_config,
        instance=instance,
        asset_selection=asset_selection,
        raise_on_error=False,
    )


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
    # 'wijkwijs.reference.InvalidReference: <reason>' → '<reason>'
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
