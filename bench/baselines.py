"""The two baselines, each run as a child process on a workload's input files.

- `python -m bench.baselines sql <data_dir> <out.duckdb>`: bench/handwritten.sql in DuckDB;
- `python -m bench.baselines pandas <data_dir> <out.parquet>`: bench/pandas_marts.py.

Both read the files the pipeline reads (the inbox case files, bevolking.csv and the attributes
of the boundary GeoPackage) and write area_clients_monthly-equivalent rows. Print one JSON line.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

SQL = Path(__file__).with_name("handwritten.sql")


def buurten_attributes(reference: Path):
    """buurt_code, wijk_code, gemeente_code from every boundary file (attributes only)."""
    import pandas as pd
    import pyogrio

    frames = []
    for path in sorted(reference.glob("wijkenbuurten_*.gpkg")):
        frame = pyogrio.read_dataframe(path, layer="buurten", read_geometry=False,
                                       columns=["buurtcode", "wijkcode", "gemeentecode"])
        frames.append(frame.rename(columns={"buurtcode": "buurt_code", "wijkcode": "wijk_code",
                                            "gemeentecode": "gemeente_code"}))
    return pd.concat(frames, ignore_index=True).drop_duplicates("buurt_code")


def case_files(data_dir: Path) -> list[str]:
    return sorted(str(p) for p in (data_dir / "inbox").glob("*.csv")
                  if p.name.split("_")[0] in ("wmo", "jeugd", "participatiewet"))


def run_sql(data_dir: Path, out: Path) -> dict:
    import duckdb

    out.unlink(missing_ok=True)
    con = duckdb.connect(str(out))
    con.register("buurten_ref", buurten_attributes(data_dir / "reference"))
    files = "[" + ", ".join(f"'{f}'" for f in case_files(data_dir)) + "]"
    script = SQL.read_text().replace("{inbox}", files).replace(
        "{bevolking}", str(data_dir / "reference" / "bevolking.csv"))
    con.execute(script)
    rows = con.execute("select count(*) from area_clients_monthly").fetchone()[0]
    con.close()
    return {"rows": rows}


def main() -> int:
    which, data_dir, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    t0 = time.perf_counter()
    if which == "sql":
        result = run_sql(data_dir, out)
    else:
        from bench.pandas_marts import run_pandas

        result = run_pandas(data_dir, out)
    result["seconds"] = round(time.perf_counter() - t0, 3)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
