"""Who is writing the warehouse? One writer at a time, and a live one is never pushed aside.

DuckDB takes a POSIX lock on the database file for as long as a process has it open; the
kernel drops that lock when the process dies, so a lock means a live process. `writer_pid`
asks the kernel who holds it (F_GETLK) without opening the database. A new run that finds a
live writer waits for it to end, up to WIJKWIJS_WRITER_WAIT seconds (a killed run's dbt child
still on its way out), and otherwise refuses with the PID, so nobody frees a slot that is
still in use.
"""

from __future__ import annotations

import fcntl
import os
import struct
import time
from pathlib import Path

from wijkwijs.config import writer_wait_seconds

_FLOCK = "@hhqqi"  # struct flock on Linux: l_type, l_whence, l_start, l_len, l_pid


class WriterBusy(RuntimeError):
    """Another live process holds the warehouse; the message names its PID (Dutch / English)."""

    def __init__(self, path: Path, pid: int):
        self.pid = pid
        super().__init__(
            f"Het warehouse {path} wordt nog beschreven door proces {pid}. Wacht tot dat "
            f"klaar is (of stop het: kill {pid}) en start daarna opnieuw. / The warehouse "
            f"{path} is still being written by process {pid}. Wait until it ends (or stop it: "
            f"kill {pid}) and start again."
        )


def writer_pid(path: Path) -> int | None:
    """The PID of another process that holds a lock on `path`, or None."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        query = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        lock_type, _, _, _, pid = struct.unpack(_FLOCK, answer[: struct.calcsize(_FLOCK)])
        return pid if lock_type != fcntl.F_UNLCK and pid > 0 else None
    except OSError:
        return None
    finally:
        os.close(fd)


def wait_for_writer(path: Path, timeout: float | None = None, poll: float = 0.2) -> int | None:
    """Wait until no other process writes `path`; returns the PID waited for (or None).
    Raises WriterBusy with the PID when it still writes after `timeout` seconds."""
    timeout = writer_wait_seconds() if timeout is None else timeout
    deadline = time.monotonic() + timeout
    waited_for = None
    while True:
        pid = writer_pid(path)
        if pid is None:
            return waited_for
        waited_for = pid
        if time.monotonic() >= deadline:
            raise WriterBusy(path, pid)
        time.sleep(poll)  # polls a condition (the lock) until a deadline: never a blind retry
