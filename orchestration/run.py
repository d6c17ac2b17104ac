"""`make pipeline`: the full pipeline, headless, on what is in data/inbox and data/reference.

Runs the same job as the Dagster UI and the schedule, recorded in the Dagster instance
($DAGSTER_HOME), and exits non-zero when any step or blocking check fails.
"""

from __future__ import annotations

import sys

import dagster as dg


def main() -> int:
    from orchestration.definitions import defs
    from orchestration.pipeline import failed_checks, failure_summary
    from wijkwijs.config import paths
    from wijkwijs.recovery import diagnose, release_dead_runs

    instance = dg.DagsterInstance.get()
    for run_id in release_dead_runs(instance):  # a killed run would hold the pool slot forever
        print(f"Afgebroken run vrijgegeven / released killed run {run_id}", file=sys.stderr)
    job = defs.resolve_job_def("full_pipeline")
    result = job.execute_in_process(instance=instance, raise_on_error=False)
    for evaluation in failed_checks(result, dg.AssetCheckSeverity.WARN):
        print(
            f"Waarschuwing / warning: {evaluation.asset_check_key.to_user_string()}: "
            f"{evaluation.description or ''}",
            file=sys.stderr,
        )
    checks = failed_checks(result)
    for evaluation in checks:
        print(
            f"Controle mislukt / check failed: {evaluation.asset_check_key.to_user_string()}: "
            f"{evaluation.description or ''}",
            file=sys.stderr,
        )
    if result.success and not checks:
        print("Pijplijn geslaagd / pipeline succeeded.")
        return 0
    summary = failure_summary(result)
    if summary:
        print(f"Fout / error:\n{summary}", file=sys.stderr)
    for message in diagnose():  # e.g. a damaged warehouse: say so, and how to rebuild it
        print(message, file=sys.stderr)
    print(failed_message(paths().serving.exists()), file=sys.stderr)
    return 1


def failed_message(has_serving_copy: bool) -> str:
    """What a failed run means for the dashboard: the last copy stays, or there is none yet."""
    if has_serving_copy:
        return (
            "Pijplijn mislukt / pipeline failed; de vorige serving-kopie blijft staan / "
            "the previous serving copy stays."
        )
    return (
        "Pijplijn mislukt / pipeline failed; er is nog geen serving-kopie, het dashboard toont "
        "nog niets / there is no serving copy yet."
    )


if __name__ == "__main__":
    sys.exit(main())
