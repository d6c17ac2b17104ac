"""Per-gemeente partitions (issue 20 item 5): a three-gemeente workload built per partition gives,
table for table and row for row, the serving copy that one run over all three gives; the
combine refuses partitions that would not."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from bench.workload import WORKLOADS, scaled, write_workload
from orchestration.defs.partitions import (
    GEMEENTE_PIPELINE,
    PUBLISH_GEMEENTEN,
    gemeente_jobs,
    gemeente_pipeline_job,
    gemeente_run_config,
)
from orchestration.pipeline import failed_checks, failure_summary, run_pipeline
from tests.conftest import data_env
from wijkwijs.config import Paths, SettingError, paths
from wijkwijs.partitions import (
    PartitionError,
    combine_warehouses,
    gemeente_codes,
    gemeente_paths,
    split_delivery,
)

# three gemeenten, one whole year (so stapeling is delivered too): small, yet with suppressed
# cells, secondary suppression, comparisons and similar buurten in every gemeente
THREE = scaled(WORKLOADS["national"], months=12, buurten=36, municipalities=3)
CODES = ["GM3000", "GM3001", "GM3002"]
MULTIPROCESS = "GM3001"  # this partition runs with the multiprocess executor, the others in process
# the copy's own bookkeeping: when it was published, which files it read (compared apart) and
# the per-period digests of its tables (load_status among them: equal tables, equal digests)
BOOKKEEPING = ("publish_info", "load_status", "publish_digests")


def _ok(result):
    assert result.success, failure_summary(result)
    assert failed_checks(result) == []


def _run_partition(code: str):
    from orchestration.definitions import defs

    return defs().resolve_job_def(GEMEENTE_PIPELINE).execute_in_process(
        partition_key=code, raise_on_error=False)


def _run_partition_multiprocess(code: str):
    """As the daemon runs it: each step in its own process, on a persistent instance."""
    config = {**gemeente_run_config(paths(), code),
              "execution": {"config": {"multiprocess": {"max_concurrent": 2}}}}
    with dg.instance_for_test() as instance:
        result = dg.execute_job(dg.reconstructable(gemeente_pipeline_job), instance=instance,
                                run_config=config, tags={"dagster/partition": code})
        _ok(result)
        steps = {e.step_key for e in result.all_events
                 if e.event_type_value == "STEP_WORKER_STARTED"}
        assert {"inbox_files", "dbt_models"} <= steps  # really in worker processes


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The workload built once as one run, and once per gemeente plus the combining publish.
    Both share one disclosure key (its rounding is keyed): the region's, in its data folder,
    which every partition's dbt build reads."""
    source = tmp_path_factory.mktemp("three_source")
    write_workload(THREE, source)
    one = tmp_path_factory.mktemp("three_one")
    shutil.copytree(source, one, dirs_exist_ok=True)
    with data_env(one):
        _ok(run_pipeline())
    region = tmp_path_factory.mktemp("three_partitioned")
    (region / "secrets").mkdir()
    shutil.copy(one / "secrets" / "disclosure.key", region / "secrets" / "disclosure.key")
    written = split_delivery(Paths(source), Paths(region), CODES)
    with data_env(region):
        for code in CODES:
            if code == MULTIPROCESS:
                _run_partition_multiprocess(code)
            else:
                _ok(_run_partition(code))
        _ok(run_pipeline(job=PUBLISH_GEMEENTEN))
    return one, region, written


def _tables(con, database: str) -> list[str]:
    return [t for (t,) in con.execute(
        "select table_name from duckdb_tables() where database_name = ? order by 1",
        [database]).fetchall()]


def _differing_rows(con, a: str, b: str) -> int:
    return con.execute(f"select count(*) from ((from {a} except all from {b}) "
                       f"union all (from {b} except all from {a}))").fetchone()[0]


def test_partitioned_serving_copy_equals_one_run(built):
    one, region, _ = built
    with duckdb.connect(str(one / "serving" / "wijkwijs.duckdb"), read_only=True) as con:
        con.execute(f"attach '{region / 'serving' / 'wijkwijs.duckdb'}' as p (read_only)")
        tables = _tables(con, "wijkwijs")
        assert tables == _tables(con, "p")
        for table in tables:
            if table in BOOKKEEPING:
                continue
            n = con.execute(f"select count(*) from main.{table}").fetchone()[0]
            assert n == con.execute(f"select count(*) from p.{table}").fetchone()[0], table
            assert _differing_rows(con, f"main.{table}", f"p.{table}") == 0, table

        # the comparison means something: every gemeente, suppressed cells (primary and
        # secondary), comparisons with the gemeente, stapeling and similar buurten are there
        assert con.execute("select list(distinct gemeente_code order by gemeente_code) "
                           "from areas").fetchone()[0] == CODES
        states = dict(con.execute("select clients_state, count(*) from area_clients_monthly "
                                  "group by 1").fetchall())
        assert states["suppressed"] > 0 and states["number"] > 0
        assert con.execute("select count(*) from area_clients_by_period "
                           "where index_gemeente is not null").fetchone()[0] > 0
        assert con.execute("select count(distinct gemeente_code) from similar_buurten"
                           ).fetchone()[0] == 3
        assert con.execute("select count(*) from area_stapeling_yearly").fetchone()[0] > 0

        # the same rules, and the attacker found the same on both copies
        info = ("(select * exclude (published_at, content_hash, row_counts, geometry_source) "
                "from {}.publish_info)")
        assert _differing_rows(con, info.format("main"), info.format("p")) == 0
        # each file once in one run, its gemeente's rows once per partition
        assert _differing_rows(
            con, "(select file_name, file_kind, status, periods, message, rows "
                 "from main.load_status)",
            "(select file_name, file_kind, status, periods, message, sum(rows)::bigint "
            "from p.load_status group by all)") == 0


