"""The review copy: held youth records for the review page, never part of the serving copy.

A record the scrubber held may still hold personal data, so it is not published: it is not in
the serving copy that every page, export and backup of the dashboard reads. The review page
needs it, though, and the dashboard never opens the warehouse (docs/design.md decision 1). So each
run writes the dbt model `review.youth_input_held` to a file of its own
(`data/review/…duckdb`, readable by the app's user only), written aside and swapped in like
the serving copy. Only the review role reads it (`dashboards/review_queries.py`).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import duckdb

from wijkwijs.config import DUCKDB_CONFIG

TABLE = "youth_input_held"


def publish_review_copy(warehouse: Path, target: Path) -> int:
    """Write the held records to `target`; the number of records. No model yet: no copy."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    target.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(target.parent, 0o700)
    try:
        with duckdb.connect(str(tmp), config=DUCKDB_CONFIG) as con:
            con.execute(f"attach '{warehouse}' as wh (read_only)")
            (exists,) = con.execute(
                "select count(*) from duckdb_tables() where database_name = 'wh' "
                "and schema_name = 'review' and table_name = ?", [TABLE]
            ).fetchone()
            if not exists:
                con.execute("detach wh")
                con.close()
                target.unlink(missing_ok=True)
                return 0
            con.execute(f"create table {TABLE} as select * from wh.review.{TABLE} order by all")
            con.execute("detach wh")
            (n,) = con.execute(f"select count(*) from {TABLE}").fetchone()
        os.chmod(tmp, 0o600)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        return int(n)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
