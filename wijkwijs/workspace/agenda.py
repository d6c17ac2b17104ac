"""The team meeting's one-page agenda per area (issue 18.4): "since our last meeting".

Five parts, each a small table: figures whose change is larger than rounding and small numbers
explain (with their limits), new signals, actions due, new youth input, and the notes of the
period. `agenda_pdf` lays it out on one A4 (reportlab, shrunk to fit); the page shows the same
`Agenda`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

import pandas as pd


@dataclass(frozen=True)
class Agenda:
    title: str  # "Teamoverleg Wijk Centrum"
    subtitle: str  # gemeente, since, next meeting
    figures: pd.DataFrame  # display table of the changed figures
    figures_note: str  # the rule, month and source
    signals: pd.DataFrame  # new and still open signals
    actions: pd.DataFrame  # actions due by the next meeting (late ones included)
    youth: pd.DataFrame  # new youth input per theme
    youth_note: str
    notes: pd.DataFrame  # notes of the period: area, period, text, by whom
    made: str  # "gemaakt op …, gegevens gepubliceerd op …"
    empty_texts: dict[str, str] = field(default_factory=dict)  # per part, when it is empty

    def parts(self) -> Sequence[tuple[str, pd.DataFrame, str]]:
        return (
            ("1. Cijfers met een opvallende verandering", self.figures, self.figures_note),
            ("2. Signalen: nieuw en nog open", self.signals, ""),
            ("3. Afspraken die voor het volgende overleg klaar moeten zijn", self.actions, ""),
            ("4. Nieuwe jongereninbreng", self.youth, self.youth_note),
            ("5. Duiding van de periode", self.notes, ""),
        )


EMPTY = {
    "1. Cijfers met een opvallende verandering":
        "Geen cijfer veranderde meer dan toeval en afronding verklaren.",
    "2. Signalen: nieuw en nog open": "Geen nieuwe of openstaande signalen.",
    "3. Afspraken die voor het volgende overleg klaar moeten zijn": "Geen afspraken die aflopen.",
    "4. Nieuwe jongereninbreng": "Geen nieuwe ideeën van jongeren gepubliceerd.",
    "5. Duiding van de periode": "Geen duiding over deze periode.",
}


def agenda_pdf(agenda: Agenda, *, compress: bool = True) -> bytes:
    """One A4 page: the five parts as small tables, notes and sources underneath."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepInFrame,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )

    from wijkwijs.pdf_tables import grid

    styles = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=styles["Normal"], fontSize=7, leading=8.6)
    cell = ParagraphStyle("cell", parent=styles["Normal"], fontSize=7.4, leading=8.8)
    head = ParagraphStyle("head", parent=styles["Heading4"], fontSize=9.5, spaceBefore=5,
                          spaceAfter=2)
    buffer = io.BytesIO()
    page = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=12 * mm,
        bottomMargin=12 * mm, title=agenda.title, author="wijkwijs", subject=agenda.subtitle,
        pageCompression=1 if compress else 0, invariant=1,
    )
    story = [Paragraph(escape(agenda.title), styles["Title"]),
             Paragraph(escape(agenda.subtitle), styles["Normal"]), Spacer(1, 2 * mm)]
    for heading, table, note in agenda.parts():
        story.append(Paragraph(escape(heading), head))
        if table.empty:
            story.append(Paragraph(escape({**EMPTY, **agenda.empty_texts}[heading]), cell))
        else:
            story.append(grid(table, cell, _widths(table, page.width)))
        if note:
            story.append(Paragraph(escape(note), small))
    story += [Spacer(1, 2 * mm), Paragraph(escape(agenda.made), small)]
    page.build([KeepInFrame(page.width, page.height, story, mode="shrink")])
    return buffer.getvalue()


def _widths(table: pd.DataFrame, width: float) -> list[float]:
    """Wide columns for text, narrow ones for numbers and dates."""
    weights = []
    for column in table.columns:
        longest = max([len(str(column))] + [len(str(v)) for v in table[column]])
        weights.append(min(max(longest, 6), 70))
    total = sum(weights)
    return [width * w / total for w in weights]


def since_text(since: date, next_meeting: date) -> str:
    return (f"Sinds het vorige overleg ({since.strftime('%d-%m-%Y')}); volgende overleg "
            f"{next_meeting.strftime('%d-%m-%Y')}")
