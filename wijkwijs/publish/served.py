"""What the serving copy holds from dbt, read from the manifest: every model of schema `marts`
and every seed (code lists). The publish step copies exactly these tables, and the Dagster
publish asset depends on exactly these models, so a new mart is served, and waited for, without
a second list to keep up to date."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

SERVED_SCHEMAS = ("marts", "seeds")
# what the publish step reads from the warehouse besides the served tables
PUBLISH_READS = (("intermediate", "int_disclosure_rules"),)


@dataclass(frozen=True, order=True)
class ServedTable:
    schema: str  # the schema dbt builds it in: its Dagster asset key is (schema, name)
    name: str


def served_tables(manifest_path: Path) -> list[ServedTable]:
    """The dbt models and seeds the serving copy holds, sorted by schema and name."""
    manifest = json.loads(Path(manifest_path).read_text())
    return sorted(
        ServedTable(node["schema"], node["name"])
        for node in manifest["nodes"].values()
        if node["resource_type"] in ("model", "seed") and node["schema"] in SERVED_SCHEMAS
        and node["config"].get("enabled", True)
    )
