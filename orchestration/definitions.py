"""The wijkwijs Dagster code location: it only assembles what orchestration/defs defines.

`defs` is a `@dg.definitions` function: Dagster calls it when it loads the code location, and
`run_pipeline` calls it for every run. Importing this module reads no dbt manifest, parses no
dbt project, opens no warehouse and creates no folder (tests/orchestration/test_import.py).
"""

import dagster as dg

from orchestration.defs.appdb.assets import app_youth_reviews, review_copy
from orchestration.defs.appdb.sensors import review_decisions_sensor
from orchestration.defs.cbs.assets import cbs_assets
from orchestration.defs.dbt.assets import dbt_models
from orchestration.defs.ingest.assets import inbox_files, reference_data
from orchestration.defs.jobs import full_pipeline, replay_archive
from orchestration.defs.partitions import gemeente_jobs, gemeente_sensors
from orchestration.defs.publish.assets import serving_copy
from orchestration.defs.resources import resources_from_env
from orchestration.defs.schedules import inbox_sensor, monthly_refresh, remember_inputs


@dg.definitions
def defs() -> dg.Definitions:
    """The definitions for the environment of this moment (WIJKWIJS_DATA_DIR and friends)."""
    return dg.Definitions(
        # CBS/PDOK assets only when a real municipality is configured (docs/real-data.md)
        assets=[reference_data, inbox_files, app_youth_reviews, dbt_models(), serving_copy(),
                review_copy, *cbs_assets()],
        # per-gemeente partitions only when gemeenten are set up (docs/deployment.md)
        jobs=[full_pipeline, replay_archive, *gemeente_jobs()],
        schedules=[monthly_refresh],
        sensors=[inbox_sensor, review_decisions_sensor, remember_inputs, *gemeente_sensors()],
        resources=resources_from_env(),
    )
