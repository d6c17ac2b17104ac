"""A link to a page as the very first request to a fresh server (its own module, so its own
server): Streamlit would run that page's file on its own, old-style, because of the `pages/`
folder beside the entry point — no login gate, the file names as the menu — until someone
opened `/`. dashboards.chrome.leave_pages_directory_mode routes it through the entry point."""

from __future__ import annotations

from tests.browser.helpers import wait_ready


def test_a_deep_link_as_first_request_goes_through_the_entry_point(app_url, page):
    page.goto(f"{app_url}/vergelijken")
    wait_ready(page, "Kies twee tot vier buurten")
    # the entry point ran: its title, the open-mode notice and the menu of the role's pages
    assert page.get_by_text("wijkwijs — sociaal domein per buurt").count() == 1
    nav = page.locator("[data-testid='stSidebarNav']").inner_text()
    assert "Overzicht" in nav and "Buurtprofiel" in nav
    assert "streamlit app" not in nav and "integrale blik" not in nav  # no file names
    assert page.get_by_text("Open modus").count() == 1
