"""The honest baseline (bench/handwritten.sql) computes exactly the published
area_clients_monthly: the same rows, value states, suppressed cells, population groups and
rates, checked row for row (EXCEPT ALL both ways) against a real pipeline run on the demo. Its
ratio in docs/benchmarks.md means something only while this holds; nothing here measures time.
"""

from __future__ import annotations

from pathlib import Path

from bench.baselines import differences, run_sql
from tests.conftest import data_env
from wijkwijs.demo import write_demo


def test_the_hand_written_sql_equals_the_published_mart(demo_pipeline, tmp_path):
    source = tmp_path / "source"
    write_demo(source)  # the same inputs again (a fixed seed): the run archived its inbox
    out = tmp_path / "baseline.duckdb"
    with data_env(demo_pipeline):  # the run's disclosure key and rules
        result = run_sql(source, out)
    published = Path(demo_pipeline) / "serving" / "wijkwijs.duckdb"
    assert differences(out, published) == {"only_baseline": 0, "only_published": 0}
    assert result["rows"] > 30_000  # every area, month and category of the demo
