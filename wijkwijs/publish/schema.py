"""The contract between publish and the dashboard: which version of the serving copy's tables.

Publish writes SCHEMA_VERSION into `publish_info.schema_version`; the dashboard reads only a
copy with the version it was built for and otherwise asks for a new publish
(dashboards/queries.py, `ServingCopyOutdated`), so it never carries code for copies written by
older versions of wijkwijs.

Bump rule: add 1 in the same commit that adds, removes, renames or changes the type or meaning
of a table or column the dashboard reads from the serving copy (a mart, a seed, or a table
publish writes itself: `definitions`, `area_geometry`, `area_map_geometry`, `map_files`,
`load_status`, `publish_info`). A change only to how figures are computed keeps the version.
Deploying the new version means `make pipeline` once before (or right after) the dashboard.
"""

from __future__ import annotations

SCHEMA_VERSION = 1
