"""`python -m orchestration.gemeenten`: every gemeente partition, then the one serving copy.

    python -m orchestration.gemeenten [--parallel N] [--no-publish] [GM0363 ...]

Runs the `gemeente_pipeline` job once per gemeente (default: every partition,
wijkwijs.partitions.gemeente_codes), N at a time, each in its own process and warehouse file,
recorded in the Dagster instance ($DAGSTER_HOME) like a run from the UI; when all succeeded,
the `publish_gemeenten` job writes the serving copy. This is what the run queue does with a
backfill of the partitions (docs/deployment.md), without a daemon. Exit status non-zero when
any gemeente or the publish failed; the first line per failure is its reason.
"""

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context


def build(code: str) -> tuple[str, bool, str]:
    """One partition, in this process: (code, succeeded, reason)."""

    from orchestration.definitions import defs
    from orchestration.defs.partitions import GEMEENTE_PIPELINE, gemeente_run_config
    from orchestration.pipeline import failed_checks, failure_reason
    from wijkwijs.config import paths

    instance = _instance()
    quiet = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
    job = defs().resolve_job_def(GEMEENTE_PIPELINE)
    # a run config given here replaces the partition's own, so both are passed
    result = job.execute_in_process(
        partition_key=code, instance=instance, raise_on_error=False,
        run_config={**gemeente_run_config(paths(), code), **quiet})
    ok = result.success and not failed_checks(result)
    return code, ok, "" if ok else failure_reason(result)


def _instance():
    """The Dagster instance of $DAGSTER_HOME (runs recorded as from the UI); without one, a
    throwaway instance."""
    import os

    import dagster as dg

    if os.environ.get("DAGSTER_HOME"):
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


def main(argv: list[str] | None = None) -> int:
    from wijkwijs.config import paths
    from wijkwijs.partitions import gemeente_codes

    parser = argparse.ArgumentParser(prog="python -m orchestration.gemeenten")
    parser.add_argument("codes", nargs="*", metavar="GMxxxx", help="default: every partition")
    parser.add_argument("--parallel", type=int, default=1, metavar="N",
                        help="partitions at the same time (one process each)")
    parser.add_argument("--no-publish", action="store_true",
                        help="build the partitions only")
    args = parser.parse_args(argv)
    known = gemeente_codes(paths())
    codes = [c.upper() for c in args.codes] or known
    unknown = sorted(set(codes) - set(known))
    if not codes or unknown:
        print(f"Geen partitie / no partition: {', '.join(unknown) or 'geen gemeenten'} "
              f"(bekend / known: {', '.join(known) or '-'})", file=sys.stderr)
        return 2
    failed = 0
    # spawn: every partition starts clean (no DuckDB or Dagster state inherited by fork)
    with ProcessPoolExecutor(max(1, args.parallel), mp_context=get_context("spawn")) as pool:
        for code, ok, reason in pool.map(build, codes):
            print(f"{code}: {'geslaagd / succeeded' if ok else 'mislukt / failed: ' + reason}",
                  file=sys.stdout if ok else sys.stderr)
            failed += not ok
    if failed:
        print("Serving-kopie niet bijgewerkt / serving copy not updated.", file=sys.stderr)
        return 1
    if args.no_publish:
        return 0
    from orchestration.defs.partitions import PUBLISH_GEMEENTEN
    from orchestration.pipeline import failure_reason, run_pipeline

    result = run_pipeline(_instance(), job=PUBLISH_GEMEENTEN)
    if not result.success:
        print(f"Publiceren mislukt / publish failed: {failure_reason(result)}", file=sys.stderr)
        return 1
    print("Serving-kopie gepubliceerd / serving copy published.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
