"""Recovery: say clearly what is broken, and rebuild the warehouse from the archive in one command.

    python -m wijkwijs.recovery check     # is the warehouse readable? (exit 1 if not)
    python -m wijkwijs.recovery rebuild   # (make rebuild) move the broken warehouse aside, reload
                                          # reference data and every archived file, then run
                                          # the normal pipeline (dbt build with tests, publish)

The warehouse holds nothing that cannot be rebuilt: reference data comes from data/reference/,
every accepted inbox file is kept in data/archive/ (docs/operations.md). The serving copy is
never touched by a rebuild until the normal pipeline publishes a new one, so the dashboard keeps
showing the last good copy throughout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from wijkwijs.config import PROJECT_ROOT, Paths, paths

REBUILD_COMMAND = "make rebuild  (python -m wijkwijs.recovery rebuild)"
# The raw tables every healthy warehouse has; reading them touches most of the file's blocks.
_PROBE_TABLES = ("raw.load_log", "raw.case_counts", "raw.stapeling", "raw.buurten")


class WarehouseUnreadable(RuntimeError):
    """The warehouse file exists but DuckDB cannot read it (damaged, truncated, not DuckDB)."""


def warehouse_unreadable_message(path: Path, error: BaseException | str) -> str:
    return (
        f"Het warehouse {path} is beschadigd of onleesbaar ({error}). Het dashboard blijft de "
        f"laatste goede serving-kopie tonen. Herstel: {REBUILD_COMMAND} zet het kapotte bestand "
        f"opzij en bouwt het warehouse opnieuw op uit data/archive/ en data/reference/.\n"
        f"The warehouse {path} is damaged or unreadable ({error}). The dashboard keeps showing "
        f"the last good serving copy. To recover: {REBUILD_COMMAND} moves the broken file aside "
        f"and rebuilds the warehouse from data/archive/ and data/reference/."
    )


def _is_busy(error: BaseException) -> bool:
    """Open elsewhere, not broken: another process holds its lock, or this very process has
    it open with other settings (DuckDB's "different configuration" error)."""
    text = str(error).lower()
    return (isinstance(error, duckdb.ConnectionException) or "lock" in text
            or "different configuration" in text)


def check_warehouse(path: Path) -> str | None:
    """None when the warehouse is readable, missing (a first run creates it) or merely busy;
    otherwise the clear Dutch + English message of warehouse_unreadable_message."""
    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        return None if _is_busy(exc) else warehouse_unreadable_message(path, exc)
    try:
        existing = {
            f"{s}.{t}"
            for s, t in con.execute(
                "select schema_name, table_name from duckdb_tables()"
            ).fetchall()
        }
        for table in _PROBE_TABLES:
            if table in existing:
                con.execute(f"select count(*), max(hash(t)) from {table} t").fetchone()
    except duckdb.Error as exc:
        return warehouse_unreadable_message(path, exc)
    finally:
        con.close()
    return None


def diagnose(current: Paths | None = None) -> list[str]:
    """Clear messages about broken files, for `make pipeline` to print after a failed run."""
    current = current or paths()
    message = check_warehouse(current.warehouse)
    return [message] if message else []


# --- runs that died -----------------------------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _run_pid(instance, run_id: str) -> int | None:
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is not None and event.pid:
            return event.pid
    return None


def release_dead_runs(instance, warehouse: Path | None = None) -> list[str]:
    """Mark runs failed whose process is gone, and free the warehouse-pool slots they held.

    A run that is killed (power cut, out of memory, SIGKILL) never reports its end: in the
    Dagster instance it stays STARTED and keeps its slot of the `warehouse` pool (limit 1), so
    every later run waits for that slot forever. This single-server set-up runs every pipeline
    on this machine, so a run whose process no longer exists here is dead. Returns the run ids
    released. (Runs launched by dagster-daemon are also caught by its run monitoring,
    docs/operations.md.)

    A dead run's children may outlive it for a moment (its dbt dies by a parent-death signal,
    orchestration/defs/dbt/child.py): before a slot is freed, a live process that still holds
    the warehouse is waited for, and if it does not end in time the release is refused with
    its PID (wijkwijs.ingest.writer.WriterBusy) instead of letting two writers in.
    """
    from dagster import DagsterRunStatus

    from wijkwijs.ingest.writer import wait_for_writer

    released = []
    for run_id in sorted(instance.event_log_storage.get_concurrency_run_ids()):
        run = instance.get_run_by_id(run_id)
        if run is not None and run.status not in (
            DagsterRunStatus.STARTED,
            DagsterRunStatus.STARTING,
            DagsterRunStatus.CANCELING,
        ):
            instance.event_log_storage.free_concurrency_slots_for_run(run_id)
            released.append(run_id)
            continue
        pid = _run_pid(instance, run_id)
        if pid is not None and pid != os.getpid() and _alive(pid):
            continue
        if warehouse is not None:
            wait_for_writer(warehouse)  # its dbt may still be on its way out
        if run is not None:
            instance.report_run_failed(
                run,
                "Het proces van deze run bestaat niet meer (afgebroken); vrijgegeven door de "
                "volgende run / the process of this run no longer exists (killed); released by "
                "the next run.",
            )
        instance.event_log_storage.free_concurrency_slots_for_run(run_id)
        released.append(run_id)
    return released


# --- rebuild ----------------------------------------------------------------------------------


@dataclass
class RebuildResult:
    moved_aside: list[Path] = field(default_factory=list)
    reference: dict[str, int] = field(default_factory=dict)
    files: dict[str, list[str]] = field(default_factory=dict)  # status -> archived file names
    problems: list[str] = field(default_factory=list)  # archived files the rules now reject


def archive_in_order(current: Paths) -> list[Path]:
    """Every file the inbox ever accepted, in the order it was archived.

    archive/duplicates/ is included for archives written before a file whose move was cut off
    (a crash between commit and move) was archived normally on the next run; true duplicates
    are recognised again by their content hash and change nothing.
    """
    folders = [current.archive, current.archive / "duplicates"]
    files = [  # every file: the loader decides by content, not by suffix
        p
        for folder in folders
        if folder.exists()
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".")
    ]
    return sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name))


