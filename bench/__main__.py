"""`python -m bench [--workload demo|city|national|all] [--runs N]` (`make bench WORKLOAD=city`).

Generates the workload under bench/out/<workload>/ (git-ignored; kept between runs when the
spec is unchanged), measures it (bench/run.py) and rewrites docs/benchmarks.md from every result
stored in bench/out/results.json, so a subset run updates only its own rows.
"""

from __future__ import annotations

import argparse
import sys

from bench.run import DEFAULT_RUNS, OUT, bench_fixed, bench_workload, load_results, save_results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--workload", choices=["demo", "city", "national", "all"], default="all")
    parser.add_argument("--runs", type=int, default=None,
                        help="runs per measurement (default: demo 3, city 2, national 1)")
    parser.add_argument("--months", type=int, default=None,
                        help="months of case files for city/national (default 120); a reduced "
                             "national run is labelled as such in the report")
    parser.add_argument("--skip", default="",
                        help="comma-separated parts to skip: full,incremental,nothing,baselines,"
                             "dashboard,browser,fixed")
    args = parser.parse_args(argv)
    skip = {s for s in args.skip.split(",") if s}
    names = ["demo", "city", "national"] if args.workload == "all" else [args.workload]
    results = load_results()
    if "fixed" not in skip:
        results["fixed"] = bench_fixed(args.runs or 3)
        save_results(results)
    for name in names:
        runs = args.runs or DEFAULT_RUNS[name]
        def save(res, name=name):
            results.setdefault("workloads", {})[name] = res
            save_results(results)

        results.setdefault("workloads", {})[name] = bench_workload(
            name, runs, args.months, skip, previous=results.get("workloads", {}).get(name),
            save=save)
        save_results(results)
    from bench.report import write_report

    path = write_report(results)
    print(f"{path} written; raw results in {OUT / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
