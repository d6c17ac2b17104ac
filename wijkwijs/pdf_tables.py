"""The one table layout of the one-page PDFs (the printable profile, the meeting's agenda)."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

HEADER_BACKGROUND = colors.HexColor("#e8eef4")
RULE = colors.HexColor("#c8c8c8")


def grid(table: pd.DataFrame, cell: ParagraphStyle, widths: Sequence[float]) -> Table:
    """`table` as a reportlab Table: a bold header row repeated on a new page, every value as
    escaped text in `cell`, thin rules between rows."""
    data = [[Paragraph(f"<b>{escape(str(c))}</b>", cell) for c in table.columns]]
    data += [[Paragraph(escape(str(v)), cell) for v in row]
             for row in table.itertuples(index=False)]
    out = Table(data, colWidths=list(widths), repeatRows=1)
    out.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return out
