"""The archive replay as a job (issue 21 item 7): `replay_archive` with a month range in its run
config reloads exactly those months' archived files, rebuilds and publishes the same figures;
a bad range is refused with a Dutch/English message before anything is loaded."""

import os
import re
import shutil
import subprocess
import sys
from datetime import date

import dagster as dg
import duckdb
import pytest

from orchestration.defs.ingest.assets import INBOX_KEYS
from orchestration.defs.jobs import REPLAY_ARCHIVE, replay_config
from orchestration.pipeline import failed_checks, failure_reason, failure_summary, run_pipeline
from wijkwijs.config import PROJECT_ROOT
from wijkwijs.ingest.replay import InvalidMonthRange, month_range

FIRST = date(2015, 1, 1)
TODAY = date(2026, 12, 7)
MART = "area_clients_monthly"


def test_a_month_range_is_read_as_first_days_inclusive():
    assert month_range("2023-01", "2023-06", FIRST, TODAY) == (date(2023, 1, 1), date(2023, 6, 1))
    assert month_range(" 2026-12 ", "2026-12", FIRST, TODAY) == (date(2026, 12, 1),) * 2


@pytest.mark.parametrize(("from_month", "to_month", "dutch", "english"), [
    ("", "2023-06", "from_month ontbreekt", "from_month is missing"),
    ("2023-01", "", "to_month ontbreekt", "to_month is missing"),
    ("2023-13", "2023-06", "from_month '2023-13' is geen maand: schrijf JJJJ-MM",
     "is not a month: write YYYY-MM"),
    ("2023-01", "juni 2023", "to_month 'juni 2023' is geen maand", "is not a month"),
    ("2023-1", "2023-06", "from_month '2023-1' is geen maand", "is not a month"),
    ("2023-06", "2023-01", "from_month 2023-06 ligt na to_month 2023-01",
     "from_month 2023-06 is after to_month 2023-01"),
    ("2014-12", "2015-02", "ligt vóór de eerste maand 2015-01 (WIJKWIJS_FIRST_MONTH)",
     "is before the first month 2015-01"),
    ("2026-11", "2027-01", "to_month 2027-01 ligt in de toekomst (deze maand: 2026-12)",
     "is in the future"),
])
def test_a_bad_range_is_refused_in_dutch_and_english(from_month, to_month, dutch, english):
    with pytest.raises(InvalidMonthRange) as refused:
        month_range(from_month, to_month, FIRST, TODAY)
    assert dutch in str(refused.value) and english in str(refused.value)


def test_the_replay_job_refuses_a_bad_range_before_loading_anything(tmp_path, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(tmp_path))
    (tmp_path / "inbox").mkdir()
    result = run_pipeline(job=REPLAY_ARCHIVE, run_config=replay_config("2024-06", "2024-01"),
                          asset_selection=INBOX_KEYS)
    assert not result.success
    assert failure_reason(result) == ("from_month 2024-06 ligt na to_month 2024-01: draai ze om / "
                                      "from_month 2024-06 is after to_month 2024-01: swap them")
    assert not (tmp_path / "warehouse" / "wijkwijs.duckdb").exists()  # nothing opened
    # the job without a range (its launchpad default) asks for one
    result = run_pipeline(job=REPLAY_ARCHIVE, asset_selection=INBOX_KEYS)
    assert failure_reason(result).startswith("from_month ontbreekt")


def test_make_backfill_refuses_a_bad_range_without_starting_a_run(tmp_path):
    env = {**os.environ, "WIJKWIJS_DATA_DIR": str(tmp_path), "DAGSTER_HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "orchestration.run", "--from", "2024-01",
                          "--to", "2024-13"], cwd=PROJECT_ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 2
    assert run.stderr.strip() == (
        "Pijplijn niet gestart / pipeline not started: to_month '2024-13' is geen maand: "
        "schrijf JJJJ-MM, bijvoorbeeld 2023-01 / to_month '2024-13' is not a month: write "
        "YYYY-MM, e.g. 2023-01")
    assert list(tmp_path.iterdir()) == []  # no run, no status file, no warehouse


def _rows(con, table, columns="*"):
    return sorted(con.execute(f"select {columns} from {table}").fetchall(), key=repr)


def test_a_replay_of_two_months_reloads_exactly_their_files_and_publishes_the_same_figures(
        demo_pipeline, tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_pipeline, data_dir)
    warehouse = data_dir / "warehouse" / "wijkwijs.duckdb"
    served = data_dir / "serving" / "wijkwijs.duckdb"
    months = "period between '2025-03-01' and '2025-04-01'"
    with duckdb.connect(str(served), read_only=True) as con:
        served_before = _rows(con, MART)
    with duckdb.connect(str(warehouse)) as con:
        raw_before = _rows(con, "raw.case_counts", "* exclude (load_id)")
        mart_before = _rows(con, f"marts.{MART}")
        # the two months lost from raw, and their mart figures wrong: the replay and the
        # incremental build that follows must make both good again
        con.execute(f"delete from raw.case_counts where {months}")
        con.execute(f"update marts.{MART} set clients = clients + 1000 where {months}")
    # only the data dir is set: dbt finds the warehouse through --vars, not the environment
    monkeypatch.setenv("WIJKWIJS_DATA_DIR", str(data_dir))
    monkeypatch.delenv("WIJKWIJS_WAREHOUSE", raising=False)
    result = run_pipeline(job=REPLAY_ARCHIVE, run_config=replay_config("2025-03", "2025-04"))
    assert result.success, failure_summary(result)
    assert failed_checks(result) == []
    expected = {p.name for p in (data_dir / "archive").iterdir()
                if re.fullmatch(r"(wmo|jeugd|participatiewet)_2025-0[34]\.csv", p.name)}
    assert len(expected) == 6  # two months × three domains
    with duckdb.connect(str(warehouse), read_only=True) as con:
        replayed = con.execute("select file_name, periods from raw.load_log "
                               "where status = 'replayed'").fetchall()
        assert {name for name, _ in replayed} == expected and len(replayed) == 6
        assert {periods for _, periods in replayed} == {"2025-03", "2025-04"}
        assert _rows(con, "raw.case_counts", "* exclude (load_id)") == raw_before
        # the wrong figures are gone: dbt built this warehouse, found through --vars (a copied
        # warehouse is a new file, so this build is a full refresh: wijkwijs.build_plan)
        assert _rows(con, f"marts.{MART}") == mart_before
    with duckdb.connect(str(served), read_only=True) as con:
        assert _rows(con, MART) == served_before
    check = [e.event_specific_data for e in result.all_events
             if e.event_type_value == "ASSET_CHECK_EVALUATION"
             and e.event_specific_data.asset_check_key.name == "inbox_files_accepted"][0]
    assert check.description == ("alle bestanden geladen / all files loaded; 6 bestand(en) uit "
                                 "het archief opnieuw geladen voor 2025-03 t/m 2025-04 / "
                                 "replayed from the archive")
    assert dg.AssetKey(["serving", "wijkwijs"]) in {
        e.event_specific_data.materialization.asset_key
        for e in result.get_asset_materialization_events()}
