"""A job of the definitions as one call, for `make pipeline`, `make backfill` and the tests."""

from __future__ import annotations

import json
import re

import dagster as dg

from orchestration.defs.jobs import FULL_PIPELINE
from wijkwijs.build_plan import COLUMN_CHECKS

# the message a failing column_checks test raises (dbt_project/tests/generic/column_checks.sql)
COLUMN_CHECK_FAILED = re.compile(r"kolomcontrole mislukt / column check failed: (?P<model>\w+), "
                                 r".*?\](?:; [^;\]]*\])*")


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


def failed_dbt_tests(result: dg.ExecuteInProcessResult) -> list[str]:
    """Every dbt test of error severity that failed in this run, declared as an asset check or
    not (most column tests are stored as observations of their model: translator.py), as
    `<model>: <check>(<column>) <n> rij(en)/row(s) [<test>]`; never a value. A failed
    `column_checks` test is its own message, which names each folded test that failed."""
    failed = []  # (unique_id, failed rows)
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            data = event.event_specific_data
            if data.passed or data.severity != dg.AssetCheckSeverity.ERROR:
                continue
            metadata = data.metadata
        elif event.event_type_value == "ASSET_OBSERVATION":
            metadata = event.event_specific_data.asset_observation.metadata
            if _value(metadata, "status") not in ("fail", "error"):
                continue
        else:
            continue
        unique_id = _value(metadata, "unique_id") or ""
        if unique_id.startswith("test."):
            failed.append((unique_id, _value(metadata, "dagster_dbt/failed_row_count")))
    if not failed:
        return []
    from orchestration.defs.dbt.resources import dbt_project

    nodes = json.loads(dbt_project().manifest_path.read_text())["nodes"]
    said = " ".join(failure_summary(result).split())
    lines = []
    for unique_id, rows in dict(failed).items():
        test = nodes.get(unique_id, {})
        kind = (test.get("test_metadata") or {}).get("name") or "test"
        model = nodes.get(test.get("attached_node") or "", {}).get("name", "?")
        own = [m.group(0) for m in COLUMN_CHECK_FAILED.finditer(said)
               if m.group("model") == model] if kind == COLUMN_CHECKS else []
        if own:  # it names the periods and each folded test that failed
            lines.append(own[0])
            continue
        column = f"({test['column_name']})" if test.get("column_name") else ""
        count = f" {rows} rij(en)/row(s)" if rows is not None else ""
        lines.append(f"{model}: {kind}{column}{count} [{test.get('name', unique_id)}]")
    return lines


def _value(metadata: dict, key: str):
    entry = metadata.get(key)
    return getattr(entry, "value", entry)


def failure_reason(result: dg.ExecuteInProcessResult) -> str:
    """One readable line or paragraph: the first failed blocking check that says why, else the
    failed dbt tests (model, check, column, rows), else the first failed step's own reason (a
    dg.Failure's description, or the innermost exception)."""
    checks = failed_checks(result)
    if checks and checks[0].description:
        return checks[0].description
    tests = failed_dbt_tests(result)
    if tests:
        return "dbt-test mislukt / dbt test failed: " + "; ".join(tests)
    if checks:
        return checks[0].asset_check_key.to_user_string()
    for event in result.all_events:
        if event.event_type_value == "STEP_FAILURE":
            data = event.event_specific_data
            if getattr(data, "user_failure_data", None) and data.user_failure_data.description:
                return data.user_failure_data.description
            return f"{event.step_key}: {_root_message(data.error)}"
    return "onbekende fout / unknown error"
