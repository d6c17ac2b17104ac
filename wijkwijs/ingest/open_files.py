"""Which files a program on this machine still has open for writing.

A file that is being copied into the inbox (a download, a copy from a share, an export
writing straight into it) is read only half if the loader takes it now. Cut at a line
boundary, half a month of a key with nothing loaded to compare with (a first month, a new
year of stapeling) would load as if it were whole. Such a file is left for the next run: the
inbox sensor sees it when the writer is done (wijkwijs.ingest.load.inbox_files).

Linux keeps every process's open files in /proc/<pid>/fd, with the open mode in
/proc/<pid>/fdinfo. Elsewhere, or for a process we may not inspect, nothing is found and the
file is read as before (the shrink check and the cut-off checks still apply).
"""

from __future__ import annotations

import os
from pathlib import Path

PROC = Path("/proc")
_WRITE_MODES = 0o3  # O_WRONLY (1) or O_RDWR (2) in the low bits of the flags


def _written_by(pid_dir: Path) -> set[str]:
    found = set()
    try:
        fds = list((pid_dir / "fd").iterdir())
    except OSError:  # gone, or not ours to inspect
        return found
    for fd in fds:
        try:
            target = os.readlink(fd)
            if not target.startswith("/"):
                continue
            info = (pid_dir / "fdinfo" / fd.name).read_text()
        except OSError:
            continue
        flags = next((line.split()[1] for line in info.splitlines()
                      if line.startswith("flags:")), "0")
        if int(flags, 8) & _WRITE_MODES:
            found.add(target)
    return found


def open_for_writing() -> set[str]:
    """Absolute paths of every file a process on this machine has open for writing."""
    if not PROC.is_dir():
        return set()
    found: set[str] = set()
    for pid_dir in PROC.iterdir():
        if pid_dir.name.isdigit():
            found |= _written_by(pid_dir)
    return found
