"""Shared pieces of the workspace pages (duiding, signalen, afspraken, teamoverleg, beoordelen).

The pages write only to the application database (wijkwijs.appdb), whose functions check the
role themselves; here: the connection, the areas to choose from (names and codes from the
serving copy: public), and how a refused or conflicting write is shown.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd
import streamlit as st

from dashboards import auth, client_queries, reference_queries, widgets
from dashboards.formatting import format_month
from wijkwijs.access import ROLE_LABELS, Access
from wijkwijs.appdb.engine import AppDb, app_db
from wijkwijs.appdb.errors import AppDbError, ConflictError, NeedsConfirmation
from wijkwijs.appdb.scope import Area, may_read_row
from wijkwijs.appdb.text import MARKER_TEXT, Scrubbed
from wijkwijs.config import app_db_url

SOURCE = "wijkwijs-werkruimte (applicatiedatabase), ingevoerd door de teams"


@dataclass(frozen=True)
class Workspace:
    """What a workspace page starts with: the user, the database, the areas to read and write."""

    who: Access
    db: AppDb
    readable: pd.DataFrame
    writable: set[str]


def start(title: str, caption: str, what: str) -> Workspace:
    """Header, caption and the message of the last write; stops the page for a role that may
    read no area (`what`: "de duiding", "de signalen", …)."""
    widgets.keep_only_params(["gebied"])
    widgets.require_serving_copy()
    st.header(title)
    st.caption(caption)
    show_flash()
    who = access()
    readable = readable_areas(who)
    if readable.empty:
        st.info(f"Uw rol geeft geen toegang tot {what} van een gebied.")
        st.stop()
    return Workspace(who, db(), readable, set(writable_areas(who)["area_code"]))
LEVEL_LABELS = {"gemeente": "Gemeente", "wijk": "Wijk", "buurt": "Buurt"}


@st.cache_resource(show_spinner=False)
def _db(url: str) -> AppDb:
    return app_db(url)


def db() -> AppDb:
    """The application database (migrated on first use)."""
    return _db(app_db_url())


def access() -> Access:
    return auth.require_access()


def areas() -> pd.DataFrame:
    """Gemeenten, wijken and buurten (no water) of the newest boundary year: codes and names
    only (public), with the wijk and gemeente of each."""
    return reference_queries.area_directory()


def places() -> tuple[str, ...]:
    """The gemeente's own place names, kept by the scrubber."""
    frame = areas()
    names = set(frame["area_name"]) | set(frame["wijk_name"].dropna()) | set(
        frame["gemeente_name"].dropna())
    return tuple(sorted(n for n in names if n))


def as_area(row) -> Area:
    return Area(row.area_level, row.area_code, row.area_name)


def area_label(row) -> str:
    if row.area_level == "gemeente":
        return f"Gemeente {row.area_name}"
    if row.area_level == "wijk":
        return f"Wijk {row.area_name}"
    return f"{row.wijk_name} › {row.area_name}"


def readable_areas(who: Access) -> pd.DataFrame:
    frame = areas()
    keep = [may_read_row(who, r.area_level, r.area_code) for r in frame.itertuples()]
    return frame[keep].reset_index(drop=True)


def writable_areas(who: Access) -> pd.DataFrame:
    from wijkwijs.appdb.scope import require_write

    frame = areas()
    keep = []
    for row in frame.itertuples():
        try:
            require_write(who, as_area(row))
            keep.append(True)
        except PermissionError:
            keep.append(False)
    return frame[keep].reset_index(drop=True)


def area_picker(frame: pd.DataFrame, label: str, param: str, *, default: str | None = None,
                writable: set[str] | None = None):
    """A selectbox of areas (choice in the URL); the chosen row. Without a default, the first
    area the user may write for (else the first)."""
    by_code = {row.area_code: row for row in frame.itertuples(index=False)}
    if default is None and writable:
        default = next((c for c in by_code if c in writable), None)
    code = widgets.url_selectbox(label, list(by_code), param, default=default,
                                 format_func=lambda c: area_label(by_code[c]))
    return by_code[code]


def codes_under(row, frame: pd.DataFrame | None = None) -> list[str]:
    """The area and, for a wijk its buurten, for a gemeente everything in it."""
    frame = areas() if frame is None else frame
    if row.area_level == "gemeente":
        return list(frame.loc[frame["gemeente_code"] == row.area_code, "area_code"])
    if row.area_level == "wijk":
        return [row.area_code, *frame.loc[(frame["wijk_code"] == row.area_code)
                                          & (frame["area_level"] == "buurt"), "area_code"]]
    return [row.area_code]


