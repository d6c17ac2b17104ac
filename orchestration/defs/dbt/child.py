"""`wijkwijs-dbt`: dbt, started so that it dies with the pipeline that started it.

dagster-dbt starts dbt as a plain child process. Killed with SIGKILL (out of memory, a power
button, `kill -9`), the pipeline cannot stop it, and an orphaned dbt went on writing the
warehouse while the next run thought the writer's slot was free. This wrapper asks the kernel
to kill it when its parent dies (PR_SET_PDEATHSIG), checks the parent did not die before that
request, and then becomes dbt itself (exec), so dagster-dbt talks to dbt exactly as before.
It is installed as a console script next to dbt (pyproject.toml) and used by
orchestration/defs/dbt/resources.py.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import signal
import stat
import sys
from pathlib import Path

PR_SET_PDEATHSIG = 1


def parent_gone(expected_parent: int | None = None) -> bool:
    """Did the parent die before we asked for the signal?

    Without a PID to compare with, the output pipe tells: dagster-dbt reads dbt's output
    through a pipe that only the pipeline holds open (Popen's pipes are not inherited by other
    processes), and the kernel closes it before it re-parents the pipeline's children. A pipe
    nobody reads any more (POLLERR on our end) means the pipeline is gone. Nothing is passed
    through the environment, so the pipeline never rewrites os.environ to start dbt."""
    if expected_parent:
        return os.getppid() != expected_parent
    if not stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode):
        return False  # started by hand (a terminal or a file): nothing to tell by
    poller = select.poll()
    poller.register(sys.stdout.fileno(), 0)  # errors only: POLLERR when no reader is left
    return bool(poller.poll(0))


def die_with_parent(expected_parent: int | None = None) -> None:
    """Ask for SIGKILL when the parent dies; exit at once if it already has."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if parent_gone(expected_parent):
        os._exit(1)  # the parent died before the request: nobody would ever stop us


def main() -> None:
    die_with_parent()
    dbt = Path(sys.executable).parent / "dbt"
    os.execv(dbt, [str(dbt), *sys.argv[1:]])


if __name__ == "__main__":
    main()
