"""The real pipeline on the demo municipality: ingest → dbt build → publish, asserted on values."""

import json
import shutil
import subprocess
import sys

import dagster as dg
import duckdb
import pandas as pd
import pytest
import shapely

from orchestration.defs.ingest.assets import inbox_files, reference_data
from orchestration.defs.resources import resources_from_env
from orchestration.pipeline import run_pipeline
from tests.conftest import data_env
from wijkwijs.config import STATIC_GEO_DIR
from wijkwijs.demo import write_demo

PERIOD_TABLE = "area_clients_by_period"  # the map's period-first mart
# its columns: the sort key, then the figures the map shows (dbt marts/area_clients_by_period)
PERIOD_KEYS = ("area_level", "period", "domain", "category", "boundary_year", "area_code")
PERIOD_FIGURES = (
    "clients", "clients_state", "rate_per_1000", "rate_state", "residents",
    "index_gemeente", "index_state", "rate_change_prev_year", "change_prev_year_state",
    "rate_change_prev_period", "change_prev_period_state",
)


def serving(data_dir):
    return duckdb.connect(str(data_dir / "serving" / "wijkwijs.duckdb"), read_only=True)


def demo_csv(data_dir, name) -> pd.DataFrame:
    path = data_dir / "archive" / name
    sep = ";" if name.startswith(("wmo", "participatiewet")) else ","
    return pd.read_csv(path, sep=sep, dtype={"aantal_clienten": int}, encoding="utf-8-sig")


def test_materialize_ingestion_assets_into_a_temporary_warehouse(tmp_path):
    write_demo(tmp_path)
    expected = pd.read_csv(tmp_path / "inbox" / "jeugd_2024-05.csv", dtype=str)
    with data_env(tmp_path):
        result = dg.materialize([reference_data, inbox_files], resources=resources_from_env())
    assert result.success
    con = duckdb.connect(str(tmp_path / "warehouse" / "wijkwijs.duckdb"), read_only=True)
    # 42 months × 3 domains, every buurt × category of the domain
    assert con.execute(
        "select count(*) from raw.load_log where status = 'loaded' and file_kind <> 'youth_input'"
    ).fetchone() == (130,)
    buurten = con.execute("select count(*) from raw.buurten where boundary_year = 2024").fetchone()[
        0
    ]
    # 12 categories and the three domains' unique-client totals
    assert con.execute("select count(*) from raw.case_counts").fetchone()[0] == 42 * buurten * 15
    row = expected.iloc[7]
    assert con.execute(
        "select clients, value_state from raw.case_counts where period = '2024-05-01' "
        "and buurt_code = ? and category = ?",
        [row["buurtcode"], row["categorie"]],
    ).fetchone() == (int(row["aantal_clienten"]), "number")
    # the not-yet-published stapeling year keeps its state, never 0
    assert con.execute(
        "select distinct value_state from raw.stapeling where year = 2026"
    ).fetchall() == [("not_published",)]
    # accepted files move from the inbox to the archive
    assert not (tmp_path / "inbox" / "jeugd_2024-05.csv").exists()
    assert (tmp_path / "archive" / "jeugd_2024-05.csv").exists()


def test_serving_copy_figures_trace_back_to_the_input_files(demo_pipeline):
    con = serving(demo_pipeline)
    month = demo_csv(demo_pipeline, "wmo_2026-06.csv")
    hbh = month[month["categorie"] == "huishoudelijke_hulp"]
    exact_total = int(hbh["aantal_clienten"].sum())
    gemeente = con.execute(
        "select clients, clients_state from area_clients_monthly where area_level = 'gemeente' "
        "and period = '2026-06-01' and domain = 'wmo' and category = 'huishoudelijke_hulp'"
    ).fetchone()
    assert gemeente == (5 * round(exact_total / 5), "number")
    # a buurt with 1–4 clients is shown as suppressed, never as its number
    small = hbh[hbh["aantal_clienten"].between(1, 4)].iloc[0]
    assert con.execute(
        "select clients, clients_state from area_clients_monthly where area_code = ? "
        "and period = '2026-06-01' and domain = 'wmo' and category = 'huishoudelijke_hulp'",
        [small["buurtcode"]],
    ).fetchone() == (None, "suppressed")
    published = con.execute(
        "select clients from area_clients_monthly where clients_state = 'number'"
    ).df()["clients"]
    assert not published.between(1, 4).any() and (published % 5 == 0).all()