def test_each_partition_holds_its_own_gemeente_only(built):
    _, region, written = built
    with data_env(region):
        assert gemeente_codes(paths()) == CODES
    for code in CODES:
        own = gemeente_paths(Paths(region), code)
        assert "inbox/wmo_2016-01.csv" in written[code]
        with duckdb.connect(str(own.warehouse), read_only=True) as con:
            assert con.execute("select distinct gemeente_code from raw.buurten").fetchall() == [
                (code,)]
            assert con.execute("select count(*) from raw.case_counts where buurt_code "
                               "not like ?", [f"BU{code[2:]}%"]).fetchone() == (0,)


def test_the_split_keeps_each_file_format_and_only_its_rows(tmp_path):
    source = Paths(tmp_path / "source")
    source.inbox.mkdir(parents=True)
    header = "periode;buurtcode;domein;categorie;aantal_clienten\n"
    rows = ["2024-01;BU30000101;wmo;hulp;5\n", "2024-01;BU30010101;wmo;hulp;.\n",
            "2024-01;BU30000102;wmo;hulp;12\n"]
    (source.inbox / "wmo_2024-01.csv").write_bytes(
        (header + "".join(rows)).encode("utf-8-sig"))
    written = split_delivery(source, Paths(tmp_path / "region"), ["GM3000", "GM3001", "GM3002"])
    assert written == {"GM3000": ["inbox/wmo_2024-01.csv"], "GM3001": ["inbox/wmo_2024-01.csv"],
                       "GM3002": []}  # no rows of GM3002: no file (an empty one is refused)
    region = tmp_path / "region" / "gemeenten"
    assert (region / "GM3000" / "inbox" / "wmo_2024-01.csv").read_bytes() == (
        header + rows[0] + rows[2]).encode("utf-8-sig")
    assert (region / "GM3001" / "inbox" / "wmo_2024-01.csv").read_bytes() == (
        header + rows[1]).encode("utf-8-sig")


def _copy_partitions(region: Path, target: Path, mapping: dict[str, str]) -> Paths:
    """Warehouses of the built partitions under other gemeente folders (mapping new → built)."""
    for new, old in mapping.items():
        folder = target / "gemeenten" / new / "warehouse"
        folder.mkdir(parents=True)
        shutil.copy(region / "gemeenten" / old / "warehouse" / "wijkwijs.duckdb",
                    folder / "wijkwijs.duckdb")
    return Paths(target)


def _manifest():
    from orchestration.defs.dbt.resources import dbt_project

    return dbt_project().manifest_path


def test_combine_refuses_a_partition_with_another_gemeentes_areas(built, tmp_path):
    _, region, _ = built
    base = _copy_partitions(region, tmp_path, {"GM3000": "GM3000", "GM3001": "GM3000"})
    with pytest.raises(PartitionError, match="partitie GM3001: marts.areas .* GM3000"):
        combine_warehouses(base, ["GM3000", "GM3001"], _manifest())
    assert not (tmp_path / "warehouse" / "gemeenten_combined.duckdb").exists()


def test_combine_refuses_partitions_with_other_disclosure_rules(built, tmp_path):
    _, region, _ = built
    base = _copy_partitions(region, tmp_path, {"GM3000": "GM3000", "GM3001": "GM3001"})
    with duckdb.connect(str(gemeente_paths(base, "GM3001").warehouse)) as con:
        con.execute("update intermediate.int_disclosure_rules "
                    "set threshold = threshold + 5")
    with pytest.raises(PartitionError, match="GM3001: intermediate.int_disclosure_rules "
                                             "verschilt van GM3000"):
        combine_warehouses(base, ["GM3000", "GM3001"], _manifest())


