"""Reads of the review copy (held youth records) for the Beoordelen page. No widgets.

The review copy is a file apart from the serving copy (wijkwijs/publish/review_copy.py): held
records are never published. Only a role with `youth_review` (jongerenwerker, analyst) reads
it; every read checks that first. Read-only, closed after each query, not cached: a reviewer
sees the copy of the last run at once.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboards import auth
from wijkwijs.access import YOUTH_REVIEW
from wijkwijs.config import paths
from wijkwijs.publish.review_copy import TABLE


def held_records() -> pd.DataFrame | None:
    """Every held record of the last run; None when no review copy was written yet."""
    auth.require_access().require(YOUTH_REVIEW)
    path = paths().review_copy
    if not path.exists():
        return None
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            f"select * from {TABLE} order by quarter_start desc, buurt_name, source_key"
        ).df()
