"""Read an input table as strings, whatever office software or system wrote it.

Everything is read as text so that codes keep their leading zeros and letters, and so that
markers such as '.' or '-99997' reach the value parser unchanged. The file type is decided by
the content, never by the name: a CSV called `.xlsx`, an old `.xls` workbook or a PDF without a
suffix each get their own clear reason.

The frame's index is the row number an analyst sees: the line in a text file (blank lines and
quoted line breaks counted), the row in a spreadsheet, the header being the row above the
first data row. Every Problem points at that number.

Guards before any parser sees a file (docs/security.md), each a clear `UnreadableFile`:
the file size; for XLSX (a zip archive) the member count, the total uncompressed size and the
compression ratio, checked from the zip directory before openpyxl opens it (zip bombs); for
Parquet the row count and uncompressed size from the footer; after reading, the length of
any single cell, and header names that are empty or occur twice. A workbook is read only when
exactly one visible sheet holds data: hidden sheets and formulas without a stored value are
refused, and every sheet is handed on so the person-level check can read them all.

No message here repeats a cell value: a cell could hold anything, including personal data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from wijkwijs.config import max_file_mb

# kept for callers that list files by name (the archive is written by the loader itself)
TABULAR_SUFFIXES = {".csv", ".txt", ".xlsx", ".parquet", ".tsv", ""}

MIB = 1024 * 1024
# Generous for monthly aggregated counts (a year of a large city is a few MiB), small enough
# that one bad file cannot exhaust the memory of the machine that loads it.
MAX_FILE_BYTES = max_file_mb() * MIB
MAX_XLSX_UNCOMPRESSED = 512 * MIB  # sum of all members, as declared in the zip directory
MAX_XLSX_MEMBERS = 2_000
MAX_XLSX_RATIO = 200  # uncompressed / compressed, over the whole archive
RATIO_FLOOR = 8 * MIB  # below this total a high ratio is harmless (a sheet of repeated values)
MAX_PARQUET_ROWS = 10_000_000
MAX_PARQUET_UNCOMPRESSED = 1024 * MIB
MAX_CELL_CHARS = 10_000  # aggregated counts and youth ideas both fit easily
HEADER_SEARCH_ROWS = 20  # a title line or two above the header is common in office exports
EXPECTED_ENCODINGS = "UTF-8 (met of zonder BOM) of Windows-1252"
EXPECTED_ENCODINGS_EN = "UTF-8 (with or without BOM) or Windows-1252"


class UnreadableFile(ValueError):
    """The file cannot be read as a table at all. The message is 'Dutch / English'."""

    def __init__(self, nl: str, en: str | None = None, row: int | None = None):
        super().__init__(f"{nl} / {en or nl}")
        self.nl, self.en, self.row = nl, en or nl, row


@dataclass
class Sheet:
    """One table of a file: the CSV or Parquet table, or one worksheet of a workbook."""

    frame: pd.DataFrame  # strings, normalised headers, index = row number in the file
    header_row: int
    label: str  # how messages name it: 'werkblad 2 (verborgen)'; '' for the only table
    visible: bool = True
    preamble: list[tuple[int, list[str]]] = field(default_factory=list)  # rows above the header
    hidden_rows: list[int] = field(default_factory=list)  # hidden rows (a filter) with data


@dataclass
class Table:
    """What a file holds: its data table, every other sheet, and how it was read."""

    frame: pd.DataFrame
    format: str  # csv | xlsx | parquet
    encoding: str | None = None
    sheets: list[Sheet] = field(default_factory=list)  # all, the data sheet included
    notes: list[tuple[str, int, int, str]] = field(default_factory=list)  # cell comments


def normalise_header(name: object) -> str:
    """'Aantal Cliënten ' → 'aantal_cliënten': case-, space- and dash-insensitive matching."""
    text = str(name).replace("\ufeff", "").replace("\xa0", " ").strip().strip('"').strip()
    return re.sub(r"[\s\-]+", "_", text.lower())


# --- what kind of file is it? ------------------------------------------------------------------

_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"PAR1", "parquet"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"\x1f\x8b", "compressed"),
    (b"BZh", "compressed"),
    (b"7z\xbc\xaf", "compressed"),
    (b"Rar!", "compressed"),
    (b"\xfd7zXZ", "compressed"),
    (b"SQLite format 3", "database"),
    (b"DUCK", "database"),
)

_NOT_A_TABLE = {
    "ole": (
        "oud Excel-formaat (.xls, Excel 97-2003) of een ander Office-bestand; sla het op als "
        "Excel-werkmap (.xlsx) of als CSV (UTF-8) en lever het opnieuw aan",
        "old Excel format (.xls, Excel 97-2003) or another Office file; save it as an Excel "
        "workbook (.xlsx) or as CSV (UTF-8) and deliver it again",
    ),
    "encrypted": (
        "werkmap beveiligd met een wachtwoord: die kan niet gelezen worden. Sla hem op zonder "
        "wachtwoord (Bestand > Info > Werkmap beveiligen) of als CSV (UTF-8), en lever hem "
        "via een beveiligde weg opnieuw aan",
        "workbook protected with a password: it cannot be read. Save it without a password "
        "(File > Info > Protect Workbook) or as CSV (UTF-8), and deliver it again by a secure "
        "route",
    ),
    "pdf": ("PDF-bestand, geen tabel", "PDF file, not a table"),
    "image": ("afbeelding, geen tabel", "image, not a table"),
    "compressed": (
        "gecomprimeerd archief; pak het uit en lever de tabel zelf aan",
        "compressed archive; unpack it and deliver the table itself",
    ),
    "database": ("databasebestand, geen tabel", "database file, not a table"),
    "ods": (
        "OpenDocument-rekenblad (.ods); sla het op als .xlsx of CSV (UTF-8)",
        "OpenDocument spreadsheet (.ods); save it as .xlsx or CSV (UTF-8)",
    ),
    "docx": ("Word-document, geen tabel", "Word document, not a table"),
    "zip": (
        "zip-archief, geen Excel-werkmap; pak het uit en lever de tabel zelf aan",
        "zip archive, not an Excel workbook; unpack it and deliver the table itself",
    ),
    "markup": (
        "HTML- of XML-bestand (sommige systemen noemen zo'n export .xls); exporteer als CSV "
        "(UTF-8) of als Excel-werkmap (.xlsx)",
        "HTML or XML file (some systems call such an export .xls); export as CSV (UTF-8) or "
        "as an Excel workbook (.xlsx)",
    ),
    "json": (
        "JSON-bestand, geen tabel; exporteer als CSV of .xlsx",
        "JSON file, not a table; export as CSV or .xlsx",
    ),
    "binary": ("binair bestand, geen tekst of tabel", "binary file, not text or a table"),
}


_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the OLE stream of an encrypted workbook


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names:
                with archive.open("mimetype") as member:
                    if b"opendocument" in member.read(100):
                        return "ods"
            if any(n.startswith("word/") for n in names):
                return "docx"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        return "xlsx"  # a broken archive: most often a workbook cut off; its check says so
    return "zip"


def sniff_format(path: Path, head: bytes) -> str:
    """csv | xlsx | parquet, or a key of _NOT_A_TABLE. Content decides, not the suffix."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "zip":
                check_xlsx_archive(path)  # a zip bomb is refused before any member is read
                return _zip_kind(path)
            if kind == "ole" and _ENCRYPTED in path.read_bytes():
                return "encrypted"  # Office stores a password-protected .xlsx in an OLE file
            return kind
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(head):
        return "csv"  # text in UTF-16: decode_text names the encoding
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<?xml", b"<html", b"<!doctype", b"<table", b"<workbook")):
        return "markup"
    if text.startswith((b"{", b"[{", b"[\n", b"[ ")):
        return "json"
    if b"\x00" in head:
        return "binary"
    return "csv"


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of ASCII text is zero."""
    sample = head[:400]
    return len(sample) >= 8 and (
        sample[1::2].count(0) > len(sample) * 0.4 or sample[0::2].count(0) > len(sample) * 0.4
    )


# --- text: encoding and CSV --------------------------------------------------------------------

_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf\u0152-\u0178\u2018-\u203a]|â€")


def decode_text(raw: bytes) -> tuple[str, str]:
    """(text, encoding found): UTF-8 (byte-order mark optional) first, then Windows-1252 as
    Dutch office exports write it. A UTF-8 BOM before Windows-1252 text (some tools add one to
    any file) is dropped. Anything else is refused with the encoding found and the expected."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        found = "UTF-32"
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw[:400]):
        found = "UTF-16"
    else:
        bom = raw.startswith(b"\xef\xbb\xbf")
        body = raw[3:] if bom else raw
        try:
            text, found = body.decode("utf-8"), "UTF-8" + (" met BOM" if bom else "")
        except UnicodeDecodeError:
            try:
                text = body.decode("cp1252")
                found = "Windows-1252" + (" (met een UTF-8-BOM ervoor)" if bom else "")
            except UnicodeDecodeError:
                found = None
        if found is not None:
            if _MOJIBAKE.search(text[:200_000]):
                raise UnreadableFile(
                    "tekens twee keer gecodeerd (bijv. 'Ã«' waar 'ë' hoort): het bestand is als "
                    f"UTF-8 opgeslagen terwijl het dat al was; verwacht {EXPECTED_ENCODINGS}",
                    "characters encoded twice (e.g. 'Ã«' for 'ë'): the file was saved as UTF-8 "
                    f"when it already was; expected {EXPECTED_ENCODINGS_EN}",
                )
            return text, found
        found = "onbekend (geen UTF-8 en geen Windows-1252)"
    raise UnreadableFile(
        f"tekencodering {found} wordt niet gelezen; verwacht {EXPECTED_ENCODINGS}. Sla het "
        "bestand op als 'CSV UTF-8' (Excel) of exporteer het opnieuw",
        f"encoding {found.replace('onbekend (geen UTF-8 en geen Windows-1252)', 'unknown')} "
        f"is not read; expected {EXPECTED_ENCODINGS_EN}. Save the file as 'CSV UTF-8' (Excel) "
        "or export it again",
    )


def sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


@cache
def known_headers() -> frozenset[str]:
    """Every accepted header of every inbox kind (after normalise_header)."""
    from wijkwijs.ingest.kinds import INBOX_KINDS

    return frozenset(a for kind in INBOX_KINDS for c in kind.columns for a in c.aliases)


def _header_index(rows: list[tuple[int, list[str]]]) -> int:
    """The first row that names two known columns (a title line may sit above it); else the
    first row."""
    known = known_headers()
    for i, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(normalise_header(c) in known for c in cells) >= 2:
            return i
    return 0


def _blank(cells) -> bool:
    """Every cell empty or white space (joined first: one strip per row, not per cell)."""
    return not "".join(map(str, cells)).strip()


def _checked_rows(
    body: list[tuple[int, list[str]]], width: int, named: int, ragged_ok: bool
) -> tuple[list[list[str]], list[int]]:
    """The data rows cut or padded to the header's `width`; a filled cell beyond it, or a row
    too short for it, is refused."""
    data, index = [], []
    for number, cells in body:
        extra = cells[width:]
        if any(str(c).strip() for c in cells[width:named]):
            raise UnreadableFile(
                f"kolom met gegevens maar zonder naam (rij {number}): geef de kolom een naam "
                "uit docs/data-contract.md of verwijder hem",
                f"column with data but no name (row {number}): name it as in "
                "docs/data-contract.md or delete it",
                row=number,
            )
        if len(cells) < width and not ragged_ok:
            raise UnreadableFile(
                f"rij {number} heeft {len(cells)} velden, de kopregel {width}: is het bestand "
                "afgebroken of mist er een scheidingsteken?",
                f"row {number} has {len(cells)} fields, the header {width}: was the file cut "
                "off, or is a separator missing?",
                row=number,
            )
        if any(str(c).strip() for c in extra):
            raise UnreadableFile(
                f"rij {number} heeft meer gevulde velden ({len(cells)}) dan de kopregel ({width})"
                "; staat er een scheidingsteken in een waarde zonder aanhalingstekens?",
                f"row {number} has more filled fields ({len(cells)}) than the header ({width}); "
                "is there a separator inside an unquoted value?",
                row=number,
            )
        data.append([*cells[:width], *[""] * (width - len(cells))])
        index.append(number)
    return data, index


