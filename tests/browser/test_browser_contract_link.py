"""A first run (nothing published yet) links to the data contract, and the link opens the
app's own page that shows it, with no request to another host (its own module and server)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest

from bench.app_server import CHROMIUM, running_app
from tests.browser.helpers import SERVER_LOG, wait_ready

LINK_TEXT = "het datacontract (Gegevenslevering)"


@pytest.fixture(scope="module")
def empty_app_url(tmp_path_factory):
    """The app on a data folder without any serving copy: the very first run."""
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed")
    data = tmp_path_factory.mktemp("empty_data")
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    SERVER_LOG.append(log)
    with running_app(data, log, timeout=60) as url:
        yield url


def test_first_run_link_opens_the_contract_page(empty_app_url, page):
    page.goto(f"{empty_app_url}/buurtprofiel")
    wait_ready(page, "Nog geen gegevens gepubliceerd")
    link = page.get_by_role("link", name=LINK_TEXT).first
    href = link.get_attribute("href")
    target = urljoin(page.url, href)
    assert target == f"{empty_app_url}/gegevenslevering"  # the app's own page, not GitHub
    if link.get_attribute("target") == "_blank":
        with page.context.expect_page() as opened:
            link.click()
        contract_page = opened.value
    else:
        link.click()
        contract_page = page
    wait_ready(contract_page, "Gegevenslevering: het datacontract")
    main = contract_page.locator("[data-testid='stMain']").inner_text()
    assert "bevolking.csv" in main and "data/reference/" in main
    assert "Data contract" in main and "Unique clients per domain" in main
    assert contract_page.url.rstrip("/").endswith("/gegevenslevering")
