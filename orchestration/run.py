"""`make pipeline`: the full pipeline, headless, on what is in data/inbox and data/reference.

Nothing new, nothing done: when no input changed since the last successful run
(wijkwijs.run_inputs), it says so and stops within seconds, before Dagster is even imported;
`python -m orchestration.run --force` (`make pipeline FORCE=1`) runs anyway.

Runs the same job as the Dagster UI and the schedule, recorded in the Dagster instance
($DAGSTER_HOME), and exits non-zero when any step or blocking check fails. The first line it
prints on a failure is the reason an analyst can act on; the details follow. The outcome also
goes into the status file (wijkwijs.ingest.status), so Datastatus shows it at once.
"""

from __future__ import annotations

import sys

NOTHING_NEW = ("Niets nieuw: geen nieuwe of gewijzigde invoer sinds de vorige geslaagde run; "
               "warehouse en serving-kopie ongemoeid / nothing new since the last successful "
               "run: warehouse and serving copy left as they are.")


def main(argv: list[str] | None = None) -> int:
    from wijkwijs import run_inputs
    from wijkwijs.config import paths
    from wijkwijs.ingest.status import record_run

    current = paths()
    before = run_inputs.inputs_before_run(current)
    if "--force" not in (sys.argv[1:] if argv is None else argv) and run_inputs.nothing_new(
            current, before):
        print(NOTHING_NEW)
        record_run(current, True)
        return 0
    return run_job(current, before)


def run_job(current, before: dict) -> int:
    import dagster as dg

    from orchestration.definitions import defs
    from orchestration.pipeline import failed_checks, failure_reason, failure_summary
    from wijkwijs import run_inputs
    from wijkwijs.ingest.status import record_run
    from wijkwijs.ingest.writer import WriterBusy
    from wijkwijs.recovery import diagnose, release_dead_runs

    run_inputs.forget(current)  # until this run succeeds, the next one does its work
    instance = dg.DagsterInstance.get()
    try:
        # a killed run would hold the pool slot forever; its live children are waited for
        for run_id in release_dead_runs(instance, current.warehouse):
            print(f"Afgebroken run vrijgegeven / released killed run {run_id}", file=sys.stderr)
    except WriterBusy as exc:
        print(f"Pijplijn niet gestart / pipeline not started: {exc}", file=sys.stderr)
        record_run(current, False, str(exc))
        return 1
    job = defs.resolve_job_def("full_pipeline")
    # Dagster's step-by-step log stays in the run's event log (Dagster UI, DAGSTER_HOME); on
    # the console only errors, so what this command prints below is read first
    quiet = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
    result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=quiet)
    warnings = failed_checks(result, dg.AssetCheckSeverity.WARN)
    checks = failed_checks(result)
    if result.success and not checks:
        for evaluation in warnings:
            print(f"Waarschuwing / warning: {evaluation.asset_check_key.to_user_string()}: "
                  f"{evaluation.description or ''}", file=sys.stderr)
        print("Pijplijn geslaagd / pipeline succeeded.")
        record_run(current, True)
        run_inputs.remember(current, before)
        return 0
    damaged = diagnose()  # a damaged warehouse (only when it is one): that is the reason
    reason = damaged[0] if damaged else failure_reason(result)
    print(f"Pijplijn mislukt / pipeline failed: {reason}", file=sys.stderr)
    print(copy_stays_message(current.serving.exists()), file=sys.stderr)
    for evaluation in checks:
        print(f"Controle mislukt / check failed: {evaluation.asset_check_key.to_user_string()}: "
              f"{evaluation.description or ''}", file=sys.stderr)
    for evaluation in warnings:
        print(f"Waarschuwing / warning: {evaluation.asset_check_key.to_user_string()}: "
              f"{evaluation.description or ''}", file=sys.stderr)
    summary = failure_summary(result)
    if summary:
        print(f"Details:\n{summary}", file=sys.stderr)
    record_run(current, False, reason)
    return 1


def copy_stays_message(has_serving_copy: bool) -> str:
    """What a failed run means for the dashboard: the last copy stays, or there is none yet."""
    if has_serving_copy:
        return "Let op: de vorige serving-kopie blijft staan / the previous serving copy stays."
    return (
        "Let op: er is nog geen serving-kopie, het dashboard toont nog niets / "
        "there is no serving copy yet."
    )

if __name__ == "__main__":
    sys.exit(main())
