"""Publish review decisions without waiting for the monthly run: a sensor on the application
database (read only) that starts the pipeline when a youth-review decision was added, changed
or withdrawn. Off by default, like the inbox sensor (docs/appdb.md)."""

import hashlib

import dagster as dg

from orchestration.defs.jobs import full_pipeline
from wijkwijs.appdb.pipeline_read import decisions_fingerprint

NONE_YET = hashlib.sha256(b"").hexdigest()[:16]  # no decisions, never had any: nothing to do


@dg.sensor(job=full_pipeline, minimum_interval_seconds=300)
def review_decisions_sensor(context: dg.SensorEvaluationContext):
    """Run the pipeline when the youth-review decisions changed since the last run (a withdrawn
    decision too: its record must be unpublished)."""
    fingerprint = decisions_fingerprint()
    if fingerprint == (context.cursor or NONE_YET):
        return dg.SkipReason("geen nieuwe besluiten / no new review decisions")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=f"review-{fingerprint}")
