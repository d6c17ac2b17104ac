"""Running a command as a child process: wall time, its peak RSS and the process tree's peak.

- `maxrss_mb`: ru_maxrss from wait4 for that child (the largest single process among it and the
  descendants it waited for, e.g. the dbt subprocess) — what `/usr/bin/time -v` reports;
- `tree_peak_mb`: the largest *sum* of RSS over the child and all its descendants, sampled from
  /proc every 100 ms (Dagster and dbt run at the same time, so this is the machine's view).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def tree_rss_kb(pid: int) -> int:
    tree, todo, total = _children(), [pid], 0
    while todo:
        p = todo.pop()
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            pass
        todo += tree.get(p, [])
    return total


def run_measured(cmd: list[str], env: dict | None = None, cwd: Path | None = None,
                 timeout: float | None = None, log: Path | None = None) -> dict:
    """Run `cmd`; return wall_s, maxrss_mb, tree_peak_mb, rc and the stdout text."""
    out = open(log, "w") if log else subprocess.PIPE  # noqa: SIM115
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                            text=True)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    text = ""
    if out is subprocess.PIPE:
        text = proc.stdout.read()
    deadline = None if timeout is None else start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline and time.perf_counter() > deadline:
            proc.kill()
        time.sleep(0.05)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if log:
        out.close()
        text = Path(log).read_text(errors="replace")
    return {"wall_s": wall, "maxrss_mb": usage.ru_maxrss / 1024, "tree_peak_mb": peak[0] / 1024,
            "rc": proc.returncode, "stdout": text}


def last_json(text: str) -> dict:
    """The last line of a child's output that is a JSON object (its machine-readable result)."""
    import json

    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                return json.loads(line)
            except ValueError:
                continue
    return {}