def _sheet_from_rows(
    rows: list[tuple[int, list[str]]], label: str, visible: bool = True, ragged_ok: bool = False
) -> Sheet:
    """A Sheet from (row number, cells) pairs without blank rows."""
    if not rows:
        return Sheet(pd.DataFrame(), 1, label, visible)
    h = _header_index(rows)
    header_row, header = rows[h]
    # a table that starts further right (column C in a sheet, ';;' before each line): the
    # empty columns before its header are no part of it, but data in them is a column
    # without a name
    lead = next((i for i, c in enumerate(header) if str(c).strip()), 0)
    if lead:
        for number, cells in rows[h + 1 :]:
            if any(str(c).strip() for c in cells[:lead]):
                raise UnreadableFile(
                    f"kolom met gegevens maar zonder naam (rij {number}): geef de kolom een "
                    "naam uit docs/data-contract.md of verwijder hem",
                    f"column with data but no name (row {number}): name it as in "
                    "docs/data-contract.md or delete it",
                    row=number,
                )
        header = header[lead:]
        rows = [*rows[: h + 1], *((n, cells[lead:]) for n, cells in rows[h + 1 :])]
    width = len(header)
    while width and not str(header[width - 1]).strip():
        width -= 1  # trailing empty header cells: a trailing separator or empty columns
    named = len(header)  # header cells, trailing empty ones included
    body = rows[h + 1 :]
    if width == named and all(n == width for n in map(len, (c for _, c in body))):
        # every row exactly as wide as a header without empty cells at its end (the common
        # export): none of the checks of _checked_rows can fire
        data, index = [c for _, c in body], [n for n, _ in body]
    else:
        data, index = _checked_rows(body, width, named, ragged_ok)
    frame = pd.DataFrame(
        data, columns=header[:width], index=pd.Index(index, dtype="int64"), dtype=object
    )
    frame = frame.astype(str)
    return Sheet(frame, header_row, label, visible, preamble=rows[:h])


