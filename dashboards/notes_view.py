"""The team's notes (duiding) beside the figures of the Buurtprofiel, its PDF and exports.

A note about one figure goes into that figure's row (a column "Duiding"), so it travels with
the table into the PDF, CSV and Excel; notes about a whole domain or the whole area are listed
above the tables and at the top of the PDF's notes. Always with the writer's role and date.
A role without the workspace (planner, youth worker) sees no notes here.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from dashboards import workspace as ws
from wijkwijs.access import WORKSPACE_READ
from wijkwijs.appdb import notes
from wijkwijs.appdb.models import Note
from wijkwijs.domains import domain_labels

COLUMN = "Duiding"


def area_notes(area_code: str) -> list[Note]:
    who = ws.access()
    if not who.can(WORKSPACE_READ):
        return []
    return notes.notes_for(ws.db(), who, area_codes=[area_code])


def line(note: Note) -> str:
    """'tekst (wijkteam, 12-03-2026; over maart 2026)'."""
    return (f"{note.text} ({ws.role_text(note.updated_role)}, {ws.when(note.updated_at.date())}; "
            f"over {ws.period_text(note.period_start, note.period_end)})")


def with_notes(tables: Mapping[str, pd.DataFrame], found: list[Note],
               categories: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The domain tables with a Duiding column where a note is about one of their figures."""
    by_category: dict[str, list[str]] = {}
    for note in found:
        if note.category:
            by_category.setdefault(note.category, []).append(line(note))
    if not by_category:
        return dict(tables)
    out = {}
    for domain, table in tables.items():
        cats = categories[categories["domain"] == domain]
        texts = [" | ".join(by_category.get(c, [])) for c in cats["category"]]
        out[domain] = table.assign(**{COLUMN: texts})  # every table: one column in the export
    return out


def general_lines(found: list[Note]) -> list[str]:
    """Notes about a whole domain or the whole area, as 'Duiding (Wmo): …' lines."""
    return [f"Duiding ({domain_labels()[n.domain] if n.domain else 'alle domeinen'}): {line(n)}"
            for n in found if not n.category]


def show(found: list[Note]) -> None:
    """The notes of the area on the page, above its tables."""
    if not found:
        return
    with st.container(border=True):
        st.markdown("**Duiding van het team**")
        for note in found:
            topic = domain_labels().get(note.domain, "alle domeinen")
            st.markdown(f"- *{topic}, {ws.period_text(note.period_start, note.period_end)}*: "
                        f"{ws.highlight(note.text)}")
            st.caption(f"{ws.role_text(note.updated_role)}, {ws.when(note.updated_at)}")
