"""Small helpers of the browser tests: wait for a page, find a download, take a screenshot."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"


SERVER_LOG: list[Path] = []  # the app server's log (conftest.app_url), quoted when a wait fails


def wait_ready(page, text: str, timeout: float = 45_000) -> None:
    """Until `text` is on screen and Streamlit has stopped running the script; a failed
    wait quotes what the page showed and the end of the server's log."""
    try:
        page.get_by_text(text, exact=False).first.wait_for(timeout=timeout)
    except Exception as exc:
        shot(page, "failed-waiting")  # what the page showed instead
        shown = page.locator("[data-testid='stMain']").inner_text(timeout=5_000)[:1500]
        log = SERVER_LOG[-1].read_text(errors="replace")[-1500:] if SERVER_LOG else ""
        raise AssertionError(f"waited for {text!r}; the page showed:\n{shown}\n"
                             f"server log:\n{log}") from exc
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText"
        ".includes('Running')",
        timeout=timeout,
    )
    page.wait_for_timeout(600)  # charts draw after the script ends


def download_button(page, label: str):
    """A st.download_button by its label (not the data frame's own toolbar button)."""
    return page.locator("[data-testid='stDownloadButton'] button").filter(has_text=label).first


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def choose_option(page, label: str, option: str, attempts: int = 4) -> None:
    """Add `option` to the multiselect labelled `label` and check that its chip shows.

    Under load the open list re-renders while it is clicked (the click lands on a detached
    option, or the list closes first), so the choice is tried again until the chip is there.
    No Escape afterwards: the list may already have closed, and the next field's
    click closes it anyway."""
    from playwright.sync_api import expect

    box = page.locator("[data-testid='stMultiSelect']").filter(has_text=label).first
    chip = box.locator(f"[data-tag][aria-label='{option}']").first  # the chosen value's tag
    for _ in range(attempts):
        if chip.count():
            return
        box.get_by_role("combobox").click()
        try:
            page.get_by_role("option", name=option, exact=True).click(timeout=20_000)
            expect(chip).to_be_attached(timeout=10_000)
            return
        except Exception:  # noqa: BLE001 - a detached or closed list: open it again
            continue
    shot(page, "failed-choosing")
    raise AssertionError(f"{option!r} could not be chosen in {label!r}; "
                         f"the field shows {box.inner_text(timeout=5_000)!r}")
