"""cProfile of the ingest step (the part of the pipeline that runs Python per row):
`python -m bench.profiles <data_dir> <out.prof>` loads reference + inbox into a scratch
warehouse and prints the top functions by cumulative and own time."""

from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path


def main() -> int:
    import duckdb

    from wijkwijs.config import Paths
    from wijkwijs.ingest.load import ingest_inbox
    from wijkwijs.raw_tables import create_raw_tables
    from wijkwijs.reference import load_reference

    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    paths = Paths(data, data / "warehouse" / "profile.duckdb")
    paths.warehouse.parent.mkdir(parents=True, exist_ok=True)
    paths.warehouse.unlink(missing_ok=True)
    con = duckdb.connect(str(paths.warehouse))
    create_raw_tables(con)
    load_reference(con, paths.reference)
    profiler = cProfile.Profile()
    profiler.enable()
    outcomes = ingest_inbox(con, paths)
    profiler.disable()
    profiler.dump_stats(out)
    print({o.status for o in outcomes}, sum(o.rows for o in outcomes), "rows")
    stats = pstats.Stats(str(out))
    stats.sort_stats("tottime").print_stats(18)
    return 0


if __name__ == "__main__":
    sys.exit(main())
