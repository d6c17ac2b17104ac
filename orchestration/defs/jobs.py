"""The two jobs: the pipeline, and the same pipeline replaying a range of months from the archive.

Both select every asset, so a replay rebuilds the models and the serving copy like any run.
`run_pipeline` (orchestration/pipeline.py), `make pipeline`, `make backfill`, the schedule, the
sensors and the Dagster UI all run these definitions; there is no second list of assets.
"""

import dagster as dg

FULL_PIPELINE = "full_pipeline"
REPLAY_ARCHIVE = "replay_archive"

full_pipeline = dg.define_asset_job(
    FULL_PIPELINE,
    selection=dg.AssetSelection.all(),
    description="Ingest reference data and the inbox, dbt build with tests, publish.",
)

replay_archive = dg.define_asset_job(
    REPLAY_ARCHIVE,
    selection=dg.AssetSelection.all(),
    description="The full pipeline, first reloading the case counts of months from_month.."
    "to_month (YYYY-MM, inclusive) from data/archive/: after a lost warehouse, or a changed "
    "code list or rule (docs/operations.md, make backfill).",
    # shown in the launchpad: fill in both months
    config={"ops": {"inbox_files": {"config": {"from_month": "", "to_month": ""}}}},
)


def replay_config(from_month: str, to_month: str) -> dict:
    """Run config of `replay_archive` for a range of months (YYYY-MM)."""
    return {"ops": {"inbox_files": {"config": {"from_month": from_month, "to_month": to_month}}}}
