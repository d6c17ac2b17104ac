"""Downloads of what is on screen: CSV and XLSX of a table, a one-page area profile as PDF.

Plain functions on frames the pages already read from the serving copy (which is
disclosure-controlled), so an export never shows more than the screen. No widgets here.

Spreadsheet formula injection: a text cell starting with `=`, `+`, `-`, `@` (or a tab or
carriage return) is run as a formula by Excel and LibreOffice; such a cell is written with a
leading `'` so it stays text (OWASP, "CSV injection"). A Dutch negative change shown as `-1,5`
is text on screen too, so it gets the quote as well.

Every export that is built is logged (who, what, when; no figures): `dashboards.auth.log_export`.
The builders run only when the download button is clicked, so one log line is one download.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from dashboards import auth

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_SEPARATOR = ";"  # Dutch Excel reads `;` as the column separator (the decimal sign is `,`)


def guard_cell(value):
    """`value` with a leading quote if it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def guard_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with every text cell and column name guarded."""
    guarded = frame.copy()
    guarded.columns = [guard_cell(str(c)) for c in frame.columns]
    for i in range(guarded.shape[1]):
        series = guarded.iloc[:, i]
        if isinstance(series.dtype, pd.CategoricalDtype):
            series = series.astype(object)  # categories of text are text cells too
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            guarded.isetitem(i, series.astype(object).map(guard_cell))
    return guarded


def _what(frame: pd.DataFrame) -> str:
    """A description of a table for the export log: its column names, never its cells."""
    return "tabel met kolommen " + ", ".join(str(c) for c in frame.columns)


def audited(what: str, fmt: str, build, *args, **kwargs):
    """`build(*args, **kwargs)`, logged as an export of `what` in format `fmt`."""
    auth.log_export(what, fmt)
    return build(*args, **kwargs)


def file_stem(*parts: str) -> str:
    """`("Oude Markt", "maart 2024")` → `oude-markt_maart-2024` (safe in every file system)."""
    clean = [re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-") for p in parts if p]
    return "_".join(c for c in clean if c) or "wijkwijs"


def to_csv(frame: pd.DataFrame, what: str | None = None) -> bytes:
    """Semicolon-separated UTF-8 with a byte-order mark, so Excel shows ë and é.

    Lines end in CRLF, so a cell holding a bare carriage return is quoted too (with `\n`
    as line end it would not be, and a spreadsheet would start a new row, and a formula,
    after it).
    """
    auth.log_export(what or _what(frame), "csv")
    return guard_frame(frame).to_csv(
        index=False, sep=CSV_SEPARATOR, lineterminator="\r\n"
    ).encode("utf-8-sig")


def _xlsx_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Control characters an XLSX cannot hold removed (openpyxl refuses them)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(value):
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    out = frame.copy()
    out.columns = [clean(str(c)) for c in frame.columns]
    for i in range(out.shape[1]):
        series = out.iloc[:, i]
        if (series.dtype == object or isinstance(series.dtype, pd.CategoricalDtype)
                or pd.api.types.is_string_dtype(series)):
            out.isetitem(i, series.astype(object).map(clean))
    return out


def to_xlsx(frame: pd.DataFrame, about: Mapping[str, str], sheet: str = "Gegevens") -> bytes:
    """The table on sheet `sheet`; what it is (title, unit, period, source, definition) on
    sheet `Toelichting`."""
    from openpyxl.utils import get_column_letter

    title = " · ".join(str(about[k]) for k in ("Titel", "Periode") if about.get(k))
    auth.log_export(title or _what(frame), "xlsx")
    buffer = io.BytesIO()
    notes = pd.DataFrame({"Onderdeel": list(about), "Toelichting": list(about.values())})
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        guard_frame(_xlsx_text(frame)).to_excel(writer, sheet_name=sheet[:31], index=False)
        guard_frame(_xlsx_text(notes)).to_excel(writer, sheet_name="Toelichting", index=False)
        for ws in writer.book.worksheets:
            for i, column in enumerate(ws.iter_cols(min_row=1, max_row=ws.max_row), start=1):
                width = max(len(str(c.value or "")) for c in column)
                ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 80)
    return buffer.getvalue()


# --- the one-page area profile ---------------------------------------------------------------


@dataclass
class ProfileDocument:
    """Everything the printable profile shows; every figure is display text already."""

    title: str
    subtitle: str
    period_text: str
    published_text: str
    tables: Sequence[tuple[str, pd.DataFrame]]  # (heading, table) per domain, stapeling, …
    trend: pd.DataFrame = field(default_factory=pd.DataFrame)  # period, series, rate
    trend_title: str = ""
    notes: Sequence[str] = ()  # fallback notice, definitions, sources


def profile_pdf(doc: ProfileDocument, *, compress: bool = True) -> bytes:
    """One A4 page: title, the tables, a small trend chart and the notes underneath."""
    auth.log_export(f"{doc.title} · {doc.period_text}", "pdf")
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepInFrame,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    styles = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=styles["Normal"], fontSize=7, leading=8.6)
    cell = ParagraphStyle("cell", parent=styles["Normal"], fontSize=7.2, leading=8.4)
    head = ParagraphStyle("head", parent=styles["Heading4"], fontSize=9, spaceBefore=4,
                          spaceAfter=2)
    buffer = io.BytesIO()
    page = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=12 * mm,
        bottomMargin=12 * mm, title=doc.title, author="wijkwijs", subject=doc.subtitle,
        pageCompression=1 if compress else 0, invariant=1,
    )
    story = [
        Paragraph(escape(doc.title), styles["Title"]),
        Paragraph(escape(doc.subtitle), styles["Normal"]),
        Paragraph(escape(f"Cijfers van {doc.period_text} · {doc.published_text}"), small),
        Spacer(1, 3 * mm),
    ]
    for heading, table in doc.tables:
        story.append(Paragraph(escape(heading), head))
        data = [[Paragraph(f"<b>{escape(str(c))}</b>", cell) for c in table.columns]]
        data += [[Paragraph(escape(str(v)), cell) for v in row]
                 for row in table.itertuples(index=False)]
        first = 0.34 * (page.width)
        rest = (page.width - first) / max(len(table.columns) - 1, 1)
        grid = Table(data, colWidths=[first] + [rest] * (len(table.columns) - 1), repeatRows=1)
        grid.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8c8c8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        story.append(grid)
    if not doc.trend.empty:
        from dashboards.charts import OKABE_ITO
        from dashboards.formatting import format_month
        from wijkwijs.pdf_charts import line_chart

        story += [Spacer(1, 2 * mm), line_chart(
            doc.trend, width=page.width, height=page.width * 2.1 / 7.2, title=doc.trend_title,
            palette=OKABE_ITO, x_text=format_month)]
    story.append(Spacer(1, 2 * mm))
    story += [Paragraph(escape(note), small) for note in doc.notes]
    # everything on one page: shrink to fit rather than spill onto a second sheet
    page.build([KeepInFrame(page.width, page.height, story, mode="shrink")])
    return buffer.getvalue()
