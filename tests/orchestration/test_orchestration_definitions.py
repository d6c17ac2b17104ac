"""The Dagster code location loads, with the asset graph, pool, schedule and sensor it promises."""

import dagster as dg

from orchestration.definitions import defs
from orchestration.defs.schedules import inbox_fingerprint, inbox_sensor
from tests.conftest import data_env


def test_definitions_load_with_one_connected_graph():
    graph = defs().resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    for expected in (
        "raw/buurten",
        "raw/case_counts",
        "raw/stapeling",
        "staging/stg_raw__case_counts",
        "intermediate/int_case_counts_disclosed",
        "marts/area_clients_monthly",
        "serving/wijkwijs",
    ):
        assert expected in keys
    # dbt sources resolve to the Python-loaded assets: raw → staging → marts → serving is one DAG
    staging = graph.get(dg.AssetKey(["staging", "stg_raw__case_counts"]))
    assert dg.AssetKey(["raw", "case_counts"]) in staging.parent_keys
    serving = graph.get(dg.AssetKey(["serving", "wijkwijs"]))
    assert dg.AssetKey(["marts", "area_clients_monthly"]) in serving.parent_keys


def test_every_warehouse_writer_is_in_the_single_pool():
    loaded = defs()
    for job in ("full_pipeline", "replay_archive"):
        pools = {node.name: node.pool for node in loaded.resolve_job_def(job).graph.node_defs}
        assert pools == {
            "reference_data": "warehouse",
            "inbox_files": "warehouse",
            "dbt_models": "warehouse",
            "serving__wijkwijs": "warehouse",
            "raw__app_youth_reviews": "warehouse",  # reads the application database
            "review__copy": "warehouse",  # reads the warehouse for the review copy
        }


def test_dbt_tests_are_asset_checks_and_inbox_check_blocks():
    check_keys = {key.name for key in defs().resolve_asset_graph().asset_check_keys}
    assert "inbox_files_accepted" in check_keys
    # a mart's column and grain tests are one check, its column_checks; relationships their own
    assert "column_checks_area_clients_monthly_" in check_keys
    assert any(name.startswith("relationships_by_columns_area_clients_monthly")
               for name in check_keys)
    assert not any(
        name.startswith("unique_combination_of_columns_area_clients_monthly") for name in check_keys
    )


def test_monthly_schedule_and_inbox_sensor(tmp_path):
    schedule = defs().resolve_schedule_def("monthly_refresh")
    assert schedule.cron_schedule == "0 6 2 * *"
    assert schedule.job_name == "full_pipeline"
    # both on from the start: a dropped file loads without a switch in the UI first
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert inbox_sensor.default_status == dg.DefaultSensorStatus.RUNNING
    (tmp_path / "inbox").mkdir()
    with data_env(tmp_path):
        context = dg.build_sensor_context()
        assert isinstance(inbox_sensor(context), dg.SkipReason)
        (tmp_path / "inbox" / "wmo_2024-01.csv").write_text("periode\n")
        request = inbox_sensor(context)
        assert isinstance(request, dg.RunRequest)
        assert request.run_key == inbox_fingerprint()
        assert isinstance(
            inbox_sensor(dg.build_sensor_context(cursor=request.run_key)), dg.SkipReason
        )


def test_the_warehouse_pool_admits_one_run_at_a_time():
    import yaml

    from wijkwijs.config import PROJECT_ROOT

    config = yaml.safe_load((PROJECT_ROOT / "orchestration" / "dagster.yaml").read_text())
    assert config["concurrency"]["pools"]["default_limit"] == 1


def test_inbox_path_is_configurable(tmp_path, monkeypatch):
    from orchestration.defs.resources import resources_from_env

    share = tmp_path / "share"
    share.mkdir()
    (share / "wmo_2024-01.csv").write_text("periode\n")
    monkeypatch.setenv("WIJKWIJS_INBOX", str(share))
    with data_env(tmp_path / "data"):
        assert resources_from_env()["data"].paths.inbox == share
        assert inbox_fingerprint() is not None  # the sensor watches the configured folder


def test_every_duckdb_that_writes_is_memory_bounded(tmp_path):
    # DuckDB's default is 80 % of RAM; the national benchmark must stay under 6 GB
    import yaml

    from orchestration.defs.resources import resources_from_env
    from wijkwijs.config import PROJECT_ROOT

    with data_env(tmp_path):
        with resources_from_env()["duckdb"].get_connection() as con:
            limit = con.execute("select current_setting('memory_limit')").fetchone()[0]
    assert limit == "3.7 GiB"  # 4 GB
    profile = yaml.safe_load((PROJECT_ROOT / "dbt_project" / "profiles.yml").read_text())
    # dbt's connection: the same setting and default (parallel partitions each get a share)
    assert profile["wijkwijs"]["outputs"]["dev"]["settings"]["memory_limit"] == (
        "{{ env_var('WIJKWIJS_DUCKDB_MEMORY', '4GB') }}")


def test_run_pipeline_executes_the_job_the_schedule_and_sensors_start(tmp_path):
    import duckdb

    from orchestration.defs.appdb.sensors import review_decisions_sensor
    from orchestration.pipeline import run_pipeline

    loaded = defs()
    assert loaded.resolve_schedule_def("monthly_refresh").job_name == "full_pipeline"
    assert inbox_sensor.job_name == review_decisions_sensor.job_name == "full_pipeline"
    key = dg.AssetKey(["raw", "app_youth_reviews"])
    with data_env(tmp_path):
        result = run_pipeline(asset_selection=[key])
    assert result.success
    assert result.dagster_run.job_name == "full_pipeline"
    assert [e.event_specific_data.materialization.asset_key
            for e in result.get_asset_materialization_events()] == [key]
    with duckdb.connect(str(tmp_path / "warehouse" / "wijkwijs.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from raw.app_youth_reviews").fetchone() == (0,)
