"""Publish: the disclosure-controlled serving copy the dashboard reads."""

import json
from functools import cache
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.defs.dbt.resources import dbt_project
from orchestration.defs.resources import WAREHOUSE_POOL, WijkwijsData
from wijkwijs.publish.served import PUBLISH_READS, served_tables
from wijkwijs.publish.serving import publish

# the boundaries the map geometry is made from
GEOMETRY_KEYS = [dg.AssetKey(["raw", "buurten"]), dg.AssetKey(["raw", "wijken"])]


@cache
def serving_copy() -> dg.AssetsDefinition:
    """The publish asset, made on first use: it depends on every dbt model and seed the copy
    serves, as the manifest names them (wijkwijs.publish.served), so importing this module reads
    no manifest."""
    manifest_path = dbt_project().manifest_path
    served = [dg.AssetKey([t.schema, t.name]) for t in served_tables(manifest_path)]

    @dg.asset(
        key=["serving", "wijkwijs"],
        deps=[*served, *(dg.AssetKey(list(key)) for key in PUBLISH_READS), *GEOMETRY_KEYS],
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

    return serving_copy
