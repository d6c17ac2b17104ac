"""All dbt models, seeds and tests as Dagster assets and asset checks."""

import os

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets
from dagster_duckdb import DuckDBResource

from orchestration.defs.dbt.resources import dbt_project
from orchestration.defs.dbt.translator import WijkwijsDbtTranslator
from orchestration.defs.resources import WAREHOUSE_POOL


@dbt_assets(
    manifest=dbt_project().manifest_path,
    project=dbt_project(),
    dagster_dbt_translator=WijkwijsDbtTranslator(),
    pool=WAREHOUSE_POOL,
)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, duckdb: DuckDBResource):
    # dbt_project/profiles.yml reads the warehouse from this variable: point it at the same file
    # the Python assets wrote, whatever the environment said when the definitions loaded.
    os.environ["WIJKWIJS_WAREHOUSE"] = duckdb.database
    # `build` runs seeds, models and tests in DAG order; a failing error-severity test fails the
    # step, so nothing downstream (the publish) runs.
    yield from dbt.cli(["build"], context=context).stream()
