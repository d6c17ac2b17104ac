"""One month in seconds (issue 20 item 3): an incremental build gives, table for table, what a
full refresh of the same data gives."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from orchestration.defs.dbt.assets import warehouse_vars
from orchestration.pipeline import failed_checks, failure_reason, failure_summary, run_pipeline
from tests.conftest import data_env
from wijkwijs.build_plan import (
    FOLDED_TESTS,
    RECORD_NAME,
    build_fingerprint,
    is_folded_test,
    manifest_sources,
    nodes_to_skip,
    selection_args,
)
from wijkwijs.config import DBT_PROJECT_DIR, paths
from wijkwijs.demo import write_demo

LAST = "2026-06"
CORRECTED = "wmo_2025-03.csv"


CHECKS: dict[str, set[str]] = {}  # the asset checks each build evaluated, by build
TESTS: dict[str, set[str]] = {}  # every dbt test each build ran (checks and observations)


def dbt_tests_run(result) -> set[str]:
    """The dbt tests a run ran: asset checks, and the column tests that are no asset check
    (their result is an observation of their model, with the test's unique_id)."""
    names = set()
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            metadata = event.event_specific_data.metadata
        elif event.event_type_value == "ASSET_OBSERVATION":
            metadata = event.event_specific_data.asset_observation.metadata
        else:
            continue
        unique_id = metadata.get("unique_id")  # a dbt test's result (not the ingest checks)
        if unique_id is not None and unique_id.value.startswith("test."):
            names.add(unique_id.value.split(".")[2])
    return names


def _run(data_dir, build: str = ""):
    with data_env(data_dir):
        result = run_pipeline()
    assert result.success, failure_summary(result)
    assert failed_checks(result) == []
    CHECKS[build] = {event.event_specific_data.asset_check_key.name
                     for event in result.all_events
                     if event.event_type_value == "ASSET_CHECK_EVALUATION"}
    TESTS[build] = dbt_tests_run(result)
    return json.loads((data_dir / "warehouse" / RECORD_NAME).read_text())


def _tables(path) -> dict[str, list]:
    """Every table of the warehouse's dbt schemas, or of a serving copy, as sorted rows."""
    with duckdb.connect(str(path), read_only=True) as con:
        names = con.execute(
            "select schema_name, table_name from duckdb_tables() where schema_name in "
            "('intermediate', 'marts', 'main') and table_name not in "
            "('publish_info', 'load_status') order by 1, 2").fetchall()
        return {f"{s}.{t}": sorted(con.execute(f"select * from {s}.{t}").fetchall(), key=repr)
                for s, t in names}


@pytest.fixture(scope="module")
def incremental(tmp_path_factory):
    """The demo loaded without its last month, then that month and a corrected earlier month
    arriving together: the second build is incremental."""
    data_dir = tmp_path_factory.mktemp("incremental")
    write_demo(data_dir)
    aside = data_dir / "aside"
    aside.mkdir()
    for path in (data_dir / "inbox").glob(f"*_{LAST}.csv"):
        shutil.move(path, aside / path.name)
    first = _run(data_dir, "first")
    for path in aside.iterdir():
        shutil.move(path, data_dir / "inbox" / path.name)
    archived = data_dir / "archive" / CORRECTED
    frame = pd.read_csv(archived, sep=";", dtype=str, keep_default_na=False,
                        encoding="utf-8-sig")
    counts = frame["aantal_clienten"].astype(int)
    frame["aantal_clienten"] = (counts + (counts % 3 == 0) * 7).astype(str)  # a correction
    frame.to_csv(data_dir / "inbox" / "wmo_2025-03_v2.csv", sep=";", index=False,
                 encoding="utf-8-sig")
    second = _run(data_dir, "second")
    return data_dir, first, second


def test_the_second_build_recomputes_only_the_changed_months(incremental):
    _, first, second = incremental
    assert first["mode"] == "full" and first["months"] == 41
    assert second == {**second, "mode": "incremental", "months": 2}


def test_incremental_equals_a_full_refresh_table_for_table(incremental, tmp_path):
    data_dir, _, _ = incremental
    full = tmp_path / "full"
    shutil.copytree(data_dir, full)
    (full / "warehouse" / RECORD_NAME).unlink()  # no record: the next build is a full refresh
    served = (full / "serving" / "wijkwijs.duckdb").stat()
    assert _run(full)["mode"] == "full"
    after, before = (_tables(d / "warehouse" / "wijkwijs.duckdb") for d in (full, data_dir))
    assert after.keys() == before.keys() and "intermediate.int_case_counts_disclosed" in after
    for table, rows in before.items():
        if table != "intermediate.int_periods_changed":  # the plan itself: all months now
            assert after[table] == rows, table
    # the serving copy of the full refresh has the same content: publish left the file alone
    again = (full / "serving" / "wijkwijs.duckdb").stat()
    assert (again.st_ino, again.st_mtime_ns) == (served.st_ino, served.st_mtime_ns)


def test_a_corrected_stapeling_year_rebuilds_its_months_like_a_full_refresh(incremental,
                                                                           tmp_path):
    """The profile (area_profile_monthly) is incremental per month and joins its year's
    stapeling: a corrected stapeling file must reach all twelve months of that year."""
    data_dir, _, _ = incremental
    work = tmp_path / "stapeling"
    shutil.copytree(data_dir, work)
    # the copy's warehouse is a new file, which alone forces a full refresh (build_fingerprint):
    # its record takes the copy's fingerprint, as if the builds had run here
    record_file = work / "warehouse" / RECORD_NAME
    with data_env(work):
        fingerprint = build_fingerprint(paths())
    record_file.write_text(json.dumps({**json.loads(record_file.read_text()),
                                       "fingerprint": fingerprint}))
    frame = pd.read_csv(work / "archive" / "stapeling_2025.csv", dtype=str,
                        keep_default_na=False, encoding="utf-8-sig")
    households = frame["aantal_huishoudens"].astype(int)
    frame["aantal_huishoudens"] = (households + (households % 2 == 0) * 5).astype(str)
    frame.to_csv(work / "inbox" / "stapeling_2025_v2.csv", index=False, encoding="utf-8")

    record = _run(work)
    assert record == {**record, "mode": "incremental", "months": 12}
    assert "raw.stapeling" in record["changed_sources"]
    corrected, before = (_tables(d / "warehouse" / "wijkwijs.duckdb") for d in (work, data_dir))
    profile = "marts.area_profile_monthly"
    assert corrected[profile] != before[profile]  # the correction reached the profile

    full = tmp_path / "full"
    shutil.copytree(work, full)
    (full / "warehouse" / RECORD_NAME).unlink()
    assert _run(full)["mode"] == "full"
    rebuilt = _tables(full / "warehouse" / "wijkwijs.duckdb")
    for table, rows in corrected.items():
        if table != "intermediate.int_periods_changed":
            assert rebuilt[table] == rows, table


def test_the_second_build_runs_only_what_reads_the_changed_tables(incremental):
    _, first, second = incremental
    assert set(first["changed_sources"]) >= {"raw.case_counts", "raw.buurten", "raw.youth_input"}
    # new and corrected case counts, and the load log that recorded them; not the stapeling,
    # the reference data, the youth input or the CBS figures
    assert set(second["changed_sources"]) == {"raw.case_counts", "raw.load_log"}


def test_an_incremental_build_skips_models_that_read_no_changed_table():
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())
    skipped = {s.removeprefix("fqn:").split(".")[-1]
               for s in nodes_to_skip(manifest, ("raw.case_counts",))}
    # what reads the case counts, through any number of models, is built
    for built in ("stg_raw__case_counts", "int_case_counts_disclosed", "area_clients_monthly",
                  "area_profile_monthly", "cbs_comparison"):
        assert built not in skipped, built
    # the areas, the seeds, youth input and the CBS marts are left as they are (and with
    # them their tests: dbt leaves out every test of an excluded model)
    for left in ("areas", "categories", "youth_input_records", "cbs_area_figures",
                 "int_disclosure_rules"):
        assert left in skipped, left
    # every raw table changed: only what reads none (the code lists, the rules) is left
    everything = {s.removeprefix("fqn:").split(".")[-1]
                  for s in nodes_to_skip(manifest, tuple(manifest_sources(manifest)))}
    assert {"categories", "int_disclosure_rules"} <= everything
    assert not everything & {"areas", "youth_input_records", "cbs_area_figures"}


