"""All dbt models, seeds and tests as Dagster assets and asset checks."""

import os
from contextlib import contextmanager

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


@dbt_assets(
    manifest=dbt_project().manifest_path,
    project=dbt_project(),
    dagster_dbt_translator=WijkwijsDbtTranslator(),
    pool=WAREHOUSE_POOL,
)
def dbt_models(context: dg.AssetExecutionContext, config: BuildConfig, dbt: DbtCliResource,
               duckdb: DuckDBResource, data: WijkwijsData):
    # `build` runs seeds, models and tests in DAG order; a failing error-severity test fails the
    # step, so nothing downstream (the publish) runs. The monthly models are incremental: one
    # new month recomputes that month (and the comparisons that read it), and its tests run on
    # those months only; a full refresh recomputes and tests everything (wijkwijs.build_plan).
    with duckdb.get_connection() as con:
        plan = plan_build(con, data.paths, force_full=config.full_refresh)
    context.log.info("dbt build: %s, %d maand(en) / month(s) %s", plan.mode, plan.months,
                     plan.reason)
    args = ["build", *(["--full-refresh"] if plan.full else [])]
    with warehouse_env(duckdb.database):
        invocation = dbt.cli(args, context=context)
        yield from invocation.stream()
    keep_partial_parse(invocation.target_path)
    with duckdb.get_connection() as con:
        build_succeeded(con, data.paths, plan)



@contextmanager
def warehouse_env(database: str):
    """dbt_project/profiles.yml reads the warehouse from WIJKWIJS_WAREHOUSE: point it at the file
    the Python assets wrote for this run, and restore the environment afterwards."""
    from orchestration.defs.dbt.child import PARENT_ENV

    # and tell dbt's wrapper who its parent is, so it dies with this process (child.py)
    settings = {"WIJKWIJS_WAREHOUSE": database, PARENT_ENV: str(os.getpid())}
    before = {key: os.environ.get(key) for key in settings}
    os.environ.update(settings)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
