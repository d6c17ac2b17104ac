"""The dashboard reads while publishes swap new copies in: never an error, never a mix."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import duckdb

from dashboards import queries
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
            # as dashboards/queries.py reads: one read-only connection per query, closed after
            with duckdb.connect(str(serving_file(data_dir)), read_only=True) as con:
                digest, counts = con.execute(
                    "select content_hash, row_counts from publish_info"
                ).fetchone()
                assert digest in expected
                assert json.loads(counts) == expected[digest]
                for table in checked:  # the rows read in the same connection match its hash
                    n = con.execute(f"select count(*) from {table}").fetchone()[0]
                    assert n == expected[digest][table], (digest, table, n)
            # and through the dashboard's own functions (cached per version of the file)
            info = queries.publish_info()
            assert info["content_hash"] in expected
            n = int(queries.query("select count(*) as n from similar_buurten")["n"].iloc[0])
            assert n in {c["similar_buurten"] for c in expected.values()}
            versions.add(queries.serving_version())
            seen.add(digest)
            reads += 1
    out, err = publisher.communicate()
    assert publisher.returncode == 0, err[-3000:]
    assert seen == set(expected)  # both copies were read while they were being swapped
    assert len(versions) > 2
    leftovers = {p.name for p in serving_file(data_dir).parent.iterdir()}
    assert leftovers == {"wijkwijs.duckdb"}
