"""The folders a file passes through: the inbox it arrives in, data/held/ where it waits for
an analyst, data/archive/ once loaded; file names that are safe to show and to write."""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from wijkwijs.config import Paths

MAX_NAME_BYTES = 150  # room for a time stamp and ".report.json" within 255 bytes
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")


def held_dir(paths: Paths) -> Path:
    return paths.data / "held"


def inbox_files(paths: Paths) -> list[Path]:
    """Every entry of the inbox, whatever its name: regular files, dot-files, links and the
    files inside real sub-folders (a link to a folder is an entry of its own, never followed).
    A file a program still has open for writing waits for the next run (being_written)."""
    if not paths.inbox.is_dir():
        return []
    found = []
    for entry in sorted(paths.inbox.iterdir()):
        if entry.is_dir() and not entry.is_symlink():
            found += [p for p in sorted(entry.rglob("*"))
                      if p.is_symlink() or p.is_file()]
        else:
            found.append(entry)
    found = [p for p in found if not _in_progress(p)]
    writing = being_written(found)
    return [p for p in found if p not in writing]


def being_written(files: list[Path]) -> set[Path]:
    """The files of `files` that a process on this machine has open for writing: a copy or
    export still under way. Left in the inbox, they are read when complete; the inbox
    sensor's fingerprint (built from inbox_files) changes then and starts the run."""
    if not files:
        return set()
    from wijkwijs.ingest.open_files import open_for_writing

    writing = open_for_writing()
    return {p for p in files if not p.is_symlink() and str(p.resolve()) in writing}


def _in_progress(path: Path) -> bool:
    """A temporary file of our own writer (a report being written), never an input."""
    return path.name.startswith(".") and path.name.endswith(".tmp") and \
        path.name.count(".") >= 3 and path.name.rsplit(".", 2)[-2].isdigit()


def readable(name: str) -> str:
    """A file name as text every report, log and table can hold: bytes that are no UTF-8
    (a name from another system, kept by Python as surrogates) become U+FFFD, control
    characters '_'."""
    text = os.fsencode(name).decode("utf-8", "replace")
    return re.sub(r"[\x00-\x1f\x7f]", "_", text)


def display_name(path: Path, paths: Paths) -> str:
    try:
        return readable(str(path.relative_to(paths.inbox)))
    except ValueError:
        return readable(path.name)


def safe_name(name: str) -> str:
    """`name` without control characters or separators, not hidden, and short enough for
    a time stamp and a report suffix: a file name that stays inside its folder."""
    clean = _UNSAFE.sub("_", readable(name)).strip().lstrip(".") or "bestand"
    stem, dot, suffix = clean.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = clean, ""
    suffix = f".{suffix}" if suffix else ""
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return (stem or "bestand") + suffix


def free_target(folder: Path, name: str) -> Path:
    """`folder/name`, or with a time stamp in the name when that is taken; never outside."""
    target = folder / name
    if target.exists() or target.is_symlink() or Path(f"{target}.report.txt").exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        stem, suffix = Path(name).stem, Path(name).suffix
        target = folder / f"{stem}.{stamp}{suffix}"
    if target.resolve().parent != folder.resolve():  # never outside its folder
        raise ValueError(f"unsafe target {target!r}")
    return target


def move(path: Path, folder: Path) -> Path:
    """Move a file into `folder` under a safe, free name."""
    folder.mkdir(parents=True, exist_ok=True)
    target = free_target(folder, safe_name(path.name))
    shutil.move(path, target)
    if not target.is_symlink():
        os.utime(target)  # mtime = when it moved here: the archive replays in this order
    return target
