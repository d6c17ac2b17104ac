"""Asset keys for dbt nodes: <layer>/<model>, so the graph reads raw → staging → marts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings


class WijkwijsDbtTranslator(DagsterDbtTranslator):
    def __init__(self):
        super().__init__(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        node = manifest["nodes"].get(unique_id)
        if node is None:  # sources keep the key their meta.dagster.asset_key gives them
            return spec
        layer = node["schema"]
        return spec.replace_attributes(key=dg.AssetKey([layer, node["name"]]), group_name=layer)
