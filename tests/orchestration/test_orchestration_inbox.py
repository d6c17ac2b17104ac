"""The inbox asset in Dagster: a held file's reason and report in the check's metadata, the
readable reason as the step's failure, and the run config that confirms it."""

from __future__ import annotations

import shutil

import dagster as dg
import pytest

from orchestration.defs.ingest.assets import inbox_files, reference_data
from orchestration.defs.resources import resources_from_env
from tests.conftest import data_env


@pytest.fixture
def data_dir(tmp_path):
    from wijkwijs.demo import write_demo

    demo = tmp_path / "demo"
    write_demo(demo)
    data = tmp_path / "data"
    (data / "reference").mkdir(parents=True)
    for name in ("wijkenbuurten_2026.gpkg", "bevolking.csv"):
        shutil.copy(demo / "reference" / name, data / "reference" / name)
    (data / "inbox").mkdir()
    shutil.copy(demo / "inbox" / "wmo_2026-05.csv", data / "inbox")
    return demo, data


def materialize(config: dict | None = None):
    run_config = {"ops": {"inbox_files": {"config": config}}} if config else None
    return dg.materialize([reference_data, inbox_files], resources=resources_from_env(),
                          run_config=run_config, raise_on_error=False)


def check_of(result) -> dg.AssetCheckEvaluation:
    return next(e.event_specific_data for e in result.all_events
                if e.event_type_value == "ASSET_CHECK_EVALUATION"
                and e.event_specific_data.asset_check_key.name == "inbox_files_accepted")


def test_a_held_file_is_explained_in_the_check_and_confirmed_by_run_config(data_dir):
    demo, data = data_dir
    with data_env(data):
        assert check_of(materialize()).passed
        lines = (demo / "inbox" / "wmo_2026-05.csv").read_text(encoding="utf-8-sig").splitlines()
        (data / "inbox" / "wmo_2026-05_v2.csv").write_text("\n".join(lines[:151]) + "\n")
        held = check_of(materialize())
        assert not held.passed
        assert held.description.startswith("0 bestand(en) afgewezen, 1 aangehouden")
        table = held.metadata["problems"].value
        assert "wmo_2026-05_v2.csv | aangehouden" in table and "150 cellen (rijen)" in table
        report = held.metadata["reports"].value["wmo_2026-05_v2.csv"]
        assert report.endswith("held/wmo_2026-05_v2.csv.report.txt")
        assert held.metadata["status_file"].value.endswith("serving/status.json")

        missing = materialize({"confirm": ["niet_aangehouden.csv"]})
        assert not missing.success
        failure = next(e for e in missing.all_events if e.event_type_value == "STEP_FAILURE")
        assert failure.event_specific_data.user_failure_data.description.startswith(
            "niet_aangehouden.csv wacht niet op bevestiging")

        confirmed = check_of(materialize({"confirm": ["wmo_2026-05_v2.csv"]}))
        assert confirmed.passed
        # through the resource: DuckDB shares one database per file and setting in a process
        with resources_from_env()["duckdb"].get_connection() as con:
            assert con.execute("select count(*) from raw.case_counts").fetchone() == (150,)
            assert con.execute("select status from raw.load_log where file_name = "
                               "'wmo_2026-05_v2.csv' order by loaded_at").fetchall() == [
                ("confirmed",), ("loaded",)]
