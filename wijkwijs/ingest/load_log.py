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


def versions(con, digest: str) -> tuple[tuple | None, tuple | None]:
    """(active, earlier) for this content, from one look at the log: `active` is the load
    (load_id, file_name) whose rows are still in the warehouse; `earlier` the load (load_id,)
    that a later file replaced, so that sending it again restores it. None where there is none;
    the newest of each when there are several."""
    active = earlier = None
    for status, load_id, file_name in con.execute(
        "select status, load_id, file_name from raw.load_log where content_hash = ? and "
        "status in (?, 'replaced') order by loaded_at desc",
        [digest, LOADED],
    ).fetchall():
        if status == LOADED and active is None:
            active = (load_id, file_name)
        elif status == "replaced" and earlier is None:
            earlier = (load_id,)
    return active, earlier


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