def read_csv_text(text: str) -> Sheet:
    # the separator from the first lines together: a title line above the header has none
    first = "\n".join([line for line in text[:20_000].splitlines() if line.strip()][:20])
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=sniff_delimiter(first), skipinitialspace=True
    )
    rows, last_line = [], 0
    try:
        for cells in reader:
            start = last_line + 1
            last_line = reader.line_num
            if not _blank(cells):
                rows.append((start, cells))
    except csv.Error as exc:
        raise UnreadableFile(
            f"rij {reader.line_num}: ongeldig CSV (aanhalingsteken niet afgesloten?)",
            f"row {reader.line_num}: invalid CSV (unclosed quote?)",
            row=reader.line_num,
        ) from exc
    return _sheet_from_rows(rows, "")


# --- guards ------------------------------------------------------------------------------------


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            f"bestand te groot ({size // MIB} MiB, grens {MAX_FILE_BYTES // MIB} MiB)",
            f"file too large ({size // MIB} MiB, limit {MAX_FILE_BYTES // MIB} MiB)",
        )
    if size == 0:
        raise UnreadableFile("leeg bestand (0 bytes)", "empty file (0 bytes)")


def check_xlsx_archive(path: Path) -> None:
    """Refuse a zip bomb before openpyxl decompresses anything.

    The sizes come from the zip's central directory; Python's zipfile never inflates a member
    beyond its declared size (and fails the CRC if the data disagrees), so the declared total
    bounds what openpyxl can read.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(
            "geen geldig Excel-bestand (een .xlsx is een zip-archief, dit archief is kapot)",
            "not a valid Excel file (an .xlsx is a zip archive, this archive is broken)",
        ) from exc
    if len(members) > MAX_XLSX_MEMBERS:
        raise UnreadableFile(
            f"Excel-bestand met {len(members)} onderdelen (grens {MAX_XLSX_MEMBERS}): "
            "mogelijk een zip-bom",
            f"Excel file with {len(members)} members (limit {MAX_XLSX_MEMBERS}): "
            "possibly a zip bomb",
        )
    total = sum(m.file_size for m in members)
    packed = max(sum(m.compress_size for m in members), 1)
    if total > MAX_XLSX_UNCOMPRESSED:
        raise UnreadableFile(
            f"Excel-bestand pakt uit tot {total // MIB} MiB (grens "
            f"{MAX_XLSX_UNCOMPRESSED // MIB} MiB): mogelijk een zip-bom",
            f"Excel file unpacks to {total // MIB} MiB (limit "
            f"{MAX_XLSX_UNCOMPRESSED // MIB} MiB): possibly a zip bomb",
        )
    if total > RATIO_FLOOR and total / packed > MAX_XLSX_RATIO:
        raise UnreadableFile(
            f"Excel-bestand is {total / packed:.0f} keer gecomprimeerd (grens "
            f"{MAX_XLSX_RATIO}): mogelijk een zip-bom",
            f"Excel file is compressed {total / packed:.0f} times (limit "
            f"{MAX_XLSX_RATIO}): possibly a zip bomb",
        )


def check_parquet_footer(path: Path):
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        meta = parquet.metadata
    except Exception as exc:
        raise UnreadableFile(
            "geen geldig Parquet-bestand (kapot of afgebroken)",
            "not a valid Parquet file (broken or cut off)",
        ) from exc
    total = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    if meta.num_rows > MAX_PARQUET_ROWS or total > MAX_PARQUET_UNCOMPRESSED:
        raise UnreadableFile(
            f"Parquet-bestand te groot ({meta.num_rows} rijen, {total // MIB} MiB uitgepakt)",
            f"Parquet file too large ({meta.num_rows} rows, {total // MIB} MiB unpacked)",
        )
    return parquet


def _unnamed(header: str) -> bool:
    return header == "" or header.startswith("unnamed:")


def check_frame(frame: pd.DataFrame, where: str = "") -> pd.DataFrame:
    """`frame` without empty unnamed columns (a trailing separator); refuses headers that
    cannot be told apart, a filled column without a name, and cells no input file needs."""
    empty = [
        c
        for c in frame.columns
        if _unnamed(normalise_header(c)) and not frame[c].astype(str).str.strip().any()
    ]
    frame = frame.drop(columns=empty)
    headers = [normalise_header(c) for c in frame.columns]
    if any(_unnamed(h) for h in headers):
        raise UnreadableFile(
            f"kolom met gegevens maar zonder naam{where}", f"column with data but no name{where}"
        )
    doubles = sorted({h for h in headers if headers.count(h) > 1})
    if doubles:
        shown = ", ".join(doubles)[:200]
        raise UnreadableFile(
            f"kolomnaam komt twee keer voor{where}: {shown}",
            f"column name occurs twice{where}: {shown}",
        )
    for column in frame.columns:
        distinct = pd.unique(frame[column].astype(str))
        longest = max(map(len, distinct)) if len(distinct) else 0
        if longest and longest > MAX_CELL_CHARS:
            raise UnreadableFile(
                f"cel van {longest} tekens in kolom '{normalise_header(column)[:80]}' "
                f"(grens {MAX_CELL_CHARS}){where}",
                f"cell of {longest} characters in column '{normalise_header(column)[:80]}' "
                f"(limit {MAX_CELL_CHARS}){where}",
            )
    return frame


def _tidy(sheet: Sheet) -> Sheet:
    where = f" ({sheet.label})" if sheet.label else ""
    frame = check_frame(sheet.frame, where)
    frame.columns = [normalise_header(c) for c in frame.columns]
    sheet.frame = frame.apply(_stripped) if len(frame.columns) else frame
    return sheet


def _stripped(column: pd.Series) -> pd.Series:
    """The column as stripped text, each distinct value stripped once (and left as it is
    when no value has white space around it: the common export)."""
    text = column.astype(str)
    distinct = pd.unique(text)
    if all(v == v.strip() for v in distinct):
        return text
    return text.map({v: v.strip() for v in distinct})


# --- spreadsheets and Parquet ------------------------------------------------------------------


def cell_text(value) -> str:
    """A spreadsheet or Parquet value as the text a CSV export of it would hold."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def read_xlsx(path: Path) -> list[Sheet]:
    """Every worksheet as a Sheet (visible or not), formulas without a stored value refused."""
    import openpyxl

    check_xlsx_archive(path)
    # from a file object: openpyxl judges a path by its suffix, and the content decides here
    values = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    formulas = openpyxl.load_workbook(
        io.BytesIO(path.read_bytes()), read_only=True, data_only=False
    )
    try:
        sheets = []
        for position, (ws, wf) in enumerate(
            zip(values.worksheets, formulas.worksheets, strict=True), start=1
        ):
            visible = getattr(ws, "sheet_state", "visible") == "visible"
            label = f"werkblad {position}" + ("" if visible else " (verborgen)")
            hidden = _hidden_rows(values, ws)
            rows = []
            number = (ws.min_row or 1) - 1
            for row_v, row_f in zip(ws.iter_rows(values_only=True), wf.iter_rows(), strict=False):
                number = next((c.row for c in row_f if getattr(c, "row", None)), number + 1)
                cells = [cell_text(v) for v in row_v]
                for value, cell in zip(row_v, row_f, strict=False):
                    if getattr(cell, "data_type", None) == "f" and value is None:
                        ref = f"{_column_letter(cell.column)}{cell.row}"
                        sheet_en = label.replace("werkblad", "sheet").replace("verborgen", "hidden")
                        raise UnreadableFile(
                            f"formule zonder opgeslagen waarde ({label}, cel {ref}): het bestand "
                            "is niet door Excel berekend. Open het in Excel en sla het op, of "
                            "plak de cellen als waarden",
                            f"formula without a stored value ({sheet_en}, cell {ref}): the file "
                            "was never calculated by Excel. Open and save it in Excel, or paste "
                            "the cells as values",
                            row=cell.row,
                        )
                if not _blank(cells):
                    rows.append((number, cells))
            sheet = _sheet_from_rows(rows, label, visible, ragged_ok=True)
            sheet.hidden_rows = [n for n, _ in rows if n in hidden]
            sheets.append(sheet)
        return sheets
    finally:
        values.close()
        formulas.close()


