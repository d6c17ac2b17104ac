"""The wijkwijs Dagster code location: it only assembles what orchestration/defs defines."""

import dagster as dg

from orchestration.defs.appdb.assets import app_youth_reviews, review_copy
from orchestration.defs.appdb.sensors import review_decisions_sensor
from orchestration.defs.cbs.assets import cbs_assets
from orchestration.defs.dbt.assets import dbt_models
from orchestration.defs.ingest.assets import inbox_files, reference_data
from orchestration.defs.publish.assets import serving_copy
from orchestration.defs.resources import resources_from_env
from orchestration.defs.schedules import (
    full_pipeline,
    inbox_sensor,
    monthly_refresh,
    remember_inputs,
)

defs = dg.Definitions(
    # CBS/PDOK assets only when a real municipality is configured (docs/real-data.md)
    assets=[reference_data, inbox_files, app_youth_reviews, dbt_models, serving_copy, review_copy,
            *cbs_assets()],
    jobs=[full_pipeline],
    schedules=[monthly_refresh],
    sensors=[inbox_sensor, review_decisions_sensor, remember_inputs],
    resources=resources_from_env(),
)
