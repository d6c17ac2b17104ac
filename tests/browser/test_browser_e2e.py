"""End to end in a real browser: the dashboard on the demo municipality's serving copy.

Starts `streamlit run` on a free port, drives Debian's chromium with Playwright, opens every
page, opens a buurt's profile from the overview (by clicking the buurt's shape on the map),
downloads the CSV of the overview table and the profile PDF, and saves
screenshots under tests/artifacts/ (git-ignored). The workspace: a note, a signal raised and
closed, an action, the meeting's agenda (written to an application database of its own).
"""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import duckdb
import pytest

from bench.app_server import CHROMIUM
from dashboards.formatting import format_month
from tests.browser.helpers import choose_option as _choose_option
from tests.browser.helpers import download_button as _download_button
from tests.browser.helpers import shot as _shot
from tests.browser.helpers import wait_ready as _wait_ready

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium not installed")
# A write's confirmation: generous, because on a loaded 2-core machine the server shares the
# CPU with dbt builds in the other test worker (a cap on waiting, not a timing assertion)
WRITE_TIMEOUT = 120_000


def _serving(demo_pipeline) -> str:
    return str(demo_pipeline / "serving" / "wijkwijs.duckdb")


MAP = "[data-testid='stVegaLiteChart']"
# Vega-Lite draws each area as an SVG path with its description as aria-label
SHAPES = f"{MAP} path[aria-roledescription='geoshape']"


def _point_inside(shape) -> tuple[float, float]:
    """A point (page pixels) where a click lands on `shape` itself: a grid over its box,
    the point in its fill and on top nearest the middle of those points."""
    return tuple(
        shape.evaluate(
            """(path) => {
              const box = path.getBBox(), ctm = path.getScreenCTM(), pts = [];
              for (let i = 1; i < 24; i++) for (let j = 1; j < 24; j++) {
                const x = box.x + box.width * i / 24, y = box.y + box.height * j / 24;
                if (!path.isPointInFill(new DOMPoint(x, y))) continue;
                const p = new DOMPoint(x, y).matrixTransform(ctm);
                if (document.elementFromPoint(p.x, p.y) === path) pts.push([p.x, p.y]);
              }
              const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
              const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
              pts.sort((a, b) => Math.hypot(a[0] - mx, a[1] - my)
                                 - Math.hypot(b[0] - mx, b[1] - my));
              return pts[0];
            }"""
        )
    )


