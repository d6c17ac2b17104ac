"""`python -m wijkwijs.appdb upgrade | current | seed-demo | backup FILE | restore FILE`.

The database is the one of WIJKWIJS_APP_DB (default: a SQLite file in the data folder).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wijkwijs.appdb import backup as backups
from wijkwijs.appdb.engine import app_db, current_revision, head_revision, make_engine, upgrade
from wijkwijs.config import app_db_url, paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wijkwijs.appdb", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("upgrade", help="migrate to the newest schema")
    sub.add_parser("current", help="print the schema revision")
    sub.add_parser("seed-demo", help="demo notes, signals and actions for Demstervoort")
    for name in ("backup", "restore"):
        sub.add_parser(name).add_argument("file", type=Path)
    args = parser.parse_args(argv)
    url = app_db_url()
    shown = make_engine(url).url.render_as_string(hide_password=True)
    if args.command == "upgrade":
        upgrade(make_engine(url))
        print(f"{shown}: schema {head_revision()}")
    elif args.command == "current":
        print(f"{shown}: schema {current_revision(make_engine(url)) or 'none'} "
              f"(newest {head_revision()})")
    elif args.command == "seed-demo":
        from wijkwijs.appdb.demo_seed import seed_demo

        done = seed_demo(app_db(url), paths().reference)
        print(f"{shown}: demo workspace already there, nothing added" if done.skipped else
              f"{shown}: {done.notes} notes, {done.signals} signals, {done.actions} actions")
    elif args.command == "backup":
        print(f"{shown} → {backups.backup(url, args.file)}")
    elif args.command == "restore":
        backups.restore(url, args.file)
        print(f"{args.file} → {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
