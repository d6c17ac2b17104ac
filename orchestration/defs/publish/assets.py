"""Publish: the disclosure-controlled serving copy the dashboard reads."""

import json
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.defs.dbt.resources import dbt_project
from orchestration.defs.resources import WAREHOUSE_POOL, WijkwijsData
from wijkwijs.publish.serving import publish

MARTS = ["areas", "area_clients_monthly", "area_stapeling_yearly"]


@dg.asset(
    key=["serving", "wijkwijs"],
    deps=[dg.AssetKey(["marts", m]) for m in MARTS] + [dg.AssetKey(["raw", "wijken"])],
    group_name="serving",
    kinds={"duckdb"},
    pool=WAREHOUSE_POOL,
)
def serving_copy(data: WijkwijsData, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Written aside and swapped in atomically; unchanged content leaves the file untouched;
    after a first copy, only the periods (and tables) that changed are replaced, and the
    attacker examines those months (wijkwijs.publish.serving)."""
    result = publish(
        warehouse=Path(duckdb.database),
        serving=data.paths.serving,
        manifest_path=dbt_project().manifest_path,
    )
    return dg.MaterializeResult(
        metadata={
            "path": str(result.path),
            "content_hash": result.content_hash,
            "changed": result.changed,
            "replaced": json.dumps(result.replaced) if result.replaced is not None else "all",
            "audit_scope": result.audit_scope,
            **{f"rows_{table}": n for table, n in result.row_counts.items()},
        }
    )
