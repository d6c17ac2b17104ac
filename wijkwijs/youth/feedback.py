"""The feedback document per plan area: what was done with each idea (issue 15.4).

For youth workers to take back to the young people: every published idea of the plan area
with its answer (taken into a plan, in progress, not feasible and why, or no answer yet),
grouped by answer, in plain Dutch. PDF by reportlab, as the brief. No age bands, no places
finer than the buurt: the document may be handed out.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from xml.sax.saxutils import escape

import pandas as pd

from wijkwijs.appdb.feedback import IN_PLAN, IN_PROGRESS, NOT_FEASIBLE, STATUS_LABELS
from wijkwijs.youth.summary import quarter_label

NO_ANSWER = "geen_antwoord"
SECTIONS = (
    (IN_PLAN, "Dit gaan we doen"),
    (IN_PROGRESS, "Hier werken we nog aan"),
    (NOT_FEASIBLE, "Dit lukt niet, en waarom"),
    (NO_ANSWER, "Hier hebben we nog geen antwoord op"),
)
COLUMNS = ["record_id", "idea", "theme_label", "buurt_name", "quarter_start", "status",
           "status_label", "plan_name", "explanation", "answered_on"]


def with_feedback(records: pd.DataFrame, answers: Mapping) -> pd.DataFrame:
    """The published ideas of a plan area with their current answer (COLUMNS)."""
    rows = []
    for r in records.itertuples(index=False):
        answer = answers.get(r.record_id)
        status = answer.status if answer else NO_ANSWER
        rows.append({
            "record_id": r.record_id, "idea": r.idea, "theme_label": r.theme_label,
            "buurt_name": r.buurt_name, "quarter_start": r.quarter_start, "status": status,
            "status_label": STATUS_LABELS.get(status, "Nog geen antwoord"),
            "plan_name": answer.plan_name if answer else None,
            "explanation": answer.explanation if answer else None,
            "answered_on": answer.updated_at.date() if answer else None,
        })
    return pd.DataFrame(rows, columns=COLUMNS)


def answer_text(row) -> str:
    if row.status == IN_PLAN:
        text = f"Opgenomen in: {row.plan_name}."
    elif row.status == NOT_FEASIBLE:
        text = "Niet haalbaar."
    elif row.status == IN_PROGRESS:
        text = "We zijn ermee bezig."
    else:
        return "Nog geen antwoord."
    if row.explanation:
        text += f" {row.explanation}"
    return text


def summary_text(frame: pd.DataFrame) -> str:
    counts = frame["status"].value_counts()
    parts = [f"{counts.get(status, 0)} {label.lower()}" for status, label in (
        (IN_PLAN, "opgenomen in een plan"), (IN_PROGRESS, "in behandeling"),
        (NOT_FEASIBLE, "niet haalbaar"), (NO_ANSWER, "nog zonder antwoord"))]
    return f"Van de {len(frame)} ideeën zijn er " + ", ".join(parts[:-1]) + f" en {parts[-1]}."


def feedback_pdf(frame: pd.DataFrame, area_name: str, made_on: date | None = None, *,
                 compress: bool = True) -> bytes:
    """The feedback document for the ideas in `frame` (with_feedback) of one plan area."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    made_on = made_on or date.today()
    styles = getSampleStyleSheet()
    quote = ParagraphStyle("quote", parent=styles["Normal"], fontSize=10, leading=13,
                           leftIndent=6 * mm, textColor=colors.HexColor("#1f3b57"))
    answer = ParagraphStyle("answer", parent=styles["Normal"], fontSize=9.5, leading=12,
                            leftIndent=6 * mm)
    small = ParagraphStyle("small", parent=styles["Normal"], fontSize=8, leading=10,
                           leftIndent=6 * mm, textColor=colors.HexColor("#555555"))
    buffer = io.BytesIO()
    title = f"Wat we met jullie ideeën deden: {area_name}"
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=title,
                            author="wijkwijs", invariant=1,
                            pageCompression=1 if compress else 0)
    quarters = sorted(pd.to_datetime(frame["quarter_start"]).dropna().unique())
    period = (f"{quarter_label(quarters[0])} tot en met {quarter_label(quarters[-1])}"
              if quarters else "")
    story = [
        Paragraph(escape(title), styles["Title"]),
        Paragraph(escape(f"Jullie ideeën over {area_name}{', ' + period if period else ''}. "
                         f"Stand van {made_on.strftime('%d-%m-%Y')}."), styles["Normal"]),
        Spacer(1, 3 * mm),
        Paragraph(escape(summary_text(frame)) if len(frame) else
                  "Er zijn in dit gebied nog geen ideeën gepubliceerd.", styles["Normal"]),
    ]
    for status, heading in SECTIONS:
        part = frame[frame["status"] == status]
        if part.empty:
            continue
        story += [Spacer(1, 4 * mm), Paragraph(escape(f"{heading} ({len(part)})"),
                                                styles["Heading2"])]
        for row in part.sort_values(["theme_label", "quarter_start"]).itertuples(index=False):
            where = " · ".join(
                (row.theme_label, row.buurt_name or "", quarter_label(row.quarter_start)))
            story.append(KeepTogether([
                Paragraph(f"“{escape(str(row.idea))}”", quote),
                Paragraph(escape(answer_text(row)), answer),
                Paragraph(escape(where), small),
                Spacer(1, 2.5 * mm),
            ]))
    story += [Spacer(1, 4 * mm), Paragraph(escape(
        "Namen, telefoonnummers, adressen en accounts zijn uit de ideeën gehaald; plekken zijn "
        "afgerond. Vragen over een antwoord? Vraag het je jongerenwerker."), styles["Italic"])]
    doc.build(story)
    return buffer.getvalue()
