"""The app fails closed at start-up: a login configuration that cannot be used shows why, in
Dutch and English, and registers no page; nothing is read from the serving copy."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit
from streamlit import config as st_config
from streamlit.runtime.secrets import Secrets
from streamlit.testing.v1 import AppTest

from dashboards import auth, client_queries
from wijkwijs.access_policy import LoginConfigError

APP = Path(__file__).resolve().parents[2] / "dashboards" / "streamlit_app.py"
TENANT = "9d3c7a52-1f0e-4c6b-8a41-2b7e5d90c1aa"
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "k" * 48,
        "client_id": "id", "client_secret": "s" * 20,
        "server_metadata_url": "https://login.example/.well-known/openid-configuration"}


@pytest.fixture
def closed(serving, monkeypatch):
    """A serving copy, and open mode not switched on."""
    monkeypatch.delenv("WIJKWIJS_OPEN_MODE", raising=False)


def option(key: str, value):
    """Set a Streamlit config option for one test (restored by the caller's finaliser)."""
    old = st_config.get_option(key)
    st_config.set_option(key, value)
    return old


@pytest.fixture
def secrets_file(tmp_path, monkeypatch, closed):
    """A real secrets.toml that Streamlit itself parses (st.secrets is a fresh Secrets)."""
    path = tmp_path / "secrets.toml"
    old = option("secrets.files", [str(path)])
    monkeypatch.setattr(streamlit, "secrets", Secrets())
    yield path
    st_config.set_option("secrets.files", old)


def run(secrets: dict | None = None, user: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    if secrets:
        at.secrets = secrets
    if user:
        at.user = user
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def assert_stopped(at: AppTest, *phrases: str) -> str:
    """The app shows only the configuration error (both languages), no page and no figure."""
    assert [t.value for t in at.title] == ["wijkwijs — sociaal domein per buurt"]
    assert len(at.error) == 1
    text = at.error[0].value
    assert "Inloggen is niet goed ingesteld" in text
    assert "The login configuration cannot be used" in text
    for phrase in phrases:
        assert phrase in text, text
    assert not at.header and not at.dataframe and not at.metric and not at.sidebar.warning
    for page in ("pages/overzicht.py", "pages/datastatus.py", "pages/jongereninbreng.py"):
        with pytest.raises(Exception, match="Could not find a navigation page"):
            at.switch_page(page).run()
    return text


def test_a_secrets_file_with_a_syntax_error_stops_the_app(secrets_file):
    secrets_file.write_text('[auth]\nredirect_uri = "https://x.example/oauth2callback"\n'
                            'cookie_secret = GEHEIM-zonder-aanhalingstekens\n', "utf-8")
    text = assert_stopped(run(), "niet te lezen als TOML", "cannot be read as TOML",
                          "line 3")
    assert "GEHEIM" not in text
    with pytest.raises(LoginConfigError):  # and the query layer reads nothing
        client_queries.latest_period()


def test_a_mistyped_auth_section_stops_the_app(closed):
    text = assert_stopped(
        run({"auht": AUTH, "access": {"tenant_id": TENANT, "users": {}}}),
        "onbekende sleutel 'auht'. Bedoelt u 'auth'?", "Did you mean 'auth'?")
    assert "kkkk" not in text  # the cookie secret


def test_an_incomplete_auth_section_stops_the_app(closed):
    incomplete = {k: v for k, v in AUTH.items() if k != "cookie_secret"}
    assert_stopped(run({"auth": incomplete, "access": {
        "tenant_id": TENANT, "users": {TENANT: {"role": "analyst"}}}}),
        "`[auth] cookie_secret`: ontbreekt", "`[auth] cookie_secret`: is missing")


def test_an_old_e_mail_keyed_configuration_says_what_to_change(closed):
    old = {"auth": AUTH, "access": {"users": {"a.analist@gemeente.nl": {"role": "analyst"}}}}
    text = assert_stopped(run(old, {"is_logged_in": True, "email": "a.analist@gemeente.nl"}),
                          "object-id", "object id", "docs/security.md")
    assert "a.analist@gemeente.nl" not in text


def test_no_configuration_without_the_open_mode_switch_stops_the_app(closed):
    assert_stopped(run(), "WIJKWIJS_OPEN_MODE=1", "open mode is not switched on")


def test_open_mode_and_a_login_together_stop_the_app(closed, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_OPEN_MODE", "1")
    assert_stopped(run({"auth": AUTH, "access": {"tenant_id": TENANT, "users": {
        TENANT: {"role": "analyst"}}}}), "Kies één", "Choose one")


def test_open_mode_without_a_listen_address_stops_the_app(closed, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_OPEN_MODE", "1")
    old = option("server.address", None)
    try:
        assert_stopped(run(), "--server.address 127.0.0.1")
    finally:
        st_config.set_option("server.address", old)


def test_open_mode_switched_on_runs_as_analyst_on_the_loopback_address(closed, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_OPEN_MODE", "1")
    assert st_config.get_option("server.address") == "127.0.0.1"  # .streamlit/config.toml
    at = run()
    assert not at.error and "Overzicht" in [h.value for h in at.header]
    assert auth.open_mode_notice() == auth.OPEN_MODE_NOTICE
    assert "Open modus" in at.sidebar.warning[0].value


def test_open_mode_told_to_listen_beyond_this_computer_says_so(closed, monkeypatch):
    monkeypatch.setenv("WIJKWIJS_OPEN_MODE", "1")
    old = option("server.address", "0.0.0.0")
    try:
        at = run()
    finally:
        st_config.set_option("server.address", old)
    notice = at.sidebar.warning[0].value
    assert notice.startswith("Open modus") and "luistert op 0.0.0.0" in notice


def test_the_check_before_a_start_refuses_what_the_app_refuses(closed, capsys, monkeypatch):
    assert auth.main(["--address", "127.0.0.1"]) == 2
    assert "open mode is not switched on" in capsys.readouterr().err
    monkeypatch.setenv("WIJKWIJS_OPEN_MODE", "1")
    assert auth.main(["--address", "127.0.0.1"]) == 0
    assert auth.main([]) == 2  # open mode without an address
    assert "--server.address 127.0.0.1" in capsys.readouterr().err
