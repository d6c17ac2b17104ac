"""Downloads of what is on screen: CSV and XLSX of a table, a one-page area profile as PDF.

Plain functions on frames the pages already read from the serving copy (which is
disclosure-controlled), so an export never shows more than the screen. No widgets here.

Numbers are numbers: a page's table holds Dutch display text (`1.210`, `23,3`, `+13,3`, or a
state's label such as `geheim`); a column in which every cell is such a number or a label
without a digit is a *figure column*. Its numbers become numeric cells (XLSX: a number with a
display format that Excel shows as `1.210` / `23,3` / `+13,3` in Dutch; CSV: decimal comma, no
thousands separator, see CSV_NOTE), its labels stay words, never 0 or an empty cell.

Spreadsheet formula injection: a *text* cell starting with `=`, `+`, `-`, `@` (or a tab or
carriage return) is run as a formula by Excel and LibreOffice; such a cell is written with a
leading `'` so it stays text (OWASP, "CSV injection"). A number cell cannot hold a formula, so
the guard leaves numbers alone.

What a table is (definition, unit, period, source, disclosure rules: `widgets.about`) goes
with it: the XLSX's sheet `Toelichting`, and the CSV's last columns (one value, repeated on
every row, so the file stays one rectangular table that any reader opens).

Every export that is built is logged (who, what, when; no figures): `dashboards.auth.log_export`.
The builders run only when the download button is clicked, so one log line is one download.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd

from dashboards import auth

if TYPE_CHECKING:  # reportlab is imported only when a PDF is built
    from reportlab.graphics.shapes import Drawing

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_SEPARATOR = ";"  # Dutch Excel reads `;` as the column separator (the decimal sign is `,`)
CSV_NOTE = (
    "Getallen staan als getal: in de CSV met een decimale komma en zonder scheidingsteken "
    "voor duizendtallen (1210 en 23,3), kolommen gescheiden door een puntkomma; in Excel als "
    "getal met Nederlandse weergave. Een cel zonder getal noemt de reden (geheim, te weinig "
    "inwoners, nog niet gepubliceerd, onbekend): dat is nooit 0."
)
NOTE_KEY = "Getallen"
# A number in Dutch notation as the dashboard writes it: optional sign, thousands grouped by
# `.`, decimal comma. A leading zero before another digit (`0363`) is a code, not a number.
DUTCH_NUMBER = re.compile(r"^[+-]?(?:0|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?:,(\d+))?$")


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


@dataclass(frozen=True)
class NumberFormat:
    """How a figure column is shown: decimals, a sign on positive numbers, thousands."""

    decimals: int = 0
    signed: bool = False
    grouped: bool = True

    @property
    def excel(self) -> str:
        """The XLSX display format (Excel shows `,` and `.` the Dutch way in a Dutch locale)."""
        body = ("#,##0" if self.grouped else "0") + ("." + "0" * self.decimals
                                                    if self.decimals else "")
        return f"+{body};-{body};{body}" if self.signed else body

    def csv(self, value: float) -> str:
        """`value` for the CSV: decimal comma, no thousands separator, a minus only."""
        text = f"{value:.{self.decimals}f}"
        if text.lstrip("-").strip("0.") == "":
            text = text.lstrip("-")  # no `-0,0`
        return text.replace(".", ",")


def parse_dutch_number(text: str) -> float | None:
    """`"1.210"` → 1210.0, `"-0,8"` → -0.8, `"+13,3"` → 13.3; anything else → None."""
    if not isinstance(text, str) or not DUTCH_NUMBER.match(text.strip()):
        return None
    return float(text.strip().replace(".", "").replace(",", "."))


def _is_label(value) -> bool:
    """A cell that may stand in a figure column without being a number: a state's label
    (`geheim`, `te weinig inwoners`), a dash, empty, or a number with a marker after it
    (`94,7 (wijk)`: the figure of another area, kept as text)."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return True
    if not isinstance(value, str):
        return False
    text = value.strip()
    if not any(ch.isdigit() for ch in text):
        return True
    head, _, tail = text.partition(" (")
    return bool(tail) and tail.endswith(")") and parse_dutch_number(head) is not None


