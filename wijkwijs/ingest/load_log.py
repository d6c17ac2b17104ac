"""The load log: one row per file seen (raw.load_log), and which load replaced which
(raw.load_replacements), so a correction can be undone. A message never holds a cell value."""

from __future__ import annotations

import getpass
import hashlib
from datetime import UTC, datetime
from pathlib import Path

LOADED, DUPLICATE, HELD, REJECTED = "loaded", "duplicate", "held", "rejected"


def content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_id_for(digest: str) -> str:
    """When and what: sortable, and unique even for the same file loaded twice."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{digest[:12]}"


def log_load(con, load_id, file, kind, digest, status, rows, periods, message) -> None:
    con.execute(
        "insert into raw.load_log values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            load_id,
            file,
            kind,
            digest,
            status,
            rows,
            periods,
            datetime.now(UTC).replace(tzinfo=None),
            getpass.getuser(),
            message,
        ],
    )


def active_load(con, digest: str):
    """The load of this very content whose rows are still in the warehouse, if any."""
    return con.execute(
        "select load_id, file_name from raw.load_log where content_hash = ? and status = ?"
        " order by loaded_at desc limit 1",
        [digest, LOADED],
    ).fetchone()


def earlier_version(con, digest: str):
    """A load of this content that a later file replaced: sending it again restores it."""
    return con.execute(
        "select load_id from raw.load_log where content_hash = ? and status = 'replaced'"
        " order by loaded_at desc limit 1",
        [digest],
    ).fetchone()


def mark_replaced(con, load_id: str, replaced: list[str]) -> None:
    """The loads whose rows `load_id` replaced, for the log and for an undo."""
    if not replaced:
        return
    con.execute(
        "update raw.load_log set status = 'replaced' where status = 'loaded' and "
        f"load_id in ({', '.join('?' for _ in replaced)})",
        replaced,
    )
    con.executemany(
        "insert into raw.load_replacements values (?, ?)", [[load_id, r] for r in replaced]
    )


def mark_confirmed(con, file_name: str) -> None:
    """A held file the analyst confirmed and that has now loaded."""
    con.execute(
        "update raw.load_log set status = 'confirmed' where status = 'held' and file_name = ?",
        [file_name],
    )
