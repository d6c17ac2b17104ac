"""Dashboard timings on a workload's serving copy.

- `python -m bench.dashboard apptest <data_dir> <runs>`: server-side time (AppTest, the script
  run only) of each page's first render with cold caches, and of a selection change on the
  Overzicht (another month; another domain) and the Buurtprofiel (another buurt);
- `python -m bench.dashboard browser <data_dir> <runs>`: `streamlit run` on a free port and
  headless Debian chromium (Playwright): from navigation to the Overzicht map's area shapes
  drawn (its boundary file fetched and joined to the values) and the script finished ("time to
  interactive"); the first load is the cold one. Each load in a new browser profile, and then
  again in one profile that keeps its cache (a returning visitor).
Each prints one JSON line: {name: [seconds per run]}.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from bench.app_server import APP, launch_chromium, running_app

ROOT = Path(__file__).resolve().parents[1]
# the Overzicht map's areas (Vega-Lite geoshape marks, rendered as SVG paths)
MAP_SHAPES = ("[data-testid='stVegaLiteChart'] path[aria-roledescription='geoshape']"
              "[fill^='#']")
PAGES = ["overzicht", "buurtprofiel", "integrale_blik", "vergelijken", "datastatus",
         "jongereninbreng"]


def _clear_caches() -> None:
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _previous_month(key: str) -> str:
    year, month = int(key[:4]), int(key[5:])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


CHANGES = {  # widget key -> (label, the value to select given the current one)
    "sel_periode": ("month", _previous_month),
    "sel_categorie": ("category", lambda v: "begeleiding" if v != "begeleiding"
                      else "huishoudelijke_hulp"),
    "sel_indicator": ("indicator", lambda v: "per1000" if v != "per1000" else "aantal"),
}


def apptest(runs: int) -> dict[str, list[float]]:
    from streamlit.testing.v1 import AppTest

    out: dict[str, list[float]] = {}
    for _ in range(runs):
        for page in PAGES:
            _clear_caches()
            at = AppTest.from_file(str(APP), default_timeout=600)
            if page == "overzicht":
                out.setdefault(f"first render {page}", []).append(_timed(at.run))
            else:
                at.run()
                _clear_caches()
                at.switch_page(f"pages/{page}.py")
                out.setdefault(f"first render {page}", []).append(_timed(at.run))
            assert not at.exception, [e.value for e in at.exception]
            if page == "overzicht":
                for key, (label, pick) in CHANGES.items():
                    at = AppTest.from_file(str(APP), default_timeout=600)
                    at.run()  # warm: the change is measured, not the first render
                    box = at.selectbox(key=key)
                    box.select(pick(box.value))
                    out.setdefault(f"change {label} (overzicht)", []).append(_timed(at.run))
                    assert not at.exception, [e.value for e in at.exception]
            elif page == "buurtprofiel":
                box = at.selectbox(key="sel_gebied")  # another area of the same gemeente
                box.select_index(len(box.options) // 2)
                out.setdefault("change area (buurtprofiel)", []).append(_timed(at.run))
            assert not at.exception, [e.value for e in at.exception]
    return out


VIEW = {"viewport": {"width": 1440, "height": 1900}, "locale": "nl-NL"}


def _time_to_map(page, url: str) -> float:
    """Seconds from navigation to the map's areas drawn and the script finished."""
    t0 = time.perf_counter()
    page.goto(f"{url}/")
    # Vega draws every area as one SVG path, all in the same pass: the first filled path
    # means the boundary file is loaded and joined to the values
    page.locator(MAP_SHAPES).first.wait_for(state="visible", timeout=300_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText"
        ".includes('Running')", timeout=300_000)
    elapsed = time.perf_counter() - t0
    page.close()
    return elapsed


def browser(data_dir: Path, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    times: list[float] = []
    with running_app(data_dir, ROOT / "bench" / "out" / "dashboard_server.log") as url, \
            sync_playwright() as p:
        b = launch_chromium(p)
        for _ in range(runs):  # a new browser profile each time: nothing cached
            context = b.new_context(**VIEW)
            times.append(_time_to_map(context.new_page(), url))
            context.close()
        # a returning visitor (an area team every week): one profile whose cache holds
        # Streamlit's scripts and the boundary file after its first visit
        context = b.new_context(**VIEW)
        returning = [_time_to_map(context.new_page(), url) for _ in range(runs + 1)][1:]
        context.close()
        b.close()
    return {"map time to interactive (overzicht)": times,
            "map time to interactive, returning browser (overzicht)": returning}


def main() -> int:
    which, data_dir, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    os.environ["WIJKWIJS_DATA_DIR"] = str(data_dir)
    os.environ.pop("WIJKWIJS_WAREHOUSE", None)
    os.environ["WIJKWIJS_OPEN_MODE"] = "1"  # no login: the benchmark runs on this computer
    os.chdir(ROOT)
    result = apptest(runs) if which == "apptest" else browser(data_dir, runs)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