def months() -> list[date]:
    """Published months, newest first (the periods a note can be about)."""
    latest = client_queries.latest_period()
    if latest is None:
        return []
    return [d.date() for d in pd.date_range(end=latest, periods=60, freq="MS")[::-1]]


def month_select(label: str, key: str, options: list[date], index: int = 0) -> date:
    return st.selectbox(label, options, index=min(index, len(options) - 1), key=key,
                        format_func=format_month)


def role_text(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def when(value: datetime | date | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d-%m-%Y %H:%M")
    return value.strftime("%d-%m-%Y")


def period_text(start: date, end: date) -> str:
    return format_month(start) if start == end else f"{format_month(start)} – {format_month(end)}"


def short(text: str, length: int = 50) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def highlight(text: str) -> str:
    """The scrubber's markers coloured, for the reader to see what was taken out."""
    out = text.replace("*", "\\*").replace("_", "\\_")
    for marker in MARKER_TEXT:
        out = out.replace(marker, f":orange-background[{marker}]")
    return out


_FLASH = "ws_flash"


def seen_version(key: str, current: int) -> int:
    """The version of a record as it was when this form was first shown: an edit is checked
    against what the user read, not against what is current when they press save."""
    return st.session_state.setdefault(f"{key}_seen", current)


def done(message: str, scrubbed: Mapping[str, Scrubbed] | Scrubbed | None = None,
         clear: tuple[str, ...] = ()) -> None:
    """After a successful write: clear the form's fields, and run the page again with the
    message (and what the scrubber removed) on top, so every list shows the new state."""
    items = scrubbed.values() if isinstance(scrubbed, Mapping) else [scrubbed]
    removed = [r for s in items if s is not None for r in s.removed]
    st.session_state[_FLASH] = ("success", message, removed, None)
    for key in clear:
        st.session_state.pop(key, None)
    st.rerun()


def show_flash() -> None:
    """The message of the write just done: once, in this session only (never stored)."""
    kind, message, removed, draft = st.session_state.pop(_FLASH, (None, None, [], None))
    if kind == "success":
        st.success(message, icon=":material/check_circle:")
    elif kind == "conflict":
        st.error(message, icon=":material/sync_problem:")
        if draft:
            st.caption("Uw tekst, niet opgeslagen (om over te nemen):")
            st.code(draft, language=None, wrap_lines=True)
    if removed:
        listed = "; ".join(f"'{old}' → {MARKER_TEXT.get(marker, marker)}"
                           for old, marker in removed)
        st.info(f"Voor het opslaan uit de tekst gehaald: {listed}. De werkruimte is voor "
                "context, niet voor persoonsgegevens of details van een casus.",
                icon=":material/shield_person:")


@contextmanager
def saving(key: str | None = None, draft: str | None = None) -> Iterator[None]:
    """Run one write of the form `key`; a refusal or a doubtful text becomes a Dutch message
    here, a conflict reloads the form with the current version (and shows the user's draft)."""
    try:
        yield
    except NeedsConfirmation as exc:
        if not key:
            st.warning(str(exc), icon=":material/help:")
            return
        st.session_state[f"{key}_ask"] = str(exc)  # the form shows it with the confirm box
        st.rerun()
    except ConflictError as exc:
        st.session_state[_FLASH] = ("conflict", str(exc), [], draft)
        for suffix in ("_seen", "_text", "_ask", "_confirm"):
            st.session_state.pop(f"{key}{suffix}", None)
        st.rerun()
    except (AppDbError, PermissionError) as exc:
        st.error(str(exc), icon=":material/block:")


def confirm_box(key: str) -> bool:
    """The "checked, nothing personal" box, shown inside a form once the scrubber doubted."""
    asked = st.session_state.get(f"{key}_ask")
    if asked:
        st.warning(asked, icon=":material/help:")
        return st.checkbox("Ik heb de tekst gecontroleerd: er staat niets over een persoon in",
                           key=f"{key}_confirm")
    return False


def definition_caption(label: str, definition: str, unit: str, period: str) -> None:
    st.caption(f"**{label}**: {definition} · Eenheid: {unit} · Periode: {period} · "
               f"Bron: {SOURCE}")
