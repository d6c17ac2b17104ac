"""Child process: the real pipeline (`orchestration.pipeline.run_pipeline`) on the data dir in
the environment; prints one JSON line with import time, step times and success.

`python -m bench.pipeline_run [--profile FILE]` (cProfile of this process; dbt runs in its own
subprocess, see bench/profiles.py for profiling that part).
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main() -> int:
    t0 = time.perf_counter()
    profile = sys.argv[sys.argv.index("--profile") + 1] if "--profile" in sys.argv else None
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    from orchestration.pipeline import failed_checks, failure_summary, run_pipeline

    t_import = time.perf_counter() - t0
    import dagster as dg

    from wijkwijs import run_inputs
    from wijkwijs.config import paths

    before = run_inputs.inputs_before_run(paths())
    instance = dg.DagsterInstance.ephemeral()
    result = run_pipeline(instance)
    t_total = time.perf_counter() - t0
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    steps = {s.step_key: round(s.end_time - s.start_time, 3)
             for s in instance.get_run_step_stats(result.run_id) if s.end_time and s.start_time}
    out = {"success": bool(result.success) and not failed_checks(result),
           "import_s": round(t_import, 3), "run_s": round(t_total - t_import, 3), "steps": steps,
           "cpu_s": cpu_seconds()}
    if out["success"]:  # as `make pipeline` does: the next unchanged run has nothing to do
        run_inputs.remember(paths(), before)
    else:
        out["failure"] = (failure_summary(result) or str(failed_checks(result)))[-2000:]
    print(json.dumps(out))
    return 0 if out["success"] else 1


def cpu_seconds() -> dict:
    """User+system CPU of this process (Python, Dagster, the Python assets) and of its finished
    children (dbt): unlike wall time, hardly changed by other work on a shared machine."""
    own, children = (resource.getrusage(who) for who in
                     (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return {"pipeline": round(own.ru_utime + own.ru_stime, 2),
            "children": round(children.ru_utime + children.ru_stime, 2)}


if __name__ == "__main__":
    sys.exit(main())
