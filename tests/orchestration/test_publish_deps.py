"""Everything served comes from dbt: the publish asset depends on the model of every table it
serves, as the manifest names them, and the serving copy holds exactly those tables besides
the few the publish step makes itself."""

import json
import re

import dagster as dg
import duckdb

from orchestration.defs.dbt.resources import dbt_project
from orchestration.defs.publish.assets import serving_copy
from wijkwijs.publish.served import served_tables

# made by the publish step itself: the map geometry from the raw boundaries, the map's file
# names, the copy's own facts and its per-period digests (wijkwijs.publish.serving)
MADE_BY_PUBLISH = {"area_map_geometry", "map_files", "publish_info", "publish_digests"}


def test_every_served_table_has_its_dbt_model_upstream_of_the_publish_asset(demo_pipeline):
    with duckdb.connect(str(demo_pipeline / "serving" / "wijkwijs.duckdb"),
                        read_only=True) as con:
        tables = {t for (t,) in con.execute("show tables").fetchall()}
    manifest = json.loads(dbt_project().manifest_path.read_text())
    dbt_keys = {node["name"]: dg.AssetKey([node["schema"], node["name"]])
                for node in manifest["nodes"].values()
                if node["resource_type"] in ("model", "seed")}
    upstream = serving_copy().asset_deps[dg.AssetKey(["serving", "wijkwijs"])]
    from_dbt = tables - MADE_BY_PUBLISH
    assert {t for t in from_dbt if dbt_keys.get(t) not in upstream} == set()
    # the load log and every mart the old hand list missed are among them
    assert {"load_status", "area_clients_yearly", "area_profile_monthly", "similar_buurten",
            "area_client_totals_monthly", "youth_input_records", "cbs_fetch_status",
            "categories"} <= from_dbt
    assert from_dbt == {t.name for t in served_tables(dbt_project().manifest_path)}


def test_load_status_is_the_dbt_mart_of_the_load_log(demo_pipeline):
    warehouse = demo_pipeline / "warehouse" / "wijkwijs.duckdb"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        raw = con.execute("select count(*), count(*) filter (where status = 'loaded') "
                          "from raw.load_log").fetchone()
        mart = con.execute("select count(*), count(*) filter (where status = 'loaded') "
                           "from marts.load_status").fetchone()
        youth_periods = con.execute("select periods from marts.load_status "
                                    "where file_kind = 'youth_input'").fetchall()
    assert mart == raw and raw[1] > 0
    # youth input is dated per quarter, never per month (docs/privacy.md)
    assert youth_periods and all(re.fullmatch(r"\d{4}-K[1-4](,\d{4}-K[1-4])*", p)
                                 for (p,) in youth_periods)