def test_serving_copy_has_geometry_definitions_and_load_status(demo_pipeline):
    con = serving(demo_pipeline)
    levels = dict(
        con.execute(
            "select area_level, count(*) from area_map_geometry where boundary_year = 2026 "
            "group by 1"
        ).fetchall()
    )
    buurten = con.execute(
        "select count(*) from areas where area_level = 'buurt' and boundary_year = 2026"
    ).fetchone()[0]
    assert levels == {"buurt": buurten, "wijk": 6, "gemeente": 1}
    # the only geometry served: RD New in whole metres (no WGS84 copy of it)
    assert "area_geometry" not in {t for (t,) in con.execute("show tables").fetchall()}
    for (text,) in con.execute("select geojson from area_map_geometry").fetchall():
        points = shapely.get_coordinates(shapely.from_geojson(text))
        assert (points == points.round()).all()
        assert ((points[:, 0] > -7_000) & (points[:, 0] < 300_000)
                & (points[:, 1] > 289_000) & (points[:, 1] < 629_000)).all()
    label, unit = con.execute(
        "select label, unit from definitions where table_name = 'area_clients_monthly' "
        "and column_name = 'rate_per_1000'"
    ).fetchone()
    assert label and unit
    assert (
        con.execute(
            "select count(*) from load_status "
            "where status = 'loaded' and file_kind <> 'youth_input'"
        ).fetchone()[0]
        == 130
    )


def test_serving_copy_has_the_figures_period_first_for_the_map(demo_pipeline):
    con = serving(demo_pipeline)
    served = con.execute(f"select * from {PERIOD_TABLE} limit 0").df().columns
    assert tuple(served) == (*PERIOD_KEYS, *PERIOD_FIGURES)
    columns = ", ".join((*PERIOD_KEYS, *PERIOD_FIGURES))
    total = con.execute("select count(*) from area_clients_monthly").fetchone()[0]
    assert con.execute(f"select count(*) from {PERIOD_TABLE}").fetchone()[0] == total > 0
    # the same rows as the mart, in the map's columns (EXCEPT ALL keeps duplicates)
    for a, b in ((PERIOD_TABLE, "area_clients_monthly"), ("area_clients_monthly", PERIOD_TABLE)):
        assert con.execute(
            f"select count(*) from (select {columns} from {a} except all "
            f"select {columns} from {b})"
        ).fetchone()[0] == 0
    # stored period-first, so one month is a contiguous run of rows
    stored = con.execute(f"select {', '.join(PERIOD_KEYS)} from {PERIOD_TABLE}").fetchall()
    assert stored == sorted(stored)
    # built in dbt as a mart of its own (marts.area_clients_by_period), so hashed like one
    counts = json.loads(con.execute("select row_counts from publish_info").fetchone()[0])
    assert counts[PERIOD_TABLE] == counts["area_clients_monthly"] == total


def test_publish_writes_the_maps_boundary_files_in_planar_coordinates(demo_pipeline):
    con = serving(demo_pipeline)
    files = con.execute("select boundary_year, area_level, file_name from map_files "
                        "order by 1, 2").fetchall()
    levels = con.execute("select distinct boundary_year, area_level from areas "
                         "order by 1, 2").fetchall()
    assert [(y, level) for y, level, _ in files] == levels
    year, level, name = next(f for f in files if f[1] == "buurt")
    collection = json.loads((STATIC_GEO_DIR / name).read_text())
    land = con.execute("select area_code, area_name from areas where boundary_year = ? and "
                       "area_level = 'buurt' and not is_water order by 1", [year]).fetchall()
    assert [(f["properties"]["area_code"], f["properties"]["area_name"])
            for f in collection["features"]] == land
    # RD New in whole metres: the dashboard draws it without converting anything
    first = collection["features"][0]
    ring = first["geometry"]["coordinates"][0]
    if first["geometry"]["type"] == "MultiPolygon":
        ring = ring[0]
    assert all(isinstance(v, int) and 0 < v < 700_000 for point in ring for v in point)
    box = con.execute("select minx, miny, maxx, maxy from area_map_geometry where "
                      "boundary_year = ? and area_level = 'buurt' and area_code = ?",
                      [year, first["properties"]["area_code"]]).fetchone()
    assert list(box) == shapely.bounds(shapely.geometry.shape(first["geometry"])).tolist()


