"""The dashboard under `streamlit run` on a free loopback port, and Debian's headless Chromium.

One way to start both for the benchmark (bench/dashboard.py), the load test
(bench/load_test.py) and the browser test (tests/browser). Playwright's own browser download
does not work here, so Chromium is Debian's package with the flags this machine needs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP = REPO / "dashboards" / "streamlit_app.py"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path, port: int, log_path: Path) -> subprocess.Popen:
    """`streamlit run` on the serving copy of `data_dir` (never its warehouse), output to
    `log_path` (a file, so a chatty server never blocks on a full pipe)."""
    # open mode, switched on explicitly: no login, on the loopback address only
    env = dict(os.environ, WIJKWIJS_DATA_DIR=str(data_dir), WIJKWIJS_OPEN_MODE="1")
    env.pop("WIJKWIJS_WAREHOUSE", None)
    log = Path(log_path).open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP),
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--server.runOnSave", "false"],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
    )


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy in time")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def running_app(data_dir: Path, log_path: Path, timeout: float = 120.0) -> Iterator[str]:
    """The app's URL while it runs; a start that fails raises with the end of its log."""
    port = free_port()
    proc = start_server(data_dir, port, log_path)
    try:
        try:
            wait_healthy(port, proc, timeout)
        except RuntimeError as exc:
            tail = Path(log_path).read_text(errors="replace")[-3000:]
            raise RuntimeError(f"{exc}\n{tail}") from None
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server(proc)


def launch_chromium(playwright):
    """Debian's Chromium, headless, through Playwright."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