def test_every_model_that_reads_the_plan_is_built_after_it():
    """A model reads the build's periods by name (macros/incremental.sql), which dbt does not
    see as a dependency: without a ref it may run before the plan is rewritten and replace
    the previous build's months (int_case_counts_rolled_up lost the new month that way)."""
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())
    plan = "model.wijkwijs.int_periods_changed"
    parents = {uid: set(node["depends_on"]["nodes"])
               for uid, node in manifest["nodes"].items() if node["resource_type"] == "model"}

    def upstream(uid: str, seen: set[str]) -> set[str]:
        for parent in parents.get(uid, ()):
            if parent not in seen:
                seen.add(parent)
                upstream(parent, seen)
        return seen

    readers = {uid for uid, node in manifest["nodes"].items()
               if node["resource_type"] == "model" and uid != plan
               and ("changed_periods(" in node["raw_code"]
                    or "changed_periods(" in str(node["config"].get("pre_hook"))
                    or "int_periods_changed" in node["raw_code"])}
    assert "model.wijkwijs.int_case_counts_rolled_up" in readers
    assert "model.wijkwijs.area_clients_monthly" in readers
    assert [uid for uid in sorted(readers) if plan not in upstream(uid, set())] == []


def test_a_full_refresh_runs_every_test_on_its_own(incremental):
    first = TESTS["first"]
    column_tests = {"not_null_area_clients_monthly_period",
                    "value_matches_state_area_clients_monthly_clients__clients_state",
                    "unique_combination_of_columns_area_clients_monthly_area_level__area_code__"
                    "period__domain__category"}
    assert column_tests <= first
    assert not [name for name in first if name.startswith("column_checks")]
    # run, but no asset check of their own: their model's column_checks stands for them
    assert not column_tests & CHECKS["first"]
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())
    tests = [n for n in manifest["nodes"].values() if n["resource_type"] == "test"
             and (n.get("test_metadata") or {}).get("name") != "column_checks"]
    # every test of the project ran on its own (column_checks left out), and the ones no
    # column_checks stands for as asset checks
    assert first == {n["name"] for n in tests}
    assert CHECKS["first"] & first == {n["name"] for n in tests if not is_folded_test(n)}


