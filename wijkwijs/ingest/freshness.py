"""Is each domain's newest month recent enough? A stale domain is a warning, not a failure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wijkwijs.config import max_age_months  # also imported from here by the ingest status


@dataclass(frozen=True)
class DomainFreshness:
    domain: str
    newest_period: date | None
    rows: int
    last_loaded_at: object
    age_months: int | None
    fresh: bool


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def domain_freshness(
    con, domains: list[str], today: date, max_age: int | None = None
) -> list[DomainFreshness]:
    """Per domain: newest period loaded, its rows and last load, and whether it is fresh."""
    limit = max_age_months() if max_age is None else max_age
    found = {
        row[0]: row[1:]
        for row in con.execute(
            """
            select c.domain, max(c.period), count(*), max(l.loaded_at)
            from raw.case_counts c left join raw.load_log l using (load_id)
            group by c.domain
            """
        ).fetchall()
    }
    result = []
    for domain in domains:
        newest, rows, loaded_at = found.get(domain, (None, 0, None))
        age = months_between(newest, today) if newest else None
        result.append(
            DomainFreshness(domain, newest, rows, loaded_at, age, age is not None and age <= limit)
        )
    return result