def move_aside(warehouse: Path, stamp: str) -> list[Path]:
    """<name>.broken-<stamp> (and its write-ahead log): a stale .wal next to a new file would be
    replayed into it."""
    moved = []
    for path in (warehouse, warehouse.with_name(warehouse.name + ".wal")):
        if path.exists():
            suffix = path.name[len(warehouse.name) :]  # "" or ".wal"
            target = path.with_name(f"{warehouse.name}.broken-{stamp}{suffix}")
            path.rename(target)
            moved.append(target)
    return moved


def rebuild_warehouse(current: Paths | None = None) -> RebuildResult:
    """A new warehouse from data/reference/ and every archived file, in archive order.

    Every file kind goes through the normal loader (wijkwijs.ingest.load.load_file): the same
    validation, the same replace-by-period rule, the same load log (loaded / replaced), so the
    Datastatus page reads as before. The archive itself is not changed: each file is copied to
    a scratch inbox inside the data folder, and what the loader moves around there is removed.
    """
    from wijkwijs.ingest.load import load_file, validation_context
    from wijkwijs.ingest.warehouse import connect
    from wijkwijs.reference import load_reference

    current = current or paths()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    result = RebuildResult(moved_aside=move_aside(current.warehouse, stamp))
    archived = archive_in_order(current)  # before anything is written into the data folder
    con = connect(current.warehouse)
    try:
        result.reference = load_reference(con, current.reference)
        ctx = validation_context(con)
        current.data.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".rebuild-", dir=current.data) as scratch:
            scratch_paths = Paths(Path(scratch))
            scratch_paths.inbox.mkdir()
            for path in archived:
                copy = scratch_paths.inbox / path.name
                shutil.copyfile(path, copy)
                outcome = load_file(con, copy, scratch_paths, ctx)
                result.files.setdefault(outcome.status, []).append(path.name)
                result.problems += [p.line() for p in outcome.problems]
    finally:
        con.close()
    return result


def run_pipeline_command() -> int:
    """`make pipeline` as a child process: dbt build with tests, then publish."""
    return subprocess.call([sys.executable, "-m", "orchestration.run"], cwd=PROJECT_ROOT)


def rebuild(run_pipeline: bool = True) -> int:
    current = paths()
    print(f"Warehouse herbouwen / rebuilding the warehouse: {current.warehouse}")
    result = rebuild_warehouse(current)
    for path in result.moved_aside:
        print(f"  opzij gezet / moved aside: {path}")
    print(f"  referentiedata / reference data: {result.reference}")
    for status, names in sorted(result.files.items()):
        print(f"  {status}: {len(names)} bestand(en) / file(s) uit het archief / from the archive")
    for line in result.problems:
        print(f"  {line}", file=sys.stderr)
    if result.problems:
        print(
            "Let op / note: de archiefbestanden hierboven voldoen niet aan de huidige regels en "
            "zijn niet geladen / the archived files above fail the current rules and were not "
            "loaded.",
            file=sys.stderr,
        )
    if not run_pipeline:
        return 1 if result.problems else 0
    code = run_pipeline_command()
    return code or (1 if result.problems else 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wijkwijs.recovery", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="is the warehouse readable?")
    build = sub.add_parser("rebuild", help="rebuild the warehouse from the archive, then publish")
    build.add_argument(
        "--no-pipeline", action="store_true", help="only rebuild the raw warehouse tables"
    )
    args = parser.parse_args(argv)
    if args.command == "check":
        message = check_warehouse(paths().warehouse)
        print(message or f"Warehouse leesbaar / readable: {paths().warehouse}")
        return 1 if message else 0
    return rebuild(run_pipeline=not args.no_pipeline)


if __name__ == "__main__":
    sys.exit(main())
