"""`make pipeline`: the full pipeline, headless, on what is in data/inbox and data/reference.

Nothing new, nothing done: when no input changed since the last successful run
(wijkwijs.run_inputs), it says so and stops within seconds, before Dagster is even imported;
`python -m orchestration.run --force` (`make pipeline FORCE=1`) runs anyway.

`--from 2023-01 --to 2023-06` (`make backfill FROM=2023-01 TO=2023-06`) runs the
`replay_archive` job instead: those months reloaded from data/archive/, then the same build and
publish; a replay is asked for, so it always runs.

Runs a job of the definitions (orchestration/pipeline.py: the one the Dagster UI, the schedule
and the sensors run), recorded in the Dagster instance ($DAGSTER_HOME), and exits non-zero
when any step or blocking check fails. The first line it prints on a failure is the reason an
analyst can act on; the details follow. The outcome also goes into the status file
(wijkwijs.ingest.status), so Datastatus shows it at once.
"""

from __future__ import annotations

import argparse
import sys

NOTHING_NEW = ("Niets nieuw: geen nieuwe of gewijzigde invoer sinds de vorige geslaagde run; "
               "warehouse en serving-kopie ongemoeid / nothing new since the last successful "
               "run: warehouse and serving copy left as they are.")


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m orchestration.run")
    parser.add_argument("--force", action="store_true", help="run even when nothing is new")
    parser.add_argument("--from", dest="from_month", default="", metavar="YYYY-MM",
                        help="replay the archive from this month (with --to)")
    parser.add_argument("--to", dest="to_month", default="", metavar="YYYY-MM",
                        help="replay the archive up to and including this month")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    from wijkwijs import run_inputs
    from wijkwijs.config import paths
    from wijkwijs.ingest.status import record_run

    args = arguments(argv)
    replaying = bool(args.from_month or args.to_month)
    if replaying and (refused := bad_range(args.from_month, args.to_month)):
        print(f"Pijplijn niet gestart / pipeline not started: {refused}", file=sys.stderr)
        return 2
    current = paths()
    before = run_inputs.inputs_before_run(current)
    if replaying:  # asked for, so it runs whatever is new
        from orchestration.defs.jobs import REPLAY_ARCHIVE, replay_config

        return run_job(current, before, REPLAY_ARCHIVE,
                       replay_config(args.from_month, args.to_month))
    if not args.force and run_inputs.nothing_new(current, before):
        print(NOTHING_NEW)
        record_run(current, True)
        return 0
    return run_job(current, before)


def bad_range(from_month: str, to_month: str) -> str | None:
    """Why the range cannot be replayed, checked before anything starts (the asset checks it
    again for runs from the Dagster UI), so a typing error costs no run."""
    from datetime import date

    from wijkwijs.config import first_month
    from wijkwijs.ingest.replay import InvalidMonthRange, month_range

    try:
        month_range(from_month, to_month, date.fromisoformat(first_month()), date.today())
    except InvalidMonthRange as exc:
        return str(exc)
    return None


def run_job(current, before: dict, job: str | None = None, run_config: dict | None = None) -> int:
    import dagster as dg

    from orchestration.defs.jobs import FULL_PIPELINE
    from orchestration.pipeline import failed_checks, failure_reason, failure_summary, run_pipeline
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
    # Dagster's step-by-step log stays in the run's event log (Dagster UI, DAGSTER_HOME); on
    # the console only errors, so what this command prints below is read first
    quiet = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
    result = run_pipeline(instance, job=job or FULL_PIPELINE,
                          run_config={**(run_config or {}), **quiet})
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
