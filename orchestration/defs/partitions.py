"""Per-gemeente partitions (docs/deployment.md): the same assets, run once per gemeente.

`gemeente_pipeline` selects every asset except the serving copy, partitioned by gemeente code:
a run for partition GMxxxx gets the resources of that gemeente's data folder
(wijkwijs.partitions.gemeente_paths) through its run config, so ingest, dbt (with its tests)
and the review copy read and write that gemeente's own warehouse file. Runs of different
gemeenten share no file and run in parallel (run queue, or one pod per run on Kubernetes).
`publish_gemeenten` then unions the partitions' marts and publishes the one serving copy.

The partitions are static, read when the code location loads (WIJKWIJS_GEMEENTEN or the folders
under <data>/gemeenten/): a new gemeente is a new folder and a reload. Without any, neither job
is defined and nothing changes for a single-gemeente installation.
"""

import json

import dagster as dg

from orchestration.defs.resources import WijkwijsData
from wijkwijs.config import DUCKDB_CONFIG, Paths, paths
from wijkwijs.partitions import gemeente_codes, gemeente_paths, publish_gemeenten

GEMEENTE_PIPELINE = "gemeente_pipeline"
PUBLISH_GEMEENTEN = "publish_gemeenten"
SERVING_KEY = dg.AssetKey(["serving", "wijkwijs"])


def gemeente_run_config(base: Paths, code: str) -> dict:
    """The resources of one partition: its data folder and its warehouse file (dbt builds the
    file the duckdb resource names: orchestration/defs/dbt/assets.py, warehouse_vars)."""
    own = gemeente_paths(base, code)
    own.warehouse.parent.mkdir(parents=True, exist_ok=True)
    return {"resources": {
        "data": {"config": {"data_dir": str(own.data), "inbox_dir": str(own.inbox)}},
        "duckdb": {"config": {"database": str(own.warehouse),
                              "connection_config": DUCKDB_CONFIG}},
    }}


def gemeente_jobs(base: Paths | None = None) -> list:
    """The partitioned job and the combining publish, or nothing when no gemeente is set up."""
    base = base or paths()
    codes = gemeente_codes(base)
    if not codes:
        return []
    partitions = dg.StaticPartitionsDefinition(codes)
    pipeline = dg.define_asset_job(
        GEMEENTE_PIPELINE,
        selection=dg.AssetSelection.all() - dg.AssetSelection.assets(SERVING_KEY),
        description="One gemeente (partition) in its own data folder and warehouse: ingest, "
        "dbt build with tests. Afterwards publish_gemeenten writes the serving copy.",
        config=dg.PartitionedConfig(
            partitions_def=partitions,
            run_config_for_partition_key_fn=lambda code: gemeente_run_config(base, code)),
    )
    return [pipeline, publish_job(codes)]


def publish_job(codes: list[str]) -> dg.JobDefinition:
    @dg.op(name="publish_gemeenten", pool="serving")
    def publish_gemeenten_op(context: dg.OpExecutionContext, data: WijkwijsData):
        """Union the partitions' marts and publish them as the one serving copy (audited on
        the whole combined copy, swapped in atomically: wijkwijs.partitions)."""
        from orchestration.defs.dbt.resources import dbt_project

        result = publish_gemeenten(data.paths, codes, dbt_project().manifest_path)
        context.log_event(dg.AssetMaterialization(SERVING_KEY, metadata={
            "path": str(result.path), "content_hash": result.content_hash,
            "changed": result.changed, "gemeenten": ", ".join(codes),
            "audit_scope": result.audit_scope,
            **{f"rows_{table}": n for table, n in result.row_counts.items()}}))

    @dg.job(name=PUBLISH_GEMEENTEN,
            description="Union every gemeente partition's marts into the one serving copy.")
    def publish_gemeenten_job():
        publish_gemeenten_op()

    return publish_gemeenten_job


def gemeente_pipeline_job() -> dg.JobDefinition:
    """The partitioned job with this environment's resources, for `dg.reconstructable`: how a
    run is handed to the multiprocess executor (each step its own process) outside the daemon."""
    from orchestration.definitions import defs

    return defs().resolve_job_def(GEMEENTE_PIPELINE)


def gemeente_sensors(base: Paths | None = None) -> list:
    """Runs start by themselves, as for one gemeente: a partition when its inbox changed, the
    combined publish when partition runs succeeded and none is still queued or running."""
    base = base or paths()
    codes = gemeente_codes(base)
    if not codes:
        return []

    @dg.sensor(name="gemeente_inbox_sensor", job_name=GEMEENTE_PIPELINE,
               minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING)
    def gemeente_inbox_sensor(context: dg.SensorEvaluationContext):
        """A run of each gemeente whose inbox holds new or changed files."""
        from orchestration.defs.schedules import inbox_fingerprint

        seen = json.loads(context.cursor) if context.cursor else {}
        requests = []
        for code in codes:
            fingerprint = inbox_fingerprint(gemeente_paths(base, code))
            if fingerprint is not None and fingerprint != seen.get(code):
                seen[code] = fingerprint
                requests.append(dg.RunRequest(run_key=f"{code}:{fingerprint}",
                                              partition_key=code))
        context.update_cursor(json.dumps(seen, sort_keys=True))
        return requests or dg.SkipReason("geen nieuwe bestanden / no new files")

    @dg.sensor(name="publish_gemeenten_sensor", job_name=PUBLISH_GEMEENTEN,
               minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING)
    def publish_gemeenten_sensor(context: dg.SensorEvaluationContext):
        """One publish after a wave of partition runs (a backfill of all gemeenten publishes
        once, when its last run has ended), not one per partition."""
        instance = context.instance
        busy = instance.get_runs(dg.RunsFilter(job_name=GEMEENTE_PIPELINE, statuses=[
            dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED,
            dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED]), limit=1)
        done = instance.get_runs(dg.RunsFilter(job_name=GEMEENTE_PIPELINE,
                                               statuses=[dg.DagsterRunStatus.SUCCESS]), limit=1)
        newest = done[0].run_id if done else None
        if busy or newest is None or newest == context.cursor:
            return dg.SkipReason("geen afgeronde nieuwe gemeente-runs / nothing to publish")
        context.update_cursor(newest)
        return dg.RunRequest(run_key=f"after:{newest}")

    return [gemeente_inbox_sensor, publish_gemeenten_sensor]
