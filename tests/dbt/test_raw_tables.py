"""The raw schema has one definition, the dbt sources' declared columns: the tables the loaders
create and the tables dbt's on-run-start creates are exactly what the sources declare."""

import json

import duckdb
import pytest
from dbt.cli.main import dbtRunner

from wijkwijs.cbs.store import ensure_tables
from wijkwijs.config import DBT_PROJECT_DIR
from wijkwijs.ingest.warehouse import connect
from wijkwijs.raw_tables import create_raw_tables, raw_tables


def schema_of(con) -> dict[str, list[tuple[str, str, bool]]]:
    """Per raw table its columns in order: name, type, whether a value is required."""
    tables: dict[str, list[tuple[str, str, bool]]] = {}
    for table, column, data_type, nullable in con.execute(
        "select table_name, column_name, data_type, is_nullable from information_schema.columns"
        " where table_schema = 'raw' order by table_name, ordinal_position"
    ).fetchall():
        tables.setdefault(table, []).append((column, data_type.lower(), nullable == "NO"))
    return tables


@pytest.fixture(scope="module")
def dbt_side(tmp_path_factory):
    """What dbt declares (the manifest's sources in schema raw) and what its on-run-start macro
    renders, from one `dbt compile --inline` of that macro."""
    tmp = tmp_path_factory.mktemp("raw_tables")
    result = dbtRunner().invoke([
        "compile", "--inline", "{{ create_raw_tables() }}",
        "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
        "--target-path", str(tmp / "target"), "--log-path", str(tmp / "logs"), "--quiet",
        "--vars", json.dumps({"warehouse": str(tmp / "unused.duckdb")}),
    ])  # fmt: skip
    assert result.success, result.exception
    manifest = json.loads((tmp / "target" / "manifest.json").read_text())
    declared = {
        source["name"]: [
            (c["name"], c["data_type"],
             any(k["type"] == "not_null" for k in c["constraints"]))
            for c in source["columns"].values()
        ]
        for source in manifest["sources"].values() if source["schema"] == "raw"
    }
    return declared, result.result.results[0].node.compiled_code


def test_loaders_create_exactly_the_declared_raw_tables(dbt_side, tmp_path):
    declared, _ = dbt_side
    con = connect(tmp_path / "warehouse.duckdb")  # the ingest loaders' connection
    ensure_tables(con)  # the CBS loaders'
    created = schema_of(con)
    assert created == declared
    # the tables every loader writes are among them, with their columns in insert order
    assert created["load_log"] == [
        ("load_id", "varchar", True), ("file_name", "varchar", True),
        ("file_kind", "varchar", False), ("content_hash", "varchar", True),
        ("status", "varchar", True), ("rows", "integer", False), ("periods", "varchar", False),
        ("loaded_at", "timestamp", True), ("loaded_by", "varchar", True),
        ("message", "varchar", False)]
    assert {"case_counts", "stapeling", "population", "population_bands", "buurten", "wijken",
            "load_replacements", "changed_periods", "youth_input", "kwb_figures",
            "cbs_wijk_figures", "cbs_fetch_log", "app_youth_reviews"} <= set(created)


def test_dbt_on_run_start_creates_the_same_tables_as_the_loaders(dbt_side, tmp_path):
    _, rendered = dbt_side
    by_dbt = duckdb.connect()
    by_dbt.execute(rendered)
    by_loaders = duckdb.connect()
    create_raw_tables(by_loaders)
    assert schema_of(by_dbt) == schema_of(by_loaders)
    assert len(schema_of(by_dbt)) == len(raw_tables())


def test_an_older_warehouse_gains_a_declared_column_and_keeps_its_rows():
    con = duckdb.connect()
    con.execute("create schema raw")
    con.execute("create table raw.cbs_fetch_log (logged_at timestamp not null, "
                "source varchar not null, table_id varchar, year integer, "
                "status varchar not null, rows integer, fetched_at timestamp)")  # no message yet
    con.execute("insert into raw.cbs_fetch_log values "
                "('2025-01-02 03:04', 'pdok', null, 2024, 'loaded', 10, null)")
    create_raw_tables(con)
    create_raw_tables(con)  # twice: nothing changes
    assert schema_of(con)["cbs_fetch_log"][-1] == ("message", "varchar", False)
    assert con.execute("select source, rows, message from raw.cbs_fetch_log").fetchall() == [
        ("pdok", 10, None)]