def _hidden_rows(workbook, ws) -> set[int]:
    """Row numbers a sheet hides (by hand or by a filter); read-only openpyxl does not say,
    the sheet's XML does: <row r="5" hidden="1">."""
    from xml.etree import ElementTree

    path = getattr(ws, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if not path or archive is None:
        return set()
    hidden = set()
    with archive.open(path) as xml:
        for _, element in ElementTree.iterparse(xml, events=("end",)):
            if element.tag.endswith("}row"):
                if element.get("hidden") in ("1", "true") and element.get("r", "").isdigit():
                    hidden.add(int(element.get("r")))
                element.clear()
    return hidden


def choose_sheet(sheets: list[Sheet]) -> Sheet:
    """The one visible sheet with data; hidden sheets with data or several are refused."""
    filled = [s for s in sheets if not s.frame.empty or len(s.frame.columns) or s.preamble]
    hidden = [s for s in filled if not s.visible]
    if hidden:
        names = ", ".join(s.label for s in hidden)
        raise UnreadableFile(
            f"verborgen werkblad met gegevens ({names}): verwijder het, of maak het zichtbaar "
            "en lever één werkblad aan",
            f"hidden sheet with data ({names.replace('werkblad', 'sheet')}): delete it, or "
            "make it visible and deliver a single sheet",
        )
    if len(filled) > 1:
        names = ", ".join(s.label for s in filled)
        raise UnreadableFile(
            f"meerdere werkbladen met gegevens ({names}): lever één werkblad per bestand aan",
            f"several sheets with data ({names.replace('werkblad', 'sheet')}): deliver one "
            "sheet per file",
        )
    if not filled:
        raise UnreadableFile("werkmap zonder gegevens", "workbook without data")
    if filled[0].hidden_rows:
        # what the analyst sees in Excel is not what would load: a filter hides rows
        rows = filled[0].hidden_rows
        shown = ", ".join(map(str, rows[:10])) + (
            f" en nog {len(rows) - 10}" if len(rows) > 10 else ""
        )
        shown_en = ", ".join(map(str, rows[:10])) + (
            f" and {len(rows) - 10} more" if len(rows) > 10 else ""
        )
        raise UnreadableFile(
            f"verborgen rijen met gegevens (rij {shown}), bijvoorbeeld door een filter: "
            "alles zou geladen worden, ook wat u niet ziet. Haal het filter weg en verwijder "
            "de rijen die niet mee moeten, of maak ze zichtbaar",
            f"hidden rows with data (row {shown_en}), for instance by a filter: everything "
            "would load, also what you do not see. Remove the filter and delete the rows that "
            "should not go, or unhide them",
            row=rows[0],
        )
    return filled[0]


def read_parquet(path: Path) -> Sheet:
    parquet = check_parquet_footer(path)
    table = parquet.read()
    columns = {
        name: [cell_text(v) for v in table.column(name).to_pylist()] for name in table.column_names
    }
    frame = pd.DataFrame(columns, index=pd.RangeIndex(2, table.num_rows + 2), dtype=object)
    return Sheet(frame.astype(str), 1, "")


# --- the one entry point -----------------------------------------------------------------------


_LOCK_NAME = re.compile(r"^(?:~\$|\.~lock\.).*")
MAX_LOCK_BYTES = 4096  # Excel's owner file is 165 bytes, LibreOffice's lock file one line


def is_office_lock(path: Path) -> bool:
    """The owner file Excel (`~$name.xlsx`) or LibreOffice (`.~lock.name#`) writes beside a
    workbook while it is open: no table, and it holds the user's name, not a client's."""
    try:
        return bool(_LOCK_NAME.match(path.name)) and path.stat().st_size <= MAX_LOCK_BYTES
    except OSError:
        return False


def read_file(path: Path) -> Table:
    """The file as a Table, or UnreadableFile with the reason (Dutch / English)."""
    try:
        if is_office_lock(path):
            raise UnreadableFile(
                "vergrendelbestand van Excel of LibreOffice, geen tabel: het bestand ernaast "
                "was geopend toen het in de inbox stond. Sluit het in Excel en zet alleen het "
                "bestand zelf in de inbox",
                "lock file of Excel or LibreOffice, not a table: the file beside it was open "
                "while it was in the inbox. Close it in Excel and put only the file itself in "
                "the inbox",
            )
        check_size(path)
        with open(path, "rb") as handle:
            head = handle.read(8192)
        kind = sniff_format(path, head)
        if kind in _NOT_A_TABLE:
            raise UnreadableFile(*_NOT_A_TABLE[kind])
        encoding, notes = None, []
        if kind == "xlsx":
            notes = list(xlsx_comments(path))
            sheets = [_tidy(s) for s in read_xlsx(path)]
            data = choose_sheet(sheets)
        elif kind == "parquet":
            data = _tidy(read_parquet(path))
            sheets = [data]
        else:
            from wijkwijs.ingest.plain_csv import read_plain_csv  # on use: it reads this module

            text, encoding = decode_text(path.read_bytes())
            text = unicodedata.normalize("NFC", text)
            # the plain export read in C; anything else by the Python reader
            plain = read_plain_csv(text)
            data = _tidy(plain if plain is not None else read_csv_text(text))
            sheets = [data]
        if not len(data.frame.columns):
            raise UnreadableFile(
                "geen kopregel en geen gegevens gevonden", "no header and no data found"
            )
        return Table(data.frame, kind, encoding, sheets, notes)
    except UnreadableFile:
        raise
    except Exception as exc:  # every parser fails differently; the analyst needs one clear reason
        # the parser's own text may quote a cell: only its kind is shown
        raise UnreadableFile(
            f"bestand niet leesbaar als tabel ({type(exc).__name__})",
            f"file not readable as a table ({type(exc).__name__})",
        ) from exc


def read_table(path: Path) -> pd.DataFrame:
    """The data table of the file as a DataFrame of stripped strings with normalised headers."""
    return read_file(path).frame


MAX_RAW_CELLS = 500_000


def raw_cells(path: Path):
    """Best effort: (sheet label, row, column number, text) of every cell of a file that could
    not be read as a table, so the person-level check still sees a broken or refused file.
    Yields nothing for what it cannot open."""
    count = 0
    try:
        if is_office_lock(path):
            return
        with open(path, "rb") as handle:
            head = handle.read(8192)
        kind = sniff_format(path, head)
        if kind == "zip":  # an archive is refused, but what it holds is checked all the same
            yield from _zip_member_cells(path)
            return
        if kind == "xlsx":
            import openpyxl

            check_xlsx_archive(path)
            workbook = openpyxl.load_workbook(
                io.BytesIO(path.read_bytes()), read_only=True, data_only=True
            )
            try:
                for position, ws in enumerate(workbook.worksheets, start=1):
                    hidden = getattr(ws, "sheet_state", "visible") != "visible"
                    label = f"werkblad {position}" + (" (verborgen)" if hidden else "")
                    for number, row in enumerate(
                        ws.iter_rows(values_only=True), start=ws.min_row or 1
                    ):
                        for column, value in enumerate(row, start=1):
                            if value is not None:
                                count += 1
                                yield label, number, column, cell_text(value)
                        if count > MAX_RAW_CELLS:
                            return
            finally:
                workbook.close()
            yield from xlsx_comments(path)
            return
        if kind == "parquet":
            table = check_parquet_footer(path).read()
            for column, name in enumerate(table.column_names, start=1):
                yield "", 1, column, str(name)
                for number, value in enumerate(table.column(name).to_pylist(), start=2):
                    yield "", number, column, cell_text(value)
            return
        if kind in _NOT_A_TABLE or path.stat().st_size > MAX_FILE_BYTES:
            return
        yield from _text_cells(path.read_bytes(), "")
    except Exception:  # a file this broken has nothing more to read
        return


def _text_cells(raw: bytes, label: str):
    """(label, line, field, text) of every field of a text file, best effort."""
    count = 0
    try:
        # UTF-16 only when it looks like it: most byte strings of even length decode as
        # UTF-16 into nonsense, and a Windows-1252 file must be read as one
        for encoding in ("utf-16",) * _utf16(raw) + ("utf-8-sig", "cp1252", "latin-1"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        first = next((line for line in text.splitlines() if line.strip()), "")
        delimiter = sniff_delimiter(first)
        for number, line in enumerate(text.splitlines(), start=1):
            for column, cell in enumerate(line.split(delimiter), start=1):
                cell = cell.strip().strip('"').strip()
                if cell:
                    count += 1
                    yield label, number, column, cell
            if count > MAX_RAW_CELLS:
                return
    except Exception:  # a file this broken has nothing more to read
        return


def _utf16(raw: bytes) -> bool:
    return raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw[:400])


def _zip_member_cells(path: Path):
    """The cells of the text files in a zip archive (sizes checked first: no zip bomb)."""
    check_xlsx_archive(path)
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir() or info.file_size > MAX_FILE_BYTES:
                continue
            data = archive.read(info)
            if data[:4] in (b"PK\x03\x04", b"PAR1") or (
                b"\x00" in data[:8192] and not _utf16(data)
            ):
                continue  # another archive or a binary member: nothing to read as text
            yield from _text_cells(data, f"in het archief: {_member_label(info.filename)}")


def _member_label(name: str) -> str:
    """A member's name as messages may show it: its position, never a name that could be
    a person's ('jansen_bsn.csv')."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return f"bestand .{suffix}" if re.fullmatch(r"[a-z0-9]{1,5}", suffix) else "bestand"


STORED_TEXT = "tekst opgeslagen in de werkmap"  # a shared string, used by a cell or not


def xlsx_comments(path: Path):
    """(label, row, column, text) of every cell comment and note of a workbook, and of every
    text in its shared-string table: openpyxl's read-only mode skips comments, and some
    tools keep the text of deleted cells in the table (a BSN column deleted before sending
    is still in the file)."""
    from xml.etree import ElementTree

    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    with zipfile.ZipFile(path) as archive:
        if "xl/sharedStrings.xml" in archive.namelist():
            root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            for item in root:
                text = "".join(t.text or "" for t in item.iter() if t.tag.endswith("}t"))
                if text.strip():
                    yield STORED_TEXT, 1, 1, text.strip()
        for name in archive.namelist():
            # Excel writes xl/comments1.xml and xl/threadedComments/…, others
            # xl/comments/comment1.xml: the part's name says what it is
            if not re.fullmatch(
                r"xl/(?:[^/]+/)?(?:comments?|threadedcomments?)\d*\.xml", name, re.I
            ):
                continue
            root = ElementTree.fromstring(archive.read(name))
            # Excel starts a note with its author's name ('J. Analist:'): the colleague who
            # wrote it, not a client
            authors = {(a.text or "").strip() for a in root.iter() if a.tag.endswith("}author")}
            for element in root.iter():
                ref = element.get("ref")
                if not ref or not element.tag.endswith(("}comment", "}threadedComment")):
                    continue
                text = "".join(
                    t.text or "" for t in element.iter() if t.tag.endswith(("}t", "}text"))
                )
                for author in authors:
                    if author and text.startswith(f"{author}:"):
                        text = text[len(author) + 1 :]
                try:
                    letters, row = coordinate_from_string(ref.split(":")[0])
                    column = column_index_from_string(letters)
                except ValueError:
                    row, column = 1, 1
                for line in text.splitlines():
                    if line.strip():
                        yield "opmerking in een cel", row, column, line.strip()
