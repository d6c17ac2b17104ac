"""Login, the current user's role, and the export audit log.

- With an `[auth]` section in `.streamlit/secrets.toml` the app asks for a login through
  OpenID Connect (Streamlit's `st.login`, e.g. Microsoft Entra ID) and takes the role from the
  `[access]` section (`wijkwijs.access.resolve_access`). A user without a role sees nothing.
- Without `[auth]` the app runs open for local use as `analyst` and says so in the sidebar.

`current_access()` is what `dashboards/queries.py` asks before it returns rows; tests and the
load test set the role explicitly with `use_access(...)`.

Exports are logged (who, what, when — never a figure) to `data/logs/exports.log` (JSON lines)
and to the Python logger `wijkwijs.audit`. See docs/security.md.
"""

from __future__ import annotations

import contextvars
import getpass
import json
import logging
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import streamlit as st

from wijkwijs.access import Access, open_access, resolve_access
from wijkwijs.config import paths

AUDIT_LOGGER = logging.getLogger("wijkwijs.audit")
EXPORT_LOG_NAME = "exports.log"
OPEN_MODE_NOTICE = (
    "Open modus: er is geen inlog ingesteld. Iedereen die deze pagina kan openen ziet alle "
    "cijfers als analist. Alleen bedoeld voor gebruik op de eigen computer; zie "
    "docs/security.md om inloggen in te stellen."
)
NO_ROLE_MESSAGE = (
    "U bent ingelogd, maar uw account heeft geen rol in wijkwijs. Vraag de beheerder "
    "(team Onderzoek & Statistiek) om toegang."
)
NOT_LOGGED_IN_MESSAGE = "Log in om de cijfers te zien."

_override: contextvars.ContextVar[Access | None] = contextvars.ContextVar(
    "wijkwijs_access", default=None
)
_log_lock = threading.Lock()


def _secret_section(name: str) -> Mapping:
    """One section of st.secrets as a plain mapping; empty when there are no secrets."""
    try:
        section = st.secrets.get(name)  # st.secrets looked up at call time (AppTest swaps it)
    except Exception:  # no secrets.toml at all, or an unreadable one
        return {}
    if not section:
        return {}
    return section.to_dict() if hasattr(section, "to_dict") else dict(section)


def auth_configured() -> bool:
    """True when `[auth]` is in secrets.toml: then a login is required."""
    return bool(_secret_section("auth"))


def login_provider() -> str | None:
    """The named provider of `[auth.<name>]` to log in with, or None for a plain `[auth]`."""
    auth = _secret_section("auth")
    chosen = _secret_section("access").get("provider")
    if chosen:
        return str(chosen)
    named = [k for k, v in auth.items() if isinstance(v, Mapping)]
    return named[0] if len(named) == 1 and "client_id" not in auth else None


def login_supported() -> bool:
    """st.login needs Authlib (the `streamlit[auth]` extra)."""
    try:
        from streamlit.auth_util import is_authlib_installed

        return bool(is_authlib_installed())
    except Exception:
        return False


def _user_claims() -> dict:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    if get_script_run_ctx() is None:
        return {}
    try:
        return dict(st.user.to_dict())
    except Exception:
        return {}


def is_logged_in() -> bool:
    return bool(_user_claims().get("is_logged_in"))


def current_access() -> Access | None:
    """The Access of whoever runs this script, or None (not logged in, or no role).

    Order: an explicit `use_access` (tests, load test); open mode when `[auth]` is not
    configured; else the logged-in user's claims under the `[access]` rules.
    """
    forced = _override.get()
    if forced is not None:
        return forced
    if not auth_configured():
        try:
            user = getpass.getuser()
        except Exception:
            user = "lokaal"
        return open_access(f"lokaal:{user}")
    claims = _user_claims()
    if not claims.get("is_logged_in"):
        return None
    return resolve_access(claims, _secret_section("access"))


def require_access() -> Access:
    access = current_access()
    if access is None:
        raise PermissionError(
            NOT_LOGGED_IN_MESSAGE if not is_logged_in() else NO_ROLE_MESSAGE
        )
    return access


@contextmanager
def use_access(access: Access | None) -> Iterator[Access | None]:
    """Run the block as `access`: one page run of the app, a test, the load test."""
    token = _override.set(access)
    try:
        yield access
    finally:
        _override.reset(token)


# --- audit log of exports ---------------------------------------------------------------------


def export_log_path() -> Path:
    return paths().data / "logs" / EXPORT_LOG_NAME


def _one_line(text: str, limit: int = 200) -> str:
    return " ".join(str(text).split())[:limit]


def log_export(what: str, fmt: str) -> dict:
    """Record that the current user exported `what` as `fmt`: who, what, when — no figures.

    `what` is a title or file name (area and indicator names, never cell values).
    """
    access = current_access()
    entry = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "user": access.user_id if access else "onbekend",
        "role": access.role if access else None,
        "what": _one_line(what),
        "format": fmt,
    }
    AUDIT_LOGGER.info("export %s", json.dumps(entry, ensure_ascii=False))
    try:
        target = export_log_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        with _log_lock, target.open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    except OSError:  # a read-only data folder must not break a download; the logger has it
        AUDIT_LOGGER.warning("export log %s not writable", export_log_path())
    return entry
