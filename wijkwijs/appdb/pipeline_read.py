"""What the pipeline reads from the application database: the review decisions. Read only.

The pipeline never writes the application database (docs/design.md decision 10). Each run takes a
snapshot of the youth-review decisions into the warehouse (`raw.app_youth_reviews`, replaced
whole); the dbt model `int_youth_input_reviewed` applies them: an approved held record is
published with its edited text, a rejected one never. Only what publishing needs is copied:
the source key, the decision, the edited texts, the fingerprint of the held text it was made
on and the time; not who decided (that stays in the application database and its audit log).

A SQLite file that does not exist yet means no decisions (it is never created from here);
a database that is not migrated yet likewise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkwijs.config import app_db_url

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ["source_key", "decision", "idea", "activity", "held_hash", "decided_at"]


def _read_only_url(url: str) -> str | None:
    """`url` opened read-only; None for a SQLite file that does not exist."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return url
    from pathlib import Path

    if not parsed.database or not Path(parsed.database).exists():
        return None
    return f"sqlite:///file:{parsed.database}?mode=ro&uri=true"


def _decision_rows(url: str | None) -> list[tuple]:
    """Every decision's COLUMNS, by source key; none without a database or its table.
    (No pandas here: the nothing-new test of a scheduled run reads this too.)"""
    ro_url = _read_only_url(url or app_db_url())
    if ro_url is None:
        return []
    from sqlalchemy import create_engine, inspect, select
    from sqlalchemy.pool import NullPool

    from wijkwijs.appdb.models import YouthReview

    engine = create_engine(ro_url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql("set transaction read only")
            if not inspect(connection).has_table(YouthReview.__tablename__):
                return []
            return [tuple(row) for row in connection.execute(
                select(*(getattr(YouthReview, c) for c in COLUMNS)).order_by(
                    YouthReview.source_key)
            ).all()]
    finally:
        engine.dispose()


def read_review_decisions(url: str | None = None) -> pd.DataFrame:
    """Every youth-review decision (COLUMNS), or an empty frame when there are none."""
    import pandas as pd

    rows = _decision_rows(url)
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["decided_at"] = pd.to_datetime(frame["decided_at"], utc=True).dt.tz_localize(None)
    return frame


def decisions_fingerprint(url: str | None = None) -> str:
    """A short hash of every decision as the pipeline would read it (an edit, a new decision
    and a withdrawn one all change it)."""
    import hashlib

    listing = "|".join(":".join("" if v is None else str(v) for v in row)
                       for row in _decision_rows(url))
    return hashlib.sha256(listing.encode()).hexdigest()[:16]
