"""All dbt models, seeds and tests as Dagster assets and asset checks."""

import json
from functools import cache

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets
from dagster_duckdb import DuckDBResource

from orchestration.defs.dbt.resources import dbt_project, keep_partial_parse
from orchestration.defs.dbt.translator import WijkwijsDbtTranslator
from orchestration.defs.resources import WAREHOUSE_POOL, WijkwijsData
from wijkwijs.build_plan import build_succeeded, plan_build


class BuildConfig(dg.Config):
    """Run config of `dbt_models`: `full_refresh` rebuilds every month whatever changed."""

    full_refresh: bool = False


def warehouse_vars(database: str) -> list[str]:
    """dbt_project/profiles.yml reads the warehouse from `--vars` (before WIJKWIJS_WAREHOUSE):
    the file the Python assets wrote for this run, handed to this dbt call only."""
    return ["--vars", json.dumps({"warehouse": database})]


@cache
def dbt_models() -> dg.AssetsDefinition:
    """The dbt assets, made on first use from the manifest `make setup` prepared: importing this
    module reads no manifest and starts no dbt."""
    project = dbt_project()

    @dbt_assets(
        manifest=project.manifest_path,
        project=project,
        dagster_dbt_translator=WijkwijsDbtTranslator(),
        pool=WAREHOUSE_POOL,
    )
    def dbt_models(context: dg.AssetExecutionContext, config: BuildConfig, dbt: DbtCliResource,
                   duckdb: DuckDBResource, data: WijkwijsData):
        # `build` runs seeds, models and tests in DAG order; a failing error-severity test fails
        # the step, so nothing downstream (the publish) runs. The monthly models are
        # incremental: one new month recomputes that month (and the comparisons that read it),
        # and its tests run on those months only; a full refresh recomputes and tests
        # everything (wijkwijs.build_plan).
        with duckdb.get_connection() as con:
            plan = plan_build(con, data.paths, force_full=config.full_refresh)
        context.log.info("dbt build: %s, %d maand(en) / month(s) %s", plan.mode, plan.months,
                         plan.reason)
        args = ["build", *(["--full-refresh"] if plan.full else []),
                *warehouse_vars(duckdb.database)]
        invocation = dbt.cli(args, context=context)
        yield from invocation.stream()
        keep_partial_parse(invocation.target_path)
        with duckdb.get_connection() as con:
            build_succeeded(con, data.paths, plan)

    return dbt_models