def test_published_tables_are_stored_in_their_grain_order(demo_pipeline):
    con = serving(demo_pipeline)
    keys = "area_level, area_code, period, domain, category"
    stored = con.execute(f"select {keys} from area_clients_monthly").fetchall()
    assert stored == sorted(stored)


def test_second_run_leaves_the_serving_copy_unchanged(demo_pipeline, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_pipeline, data_dir)
    before = (data_dir / "serving" / "wijkwijs.duckdb").stat()
    with serving(data_dir) as con:
        digest = con.execute("select content_hash from publish_info").fetchone()[0]
    with data_env(data_dir):
        result = run_pipeline()
    assert result.success
    materialization = result.asset_materializations_for_node("serving__wijkwijs")[0]
    assert materialization.metadata["changed"].value is False
    assert materialization.metadata["content_hash"].value == digest
    after = (data_dir / "serving" / "wijkwijs.duckdb").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


@pytest.mark.parametrize("bad_kind", ["personal_data"])
def test_make_pipeline_with_a_good_and_a_bad_file(demo_pipeline, tmp_path, bad_kind):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_pipeline, data_dir)
    serving_file = data_dir / "serving" / "wijkwijs.duckdb"
    before = serving_file.stat()
    # good: a corrected file for a month that was loaded before
    corrected = demo_csv(data_dir, "jeugd_2025-03.csv")
    corrected.loc[corrected.index[0], "aantal_clienten"] += 100
    # that buurt's unique-client total made secret: a larger category would exceed it
    corrected["aantal_clienten"] = corrected["aantal_clienten"].astype(object)
    corrected.loc[(corrected["buurtcode"] == corrected.iloc[0]["buurtcode"])
                  & (corrected["categorie"] == "totaal"), "aantal_clienten"] = "."
    corrected.to_csv(data_dir / "inbox" / "jeugd_2025-03_correctie.csv", index=False)
    # bad: an export with a BSN column
    (data_dir / "inbox" / "wmo_2025-04_extra.csv").write_text(
        "periode,buurtcode,domein,categorie,aantal_clienten,bsn\n"
        f"2025-04,{corrected.iloc[0]['buurtcode']},wmo,vervoer,3,111222333\n"
    )
    env = {
        "WIJKWIJS_DATA_DIR": str(data_dir),
        "WIJKWIJS_WAREHOUSE": str(data_dir / "warehouse" / "wijkwijs.duckdb"),
        "DAGSTER_HOME": str(tmp_path / "dagster_home"),
        "PATH": "/usr/bin:/bin",
    }
    (tmp_path / "dagster_home").mkdir()
    run = subprocess.run(
        [sys.executable, "-m", "orchestration.run"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 1, run.stdout[-2000:] + run.stderr[-2000:]
    assert "inbox_files_accepted" in run.stderr
    # the reason comes first, readable, with the report's path
    preamble, found, reason = run.stderr.partition("Pijplijn mislukt / pipeline failed: ")
    assert found and "Trace" not in preamble and "Error" not in preamble, preamble[-500:]
    assert reason.startswith("1 bestand(en) afgewezen, 0 aangehouden")
    assert "wmo_2025-04_extra.csv afgewezen: Persoonsgegevens gevonden (BSN" in run.stderr
    assert "111222333" not in run.stderr
    # a person-level file is deleted, never kept; its report names column and kind
    assert not (data_dir / "quarantine" / "wmo_2025-04_extra.csv").exists()
    assert not (data_dir / "inbox" / "wmo_2025-04_extra.csv").exists()
    report = json.loads((data_dir / "quarantine" / "wmo_2025-04_extra.csv.report.json").read_text())
    assert report["problems"][0]["column"] == "bsn"
    text = (data_dir / "quarantine" / "wmo_2025-04_extra.csv.report.txt").read_text()
    assert "BSN" in text and "datalek" in text and "111222333" not in text
    # the status file says so at once, although nothing was published
    status = json.loads((data_dir / "serving" / "status.json").read_text())
    assert status["last_run"]["succeeded"] is False
    assert [e["status"] for e in status["load_log"] if e["file_name"] == "wmo_2025-04_extra.csv"
            ] == ["rejected"]
    # the good file replaced its month, and the load log keeps both versions
    con = duckdb.connect(str(data_dir / "warehouse" / "wijkwijs.duckdb"), read_only=True)
    row = corrected.iloc[0]
    assert (
        con.execute(
            "select clients from raw.case_counts where period = '2025-03-01' and buurt_code = ? "
            "and category = ?",
            [row["buurtcode"], row["categorie"]],
        ).fetchone()[0]
        == row["aantal_clienten"]
    )
    assert dict(
        con.execute(
            "select file_name, status from raw.load_log where file_name like 'jeugd_2025-03%'"
        ).fetchall()
    ) == {"jeugd_2025-03.csv": "replaced", "jeugd_2025-03_correctie.csv": "loaded"}
    # nothing of the bad file was loaded
    assert con.execute(
        "select status from raw.load_log where file_name = 'wmo_2025-04_extra.csv'"
    ).fetchall() == [("rejected",)]
    buurten = con.execute("select count(*) from raw.buurten where boundary_year = 2025").fetchone()
    # 12 categories and the three domains' unique-client totals
    assert con.execute("select count(*) from raw.case_counts").fetchone()[0] == 42 * buurten[0] * 15
    # the publish did not run: the previous serving copy is still there, unchanged
    after = serving_file.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    with serving(data_dir) as served:
        assert served.execute("select count(*) from area_clients_monthly").fetchone()[0] > 0


def test_a_failing_dbt_test_blocks_the_publish(demo_pipeline, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(demo_pipeline, data_dir)
    serving_file = data_dir / "serving" / "wijkwijs.duckdb"
    before = serving_file.stat()
    with duckdb.connect(str(data_dir / "warehouse" / "wijkwijs.duckdb")) as con:
        # a count for a buurt that is not in the boundaries: the relationships test errors
        con.execute(
            "insert into raw.case_counts values "
            "('2026-06-01', 2026, 'BU99999999', 'wmo', 'vervoer', 12, 'number', 'manual')"
        )
    with data_env(data_dir):
        result = run_pipeline()
    assert not result.success
    failed = [e.step_key for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    assert failed == ["dbt_models"]
    assert "serving__wijkwijs" not in {
        e.step_key for e in result.all_events if e.event_type_value == "STEP_SUCCESS"
    }
    after = serving_file.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_publish_records_its_schema_version_and_a_new_one_republishes(demo_pipeline, tmp_path,
                                                                      monkeypatch):
    """The dashboard reads only a copy of its own schema version (dashboards/serving_copy.py): a
    new version is published even when the figures did not change."""
    from wijkwijs.config import DBT_PROJECT_DIR
    from wijkwijs.publish import serving as serving_module
    from wijkwijs.publish.schema import SCHEMA_VERSION

    data_dir = tmp_path / "data"
    shutil.copytree(demo_pipeline, data_dir)
    target = data_dir / "serving" / "wijkwijs.duckdb"
    with serving(data_dir) as con:
        assert con.execute("select schema_version from publish_info").fetchone() == (
            SCHEMA_VERSION,)
    monkeypatch.setattr(serving_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    result = serving_module.publish(data_dir / "warehouse" / "wijkwijs.duckdb", target,
                                    DBT_PROJECT_DIR / "target" / "manifest.json")
    assert result.changed
    with serving(data_dir) as con:
        assert con.execute("select schema_version from publish_info").fetchone() == (
            SCHEMA_VERSION + 1,)


def test_the_served_schema_matches_its_version(demo_pipeline):
    """The bump rule of wijkwijs.publish.schema: a table or column added, removed or retyped
    changes the fingerprint, and then SCHEMA_VERSION goes up with it."""
    from wijkwijs.publish.schema import SCHEMA_FINGERPRINT, SCHEMA_VERSION, fingerprint

    with serving(demo_pipeline) as con:
        found = fingerprint(con)
    assert found == SCHEMA_FINGERPRINT, (
        f"The serving copy's tables or columns changed: raise SCHEMA_VERSION (now "
        f"{SCHEMA_VERSION}) and set SCHEMA_FINGERPRINT = {found!r} in wijkwijs/publish/schema.py")