def test_an_incremental_build_runs_a_models_column_tests_in_one(incremental):
    second = TESTS["second"]
    assert {"column_checks_area_clients_monthly_", "column_checks_int_case_counts_disclosed_",
            "column_checks_stg_raw__case_counts_"} <= second & CHECKS["second"]
    # folded: not run on their own
    assert not second & {"not_null_area_clients_monthly_period",
                         "accepted_values_area_clients_monthly_domain__wmo__jeugd__participatiewet"}
    # a warning stays a warning, on its own
    warning = "accepted_values_int_case_counts_disclosed_protection_ok__False__True"
    assert warning in CHECKS["second"]
    assert len(second) < len(TESTS["first"]) / 10


def test_only_what_no_column_checks_stands_for_is_an_asset_check():
    """~50 asset checks, not ~630: Dagster plans (and stores an event for) every declared check
    of every run, run or not. Each column_checks test, each relationship, each test of its own
    kind and each warning is one; a single-column or grain test of error severity is not."""
    from orchestration.defs.dbt.assets import dbt_models

    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())
    tests = {n["name"]: n for n in manifest["nodes"].values() if n["resource_type"] == "test"}
    specs = {spec.key.name: spec for spec in dbt_models().check_specs}
    assert set(specs) == {name for name, n in tests.items() if not is_folded_test(n)}
    assert len(specs) < len(tests) / 10
    kinds = {(tests[name].get("test_metadata") or {}).get("name") for name in specs}
    assert {"column_checks", "relationships", "relationships_by_columns"} <= kinds
    assert not kinds & set(FOLDED_TESTS) - {"accepted_values", "not_null"}  # those: warnings
    for name, spec in specs.items():  # an error blocks what follows, a warning does not
        assert spec.blocking == (tests[name]["config"]["severity"].lower() == "error"), name
        assert spec.metadata["dagster_dbt/unique_id"] == tests[name]["unique_id"]
    monthly = specs["column_checks_area_clients_monthly_"]
    assert monthly.asset_key == dg.AssetKey(["marts", "area_clients_monthly"])
    assert specs["relationships_by_columns_area_clients_monthly_boundary_year__area_level__"
                 "area_code__ref_areas_"].additional_deps  # it reads the areas too


