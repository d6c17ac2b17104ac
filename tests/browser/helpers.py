"""Small helpers of the browser tests: wait for a page, find a download, take a screenshot."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"


def wait_ready(page, text: str, timeout: float = 45_000) -> None:
    """Until `text` is on screen and Streamlit has stopped running the script."""
    page.get_by_text(text, exact=False).first.wait_for(timeout=timeout)
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
