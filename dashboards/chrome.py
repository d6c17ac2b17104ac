"""What every page shares around its content: the tab icon, the page language, and Dutch
answers to a link that names no page of the user. No figures here.

- The tab icon is a file of this project (a Material icon as `page_icon` is fetched from
  fonts.gstatic.com on every page load: a request to an outside host, issue 19.4).
- Streamlit's HTML says `lang="en"`; a screen reader then reads Dutch text with English
  pronunciation (WCAG 3.1.1). A small script sets `nl` on every run.
- The default page is served at `/`; its own name (`/overzicht`, as in the menu) would give
  Streamlit's English "Page not found". A hidden page under that name opens the default page
  with the link's parameters, and a link to a page the user does not have (or that does not
  exist) gets a Dutch page that says so, with the way back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import streamlit as st

PAGE_ICON = Path(__file__).resolve().parent / "static" / "favicon.png"
LANGUAGE_SCRIPT = "<script>document.documentElement.lang = 'nl';</script>"
NOT_FOUND_TITLE = "Pagina niet gevonden"
NOT_FOUND_TEXT = (
    "Deze pagina bestaat niet, of hoort niet bij uw rol. Kies een pagina in het menu links, "
    "of ga naar de startpagina."
)
DEFAULT_PATH = "start"  # the default page's internal url_path; its public one is `/`
_SAFE_PATH = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


def set_language() -> None:
    """Mark the page as Dutch (`<html lang="nl">`), in the sidebar so it takes no space."""
    st.sidebar.html(LANGUAGE_SCRIPT, unsafe_allow_javascript=True)


def _open_default(default: st.Page) -> None:
    st.switch_page(default, query_params=st.query_params.to_dict())


def _not_found(default: st.Page) -> None:
    st.header(NOT_FOUND_TITLE)
    st.info(NOT_FOUND_TEXT, icon=":material/help:")
    st.page_link(default, label="Naar de startpagina", icon=":material/home:")


def _requested_path() -> str:
    """The URL path the browser asked for ('' for `/`); Streamlit keeps it in its private
    page manager, so anything unexpected reads as '' (no extra page then)."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        name = get_script_run_ctx().pages_manager.intended_page_name
    except Exception:  # noqa: BLE001 - a missing private API must never break the app
        return ""
    return name if isinstance(name, str) else ""


def extra_pages(default: st.Page, default_key: str, known: Sequence[str]) -> list[st.Page]:
    """Hidden pages to register after the real ones: `/<default_key>` opening the default
    page, and for a requested path that is none of `known` a Dutch 'not found' page."""
    pages = [st.Page(partial(_open_default, default), title=default.title,
                     url_path=default_key, visibility="hidden")]
    requested = _requested_path()
    if (requested and requested not in {*known, default_key, DEFAULT_PATH}
            and _SAFE_PATH.match(requested)):
        pages.append(st.Page(partial(_not_found, default), title=NOT_FOUND_TITLE,
                             url_path=requested, visibility="hidden"))
    return pages


def leave_pages_directory_mode() -> None:
    """Route every run through the entry point's st.navigation, also the server's first.

    Streamlit decides once per process whether the app is an old-style multipage app: a
    `pages/` folder beside the entry point says yes, until `st.navigation` is first called.
    When the first request after a start is a link to a page (`/jongereninbreng`), Streamlit
    runs that page's file on its own: no login gate, no menu of the user's role, the file
    names as the menu — and it stays that way until someone opens `/`. The query layer still
    refuses figures, but the app must not depend on that. Run from `dashboards/__init__.py`
    (every page imports the package), this switches the mode off and reruns through
    `streamlit_app.py`; outside a script run, and after the first time, it does nothing.
    """
    try:
        from streamlit.runtime.pages_manager import PagesManager
        from streamlit.runtime.scriptrunner import get_script_run_ctx
    except ImportError:  # a private API that moved: the entry point's own checks remain
        return
    if PagesManager.uses_pages_directory and get_script_run_ctx() is not None:
        PagesManager.uses_pages_directory = False
        st.rerun()
