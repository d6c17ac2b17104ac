"""The two baselines, each run as a child process on a workload's input files.

- `python -m bench.baselines sql <data_dir> <out.duckdb>`: bench/handwritten.sql in DuckDB;
- `python -m bench.baselines pandas <data_dir> <out.parquet>`: bench/pandas_marts.py.

Both read the files the pipeline reads (the inbox case files, bevolking.csv, the attributes of
the boundary files, the code lists and the crosswalk the dbt project ships as seeds), use the
same disclosure rules and key (WIJKWIJS_DISCLOSURE_KEY) and the same DuckDB memory limit as the
pipeline, and write area_clients_monthly. With a published copy given (`--check <copy>`), the
output is compared with its area_clients_monthly row for row (EXCEPT ALL both ways): the
baseline counts only when it did the same work. Print one JSON line.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

SQL = Path(__file__).with_name("handwritten.sql")


def buurten_attributes(reference: Path):
    """boundary_year, buurt_code, wijk_code, gemeente_code, change_flag of every boundary
    year (attributes only, read as the pipeline finds them: wijkwijs.cbs.boundary_files)."""
    import pandas as pd

    from wijkwijs.cbs.boundary_files import find, read_layer

    def codes(column):
        return column.astype(str).str.strip().str.upper()

    frames = []
    for year, source in sorted(find(reference)[0].items()):
        frame = read_layer(source, "buurten", geometry=False)
        flag = frame.get("change_flag", pd.Series(pd.NA, index=frame.index))
        frames.append(pd.DataFrame({
            "boundary_year": year, "buurt_code": codes(frame["buurtcode"]),
            "wijk_code": codes(frame["wijkcode"]), "gemeente_code": codes(frame["gemeentecode"]),
            "change_flag": pd.to_numeric(flag, errors="coerce").astype("Int64")}))
    return pd.concat(frames, ignore_index=True)


def case_files(data_dir: Path) -> list[str]:
    return sorted(str(p) for p in (data_dir / "inbox").glob("*.csv")
                  if p.name.split("_")[0] in ("wmo", "jeugd", "participatiewet"))


MAX_PASSES = 40  # as wijkwijs.disclosure.suppress


def hmac_pads(key: bytes) -> tuple[bytes, bytes]:
    """HMAC-SHA256's inner and outer pad of `key` (RFC 2104): the script computes the keyed
    draws with DuckDB's sha256, exactly as wijkwijs.disclosure.keys.unit does in Python."""
    import hashlib

    block = (hashlib.sha256(key).digest() if len(key) > 64 else key).ljust(64, b"\0")
    return bytes(b ^ 0x36 for b in block), bytes(b ^ 0x5C for b in block)


def sql_sections(data_dir: Path) -> dict[str, str]:
    """The script's sections with the files and the rules filled in."""
    from wijkwijs.config import DBT_PROJECT_DIR
    from wijkwijs.disclosure.rules import DisclosureRules

    rules = DisclosureRules.from_env()
    files = "[" + ", ".join(f"'{f}'" for f in case_files(data_dir)) + "]"
    values = {
        "inbox": files, "bevolking": str(data_dir / "reference" / "bevolking.csv"),
        "aow": str(DBT_PROJECT_DIR / "seeds" / "aow_age.csv"),
        "groups": str(DBT_PROJECT_DIR / "seeds" / "population_groups.csv"),
        "crosswalk": str(DBT_PROJECT_DIR / "seeds" / "boundary_crosswalk.csv"),
        "threshold": rules.threshold, "base": rules.rounding_base,
        "min_residents": rules.min_residents, "min_group": rules.min_group_residents,
        "width": rules.protection_width, "pop_base": rules.population_base,
    }
    script = SQL.read_text()
    for name, value in values.items():
        script = script.replace("{" + name + "}", str(value))
    sections, name = {}, None
    for line in script.splitlines():
        if line.startswith("-- @@ "):
            name = line[6:].strip()
            sections[name] = ""
        elif name:
            sections[name] += line + "\n"
    return sections


def run_sql(data_dir: Path, out: Path) -> dict:
    import duckdb
    import pandas as pd

    from wijkwijs.config import DBT_PROJECT_DIR, DUCKDB_CONFIG
    from wijkwijs.disclosure.keys import disclosure_key

    out.unlink(missing_ok=True)
    con = duckdb.connect(str(out), config=DUCKDB_CONFIG)  # the pipeline's memory limit
    con.register("buurten_ref", buurten_attributes(data_dir / "reference"))
    con.register("categories", pd.read_csv(DBT_PROJECT_DIR / "seeds" / "categories.csv",
                                           dtype=str))
    ipad, opad = hmac_pads(disclosure_key())
    con.execute("create temp table pads as select ?::blob as ipad, ?::blob as opad",
                [ipad, opad])
    sections = sql_sections(data_dir)
    con.execute(sections["setup"])
    passes = 0
    while passes < MAX_PASSES:
        con.execute(sections["pass"])
        passes += 1
        if con.execute("select count(*) from picked").fetchone()[0] == 0:
            break
    con.execute(sections["final"])
    rows = con.execute("select count(*) from area_clients_monthly").fetchone()[0]
    con.close()
    return {"rows": rows, "passes": passes}


def differences(baseline: Path, published: Path, table: str = "area_clients_monthly") -> dict:
    """Rows of `table` only in the baseline's output, and only in the published copy."""
    import duckdb

    with duckdb.connect() as con:
        con.execute(f"attach '{baseline}' as b (read_only)")
        con.execute(f"attach '{published}' as p (read_only)")
        columns = ", ".join(
            name for (name,) in con.execute(
                "select column_name from duckdb_columns() where database_name = 'p' "
                "and table_name = ? order by column_index", [table]).fetchall())
        only = {}
        for side, this, other in (("only_baseline", "b", "p"), ("only_published", "p", "b")):
            only[side] = con.execute(
                f"select count(*) from (select {columns} from {this}.{table} except all "
                f"select {columns} from {other}.{table})").fetchone()[0]
    return only


def main() -> int:
    which, data_dir, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    check = Path(sys.argv[sys.argv.index("--check") + 1]) if "--check" in sys.argv else None
    t0 = time.perf_counter()
    if which == "sql":
        result = run_sql(data_dir, out)
    else:
        from bench.pandas_marts import run_pandas

        result = run_pandas(data_dir, out)
    result["seconds"] = round(time.perf_counter() - t0, 3)
    if check is not None:  # after the timing: the check is not part of the work
        result["differences"] = differences(out, check)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
