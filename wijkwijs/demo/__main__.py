"""`python -m wijkwijs.demo [--data-dir PATH] [--seed N]`: write the demo municipality."""

from __future__ import annotations

import argparse
from pathlib import Path

from wijkwijs.config import paths
from wijkwijs.demo.generate import write_demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m wijkwijs.demo",
        description="Write the demo municipality Demstervoort (inbox and reference data).",
    )
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="data directory (default: WIJKWIJS_DATA_DIR or <repo>/data)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    args = parser.parse_args(argv)
    summary = write_demo(args.data_dir or paths().data, seed=args.seed)
    print(summary.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
