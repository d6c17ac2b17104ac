"""When the pipeline runs: a sensor on the inbox, and a monthly schedule as the safety net.

Both are on from the start (default status RUNNING): an analyst who drops a file expects it
to load without first finding a switch in the Dagster UI. They can be turned off there (the
state then lives in DAGSTER_HOME); docs/operations.md says how.
"""

import hashlib

import dagster as dg

from orchestration.defs.jobs import full_pipeline, replay_archive
from wijkwijs.config import Paths, paths
from wijkwijs.ingest.inbox import inbox_files


@dg.schedule(
    name="monthly_refresh",
    job=full_pipeline,
    cron_schedule="0 6 2 * *",  # the 2nd at 06:00: monthly exports arrive on the 1st
    execution_timezone="Europe/Amsterdam",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
def monthly_refresh(context: dg.ScheduleEvaluationContext):
    """The safety net; with nothing new since the last successful run it starts nothing
    (wijkwijs.run_inputs), so the warehouse and the serving copy stay untouched."""
    from wijkwijs.run_inputs import nothing_new

    if nothing_new(paths()):
        return dg.SkipReason("niets nieuw sinds de vorige geslaagde run / nothing new")
    return dg.RunRequest()


@dg.run_status_sensor(run_status=dg.DagsterRunStatus.SUCCESS,
                      monitored_jobs=[full_pipeline, replay_archive],
                      default_status=dg.DefaultSensorStatus.RUNNING)
def remember_inputs(context: dg.RunStatusSensorContext):
    """A run started by the daemon (sensor, schedule, UI) that succeeded: its inputs, read now,
    for the schedule's nothing-new test. A file or decision that arrived during the run still
    starts a run of its own (the inbox and review sensors keep their own cursors)."""
    from wijkwijs.run_inputs import inputs_before_run, remember

    remember(paths(), inputs_before_run(paths()))


def inbox_fingerprint(where: Paths | None = None) -> str | None:
    """Names, sizes and modification times of the files waiting in the inbox (of `where`, e.g.
    a gemeente partition's folder; default this environment's)."""
    files = inbox_files(where or paths())
    if not files:
        return None
    # lstat: a link is an entry of its own (refused by the loader), never followed here
    listing = "|".join(f"{p}:{p.lstat().st_size}:{p.lstat().st_mtime_ns}" for p in files)
    return hashlib.sha256(listing.encode()).hexdigest()[:16]


@dg.sensor(job=full_pipeline, minimum_interval_seconds=60,
           default_status=dg.DefaultSensorStatus.RUNNING)
def inbox_sensor(context: dg.SensorEvaluationContext):
    """Start the pipeline when new or changed files wait in the inbox."""
    fingerprint = inbox_fingerprint()
    if fingerprint is None or fingerprint == context.cursor:
        return dg.SkipReason("geen nieuwe bestanden in de inbox / no new files in the inbox")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
