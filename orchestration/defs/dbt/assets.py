"""All dbt models, seeds and tests as Dagster assets and asset checks."""

import json
from functools import cache

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets
from dagster_duckdb import DuckDBResource

from orchestration.defs.dbt.resources import dbt_project, keep_partial_parse
from orchestration.defs.dbt.translator import WijkwijsDbtTranslator
from orchestration.defs.resources import WAREHOUSE_POOL, WijkwijsData
from wijkwijs.build_plan import (
    COLUMN_CHECKS,
    BuildPlan,
    build_succeeded,
    manifest_sources,
    plan_build,
    selection_args,
    tables_left_alone,
)


class BuildConfig(dg.Config):
    """Run config of `dbt_models`: `full_refresh` rebuilds every month whatever changed."""

    full_refresh: bool = False


def build_args(plan: BuildPlan, manifest: dict, database: str) -> list[str]:
    """`dbt build` for the plan. A full refresh builds and tests everything, each test on its
    own (the column_checks tests, which gather them on incremental builds, left out). An
    incremental build runs only what reads a changed raw table, the single-column tests of a
    model inside its column_checks test (wijkwijs.build_plan.selection_args), and no unit
    tests: they check the code on fixed rows, and the code is the one the last full refresh
    tested (a code change forces a full refresh).

    An incremental build also skips two of dbt's fixed costs (~0.7 s CPU of a one-month build,
    measured): writing manifest.json (twice, 3 MB) and run_results.json into the run's target
    folder (Dagster keeps each node's result; the run's dbt.log keeps the rest), and reading
    every schema's relations before the first node (`--no-populate-cache`: dbt asks DuckDB per
    relation instead, for the few models it builds)."""
    if plan.full:
        return ["build", "--full-refresh", "--exclude", f"test_name:{COLUMN_CHECKS}",
                *warehouse_vars(database)]
    return ["build", "--exclude-resource-type", "unit_test", "--no-write-json",
            "--no-populate-cache", *selection_args(manifest, plan.changed_sources),
            *warehouse_vars(database)]


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
        # only the models reading changed input run, and their tests read those months only;
        # a full refresh recomputes and tests everything (wijkwijs.build_plan).
        manifest = json.loads(project.manifest_path.read_text())
        with duckdb.get_connection() as con:
            plan = plan_build(con, data.paths, force_full=config.full_refresh,
                              sources=tuple(manifest_sources(manifest)))
        context.log.info("dbt build: %s, %d maand(en) / month(s) %s; changed: %s", plan.mode,
                         plan.months, plan.reason, ", ".join(plan.changed_sources) or "-")
        if not plan.full:
            # the tables this build leaves alone are current: said first (Dagster wants a
            # multi-asset's outputs parents first; none of them reads a rebuilt one), so the
            # publish, which depends on some of them, runs rather than being skipped
            for node in tables_left_alone(manifest, plan.changed_sources):
                key = dg.AssetKey([node["schema"], node["name"]])
                if key in context.selected_asset_keys:
                    yield dg.Output(None, output_name=context.assets_def
                                    .get_output_name_for_asset_key(key), metadata={
                                        "dbt": "niet herbouwd: invoer ongewijzigd / "
                                               "not rebuilt: input unchanged"})
        invocation = dbt.cli(build_args(plan, manifest, duckdb.database), context=context)
        yield from invocation.stream()
        keep_partial_parse(invocation.target_path)
        with duckdb.get_connection() as con:
            build_succeeded(con, data.paths, plan)

    return dbt_models