def test_a_failing_column_test_without_a_check_fails_the_build_and_is_named(incremental,
                                                                            tmp_path):
    """A full refresh runs every test on its own; one that is no asset check still fails the
    dbt step, nothing is published, and the reason names its model, check and column."""
    data_dir = tmp_path / "data"
    shutil.copytree(incremental[0], data_dir)
    (data_dir / "warehouse" / RECORD_NAME).unlink()  # a full refresh
    served = (data_dir / "serving" / "wijkwijs.duckdb").stat()
    with duckdb.connect(str(data_dir / "warehouse" / "wijkwijs.duckdb")) as con:
        con.execute("update raw.case_counts set clients = null where value_state = 'number' "
                    "and (period, buurt_code, domain, category) = (select (period, buurt_code, "
                    "domain, category) from raw.case_counts where value_state = 'number' "
                    "order by all limit 1)")
    with data_env(data_dir):
        result = run_pipeline()
    assert not result.success
    assert [e.step_key for e in result.all_events
            if e.event_type_value == "STEP_FAILURE"] == ["dbt_models"]
    assert failed_checks(result) == []  # no asset check failed: the test is none
    test = "value_matches_state_stg_raw__case_counts_clients__clients_state"
    assert failure_reason(result) == (
        f"dbt-test mislukt / dbt test failed: stg_raw__case_counts: value_matches_state(clients) "
        f"1 rij(en)/row(s) [{test}]")
    again = (data_dir / "serving" / "wijkwijs.duckdb").stat()
    assert (again.st_ino, again.st_mtime_ns) == (served.st_ino, served.st_mtime_ns)


def test_column_checks_runs_exactly_the_kinds_the_build_leaves_to_it():
    macro = (DBT_PROJECT_DIR / "macros" / "column_checks.sql").read_text()
    listed = re.search(r"column_check_kinds\(\) -%}\s*\{%- do return\(\[(.*?)\]\)", macro, re.S)
    kinds = re.findall(r"'(\w+)'", listed.group(1))
    assert set(FOLDED_TESTS) <= set(kinds)
    for kind in kinds:
        assert f"name == '{kind}'" in macro, kind