def test_every_page_the_map_click_and_the_exports(app_url, page, demo_pipeline):
    started = time.monotonic()
    with duckdb.connect(_serving(demo_pipeline), read_only=True) as con:
        period, year = con.execute(
            "select max(period), max(boundary_year) from area_clients_monthly where domain = 'wmo'"
        ).fetchone()
        # a buurt with a number in the default view and a boundary, and its name
        code, name, clients = con.execute(
            "select a.area_code, a.area_name, f.clients "
            "from areas a join area_map_geometry g using (boundary_year, area_level, area_code) "
            "join area_clients_monthly f on f.area_code = a.area_code "
            "and f.area_level = 'buurt' and f.period = ? and f.domain = 'wmo' "
            "and f.category = 'huishoudelijke_hulp' and f.clients_state = 'number' "
            "where a.area_level = 'buurt' and a.boundary_year = ? and not a.is_water "
            "order by a.residents_total desc limit 1",
            [period, year],
        ).fetchone()

    # --- Overzicht ------------------------------------------------------------------------
    page.goto(f"{app_url}/")  # the default page lives at the root
    _wait_ready(page, "Legenda")
    # the boundaries come from a static file; the shape of every buurt is drawn
    page.locator(SHAPES).first.wait_for(timeout=30_000)
    with duckdb.connect(_serving(demo_pipeline), read_only=True) as con:
        (n_buurten,) = con.execute(
            "select count(*) from areas a join area_map_geometry g "
            "using (boundary_year, area_level, area_code) "
            "where a.area_level = 'buurt' and a.boundary_year = ? and not a.is_water",
            [year],
        ).fetchone()
    assert page.locator(SHAPES).count() == n_buurten
    page.wait_for_timeout(500)
    _shot(page, "overzicht")
    assert "wmo" in page.url and "periode=" in page.url  # the selection is in the URL

    # the CSV behind the table equals the serving copy for this buurt
    with page.expect_download(timeout=30_000) as download:
        _download_button(page, "CSV").click()
    rows = list(
        csv.DictReader(
            io.StringIO(Path(download.value.path()).read_text("utf-8-sig")), delimiter=";"
        )
    )
    by_code = {r["Code"]: r for r in rows}
    assert by_code[code]["Aantal cliënten"] == str(clients)  # a number, no thousands separator
    assert not any(r["Aantal cliënten"] in ("", "0") and r["Status"] != "getal" for r in rows)
    assert {r["Periode"] for r in rows} == {format_month(period)}  # what the table is, per row
    expected = f"{clients:,}".replace(",", ".")

    # hover the buurt: a Dutch tooltip with its figure; click it: its profile opens
    shape = page.locator(f"{SHAPES}[aria-label*='({code})']")
    assert shape.count() == 1
    x, y = _point_inside(shape)
    page.mouse.move(x, y)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=10_000)
    text = " ".join(tooltip.inner_text().split())
    # name, figure with its unit, and the month (in the value's title)
    assert text == f"Buurt {name} Aantal cliënten, {format_month(period)} {expected} cliënten"
    page.mouse.click(x, y)
    page.wait_for_url("**/buurtprofiel?gebied=*", timeout=30_000)
    assert f"gebied={code}" in page.url
    _wait_ready(page, "Ontwikkeling per maand")
    assert page.get_by_role("heading", name=name).first.is_visible()
    page.wait_for_timeout(1000)
    _shot(page, "buurtprofiel")

    # the printable profile
    with page.expect_download(timeout=60_000) as download:
        _download_button(page, "Profiel als PDF").click()
    pdf = Path(download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF-") and len(pdf) > 5_000
    assert download.value.suggested_filename.endswith(".pdf")

    # --- the other pages --------------------------------------------------------------------
    for path, text in (
        ("integrale-blik", "op druk in meer domeinen"),
        ("vergelijken", "Cliënten per 1.000 inwoners"),
        ("datastatus", "Per bron"),
        ("jongereninbreng", "Plangebied"),
    ):
        page.goto(f"{app_url}/{path}")
        _wait_ready(page, text)
        assert not page.locator("[data-testid='stException']").count(), path
        _shot(page, path)
    elapsed = time.monotonic() - started
    print(f"browser test: {elapsed:.1f} s")


def _press(page, button, done: str, written=lambda: False) -> None:
    """Press a form's button and wait for the page's confirmation. The field typed in last is
    left first: its 'press Enter to submit' hint goes on blur, and a click that blurs it can
    land where the button was. Loaded CI runs still lost a press now and then (the form
    filled, nothing written, the page idle): then it is pressed once more, unless `written`
    says the application database already holds the write, so nothing is written twice."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.wait_for_timeout(300)
    button.click()
    try:
        _wait_ready(page, done, timeout=WRITE_TIMEOUT // 4)
    except AssertionError:
        running = page.evaluate(
            "() => (document.querySelector('[data-testid=\"stStatusWidget\"]')?.innerText"
            " || '').includes('Running')")
        if written() or running:  # the press arrived: wait for it, never press twice
            _wait_ready(page, done, timeout=WRITE_TIMEOUT)
            return
        button.click()
        _wait_ready(page, done, timeout=WRITE_TIMEOUT)


def _submit(page, label: str, done: str, written=lambda: False) -> None:
    """Press the form button labelled `label` (see _press)."""
    _press(page, page.get_by_role("button", name=label, exact=True).first, done, written)


def _field(page, label: str):
    """A text input or text area by its label."""
    return page.locator(f"textarea[aria-label='{label}'], input[aria-label='{label}']").first


def test_the_workspace_write_a_note_raise_and_close_a_signal_add_an_action_agenda(
        app_url, page, app_db_file):
    """Issue 18.7: a note, a signal from open to solved, an action, the meeting's agenda; each
    write checked in the application database."""
    import sqlite3

    def rows(sql: str) -> list[tuple]:
        with sqlite3.connect(app_db_file) as con:
            return con.execute(sql).fetchall()

    # --- a note, scrubbed, with what was removed shown to the writer -------------------------
    page.goto(f"{app_url}/duiding?gebied=WK999901")
    _wait_ready(page, "Nieuwe duiding schrijven")
    _field(page, "Duiding").fill(
        "Na een melding via 06-12345678 bleek: de stijging in juni komt door de nieuwe "
        "aanbieder.")
    _submit(page, "Duiding opslaan", "Duiding opgeslagen.",
            lambda: rows("select count(*) from notes") != [(0,)])
    assert page.get_by_text("'06-12345678' → telefoonnummer", exact=False).first.is_visible()
    assert rows("select area_code, text from notes") == [(
        "WK999901", "Na een melding via [telefoonnummer] bleek: de stijging in juni komt door "
        "de nieuwe aanbieder.")]
    _shot(page, "duiding")

    # --- a signal: raised, discussed, solved -------------------------------------------------
    page.goto(f"{app_url}/signalen")
    _wait_ready(page, "Signalen per kwartaal en domein")
    page.get_by_text("Nieuw signaal melden").click()
    _field(page, "Korte titel").fill("Herindicatie hulpmiddel duurt tien weken")
    _choose_option(page, "Domein(en)", "Wmo")
    _field(page, "Wat gebeurde er?").fill(
        "Een vervolgindicatie vroeg de hele aanvraag opnieuw terwijl er niets veranderde.")
    _field(page, "Tijdelijke oplossing").fill("Leenrolstoel via de wijkcoach.")
    _submit(page, "Signaal melden", "Signaal gemeld.",
            lambda: rows("select count(*) from signals") != [(0,)])
    ((signal_id, status),) = rows("select id, status from signals")
    assert status == "open"
    assert rows(f"select domain from signal_domains where signal_id = {signal_id}") == [("wmo",)]
    for step in ("Besproken", "Opgelost"):
        page.get_by_text("Herindicatie hulpmiddel duurt tien weken").first.click()
        form = page.locator("[data-testid='stForm']").filter(has_text="Volgende stap").first
        form.get_by_text(step, exact=True).click()
        events = rows("select count(*) from signal_events")
        _press(page, form.get_by_role("button", name="Status bijwerken"),
               f"Signaal staat nu op {step}.",
               lambda events=events: rows("select count(*) from signal_events") != events)
    assert rows(f"select status_to from signal_events where signal_id = {signal_id} "
                "order by id") == [("open",), ("besproken",), ("opgelost",)]
    _shot(page, "signalen")

    # --- an action ---------------------------------------------------------------------------
    page.goto(f"{app_url}/afspraken?gebied=WK999901")
    _wait_ready(page, "Nieuwe afspraak")
    page.get_by_text("Nieuwe afspraak").click()
    _field(page, "Wat is afgesproken?").fill(
        "Met de aanbieder de instroom bespreken (dossier 4471233)")
    _field(page, "Wie (functie of team)").fill("Wijkcoach Wmo")
    # a long number could be a case's or a person's: the writer is asked, and confirms
    _submit(page, "Afspraak opslaan", "Ik heb de tekst gecontroleerd")
    assert rows("select count(*) from actions") == [(0,)]
    page.get_by_text("Ik heb de tekst gecontroleerd", exact=False).first.click()
    _submit(page, "Afspraak opslaan", "Afspraak opgeslagen.",
            lambda: rows("select count(*) from actions") != [(0,)])
    assert rows("select text, owner, status from actions") == [
        ("Met de aanbieder de instroom bespreken (dossier 4471233)", "Wijkcoach Wmo", "open")]

    # --- the meeting and its agenda ---------------------------------------------------------
    page.goto(f"{app_url}/teamoverleg?gebied=WK999901")
    _wait_ready(page, "5. Duiding van de periode")
    # the action is due before the next meeting: a table (drawn on a canvas), not the
    # empty-state text
    assert not page.get_by_text("Geen afspraken die aflopen.").count()
    _shot(page, "teamoverleg")
    with page.expect_download(timeout=60_000) as download:
        _download_button(page, "Agenda als PDF").click()
    pdf = Path(download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF-") and len(pdf) > 2_000
    assert download.value.suggested_filename.endswith(".pdf")
    assert [a for (a,) in rows("select action from audit_log order by id")] == [
        "note.create", "signal.raise", "signal.status", "signal.status", "action.create"]
