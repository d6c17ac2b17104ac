"""Opt-in CBS/PDOK reference figures: a thin asset around wijkwijs.cbs.run.refresh.

In the definitions only when a municipality is configured (WIJKWIJS_GEMEENTE or
data/wijkwijs.toml) or WIJKWIJS_CBS=1; the demo pipeline stays exactly as it was. Downloads
happen only with online = true (WIJKWIJS_CBS_ONLINE=1); otherwise the asset reads the local
files and the cache that `python -m wijkwijs.cbs fetch` filled.
"""

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.defs.resources import WAREHOUSE_POOL, WijkwijsData
from wijkwijs.cbs.config import load_selection
from wijkwijs.cbs.run import refresh

CBS_TABLES = (
    "kwb_figures",
    "cbs_wijk_figures",
    "cbs_fetch_log",
    "cbs_measures",
    "cbs_area_names",
    "cbs_area_crosswalk",
    "cbs_area_series",
)
CBS_KEYS = [dg.AssetKey(["raw", t]) for t in CBS_TABLES]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            key, group_name="raw", kinds={"duckdb"}, deps=[dg.AssetKey(["raw", "buurten"])]
        )
        for key in CBS_KEYS
    ],
    check_specs=[
        dg.AssetCheckSpec(
            "cbs_sources_fetched",
            asset=CBS_KEYS[2],
            blocking=False,
            description="Every CBS/PDOK source was read; a failure keeps the previous figures.",
        )
    ],
    pool=WAREHOUSE_POOL,
)
def cbs_reference_figures(
    context: dg.AssetExecutionContext, data: WijkwijsData, duckdb: DuckDBResource
):
    """KWB figures from the wijk- en buurtkaart, StatLine exports and CBS OData (v3 or v4),
    the other mapped StatLine tables, and the series over boundary years."""
    selection = load_selection(data_dir=data.paths.data)
    with duckdb.get_connection() as con:
        entries = refresh(con, data.paths, selection)
        totals = {
            key: con.execute(f"select count(*) from raw.{key.path[-1]}").fetchone()[0]
            for key in CBS_KEYS
        }
    failed = [e for e in entries if e.status == "failed"]
    for entry in failed:
        context.log.warning("%s %s %s: %s", entry.source, entry.table_id, entry.year, entry.message)
    for key in CBS_KEYS:
        yield dg.MaterializeResult(asset_key=key, metadata={"rows_in_table": totals[key]})
    yield dg.AssetCheckResult(
        check_name="cbs_sources_fetched",
        asset_key=CBS_KEYS[2],
        passed=not failed,
        severity=dg.AssetCheckSeverity.WARN,
        description="; ".join(f"{e.table_id}: {e.message}" for e in failed)
        or "alle CBS/PDOK-bronnen gelezen / all sources read",
    )


def cbs_assets() -> list:
    """The CBS assets when switched on, else nothing (the demo default)."""
    return [cbs_reference_figures] if load_selection().enabled else []
