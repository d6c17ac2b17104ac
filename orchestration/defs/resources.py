"""Resources shared by the assets: where the data lives and the warehouse connection."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from wijkwijs.config import DUCKDB_CONFIG, Paths, paths

# Every asset that touches the warehouse runs in this pool; its limit is 1
# (orchestration/dagster.yaml) because DuckDB allows one writing process at a time.
WAREHOUSE_POOL = "warehouse"


class WijkwijsData(dg.ConfigurableResource):
    """The data folder: inbox, reference, quarantine, archive and serving copy."""

    data_dir: str
    inbox_dir: str = ""  # empty: <data_dir>/inbox

    @property
    def paths(self) -> Paths:
        return Paths(
            Path(self.data_dir), inbox_dir=Path(self.inbox_dir) if self.inbox_dir else None
        )


def resources_from_env() -> dict:
    """Resources for the current environment (WIJKWIJS_DATA_DIR, WIJKWIJS_WAREHOUSE)."""
    from orchestration.defs.dbt.resources import dbt_resource

    current = paths()
    current.warehouse.parent.mkdir(parents=True, exist_ok=True)
    return {
        "data": WijkwijsData(data_dir=str(current.data), inbox_dir=str(current.inbox)),
        "duckdb": DuckDBResource(database=str(current.warehouse),
                                 connection_config=DUCKDB_CONFIG),
        "dbt": dbt_resource(),
    }
