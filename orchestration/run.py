"""`make pipeline`: the full pipeline, headless, on what is in data/inbox and data/reference.

Runs the same job as the Dagster UI and the schedule, recorded in the Dagster instance
($DAGSTER_HOME), and exits non-zero when any step or blocking check fails.
"""

from __future__ import annotations

import sys

import dagster as dg


def main() -> int:
    from orchestration.definitions import defs

    job = defs.resolve_job_def("full_pipeline")
    result = job.execute_in_process(instance=dg.DagsterInstance.get(), raise_on_error=False)
    failed_checks = [
        evaluation
        for event in result.all_events
        if event.event_type_value == "ASSET_CHECK_EVALUATION"
        and not (evaluation := event.event_specific_data).passed
    ]
    for evaluation in failed_checks:
        print(
            f"Controle mislukt / check failed: {evaluation.asset_check_key.to_user_string()}: "
            f"{evaluation.description or ''}",
            file=sys.stderr,
        )
    skipped = [
        event.step_key for event in result.all_events if event.event_type_value == "STEP_SKIPPED"
    ]
    if skipped:
        print(f"Overgeslagen / skipped: {', '.join(skipped)}", file=sys.stderr)
    if result.success and not failed_checks:
        print("Pijplijn geslaagd / pipeline succeeded.")
        return 0
    print(
        "Pijplijn mislukt / pipeline failed; de vorige serving-kopie blijft staan / "
        "the previous serving copy stays.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
