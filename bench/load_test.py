"""Load test of the dashboard: N concurrent sessions against one `streamlit run`.

    python -m bench.load_test /tmp/demo-data [--sessions 50] [--duration 60] [--think 0.5 2]

Starts `streamlit run dashboards/streamlit_app.py` on a free loopback port with
WIJKWIJS_DATA_DIR pointing at the given data folder (it needs `serving/wijkwijs.duckdb`),
then runs N sessions for a bounded time. Each session is a websocket client that speaks
Streamlit's own protocol, as the browser does: it opens ws://127.0.0.1:PORT/_stcore/stream,
sends a BackMsg `rerun_script` for a page of the app (cycling through the pages) and times
until the ForwardMsg `script_finished`; then it waits a think time and asks for the next page.

What this measures, honestly: the server side of a page view — the script run with every
query, the cache, the serialisation of all elements and their transfer over loopback. It
does not measure the browser (rendering React, the pydeck map, Vega charts), nor static
files, nor the network between a user and the server. A Playwright run would include the
browser but 50 headless Chromiums do not fit on 2 cores next to the server.

Reported: p50/p95/max of the page times (all page views, and the first view of each session,
which fills the per-session state), page views per second, errors (connection failures,
timeouts, script runs with an exception element, or one that did not finish successfully),
and the server's peak memory. Printed, written as JSON to bench/out/load_test.json and kept in
bench/out/results.json, from which docs/benchmarks.md is rewritten (one section per think time).
Only loopback traffic; the server is stopped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench.app_server import REPO, free_port, start_server, stop_server, wait_healthy

DEFAULT_PAGES = ("overzicht", "buurtprofiel", "integrale-blik", "vergelijken", "datastatus")
PAGE_TIMEOUT = 60.0  # seconds for one page view before it counts as an error


def peak_rss_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


@dataclass
class View:
    session: int
    page: str
    seconds: float
    first: bool
    ok: bool
    error: str = ""


@dataclass
class Result:
    sessions: int
    duration_s: float
    think_s: tuple[float, float]
    pages: list[str]
    views: list[View] = field(default_factory=list)
    connect_errors: int = 0
    server_peak_rss_mib: float | None = None
    wall_s: float = 0.0


async def page_view(ws, page: str, proto) -> tuple[bool, str]:
    """One rerun of `page`; (finished successfully without an exception element, reason)."""
    back = proto.BackMsg()
    back.rerun_script.CopyFrom(proto.ClientState(query_string="", page_name=page))
    await ws.send(back.SerializeToString())
    exceptions = 0
    while True:
        data = await ws.recv()
        msg = proto.ForwardMsg()
        msg.ParseFromString(data)
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            if msg.delta.new_element.WhichOneof("type") == "exception":
                exceptions += 1
        elif kind == "script_finished":
            status = msg.script_finished
            if status == proto.ForwardMsg.FINISHED_SUCCESSFULLY:
                return (exceptions == 0, f"{exceptions} exception(s)" if exceptions else "")
            if status in (proto.ForwardMsg.FINISHED_EARLY_FOR_RERUN,):
                continue
            return False, f"script_finished status {status}"


async def session(i: int, port: int, result: Result, deadline: float, proto, ws_lib) -> None:
    rng = random.Random(i)
    pages = list(result.pages)
    rng.shuffle(pages)
    await asyncio.sleep(rng.uniform(0, min(5.0, result.duration_s / 4)))  # staggered arrival
    try:
        ws = await ws_lib.connect(
            f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"],
            max_size=None, open_timeout=30, ping_interval=None,
        )
    except Exception:
        result.connect_errors += 1
        return
    n = 0
    try:
        while time.monotonic() < deadline:
            page = pages[n % len(pages)]
            start = time.perf_counter()
            try:
                ok, why = await asyncio.wait_for(page_view(ws, page, proto), PAGE_TIMEOUT)
            except TimeoutError:
                ok, why = False, "timeout"
            except Exception as exc:  # connection closed and the like
                result.views.append(View(i, page, time.perf_counter() - start, n == 0, False,
                                         type(exc).__name__))
                return
            result.views.append(View(i, page, time.perf_counter() - start, n == 0, ok, why))
            n += 1
            await asyncio.sleep(rng.uniform(*result.think_s))
    finally:
        await ws.close()


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary(result: Result) -> dict:
    def stats(views: list[View]) -> dict:
        times = [v.seconds for v in views if v.ok]
        return {
            "views": len(views),
            "p50_s": percentile(times, 0.5), "p95_s": percentile(times, 0.95),
            "max_s": max(times) if times else None,
            "mean_s": statistics.fmean(times) if times else None,
        }

    errors = [v for v in result.views if not v.ok]
    per_page = {p: stats([v for v in result.views if v.page == p]) for p in result.pages}
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python "
                   f"{platform.python_version()}",
        "sessions": result.sessions, "duration_s": result.duration_s,
        "think_s": list(result.think_s), "wall_s": round(result.wall_s, 1),
        "all": stats(result.views),
        "first_view": stats([v for v in result.views if v.first]),
        "later_views": stats([v for v in result.views if not v.first]),
        "per_page": per_page,
        "views_per_s": round(len(result.views) / result.wall_s, 2) if result.wall_s else None,
        "errors": len(errors) + result.connect_errors,
        "connect_errors": result.connect_errors,
        "error_kinds": sorted({f"{v.page}: {v.error}" for v in errors})[:10],
        "server_peak_rss_mib": result.server_peak_rss_mib,
    }


def fmt(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds:.2f} s"


def markdown(s: dict, data_dir: Path) -> str:
    lines = [
        "",
        f"## Dashboard load test: {s['sessions']} sessions, {s['think_s'][0]:g}–"
        f"{s['think_s'][1]:g} s between clicks ({s['when'][:10]})",
        "",
        f"`python -m bench.load_test {data_dir} --sessions {s['sessions']} "
        f"--duration {s['duration_s']:g}`: {s['sessions']} concurrent sessions for "
        f"{s['duration_s']:g} s against one `streamlit run` on {s['machine']}; each session "
        "a websocket client speaking Streamlit's protocol (rerun a page, wait for "
        f"`script_finished`), think time {s['think_s'][0]:g}–{s['think_s'][1]:g} s. Server "
        "side only: no browser rendering.",
        "",
        "| views | p50 | p95 | max |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, key in (("all page views", "all"), ("first view per session", "first_view"),
                       ("later views", "later_views")):
        st = s[key]
        lines.append(f"| {label} ({st['views']}) | {fmt(st['p50_s'])} | {fmt(st['p95_s'])} "
                     f"| {fmt(st['max_s'])} |")
    for page, st in s["per_page"].items():
        lines.append(f"| page `{page}` ({st['views']}) | {fmt(st['p50_s'])} | "
                     f"{fmt(st['p95_s'])} | {fmt(st['max_s'])} |")
    lines += [
        "",
        f"Throughput {s['views_per_s']} page views/s; errors: {s['errors']} "
        f"({', '.join(s['error_kinds']) or 'none'}); server peak memory "
        f"{s['server_peak_rss_mib']:.0f} MiB." if s["server_peak_rss_mib"] else
        f"Throughput {s['views_per_s']} page views/s; errors: {s['errors']}.",
        "",
    ]
    return "\n".join(lines)


async def run_sessions(port: int, result: Result) -> None:
    import websockets
    from streamlit.proto import BackMsg_pb2, ClientState_pb2, ForwardMsg_pb2

    class proto:  # noqa: N801 - a namespace
        BackMsg = BackMsg_pb2.BackMsg
        ClientState = ClientState_pb2.ClientState
        ForwardMsg = ForwardMsg_pb2.ForwardMsg

    deadline = time.monotonic() + result.duration_s
    await asyncio.gather(*(session(i, port, result, deadline, proto, websockets)
                           for i in range(result.sessions)))


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="data folder with serving/wijkwijs.duckdb")
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds (max 600)")
    parser.add_argument("--think", type=float, nargs=2, default=(0.5, 2.0),
                        metavar=("MIN", "MAX"), help="seconds between page views")
    parser.add_argument("--pages", default=",".join(DEFAULT_PAGES))
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/")
    args = parser.parse_args(argv)
    data_dir = args.data_dir.resolve()
    if not (data_dir / "serving" / "wijkwijs.duckdb").exists():
        parser.error(f"no serving copy in {data_dir}/serving/")
    sessions = max(1, min(args.sessions, 500))
    duration = max(1.0, min(args.duration, 600.0))

    out_dir = REPO / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    proc = start_server(data_dir, port, out_dir / "load_test_server.log")
    result = Result(sessions, duration, tuple(args.think), args.pages.split(","))
    try:
        wait_healthy(port, proc)
        start = time.perf_counter()
        asyncio.run(run_sessions(port, result))
        result.wall_s = time.perf_counter() - start
        result.server_peak_rss_mib = peak_rss_mib(proc.pid)
    finally:
        stop_server(proc)

    s = summary(result)
    (out_dir / "load_test.json").write_text(
        json.dumps({**s, "views": [asdict(v) for v in result.views]}, indent=1))
    text = markdown(s, args.data_dir)
    print(text)
    if not args.no_docs:  # kept in bench/out/results.json, one section per think time
        from bench.report import write_report
        from bench.run import load_results, save_results

        results = load_results()
        label = f"{s['sessions']} sessions, think {s['think_s'][0]:g}-{s['think_s'][1]:g} s"
        results.setdefault("load_tests", {})[label] = {"summary": s, "markdown": text}
        save_results(results)
        print(f"{write_report(results)} written")
    return s


if __name__ == "__main__":
    main()
