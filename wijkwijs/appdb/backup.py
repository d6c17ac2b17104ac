"""Backup and restore of the application database (docs/operations.md, "Application database").

- SQLite: SQLite's online backup API (a consistent copy while the dashboard keeps writing);
  restore copies a backup back the same way, into the live file.
- PostgreSQL: `pg_dump --format=custom` and `pg_restore --clean --if-exists`, the tools of the
  installed server (on PATH or Debian's /usr/lib/postgresql/<version>/bin).

What people wrote exists only here (the warehouse can be rebuilt from the archive, this
cannot): back it up at least daily, beside the archive.
"""

from __future__ import annotations

import glob
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from wijkwijs.appdb.engine import forget


class BackupError(RuntimeError):
    pass


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(parsed.database)


def _libpq_url(url: str) -> str:
    """The URL as libpq (pg_dump) reads it: no driver name, password kept."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if not versions:
        raise BackupError(f"{name} not found: install the PostgreSQL client (postgresql-client)")
    return versions[-1]


def _sqlite_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    # sqlite3's context manager commits but does not close
    src.close()
    dst.close()


def backup(url: str, target: Path) -> Path:
    """Write a backup of the database at `url` to `target` (a file)."""
    target = Path(target)
    source = _sqlite_file(url)
    if source is not None:
        if not source.exists():
            raise BackupError(f"no application database at {source}")
        _sqlite_copy(source, target)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(target),
                    "--dbname", _libpq_url(url)], check=True, capture_output=True)
    return target


def restore(url: str, backup_file: Path) -> None:
    """Replace the database at `url` with `backup_file` (stop the dashboard first)."""
    backup_file = Path(backup_file)
    if not backup_file.exists():
        raise BackupError(f"no backup at {backup_file}")
    forget(url)
    target = _sqlite_file(url)
    if target is not None:
        _sqlite_copy(backup_file, target)
        return
    subprocess.run([pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner",
                    "--single-transaction", "--dbname", _libpq_url(url), str(backup_file)],
                   check=True, capture_output=True)
