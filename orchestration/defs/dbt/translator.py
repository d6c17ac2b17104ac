"""Asset keys for dbt nodes: <layer>/<model>, so the graph reads raw → staging → marts; and which
dbt tests are Dagster asset checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings
from dagster_dbt.asset_utils import DAGSTER_DBT_UNIQUE_ID_METADATA_KEY, get_asset_check_key_for_test

from wijkwijs.build_plan import is_folded_test


class WijkwijsDbtTranslator(DagsterDbtTranslator):
    """Every dbt test still runs (all of them on a full refresh and in CI); a Dagster asset check
    is declared per test except the single-column and grain tests a model's `column_checks`
    stands for (wijkwijs.build_plan.is_folded_test): ~50 checks instead of ~630.

    Dagster logs a *planned* event for each declared check when a run is created and stores it,
    whether the check runs or not: 1.5 s of a one-month run went to the ~580 column tests an
    incremental build never runs on their own. Such a test's result is stored as an observation
    of its model (status, failed rows, unique_id), a failure still fails the dbt step, and the
    pipeline names its model, check and column (orchestration/pipeline.py, failure_reason).

    dagster-dbt's own switch is off so that it does not log a warning for every such test
    ("logging an AssetObservation instead of an AssetCheckResult"); the checks are declared
    here, as its default does."""

    def __init__(self):
        super().__init__(settings=DagsterDbtTranslatorSettings(enable_asset_checks=False))

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        node = manifest["nodes"].get(unique_id)
        if node is None:  # sources keep the key their meta.dagster.asset_key gives them
            return spec
        layer = node["schema"]
        return spec.replace_attributes(key=dg.AssetKey([layer, node["name"]]), group_name=layer)

    def get_asset_check_spec(self, asset_spec: dg.AssetSpec, manifest: Mapping[str, Any],
                             unique_id: str, project) -> dg.AssetCheckSpec | None:
        test = manifest["nodes"][unique_id]
        if is_folded_test(test):
            return None
        key = get_asset_check_key_for_test(manifest, self, unique_id, project)
        if key is None or key.asset_key != asset_spec.key:
            return None  # a test of several models is a check of the one it is attached to
        parents = {self.get_asset_spec(manifest, parent, project).key
                   for parent in manifest["parent_map"].get(unique_id, [])}
        severity = test.get("config", {}).get("severity") or "error"
        return dg.AssetCheckSpec(
            name=test["name"],
            asset=asset_spec.key,
            description=test.get("meta", {}).get("description"),
            additional_deps=parents - {asset_spec.key},
            metadata={DAGSTER_DBT_UNIQUE_ID_METADATA_KEY: unique_id},
            blocking=severity.lower() == "error",
        )
