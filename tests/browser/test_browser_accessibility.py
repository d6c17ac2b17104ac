"""Every page and state in a real browser: WCAG 2.1 AA by axe-core, Dutch as the page's
language, keyboard access, and no request to another host (issue 19.4 and 19.5).

axe-core comes from npm (tests/browser/package.json, installed by `make setup-test`) and is
injected into each page by Playwright; a serious or critical violation fails the test with the
rule, its help text and where it was found. The `page` fixture (conftest.py) records every
request: one to a host other than the app's own fails the test. What axe cannot judge (a map's
meaning, the order of a screen reader) is in docs/accessibility.md.
"""

from __future__ import annotations

import json

import duckdb
import pytest

from tests.browser.helpers import ROOT, shot, wait_ready

AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}

pytestmark = pytest.mark.skipif(
    not AXE.exists(), reason="axe-core not installed (make setup-test runs npm ci)"
)


def axe_violations(page) -> list[dict]:
    """The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async (tags) => {
             const r = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                                resultTypes: ['violations']});
             return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
               nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — '
                                              + (n.failureSummary || '').slice(0, 300))}));
           }""",
        WCAG_TAGS,
    )
    return [v for v in result if v["impact"] in BLOCKING]


def check_page(page, name: str) -> None:
    """The checks every page and state must pass: Dutch, no Python error, axe clean."""
    assert page.evaluate("document.documentElement.lang") == "nl", name
    assert not page.locator("[data-testid='stException']").count(), name
    violations = axe_violations(page)
    assert violations == [], f"{name}: " + json.dumps(violations, ensure_ascii=False, indent=1)
    shot(page, f"a11y-{name}")


def _serving(demo_pipeline) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(demo_pipeline / "serving" / "wijkwijs.duckdb"), read_only=True)


def test_every_page_is_dutch_accessible_and_stays_on_this_computer(app_url, page,
                                                                    demo_pipeline):
    with _serving(demo_pipeline) as con:
        (water,) = con.execute(
            "select area_code from areas where area_level = 'buurt' and is_water limit 1"
        ).fetchone() or (None,)
    states = [
        ("overzicht", "/", "Legenda"),
        ("overzicht-alias", "/overzicht?domein=jeugd", "Legenda"),
        ("overzicht-verandering", "/?indicator=verandering&niveau=wijk", "Legenda"),
        ("overzicht-verandering-maand", "/?indicator=verandering-maand", "Waar stijgt het?"),
        ("overzicht-index", "/?indicator=index", "Kleuren rond 100"),
        ("buurtprofiel", "/buurtprofiel", "Ontwikkeling per maand"),
        ("integrale-blik", "/integrale-blik", "op druk in meer domeinen"),
        ("vergelijken", "/vergelijken", "Cliënten per 1.000 inwoners"),
        ("datastatus", "/datastatus", "Per bron"),
        ("jongereninbreng", "/jongereninbreng", "Plangebied"),
        ("beoordelen", "/beoordelen", "Beoordelen"),
        ("teamoverleg", "/teamoverleg", "Teamoverleg"),
        ("duiding", "/duiding", "Duiding"),
        ("signalen", "/signalen", "Signalen"),
        ("afspraken", "/afspraken", "Afspraken"),
        ("niet-gevonden", "/bestaat-niet", "Pagina niet gevonden"),
    ]
    if water is not None:
        states.append(("water", f"/buurtprofiel?gebied={water}", "water"))
    for name, path, text in states:
        page.goto(f"{app_url}{path}")
        wait_ready(page, text, timeout=90_000)
        check_page(page, name)
    # the default page by its menu name opens the default page, with the link's choices
    page.goto(f"{app_url}/overzicht?domein=jeugd")
    wait_ready(page, "Legenda", timeout=90_000)
    assert "domein=jeugd" in page.url
    assert not page.get_by_text("Page not found").count()


def test_every_control_of_the_overview_is_reached_with_the_keyboard(app_url, page):
    page.goto(f"{app_url}/")
    wait_ready(page, "Legenda", timeout=90_000)
    # start from the top of the document (Streamlit's body is no click target of its own)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    reached = []
    for _ in range(80):
        page.keyboard.press("Tab")
        reached.append(page.evaluate(
            """() => { const e = document.activeElement;
                       return [e.tagName, e.getAttribute('aria-label') || '',
                               (e.innerText || '').slice(0, 40),
                               e.closest('[data-testid="stDownloadButton"]')
                                 ? 'stDownloadButton'
                                 : e.closest('[data-testid]')?.getAttribute('data-testid') || ''];
                     }"""))
    labels = " | ".join(" ".join(r) for r in reached)
    for control in ("Domein", "Categorie", "Indicator", "Periode", "Niveau"):
        assert control in labels, f"{control} not reached: {labels}"
    testids = {r[3] for r in reached}
    # the table under the map (its keyboard-usable alternative) and the downloads
    # (Streamlit's table is a glide data grid: its focusable part is the grid's canvas)
    assert "data-grid-canvas" in testids or "stDataFrame" in testids, labels
    assert any(r[3] == "stDownloadButton" for r in reached), labels


def test_a_plan_area_on_the_youth_page_is_accessible(app_url, page):
    """The youth page's state with a plan area: the planner's map, its legend and chart."""
    page.goto(f"{app_url}/jongereninbreng")
    wait_ready(page, "Plangebied", timeout=90_000)
    box = page.locator("[data-testid='stMultiSelect'] input").first
    box.click()
    box.fill("hele wijk")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    wait_ready(page, "Ontwikkeling per kwartaal", timeout=90_000)
    check_page(page, "jongereninbreng-plangebied")


README_IMAGES = ROOT / "docs" / "img"
SHAPES = "[data-testid='stVegaLiteChart'] path[aria-roledescription='geoshape']"


def test_the_readme_pictures_show_the_change_map_and_the_profile_trends(app_url, page):
    """The README's pictures are taken here (issue 19.6): the map of the change since a year
    earlier and the profile with its change table and trends. Written to docs/img only when
    WIJKWIJS_README_IMAGES=1 (`make readme-images`), so a test run leaves the tree clean."""
    import os

    write = os.environ.get("WIJKWIJS_README_IMAGES") == "1"
    page.set_viewport_size({"width": 1440, "height": 1100})
    page.goto(f"{app_url}/?indicator=verandering&domein=wmo")
    wait_ready(page, "Waar stijgt het?", timeout=90_000)
    page.locator(SHAPES).first.wait_for(timeout=30_000)  # the map is drawn
    page.wait_for_timeout(1000)
    change_map = shot(page, "readme-overzicht-verandering")
    page.goto(f"{app_url}/buurtprofiel")
    wait_ready(page, "Ontwikkeling per maand", timeout=90_000)
    # the change table at the top of the picture, the trends under it
    page.get_by_role("heading", name="Wat veranderde").first.evaluate(
        "e => e.scrollIntoView({block: 'start'})")
    page.locator("[data-testid='stVegaLiteChart']").first.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    trends = shot(page, "readme-buurtprofiel")
    for path in (change_map, trends):
        assert path.stat().st_size > 50_000, path  # a page with a map or charts, not a blank
    if write:
        README_IMAGES.mkdir(parents=True, exist_ok=True)
        for path, name in ((change_map, "overzicht.png"), (trends, "buurtprofiel.png")):
            (README_IMAGES / name).write_bytes(path.read_bytes())
