"""Nothing new, nothing done: whether a pipeline run would find anything to do.

A run's result depends only on its inputs: the files waiting in the inbox, the reference files,
the review decisions in the application database (which the pipeline reads), the code and the
settings it runs with (every WIJKWIJS_* variable, the disclosure key), and the warehouse and
serving copy the last run left. After a successful run their fingerprint is written next to the
warehouse; a scheduled run whose fingerprint is the same stops at once, without opening the
warehouse or writing a serving copy (`make pipeline` and the monthly schedule; `--force`
runs anyway).

Cheap on purpose (no Dagster, no dbt, no DuckDB): file names, sizes and modification times,
the content of the code files, and the decisions. The warehouse and the serving copy count by
file identity, so anything that wrote them outside a run (undo, confirm, rebuild, a restore)
makes the next run do its work; a removed warehouse removes the record with it.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from wijkwijs.config import DBT_PROJECT_DIR, Paths

RECORD_NAME = "last_run_inputs.json"
# what decides a run's result; word lists and other data files only matter when a file is
# loaded, and a new file in the inbox is new input anyway
_CODE_SUFFIXES = (".py", ".sql", ".yml", ".yaml", ".toml", ".csv")
_PACKAGE = Path(__file__).resolve().parent
_CODE = (
    (DBT_PROJECT_DIR, ("dbt_project.yml", "models", "macros", "seeds", "tests")),
    (_PACKAGE, (".",)),
    (_PACKAGE.parent / "orchestration", (".",)),
)


def _listing(folder: Path) -> list[str]:
    """Relative path, size and mtime of every file under `folder` (links not followed)."""
    if not folder.is_dir():
        return []
    rows = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or path.is_file():
            stat = path.lstat()
            rows.append(f"{path.relative_to(folder)}:{stat.st_size}:{stat.st_mtime_ns}")
    return rows


def _identity(path: Path) -> str:
    """A file as the last run left it: inode, size, mtime (absent: '-')."""
    try:
        stat = path.stat()
    except OSError:
        return "-"
    return f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"


def code_digest() -> str:
    """The content of the dbt project and the Python code (a new release rebuilds)."""
    digest = hashlib.sha256()
    for root, parts in _CODE:
        for part in parts:
            target = root / part
            files = [target] if target.is_file() else sorted(
                p for p in target.rglob("*") if p.is_file() and p.suffix in _CODE_SUFFIXES)
            for path in files:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def settings_digest() -> str:
    """Every WIJKWIJS_* setting of this run and the disclosure key, hashed (never stored)."""
    from wijkwijs.disclosure.keys import disclosure_key

    items = sorted((k, v) for k, v in os.environ.items() if k.startswith("WIJKWIJS_"))
    digest = hashlib.sha256(json.dumps(items).encode())
    digest.update(hashlib.sha256(disclosure_key()).digest())
    return digest.hexdigest()


def inputs_before_run(paths: Paths) -> dict:
    """What a run starts from (taken before it starts: a change during the run counts as new)."""
    from wijkwijs.appdb.pipeline_read import decisions_fingerprint

    return {
        "reference": hashlib.sha256("|".join(_listing(paths.reference)).encode()).hexdigest(),
        "review_decisions": decisions_fingerprint(),
        "code": code_digest(),
        "settings": settings_digest(),
    }


def state_after_run(paths: Paths) -> dict:
    """What a successful run leaves: no file waiting in the inbox, the warehouse and the copy."""
    from wijkwijs.ingest.inbox import inbox_files

    return {
        "inbox": [str(p.relative_to(paths.inbox)) for p in inbox_files(paths)],
        "warehouse": _identity(paths.warehouse),
        "serving": _identity(paths.serving),
    }


def record_path(paths: Paths) -> Path:
    """Beside the warehouse, so removing the warehouse folder forgets it too."""
    return paths.warehouse.parent / RECORD_NAME


def remember(paths: Paths, before: dict) -> None:
    """After a successful run: its inputs and what it left, for the next run to compare."""
    record = {**before, **state_after_run(paths)}
    path = record_path(paths)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True))
    os.replace(tmp, path)


def forget(paths: Paths) -> None:
    """A failed run: the next one does its work whatever it finds."""
    record_path(paths).unlink(missing_ok=True)


def nothing_new(paths: Paths, before: dict | None = None) -> bool:
    """True when the last run succeeded and nothing it depends on changed since: no file in
    the inbox, the same reference files, decisions, code and settings, and the warehouse and
    serving copy exactly as it left them."""
    try:
        record = json.loads(record_path(paths).read_text())
    except (OSError, ValueError):
        return False
    now = {**(before or inputs_before_run(paths)), **state_after_run(paths)}
    return not now["inbox"] and now["serving"] != "-" and now == record