def figure_columns(frame: pd.DataFrame) -> dict[str, NumberFormat]:
    """The figure columns of a table of display text, with the format each number had on
    screen: every cell a Dutch number or a label (`_is_label`), at least one number."""
    formats = {}
    for column in frame.columns:
        series = frame[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            series = series.astype(object)
        if series.dtype != object and not pd.api.types.is_string_dtype(series):
            continue  # numeric dtypes are numbers already
        texts = [v for v in series if isinstance(v, str) and parse_dutch_number(v) is not None]
        if not texts or not all(
            (isinstance(v, str) and parse_dutch_number(v) is not None) or _is_label(v)
            for v in series
        ):
            continue
        decimals = max(len(m.group(1) or "") for m in map(DUTCH_NUMBER.match,
                                                            (t.strip() for t in texts)))
        formats[str(column)] = NumberFormat(
            decimals=decimals,
            signed=any(t.strip().startswith("+") for t in texts),
            grouped=any("." in t for t in texts) or decimals > 0,
        )
    return formats


def _with_numbers(frame: pd.DataFrame, formats: Mapping[str, NumberFormat]) -> pd.DataFrame:
    """`frame` with the numbers of its figure columns as floats, labels left as text."""
    out = frame.copy()
    for i, column in enumerate(frame.columns):
        if str(column) in formats:
            out.isetitem(i, frame.iloc[:, i].astype(object).map(
                lambda v: parse_dutch_number(v) if isinstance(v, str)
                and parse_dutch_number(v) is not None else v))
    return out


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


def _csv_float(value) -> str:
    """A float of a numeric column for the CSV: decimal comma, a whole number without `,0`
    (a coordinate in metres), empty for a missing value."""
    if pd.isna(value):
        return ""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")


def with_about(about: Mapping[str, str] | None) -> dict[str, str]:
    """`about` (title, definition, unit, period, source, rules) with the note on numbers."""
    return {**(about or {}), NOTE_KEY: CSV_NOTE}


def to_csv(frame: pd.DataFrame, what: str | None = None, *,
           about: Mapping[str, str] | None = None) -> bytes:
    """Semicolon-separated UTF-8 with a byte-order mark, so Excel shows ë and é.

    Figure columns hold numbers with a decimal comma and no thousands separator (CSV_NOTE);
    text is guarded against formulas. With `about`, its entries (and the note on numbers)
    follow as the last columns, the same on every row; a column the table has already keeps
    the table's own values.

    Lines end in CRLF, so a cell holding a bare carriage return is quoted too (with `\n`
    as line end it would not be, and a spreadsheet would start a new row, and a formula,
    after it).
    """
    title = (about or {}).get("Titel")
    auth.log_export(what or title or _what(frame), "csv")
    formats = figure_columns(frame)
    out = guard_frame(_with_numbers(frame, formats))
    for i, column in enumerate(frame.columns):
        fmt = formats.get(str(column))
        if fmt is not None:
            out.isetitem(i, out.iloc[:, i].map(
                lambda v, f=fmt: f.csv(v) if isinstance(v, float) and not pd.isna(v) else v))
        elif pd.api.types.is_float_dtype(frame.iloc[:, i]):
            out.isetitem(i, frame.iloc[:, i].map(_csv_float))
    if about is not None:
        taken = {str(c) for c in frame.columns}
        for key, value in with_about(about).items():
            if key not in taken and value:
                out[guard_cell(key)] = guard_cell(str(value))
    return out.to_csv(
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
    """The table on sheet `sheet`, figure columns as numeric cells with a Dutch display
    format; what it is (title, definition, unit, period, source, rules, the note on numbers)
    on sheet `Toelichting`."""
    from openpyxl.utils import get_column_letter

    title = " · ".join(str(about[k]) for k in ("Titel", "Periode") if about.get(k))
    auth.log_export(title or _what(frame), "xlsx")
    formats = figure_columns(frame)
    data = guard_frame(_xlsx_text(_with_numbers(frame, formats)))
    about = with_about(about)
    notes = pd.DataFrame({"Onderdeel": list(about), "Toelichting": list(about.values())})
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        data.to_excel(writer, sheet_name=sheet[:31], index=False)
        guard_frame(_xlsx_text(notes)).to_excel(writer, sheet_name="Toelichting", index=False)
        table = writer.book[sheet[:31]]
        for i, column in enumerate(frame.columns, start=1):
            fmt = formats.get(str(column))
            if fmt is None:
                continue
            for (cell,) in table.iter_rows(min_row=2, min_col=i, max_col=i):
                if isinstance(cell.value, (int, float)):
                    cell.number_format = fmt.excel
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
    map_drawing: Drawing | None = None  # where the area lies (`area_map_drawing`), by the title


MAP_SIDE = 34 * 72 / 25.4  # 34 mm in points: the small map beside the profile's title


def area_map_drawing(shapes: Mapping[str, dict], highlight: str, *,
                     side: float = MAP_SIDE) -> Drawing:
    """Where an area lies: every area of its level (`shapes`: code → GeoJSON in planar
    metres) in light grey, the area itself in the first Okabe-Ito blue with a dark outline.
    A reportlab drawing (wijkwijs.pdf_charts): vector paths, no bitmap. Public boundaries
    only."""
    from shapely.geometry import shape

    from dashboards.charts import OKABE_ITO
    from wijkwijs.pdf_charts import locator_map

    return locator_map({code: shape(geojson) for code, geojson in shapes.items()}, highlight,
                       size=side, colour=OKABE_ITO[0])


def profile_pdf(doc: ProfileDocument, *, compress: bool = True) -> bytes:
    """One A4 page: title, the tables, a small trend chart and the notes underneath."""
    auth.log_export(f"{doc.title} · {doc.period_text}", "pdf")
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepInFrame,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
    )

    from wijkwijs.pdf_tables import grid

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
    heading = [
        Paragraph(escape(doc.title), styles["Title"]),
        Paragraph(escape(doc.subtitle), styles["Normal"]),
        Paragraph(escape(f"Cijfers van {doc.period_text} · {doc.published_text}"), small),
    ]
    if doc.map_drawing is not None:  # the small map beside the title: where the area lies
        side = doc.map_drawing.width
        heading = [Table([[heading, doc.map_drawing]],
                         colWidths=[page.width - side - 4 * mm, side + 4 * mm],
                         style=[("VALIGN", (0, 0), (-1, -1), "TOP")])]
    story = [*heading, Spacer(1, 3 * mm)]
    for heading, table in doc.tables:
        story.append(Paragraph(escape(heading), head))
        first = 0.34 * (page.width)
        rest = (page.width - first) / max(len(table.columns) - 1, 1)
        story.append(grid(table, cell, [first] + [rest] * (len(table.columns) - 1)))
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
