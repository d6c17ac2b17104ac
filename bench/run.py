"""The measurements: full refresh, incremental month, baselines, fixed costs, dashboard."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench.app_server import CHROMIUM
from bench.measure import last_json, run_measured
from bench.workload import WORKLOADS, scaled, write_increment, write_workload
from wijkwijs.disclosure.rules import ENV as DISCLOSURE_RULES_ENV

DISCLOSURE_ENV = tuple(DISCLOSURE_RULES_ENV.values())

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PY = sys.executable
DEFAULT_RUNS = {"demo": 3, "city": 2, "national": 1}
# One disclosure key for the pipeline and the baselines, so their keyed choices (population
# rounding, secondary cells) are the same and their outputs can be compared row for row.
BENCH_KEY = "b5" * 32


def load_results() -> dict:
    path = OUT / "results.json"
    return json.loads(path.read_text()) if path.exists() else {}


def save_results(results: dict) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    results["machine"] = machine()
    (OUT / "results.json").write_text(json.dumps(results, indent=1, default=str))


def stats(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "n": len(values)} if values else {}


def machine() -> dict:
    import dbt.version
    import duckdb

    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    return {"cores": os.cpu_count(), "ram_gib": round(mem_kb / 1024**2, 1), "cpu": cpu,
            "python": platform.python_version(), "duckdb": duckdb.__version__,
            "dbt": str(dbt.version.installed), "os": platform.platform()}


def env_for(data_dir: Path) -> dict:
    env = {**os.environ, "WIJKWIJS_DATA_DIR": str(data_dir),
           "WIJKWIJS_WAREHOUSE": str(data_dir / "warehouse" / "wijkwijs.duckdb"),
           "PYTHONPATH": str(ROOT), "WIJKWIJS_DISCLOSURE_KEY": BENCH_KEY}
    env.pop("WIJKWIJS_GEMEENTE", None)
    for rule in DISCLOSURE_ENV:  # the default rules for both, whatever this shell says
        env.pop(rule, None)
    return env


def log(msg: str) -> None:
    print(f"[bench {datetime.now():%H:%M:%S}] {msg}", flush=True)


def pipeline(data_dir: Path, label: str) -> dict:
    """The real pipeline in a child process on data_dir; wall time, memory, step times."""
    logfile = data_dir.parent / f"{label}.log"
    m = run_measured([PY, "-m", "bench.pipeline_run"], env=env_for(data_dir), cwd=ROOT,
                     log=logfile)
    child = last_json(m.pop("stdout"))
    if m["rc"] != 0 or not child.get("success"):
        raise RuntimeError(f"pipeline failed ({label}), see {logfile}: {child.get('failure')}")
    log(f"{label}: {m['wall_s']:.1f} s, tree peak {m['tree_peak_mb']:.0f} MB, "
        f"steps {child['steps']}")
    return {**m, **child}


def source_dir(name: str, months: int | None) -> tuple[Path, dict]:
    """Generate the workload once; reuse it while its description is unchanged."""
    src = OUT / name / "source"
    if name == "demo":
        desc = {"name": "demo"}
    else:
        spec = scaled(WORKLOADS[name], months=months)
        desc = {"name": name, **{k: getattr(spec, k) for k in
                                 ("municipalities", "buurten", "months", "first_year",
                                  "boundary_year", "segment_m", "seed")}}
    marker = src / "workload.json"
    if marker.exists() and json.loads(marker.read_text()).get("spec") == desc:
        return src, json.loads(marker.read_text())
    shutil.rmtree(src, ignore_errors=True)
    log(f"generating {name} into {src}")
    import time

    t0 = time.perf_counter()
    if name == "demo":
        from wijkwijs.demo import write_demo

        s = write_demo(src)
        summary = {"municipalities": 1, "wijken": s.wijken, "buurten": s.buurten,
                   "case_rows": s.case_rows, "files": s.files_written, "months": 42}
    else:
        summary = write_workload(spec, src).as_dict()
    info = {"spec": desc, "summary": summary, "generate_s": time.perf_counter() - t0,
            "input_mb": sum(p.stat().st_size for p in src.rglob("*") if p.is_file()) / 1e6}
    marker.write_text(json.dumps(info, indent=1))
    log(f"generated {name}: {summary} in {info['generate_s']:.0f} s")
    return src, info


def fresh_copy(src: Path, dst: Path) -> Path:
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("workload.json"))
    return dst


def bench_workload(name: str, runs: int, months: int | None, skip: set[str],
                   previous: dict | None = None, save=lambda res: None) -> dict:
    """Every measurement of one workload; `save(res)` is called after each part, so an
    interrupted run keeps what it measured."""
    src, info = source_dir(name, months)
    res = dict(previous or {}) if previous and previous.get("workload") == info else {}
    res.update({"workload": info, "runs": runs, "measured_at": datetime.now(UTC).isoformat()})
    work = OUT / name / "run"
    if "full" not in skip or not (work / "serving").exists():
        full = [pipeline(fresh_copy(src, work), f"{name}-full-{i}") for i in range(runs)]
        res["full"] = {"wall": stats([r["wall_s"] for r in full]),
                       "tree_peak_mb": max(r["tree_peak_mb"] for r in full),
                       "maxrss_mb": max(r["maxrss_mb"] for r in full),
                       "import": stats([r["import_s"] for r in full]),
                       "steps": {k: stats([r["steps"].get(k, 0.0) for r in full])
                                 for k in full[-1]["steps"]}}
    save(res)
    if "baselines" not in skip:
        res.update(mart_only(work, runs, name))
        save(res)
        for which in ("sql",):
            rows = []
            for _ in range(runs):
                out = OUT / name / f"baseline-{which}.{'duckdb' if which == 'sql' else 'parquet'}"
                m = run_measured([PY, "-m", "bench.baselines", which, str(src), str(out),
                                  "--check", str(work / "serving" / "wijkwijs.duckdb")],
                                 env=env_for(src), cwd=ROOT)
                child = last_json(m.pop("stdout"))
                if m["rc"] != 0:  # e.g. pandas killed for memory: the table says so
                    reason = ("killed by signal " + str(-m["rc"]) if m["rc"] < 0
                              else f"exit code {m['rc']}")
                    log(f"{name} baseline {which} failed: {reason}")
                    res[which] = {"failed": f"{reason} after {m['wall_s']:.0f} s",
                                  "tree_peak_mb": m["tree_peak_mb"]}
                    break
                log(f"{name} baseline {which}: {m['wall_s']:.1f} s, {child}")
                rows.append({**m, **child})
            else:
                res[which] = {"wall": stats([r["wall_s"] for r in rows]),
                              "tree_peak_mb": max(r["tree_peak_mb"] for r in rows),
                              "rows": rows[-1].get("rows"),
                              "differences": rows[-1].get("differences")}
            save(res)
    save(res)
    if "incremental" not in skip:
        inc = []
        for k in range(runs):
            if name == "demo":
                _demo_increment(src, work, k)
            else:
                write_increment(scaled(WORKLOADS[name], months=months), work, k)
            inc.append(pipeline(work, f"{name}-incremental-{k}"))
        res["incremental"] = {"wall": stats([r["wall_s"] for r in inc]),
                              "tree_peak_mb": max(r["tree_peak_mb"] for r in inc),
                              "steps": {k: stats([r["steps"].get(k, 0.0) for r in inc])
                                        for k in inc[-1]["steps"]}}
    save(res)
    if "nothing" not in skip:
        res["nothing_new"] = nothing_new(work, runs, name)
    save(res)
    if "dashboard" not in skip:
        m = run_measured([PY, "-m", "bench.dashboard", "apptest", str(work), str(runs)],
                         env=env_for(work), cwd=ROOT)
        if m["rc"] != 0:
            raise RuntimeError(f"dashboard timings failed on {name}:\n{m['stdout'][-3000:]}")
        res["apptest"] = {k: stats(v) for k, v in last_json(m["stdout"]).items()}
        log(f"{name} apptest: {res['apptest']}")
    save(res)
    if "browser" not in skip and Path(CHROMIUM).exists():
        m = run_measured([PY, "-m", "bench.dashboard", "browser", str(work), str(runs + 1)],
                         env=env_for(work), cwd=ROOT)
        if m["rc"] != 0:
            raise RuntimeError(f"browser timing failed on {name}:\n{m['stdout'][-3000:]}")
        fresh, returning = last_json(m["stdout"]).values()
        res["browser"] = {"cold": fresh[0], "warm": stats(fresh[1:]),
                          "returning": stats(returning)}
        log(f"{name} browser: {res['browser']}")
    return res


def mart_only(work: Path, runs: int, name: str) -> dict:
    """Our cost of area_clients_monthly alone, the work the SQL baseline does: the case files'
    ingest (its step time in the full refresh) plus `dbt run --select +area_clients_monthly`
    (wall time with dbt's start-up, no tests) on the full refresh's warehouse."""
    dbt = str(Path(PY).with_name("dbt"))
    walls = []
    for i in range(runs):
        # --full-refresh: the incremental models computed whole, as the baseline does
        m = run_measured([dbt, "run", "--quiet", "--profiles-dir", ".", "--full-refresh",
                          "--select", "+area_clients_monthly", "--target-path",
                          str(OUT / name / "dbt-target")],
                         env=env_for(work), cwd=ROOT / "dbt_project",
                         log=OUT / name / f"mart-only-{i}.log")
        if m["rc"] != 0:
            raise RuntimeError(f"dbt run of area_clients_monthly failed on {name}")
        walls.append(m["wall_s"])
    log(f"{name} mart only (dbt): {walls}")
    return {"mart_dbt": stats(walls)}


def nothing_new(work: Path, runs: int, name: str) -> dict:
    """`make pipeline` (`python -m orchestration.run`) again with nothing new since the last
    successful run: wall time, and proof that it left the warehouse and the serving copy
    alone (same inode, size and modification time)."""
    from orchestration.run import NOTHING_NEW

    files = [work / "warehouse" / "wijkwijs.duckdb", work / "serving" / "wijkwijs.duckdb"]

    def identity():
        return [(st.st_ino, st.st_size, st.st_mtime_ns) for st in map(os.stat, files)]

    before, walls = identity(), []
    for i in range(runs):
        m = run_measured([PY, "-m", "orchestration.run"], env=env_for(work), cwd=ROOT,
                         log=OUT / name / f"nothing-new-{i}.log")
        said = (OUT / name / f"nothing-new-{i}.log").read_text()
        if m["rc"] != 0 or NOTHING_NEW not in said:
            raise RuntimeError(f"the unchanged run on {name} did work:\n{said[-2000:]}")
        walls.append(m["wall_s"])
    untouched = identity() == before
    log(f"{name} nothing new: {walls}, warehouse and copy untouched: {untouched}")
    return {"wall": stats(walls), "untouched": untouched}


def _demo_increment(src: Path, work: Path, k: int) -> None:
    """The demo's next month: the last month's files, relabelled k+1 months later."""
    import pandas as pd

    from wijkwijs.demo.spec import CASE_FILE_FORMAT, MONTHS
    from wijkwijs.demo.writers import write_csv

    last = MONTHS[-1]
    year, month = int(last[:4]), int(last[5:]) + k + 1
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    new = f"{year}-{month:02d}"
    for domain, (sep, encoding) in CASE_FILE_FORMAT.items():
        frame = pd.read_csv(src / "inbox" / f"{domain}_{last}.csv", sep=sep, dtype=str,
                            keep_default_na=False, encoding="utf-8-sig")
        frame["periode"] = new
        frame["indelingsjaar"] = str(min(year, 2026))
        write_csv(frame, work / "inbox" / f"{domain}_{new}.csv", sep, encoding)


def bench_fixed(runs: int) -> dict:
    """Start-up costs: interpreter and imports, `dbt parse`, the pipeline on an empty inbox."""
    res: dict = {}
    src, _ = source_dir("demo", None)
    empty = OUT / "fixed" / "empty"
    imports = {"python -c pass": "pass",
               "import dagster": "import dagster",
               "import dbt.cli.main": "import dbt.cli.main",
               "import orchestration.pipeline": "import orchestration.pipeline",
               "import streamlit": "import streamlit"}
    for label, code in imports.items():
        res[label] = stats([run_measured([PY, "-c", code], env=env_for(empty), cwd=ROOT)["wall_s"]
                            for _ in range(runs)])
    target = OUT / "fixed" / "dbt-target"
    dbt = str(Path(PY).with_name("dbt"))
    walls = []
    for _ in range(runs):
        shutil.rmtree(target, ignore_errors=True)
        m = run_measured([dbt, "parse", "--quiet", "--profiles-dir", ".", "--target-path",
                          str(target), "--no-partial-parse"], env=env_for(empty),
                         cwd=ROOT / "dbt_project")
        walls.append(m["wall_s"])
    res["dbt parse"] = stats(walls)
    walls, steps = [], []
    for i in range(runs):
        fresh_copy(src, empty)
        shutil.rmtree(empty / "inbox")
        (empty / "inbox").mkdir()
        r = pipeline(empty, f"fixed-empty-{i}")
        walls.append(r["wall_s"])
        steps.append(r["steps"])
    res["pipeline, empty inbox (demo reference)"] = stats(walls)
    res["empty steps"] = {k: stats([s.get(k, 0.0) for s in steps]) for k in steps[-1]}
    log(f"fixed: {res}")
    return res
