"""The contract between publish and the dashboard: which version of the serving copy's tables.

Publish writes SCHEMA_VERSION into `publish_info.schema_version`; the dashboard reads only a
copy with the version it was built for and otherwise asks for a new publish
(dashboards/serving_copy.py, `ServingCopyOutdated`), so it never carries code for copies written by
older versions of wijkwijs.

Bump rule: add 1 in the same commit that adds, removes, renames or changes the type or meaning
of a table or column the dashboard reads from the serving copy (a mart, a seed such as
`definitions`, or a table publish writes itself: `area_map_geometry`, `map_files`,
`publish_info`). A change only to how figures are computed keeps the version, and so does one
to a table the dashboard never reads (NOT_READ_BY_THE_DASHBOARD: outside the fingerprint).
Deploying the new version means `make pipeline` once before (or right after) the dashboard.
tests/orchestration/test_pipeline_demo.py holds the rule: the demo copy's tables, columns and
types must hash to SCHEMA_FINGERPRINT, so a change to them fails until both are updated.
"""

from __future__ import annotations

import hashlib

SCHEMA_VERSION = 4  # 4: publish_info.geometry_source
SCHEMA_FINGERPRINT = "a5640e89cf99c476"  # `fingerprint` of a copy of SCHEMA_VERSION


# publish's own record of the copy (wijkwijs.publish.serving), which only the next publish reads
NOT_READ_BY_THE_DASHBOARD = ("publish_digests",)


def fingerprint(con) -> str:
    """A hash of the tables, columns and types of the copy open in `con` that the dashboard
    may read, in a fixed order."""
    rows = con.execute(
        "select table_name, column_name, data_type from information_schema.columns "
        "where table_schema = 'main' and table_name not in (select unnest(?)) "
        "order by table_name, column_name",
        [list(NOT_READ_BY_THE_DASHBOARD)],
    ).fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