def test_combine_names_a_partition_that_was_not_built(built, tmp_path):
    _, region, _ = built
    base = _copy_partitions(region, tmp_path, {"GM3000": "GM3000"})
    with pytest.raises(PartitionError, match="partitie GM3002: geen warehouse"):
        combine_warehouses(base, ["GM3000", "GM3002"], _manifest())


def test_split_names_file_row_and_column_of_a_bad_buurt_code(tmp_path):
    source = Paths(tmp_path / "source")
    source.inbox.mkdir(parents=True)
    (source.inbox / "wmo_2024-01.csv").write_text(
        "periode;buurtcode;domein;categorie;aantal_clienten\n"
        "2024-01;BU30000101;wmo;hulp;5\n2024-01;Jansen;wmo;hulp;5\n", encoding="utf-8")
    with pytest.raises(PartitionError) as caught:
        split_delivery(source, Paths(tmp_path / "region"), ["GM3000"])
    assert str(caught.value).startswith("wmo_2024-01.csv, regel 3, kolom buurtcode")
    assert "Jansen" not in str(caught.value)  # the value may be personal: never repeated


def test_split_refuses_what_it_cannot_split(tmp_path):
    source = Paths(tmp_path / "source")
    source.inbox.mkdir(parents=True)
    (source.inbox / "wmo_2024-01.xlsx").write_bytes(b"PK")
    with pytest.raises(PartitionError, match="wmo_2024-01.xlsx: alleen CSV"):
        split_delivery(source, Paths(tmp_path / "region"), ["GM3000"])


def test_partitions_from_the_setting_or_the_folders(tmp_path, monkeypatch):
    base = Paths(tmp_path)
    assert gemeente_codes(base) == [] and gemeente_jobs(base) == []  # one gemeente: no jobs
    for name in ("GM0363", "GM0014", "notes"):
        (tmp_path / "gemeenten" / name).mkdir(parents=True)
    assert gemeente_codes(base) == ["GM0014", "GM0363"]
    assert [job.name for job in gemeente_jobs(base)] == [GEMEENTE_PIPELINE, PUBLISH_GEMEENTEN]
    monkeypatch.setenv("WIJKWIJS_GEMEENTEN", "gm0599, GM0518")
    assert gemeente_codes(base) == ["GM0518", "GM0599"]
    monkeypatch.setenv("WIJKWIJS_GEMEENTEN", "GM0599,Rotterdam")
    with pytest.raises(SettingError, match="Rotterdam is geen gemeentecode"):
        gemeente_codes(base)


def test_the_command_names_an_unknown_partition(tmp_path, capsys):
    from orchestration.gemeenten import main

    (tmp_path / "gemeenten" / "GM0363").mkdir(parents=True)
    with data_env(tmp_path):
        assert main(["GM0014"]) == 2
    assert "GM0014 (bekend / known: GM0363)" in capsys.readouterr().err


def test_a_gemeente_whose_inbox_changed_gets_a_run(tmp_path):
    from orchestration.defs.partitions import gemeente_sensors

    for code in ("GM0014", "GM0363"):
        (tmp_path / "gemeenten" / code / "inbox").mkdir(parents=True)
    (tmp_path / "gemeenten" / "GM0363" / "inbox" / "wmo_2024-01.csv").write_text("x\n")
    inbox_sensor, _ = gemeente_sensors(Paths(tmp_path))
    context = dg.build_sensor_context()
    requests = inbox_sensor(context)
    assert [(r.partition_key, r.run_key.split(":")[0]) for r in requests] == [
        ("GM0363", "GM0363")]
    again = dg.build_sensor_context(cursor=context.cursor)
    assert isinstance(inbox_sensor(again), dg.SkipReason)  # nothing new since


def test_one_publish_after_the_partition_runs_have_ended(tmp_path):
    from dagster._core.storage.dagster_run import DagsterRun

    from orchestration.defs.partitions import gemeente_sensors

    (tmp_path / "gemeenten" / "GM0363").mkdir(parents=True)
    _, publish_sensor = gemeente_sensors(Paths(tmp_path))
    with dg.instance_for_test() as instance:
        def evaluate(cursor=None):
            return publish_sensor(dg.build_sensor_context(instance=instance, cursor=cursor))

        assert isinstance(evaluate(), dg.SkipReason)  # no partition has run yet
        instance.add_run(DagsterRun(job_name=GEMEENTE_PIPELINE, run_id="a" * 36,
                                    status=dg.DagsterRunStatus.SUCCESS))
        instance.add_run(DagsterRun(job_name=GEMEENTE_PIPELINE, run_id="b" * 36,
                                    status=dg.DagsterRunStatus.STARTED))
        assert isinstance(evaluate(), dg.SkipReason)  # another gemeente is still running
        instance.delete_run("b" * 36)  # that run ended (here: gone)
        request = evaluate()
        assert request.run_key == f"after:{'a' * 36}"
        assert isinstance(evaluate(cursor="a" * 36), dg.SkipReason)  # published already
