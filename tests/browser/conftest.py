"""The browser tests' shared fixtures: one app on the demo municipality's serving copy per
module, Debian's Chromium, and a page that records every request it makes.

No page may make a request to a host other than the app's own (issue 19.4): icons, fonts,
scripts, tiles. Every request of a page is recorded, one to any other host is stopped in the
browser and fails the test that made it (at teardown, with the addresses).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bench.app_server import CHROMIUM, launch_chromium, running_app
from tests.browser.helpers import SERVER_LOG

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
OWN_SCHEMES = {"data", "blob", "about"}


def is_outside(url: str) -> bool:
    """True for a request that leaves this computer (anything but the loopback app)."""
    parts = urlsplit(url)
    return parts.scheme not in OWN_SCHEMES and parts.hostname not in LOOPBACK


@pytest.fixture(scope="module")
def app_db_file(tmp_path_factory) -> Path:
    """The application database of this app run: outside demo_pipeline, which stays read-only."""
    return tmp_path_factory.mktemp("appdb") / "app.sqlite"


@pytest.fixture(scope="module")
def app_url(demo_pipeline, tmp_path_factory, app_db_file):
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed")
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    SERVER_LOG.append(log)
    before = os.environ.get("WIJKWIJS_APP_DB")
    os.environ["WIJKWIJS_APP_DB"] = f"sqlite:///{app_db_file}"  # the server's environment
    try:
        with running_app(demo_pipeline, log, timeout=60) as url:
            yield url
    finally:
        if before is None:
            os.environ.pop("WIJKWIJS_APP_DB", None)
        else:
            os.environ["WIJKWIJS_APP_DB"] = before


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def outside_requests() -> list[str]:
    """Every request to another host that a page of this test tried (filled by `page`)."""
    return []


@pytest.fixture
def page(browser, outside_requests):
    context = browser.new_context(
        viewport={"width": 1440, "height": 1900}, accept_downloads=True, locale="nl-NL"
    )

    def record(route):
        outside_requests.append(route.request.url)
        route.abort()

    # every request passes here: one to another host is recorded and never leaves
    context.route(lambda url: is_outside(url), record)
    pg = context.new_page()
    yield pg
    context.close()
    assert outside_requests == [], f"requests to another host: {sorted(set(outside_requests))}"
