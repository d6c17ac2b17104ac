"""Run the pipeline (or only the publish step) and SIGKILL it at a named point.

    WIJKWIJS_KILL_AT=<point> python -m tests.reliability.killpoint [pipeline|publish]

`pipeline` runs exactly what `make pipeline` runs (orchestration.run as __main__); `publish`
runs only wijkwijs.publish.serving.publish on the warehouse and serving copy of the
environment, as the serving asset does. Hooks wrap module functions in this process only; the
code under test is not changed. The whole process group dies at once (the dbt child too), as in
a power cut or an out-of-memory kill: no finally blocks, no cleanup. The test starts this module
in a new session so its own process is not in that group.

Points:
  ingest-before-commit:<file>  rows and load-log entry of <file> written, transaction open
  ingest-after-commit:<file>   <file> committed, not yet moved from the inbox to the archive
  dbt-after:<model>            dbt reported <model> finished (the rest of the build not done)
  publish-mid-write            serving tables and map geometry in the temporary file, its
                               publish_info not yet
  publish-before-swap          temporary file complete, not yet renamed over the serving copy
"""

from __future__ import annotations

import os
import runpy
import signal
import sys
from pathlib import Path

KILLED_AT = "KILLPOINT REACHED"


def die(point: str) -> None:
    # Dagster captures a step's stdout/stderr into DAGSTER_HOME: the test reads this file.
    marker = os.environ.get("WIJKWIJS_KILL_MARKER")
    if marker:
        with open(marker, "a") as handle:
            handle.write(f"{KILLED_AT}: {point}\n")
            handle.flush()
            os.fsync(handle.fileno())
    os.killpg(0, signal.SIGKILL)


def install(point: str) -> None:
    name, _, arg = point.partition(":")
    if name == "ingest-before-commit":
        from wijkwijs.ingest import load

        log_load = load.log_load

        def hooked_log_load(con, load_id, file, kind, digest, status, *rest):
            log_load(con, load_id, file, kind, digest, status, *rest)
            if file == arg and status == "loaded":
                die(point)

        load.log_load = hooked_log_load
    elif name == "ingest-after-commit":
        from wijkwijs.ingest import load

        move = load.move

        def hooked_move(path, folder):
            if path.name == arg and Path(folder).name == "archive":
                die(point)
            return move(path, folder)

        load.move = hooked_move
    elif name == "dbt-after":
        from dagster_dbt.core.dbt_cli_invocation import DbtCliInvocation

        stream_raw_events = DbtCliInvocation.stream_raw_events

        def hooked_stream(self):
            for event in stream_raw_events(self):
                yield event
                data = event.raw_event.get("data", {})
                node = data.get("node_info", {})
                if node.get("node_name") == arg and node.get("node_status") == "success":
                    die(point)

        DbtCliInvocation.stream_raw_events = hooked_stream
    elif name in ("publish-mid-write", "publish-before-swap"):
        from wijkwijs.publish import serving

        # the content hash: every publish computes it (the geometry is kept when unchanged)
        target = "_content_hash" if name == "publish-mid-write" else "current_hash"
        original = getattr(serving, target)

        def hooked(*args, **kwargs):
            die(point)
            return original(*args, **kwargs)

        setattr(serving, target, hooked)
    elif point:
        raise SystemExit(f"unknown kill point {point!r}")


def publish_only() -> None:
    from orchestration.defs.dbt.resources import dbt_project
    from wijkwijs.config import paths
    from wijkwijs.publish.serving import publish

    current = paths()
    result = publish(current.warehouse, current.serving, dbt_project().manifest_path)
    print(f"published {result.content_hash} changed={result.changed}")


if __name__ == "__main__":
    install(os.environ.get("WIJKWIJS_KILL_AT", ""))
    if sys.argv[1:] == ["publish"]:
        publish_only()
    else:
        sys.argv = ["orchestration.run"]
        runpy.run_module("orchestration.run", run_name="__main__", alter_sys=True)
