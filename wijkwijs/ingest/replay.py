"""Replay the archive: reload months of case counts from the files that were accepted before.

Every accepted file is archived, so any month can be rebuilt from files: after a warehouse was
lost, or to re-run a range of months (the `replay_archive` job, `make backfill`) after a
code list or rule changed. Files are replayed in the order they were archived; a later file for
the same domain and month replaces the earlier one, exactly as when they first arrived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from wijkwijs.config import Paths
from wijkwijs.ingest.kinds import CASE_COUNTS, detect_kind
from wijkwijs.ingest.load import personal_in
from wijkwijs.ingest.load_log import content_hash, load_id_for, log_load
from wijkwijs.ingest.problems import Problem
from wijkwijs.ingest.readers import UnreadableFile, read_file
from wijkwijs.ingest.validate import ValidationContext, validate


@dataclass
class ReplayResult:
    months: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)


def archived_files(paths: Paths) -> list:
    if not paths.archive.exists():
        return []
    files = [p for p in paths.archive.iterdir() if p.is_file() and not p.name.startswith(".")]
    return sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name))


def replay_months(
    con, paths: Paths, first: date, last: date, ctx: ValidationContext
) -> ReplayResult:
    """Reload the case counts of months first..last (inclusive) from the archive."""
    result = ReplayResult()
    for path in archived_files(paths):
        try:
            table = read_file(path)
        except UnreadableFile:
            continue  # the archive only holds files that were readable when accepted
        frame = table.frame
        if detect_kind(frame) is not CASE_COUNTS:
            continue
        # an archive written before the person-level rules may hold such a file: never again
        problems = personal_in(table, CASE_COUNTS, path.name, ctx.today)
        if not problems:
            rows, problems = validate(frame, CASE_COUNTS, path.name, ctx)
        if problems:  # a rule changed since it was accepted: report, keep what is loaded
            result.problems += problems
            continue
        period = pd.to_datetime(rows["period"]).dt.date
        rows = rows[(period >= first) & (period <= last)]
        if rows.empty:
            continue
        digest = content_hash(path)
        load_id = load_id_for(digest)
        con.execute("begin transaction")
        try:
            CASE_COUNTS.write(con, rows, load_id)
            months = sorted({str(p)[:7] for p in rows["period"]})
            log_load(
                con,
                load_id,
                path.name,
                CASE_COUNTS.name,
                digest,
                "replayed",
                len(rows),
                ",".join(months),
                "opnieuw geladen uit het archief / replayed from the archive",
            )
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        result.files.append(path.name)
        result.rows += len(rows)
        result.months = sorted(set(result.months) | set(months))
    return result


class InvalidMonthRange(ValueError):
    """A range of months to replay that cannot be used; the message is for the analyst."""


_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def month_range(from_month: str, to_month: str, earliest: date, today: date) -> tuple[date, date]:
    """The first days of from_month and to_month (YYYY-MM, inclusive), checked: both given,
    real months, in order, not before the first month (WIJKWIJS_FIRST_MONTH) nor after this one.
    Messages in Dutch and English; a month is no personal data, so it is named."""
    for name, value in (("from_month", from_month), ("to_month", to_month)):
        if not value.strip():
            raise InvalidMonthRange(
                f"{name} ontbreekt: geef de maanden als JJJJ-MM, bijvoorbeeld from_month "
                f"2023-01 en to_month 2023-06 / {name} is missing: give the months as YYYY-MM")
        if not _MONTH.fullmatch(value.strip()):
            raise InvalidMonthRange(
                f"{name} '{value.strip()[:20]}' is geen maand: schrijf JJJJ-MM, bijvoorbeeld "
                f"2023-01 / {name} '{value.strip()[:20]}' is not a month: write YYYY-MM, "
                f"e.g. 2023-01")
    first, last = (date.fromisoformat(f"{v.strip()}-01") for v in (from_month, to_month))
    if first > last:
        raise InvalidMonthRange(
            f"from_month {first:%Y-%m} ligt na to_month {last:%Y-%m}: draai ze om / "
            f"from_month {first:%Y-%m} is after to_month {last:%Y-%m}: swap them")
    if first < earliest.replace(day=1):
        raise InvalidMonthRange(
            f"from_month {first:%Y-%m} ligt vóór de eerste maand {earliest:%Y-%m} "
            f"(WIJKWIJS_FIRST_MONTH) / from_month {first:%Y-%m} is before the first month "
            f"{earliest:%Y-%m}")
    if last > today.replace(day=1):
        raise InvalidMonthRange(
            f"to_month {last:%Y-%m} ligt in de toekomst (deze maand: {today:%Y-%m}) / "
            f"to_month {last:%Y-%m} is in the future (this month: {today:%Y-%m})")
    return first, last
