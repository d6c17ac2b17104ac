"""Login, the current user's role, and the export audit log.

The login configuration (`[auth]` and `[access]` in `.streamlit/secrets.toml`, or open mode
switched on with `WIJKWIJS_OPEN_MODE=1`) is read by `wijkwijs.login_config`, which fails
closed: any problem raises LoginConfigError and the app shows that message and nothing else.

- With a login the app asks for it through OpenID Connect (Streamlit's `st.login`, e.g.
  Microsoft Entra ID) and takes the role from `[access]` (`wijkwijs.access.resolve_access`),
  matched on tenant + object id or issuer + sub. A user without a role sees nothing.
- In open mode (local use only: `make demo`) everyone is `analyst`, and the sidebar says so.

`current_access()` is what the query modules ask before they return rows; tests and the
load test set the role explicitly with `use_access(...)`.

Exports are logged (who, what, when — never a figure) to `data/logs/exports.log` (JSON lines)
and to the Python logger `wijkwijs.audit`. See docs/security.md.

`python -m dashboards.auth --address 127.0.0.1` checks the configuration before a start
(`make dashboard`): exit status 2 and the message when it cannot be used.
"""

from __future__ import annotations

import argparse
import contextvars
import getpass
import json
import logging
import os
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import streamlit as st

from wijkwijs.access import Access, open_access
from wijkwijs.access_policy import LoginConfigError, Problem, resolve_access
from wijkwijs.config import paths
from wijkwijs.login_config import LoginConfig, is_loopback, listen_problem, read_login_config

AUDIT_LOGGER = logging.getLogger("wijkwijs.audit")
LOGGER = logging.getLogger(__name__)
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
_logged_problems: set[str] = set()


def _read_secrets() -> Mapping | None:
    """The parsed secrets.toml (st.secrets, so AppTest can swap it), None when there is no
    secrets file at all; LoginConfigError when there is one that cannot be read."""
    try:
        return st.secrets.to_dict()  # looked up at call time: AppTest replaces st.secrets
    except Exception as exc:
        files = st.get_option("secrets.files") or []
        if not any(Path(f).exists() for f in files):
            return None
        # the parser's own words give the line and column, never the content
        cause = exc.__cause__ if exc.__cause__ is not None else exc
        detail = str(cause) if isinstance(cause, ValueError) else type(cause).__name__
        raise LoginConfigError([Problem(
            "secrets.toml", f"het bestand is niet te lezen als TOML ({detail}).",
            f"the file cannot be read as TOML ({detail}).")]) from exc


def login_config() -> LoginConfig:
    """The usable login configuration of this app, or LoginConfigError (logged once)."""
    try:
        config = read_login_config(_read_secrets(), os.environ)
        if config.open_mode:
            problem = listen_problem(st.get_option("server.address"))
            if problem is not None:
                raise LoginConfigError([problem])
        return config
    except LoginConfigError as exc:
        if str(exc) not in _logged_problems:
            _logged_problems.add(str(exc))
            LOGGER.error("%s", exc)
        raise


def login_provider() -> str | None:
    """The provider name to pass to st.login (None: the one written directly in [auth])."""
    return login_config().provider


def open_mode_notice() -> str:
    """The sidebar notice of open mode; louder when the server listens beyond this computer."""
    address = st.get_option("server.address")
    if is_loopback(address):
        return OPEN_MODE_NOTICE
    return (f"{OPEN_MODE_NOTICE} Let op: deze server luistert op {address} en is dus vanaf "
            "het netwerk te bereiken.")


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

    Order: an explicit `use_access` (tests, load test); open mode when it is switched on;
    else the logged-in user's claims under the `[access]` policy. A configuration that
    cannot be used raises LoginConfigError: nothing is read.
    """
    forced = _override.get()
    if forced is not None:
        return forced
    config = login_config()
    if config.open_mode:
        try:
            user = getpass.getuser()
        except Exception:
            user = "lokaal"
        return open_access(f"lokaal:{user}")
    claims = _user_claims()
    if not claims.get("is_logged_in"):
        return None
    return resolve_access(claims, config.policy)


def own_identifier() -> str | None:
    """For a logged-in user without a role: the key the administrator needs in [access]
    (Entra ID: object id; other providers: sub), or None when the login comes from another
    tenant or issuer than the configured one."""
    config = login_config()
    return None if config.policy is None else config.policy.subject(_user_claims())


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


# --- check before a start ---------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the login configuration of wijkwijs.")
    parser.add_argument("--address", help="the address the dashboard will listen on")
    args = parser.parse_args(argv)
    try:
        config = read_login_config(_read_secrets(), os.environ)
        problem = listen_problem(args.address) if config.open_mode else None
        if problem is not None:
            raise LoginConfigError([problem])
    except LoginConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    if config.open_mode:
        print(f"Open modus (iedereen is analist) op {args.address} / open mode on "
              f"{args.address}")
    else:
        print("Inloggen is ingesteld / login is configured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