def test_a_failing_column_check_names_model_check_column_and_period(incremental, tmp_path):
    data_dir, _, _ = incremental
    warehouse = tmp_path / "wijkwijs.duckdb"
    shutil.copyfile(data_dir / "warehouse" / "wijkwijs.duckdb", warehouse)
    with duckdb.connect(str(warehouse)) as con:  # a new month's rows gone wrong
        con.execute("update marts.area_clients_monthly set clients_state = null "
                    f"where period = '{LAST}-01' and area_level = 'buurt'")
        con.execute("update marts.area_clients_monthly set area_code = 'BU99999999' "
                    f"where period = '{LAST}-01' and area_code = (select min(area_code) "
                    "from marts.area_clients_monthly where area_level = 'buurt')")
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())
    # this mart's tests as the incremental build selects them
    run = subprocess.run(
        [str(Path(sys.executable).with_name("dbt")), "test", "--select", "area_clients_monthly",
         *selection_args(manifest, ("raw.case_counts", "raw.load_log")),
         *warehouse_vars(str(warehouse)), "--target-path", str(tmp_path / "target"),
         "--log-path", str(tmp_path)],
        cwd=DBT_PROJECT_DIR, capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stdout[-3000:]
    said = " ".join(run.stdout.split())
    message = said[said.index("kolomcontrole mislukt / column check failed: "):]
    model, periods = re.match(r".*?: (\w+), periode\(n\)/period\(s\) ([\d, -]+):", message).groups()
    assert model == "area_clients_monthly" and LAST in periods.split(", ")
    assert "not_null(clients_state)" in message
    assert "[not_null_area_clients_monthly_clients_state]" in message
    # a relationship to a model this build did not rebuild (dbt leaves its test out) too
    assert "relationships_by_columns(" not in message  # a test of several columns: no column
    assert re.search(r"relationships_by_columns \d+ rij\(en\)/row\(s\) "
                     r"\[relationships_by_columns_area_clients_monthly_boundary_year", message)
    # the other folded tests passed: only the failing ones are named
    assert "not_null(period)" not in message


def _incremental_test_of(warehouse, tmp_path, model: str) -> subprocess.CompletedProcess:
    """`model`'s dbt tests as the incremental build selects and scopes them, on `warehouse`."""
    manifest = json.loads((DBT_PROJECT_DIR / "target" / "manifest.json").read_text())
    return subprocess.run(
        [str(Path(sys.executable).with_name("dbt")), "test", "--select", model,
         *selection_args(manifest, ("raw.case_counts", "raw.load_log")),
         *warehouse_vars(str(warehouse)), "--target-path", str(tmp_path / "target"),
         "--log-path", str(tmp_path)],
        cwd=DBT_PROJECT_DIR, capture_output=True, text=True, timeout=600)


def test_the_period_first_copys_row_count_is_tested_on_the_rewritten_months(incremental,
                                                                            tmp_path):
    """area_clients_by_period's tests read only the months the build rewrote, its row count
    against area_clients_monthly's in the same months: a month the build did not touch is not
    counted again (24 M rows at national scale), a rewritten one still is."""
    data_dir, _, _ = incremental
    warehouse = tmp_path / "wijkwijs.duckdb"
    shutil.copyfile(data_dir / "warehouse" / "wijkwijs.duckdb", warehouse)
    one_row = ("delete from marts.area_clients_by_period where period = '{}-01' and area_code = "
               "(select min(area_code) from marts.area_clients_by_period "
               "where area_level = 'buurt')")
    with duckdb.connect(str(warehouse)) as con:  # a month this build did not rewrite
        con.execute(one_row.format("2024-05"))
    untouched = _incremental_test_of(warehouse, tmp_path, "area_clients_by_period")
    assert untouched.returncode == 0, untouched.stdout[-3000:]
    assert re.search(r"PASS=[1-9]\d* WARN=0 ERROR=0", untouched.stdout)
    with duckdb.connect(str(warehouse)) as con:  # the new month
        con.execute(one_row.format(LAST))
    rewritten = _incremental_test_of(warehouse, tmp_path, "area_clients_by_period")
    assert rewritten.returncode == 1, rewritten.stdout[-3000:]
    said = " ".join(rewritten.stdout.split())
    assert "equal_row_count_as_area_clients_by_period" in said
    assert re.search(r"Failure in test equal_row_count_as_area_clients_by_period\S*", said)
