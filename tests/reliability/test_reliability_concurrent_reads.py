"""The dashboard reads while publishes swap new copies in: never an error, never a mix."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import duckdb

from dashboards import reference_queries, serving_copy
from orchestration.defs.dbt.resources import dbt_project
from tests.conftest import data_env
from tests.reliability.reliability_helpers import copy_demo, serving_file
from wijkwijs.config import PROJECT_ROOT
from wijkwijs.publish.serving import publish

PUBLISHES = 20
PUBLISHER = """
import sys
from pathlib import Path
from orchestration.defs.dbt.resources import dbt_project
from wijkwijs.publish.serving import publish
warehouses, target, n = sys.argv[1:3], Path(sys.argv[3]), int(sys.argv[4])
for i in range(n):
    result = publish(Path(warehouses[i % 2]), target, dbt_project().manifest_path)
    assert result.changed, i
"""


def test_reads_during_repeated_publishes_see_one_whole_copy(demo_pipeline, tmp_path):
    data_dir = copy_demo(demo_pipeline, tmp_path)
    variant_a = data_dir / "warehouse" / "wijkwijs.duckdb"
    variant_b = tmp_path / "variant_b.duckdb"
    shutil.copy(variant_a, variant_b)
    with duckdb.connect(str(variant_b)) as con:  # another copy: fewer rows in two tables
        con.execute("delete from marts.similar_buurten where rank = 5")
        con.execute("delete from marts.area_clients_monthly where period = '2026-06-01'")
    manifest = dbt_project().manifest_path
    expected = {}
    for name, warehouse in (("a", variant_a), ("b", variant_b)):
        result = publish(warehouse, tmp_path / name / "wijkwijs.duckdb", manifest)
        expected[result.content_hash] = result.row_counts
    assert len(expected) == 2
    # start from variant b so the first publish (variant a) changes the copy
    shutil.copy(tmp_path / "b" / "wijkwijs.duckdb", serving_file(data_dir))
    publisher = subprocess.Popen(
        [
            sys.executable,
            "-c",
            PUBLISHER,
            str(variant_a),
            str(variant_b),
            str(serving_file(data_dir)),
            str(PUBLISHES),
        ],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen, versions, reads = set(), set(), 0
    checked = ("similar_buurten", "area_clients_monthly", "areas", "load_status")
    with data_env(data_dir):
        while publisher.poll() is None or reads == 0:
            # as dashboards/serving_copy.py reads: one read-only connection per query, closed after
            with duckdb.connect(str(serving_file(data_dir)), read_only=True) as con:
                digest, counts = con.execute(
                    "select content_hash, row_counts from publish_info"
                ).fetchone()
                assert digest in expected
                assert json.loads(counts) == expected[digest]
                for table in checked:  # the rows read in the same connection match its hash
                    n = con.execute(f"select count(*) from {table}").fetchone()[0]
                    assert n == expected[digest][table], (digest, table, n)
            # and through the dashboard's own functions as one page run does: every query of
            # the run reads the copy pinned at its start, however many publishes happen
            with serving_copy.pinned_serving_copy():
                info = reference_queries.publish_info()
                for table in checked:
                    n = int(serving_copy._query(f"select count(*) as n from {table}")["n"].iloc[0])
                    assert n == expected[info["content_hash"]][table], (info, table, n)
            versions.add(serving_copy.serving_version())
            seen.add(digest)
            reads += 1
    out, err = publisher.communicate()
    assert publisher.returncode == 0, err[-3000:]
    assert seen == set(expected)  # both copies were read while they were being swapped
    assert len(versions) > 2
    leftovers = {p.name for p in serving_file(data_dir).parent.iterdir()}
    assert leftovers == {"wijkwijs.duckdb", "versions", "status.json"}  # no temporary file
    links = sorted(p.name for p in (serving_file(data_dir).parent / "versions").iterdir())
    assert links == sorted(f"{digest[:16]}.duckdb" for digest in expected)


def test_a_page_run_keeps_reading_the_copy_it_started_with(demo_pipeline, tmp_path):
    data_dir = copy_demo(demo_pipeline, tmp_path)
    warehouse = data_dir / "warehouse" / "wijkwijs.duckdb"
    manifest = dbt_project().manifest_path
    serving = serving_file(data_dir)
    before = publish(warehouse, serving, manifest)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("delete from marts.similar_buurten where rank = 5")
    sql = "select count(*) as n from similar_buurten"
    with data_env(data_dir):
        with serving_copy.pinned_serving_copy():
            n_before = int(serving_copy._query(sql)["n"].iloc[0])
            after = publish(warehouse, serving, manifest)  # lands in the middle of the run
            assert after.changed
            # the rest of the run still reads the copy it started with
            assert int(serving_copy._query(sql)["n"].iloc[0]) == n_before
            assert reference_queries.publish_info()["content_hash"] == before.content_hash
        # the next run reads the new copy
        with serving_copy.pinned_serving_copy():
            assert reference_queries.publish_info()["content_hash"] == after.content_hash
            n_after = int(serving_copy._query(sql)["n"].iloc[0])
    assert n_after == after.row_counts["similar_buurten"] < n_before
