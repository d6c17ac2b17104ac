"""The analyst's commands for held files and corrections (docs/operations.md).

    python -m wijkwijs.ingest held            # files waiting for confirmation, and why
    python -m wijkwijs.ingest confirm FILE    # load a held file (make confirm FILE=...)
    python -m wijkwijs.ingest undo FILE       # undo the newest load of FILE (make undo FILE=...)

confirm and undo write the warehouse: they wait for a live writer (a running pipeline) or
refuse with its PID. Run the pipeline afterwards to publish (the make targets do).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wijkwijs.config import DUCKDB_CONFIG, paths


def _held(current) -> int:
    from wijkwijs.ingest.inbox import held_dir

    reports = sorted(held_dir(current).glob("*.report.json"))
    if not reports:
        print("Geen bestanden aangehouden / no files held.")
        return 0
    for report in reports:
        data = json.loads(report.read_text(encoding="utf-8"))
        name = report.name.removesuffix(".report.json")
        print(f"{name}  (aangeleverd als / delivered as {data['file']})")
        for problem in data["problems"]:
            print(f"  {problem['reason_nl']}")
        print(f"  bevestigen / confirm: make confirm FILE={name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wijkwijs.ingest", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("held", help="list the held files")
    sub.add_parser("confirm", help="load a held file").add_argument("file")
    sub.add_parser("undo", help="undo the newest load of a file").add_argument("file")
    args = parser.parse_args(argv)
    current = paths()
    if args.command == "held":
        return _held(current)

    import duckdb

    from wijkwijs.ingest.load import NotHeld, confirm_held, validation_context
    from wijkwijs.ingest.status import write_status
    from wijkwijs.ingest.undo import CannotUndo, undo_load
    from wijkwijs.ingest.writer import WriterBusy, wait_for_writer
    from wijkwijs.raw_tables import create_raw_tables

    try:
        wait_for_writer(current.warehouse)
    except WriterBusy as exc:
        print(exc, file=sys.stderr)
        return 1
    current.warehouse.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(current.warehouse), config=DUCKDB_CONFIG) as con:
        create_raw_tables(con)
        ctx = validation_context(con)
        try:
            if args.command == "confirm":
                outcome = confirm_held(con, current, Path(args.file).name, ctx)
                print(f"{outcome.file}: {outcome.status}"
                      + (f" ({outcome.rows} rijen / rows)" if outcome.rows else ""))
                for problem in outcome.problems:
                    print(f"  {problem.line()}", file=sys.stderr)
                code = 0 if outcome.status == "loaded" else 1
            else:
                for line in undo_load(con, current, Path(args.file).name, ctx):
                    print(line)
                code = 0
        except (NotHeld, CannotUndo) as exc:
            print(exc, file=sys.stderr)
            code = 1
        write_status(con, current)
    return code


if __name__ == "__main__":
    sys.exit(main())
