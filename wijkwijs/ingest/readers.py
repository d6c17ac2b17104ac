"""Read an input table as strings, whatever office software or system wrote it.

Everything is read as text so that codes keep their leading zeros and letters, and so that
markers such as '.' or '-99997' reach the value parser unchanged.

Guards before any parser sees a file (docs/security.md), each a clear `UnreadableFile`:
the file size; for XLSX (a zip archive) the member count, the total uncompressed size and the
compression ratio, checked from the zip directory before openpyxl opens it (zip bombs); for
Parquet the row count and uncompressed size from the footer; after reading, the length of
any single cell, and header names that are empty or occur twice.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from pathlib import Path

import pandas as pd

TABULAR_SUFFIXES = {".csv", ".txt", ".xlsx", ".parquet"}

MIB = 1024 * 1024
# Generous for monthly aggregated counts (a year of a large city is a few MiB), small enough
# that one bad file cannot exhaust the memory of the machine that loads it.
MAX_FILE_BYTES = int(os.environ.get("WIJKWIJS_MAX_FILE_MB", "200")) * MIB
MAX_XLSX_UNCOMPRESSED = 512 * MIB  # sum of all members, as declared in the zip directory
MAX_XLSX_MEMBERS = 2_000
MAX_XLSX_RATIO = 200  # uncompressed / compressed, over the whole archive
RATIO_FLOOR = 8 * MIB  # below this total a high ratio is harmless (a sheet of repeated values)
MAX_PARQUET_ROWS = 10_000_000
MAX_PARQUET_UNCOMPRESSED = 1024 * MIB
MAX_CELL_CHARS = 10_000  # aggregated counts and youth ideas both fit easily


class UnreadableFile(ValueError):
    """The file cannot be read as a table at all."""


def normalise_header(name: object) -> str:
    """'Aantal Cliënten ' → 'aantal_cliënten': case-, space- and dash-insensitive matching."""
    text = str(name).replace("\ufeff", "").strip().lower()
    return re.sub(r"[\s\-]+", "_", text)


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without byte-order mark) first; Windows-1252 as Dutch office exports use."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="strict")


def sniff_delimiter(first_line: str) -> str:
    return ";" if first_line.count(";") > first_line.count(",") else ","


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            f"bestand te groot ({size // MIB} MiB, grens {MAX_FILE_BYTES // MIB} MiB)"
            f" / file too large ({size // MIB} MiB, limit {MAX_FILE_BYTES // MIB} MiB)"
        )


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
            f"bestand niet leesbaar als tabel: geen geldig Excel-bestand (xlsx is een "
            f"zip-archief): {exc}"
            f" / file not readable as a table: not a valid Excel file (xlsx is a zip "
            f"archive): {exc}"
        ) from exc
    if len(members) > MAX_XLSX_MEMBERS:
        raise UnreadableFile(
            f"Excel-bestand met {len(members)} onderdelen (grens {MAX_XLSX_MEMBERS}): "
            "mogelijk een zip-bom"
            f" / Excel file with {len(members)} members (limit {MAX_XLSX_MEMBERS}): "
            "possibly a zip bomb"
        )
    total = sum(m.file_size for m in members)
    packed = max(sum(m.compress_size for m in members), 1)
    if total > MAX_XLSX_UNCOMPRESSED:
        raise UnreadableFile(
            f"Excel-bestand pakt uit tot {total // MIB} MiB (grens "
            f"{MAX_XLSX_UNCOMPRESSED // MIB} MiB): mogelijk een zip-bom"
            f" / Excel file unpacks to {total // MIB} MiB (limit "
            f"{MAX_XLSX_UNCOMPRESSED // MIB} MiB): possibly a zip bomb"
        )
    if total > RATIO_FLOOR and total / packed > MAX_XLSX_RATIO:
        raise UnreadableFile(
            f"Excel-bestand is {total / packed:.0f} keer gecomprimeerd (grens "
            f"{MAX_XLSX_RATIO}): mogelijk een zip-bom"
            f" / Excel file is compressed {total / packed:.0f} times (limit "
            f"{MAX_XLSX_RATIO}): possibly a zip bomb"
        )


def check_parquet_footer(path: Path) -> None:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as exc:
        raise UnreadableFile(
            f"bestand niet leesbaar als tabel: geen geldig Parquet-bestand: {exc}"
            f" / file not readable as a table: not a valid Parquet file: {exc}"
        ) from exc
    total = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    if meta.num_rows > MAX_PARQUET_ROWS or total > MAX_PARQUET_UNCOMPRESSED:
        raise UnreadableFile(
            f"Parquet-bestand te groot ({meta.num_rows} rijen, {total // MIB} MiB uitgepakt)"
            f" / Parquet file too large ({meta.num_rows} rows, {total // MIB} MiB unpacked)"
        )


def _unnamed(header: str) -> bool:
    return header == "" or header.startswith("unnamed:")


def check_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` without empty unnamed columns (a trailing separator); refuses headers that
    cannot be told apart, a filled column without a name, and cells no input file needs."""
    empty = [
        c for c in frame.columns
        if _unnamed(normalise_header(c)) and not frame[c].astype(str).str.strip().any()
    ]
    frame = frame.drop(columns=empty)
    headers = [normalise_header(c) for c in frame.columns]
    if any(_unnamed(h) for h in headers):
        raise UnreadableFile("kolom met gegevens maar zonder naam / column with data but no name")
    doubles = sorted({h for h in headers if headers.count(h) > 1})
    if doubles:
        raise UnreadableFile(
            f"kolomnaam komt twee keer voor: {', '.join(doubles)[:200]}"
            f" / column name occurs twice: {', '.join(doubles)[:200]}"
        )
    for column in frame.columns:
        distinct = pd.unique(frame[column].astype(str))
        longest = max(map(len, distinct)) if len(distinct) else 0
        if longest and longest > MAX_CELL_CHARS:
            raise UnreadableFile(
                f"cel van {longest} tekens in kolom '{str(column)[:80]}' (grens "
                f"{MAX_CELL_CHARS})"
                f" / cell of {longest} characters in column '{str(column)[:80]}' (limit "
                f"{MAX_CELL_CHARS})"
            )
    return frame


def read_table(path: Path) -> pd.DataFrame:
    """The file as a DataFrame of stripped strings with normalised headers."""
    suffix = path.suffix.lower()
    try:
        check_size(path)
        if suffix in {".csv", ".txt"}:
            text = decode_text(path.read_bytes())
            first = text.split("\n", 1)[0]
            frame = pd.read_csv(
                io.StringIO(text),
                sep=sniff_delimiter(first),
                dtype=str,
                keep_default_na=False,
                quoting=csv.QUOTE_MINIMAL,
                skipinitialspace=True,
            )
        elif suffix == ".xlsx":
            check_xlsx_archive(path)
            frame = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
        elif suffix == ".parquet":
            check_parquet_footer(path)
            frame = pd.read_parquet(path).astype("string").fillna("").astype(str)
        else:
            raise UnreadableFile(f"onbekend bestandstype '{suffix[:20]}' / unknown file type")
        frame = check_frame(frame)
        frame.columns = [normalise_header(c) for c in frame.columns]
        return frame.apply(lambda col: col.astype(str).map(
            {v: v.strip() for v in pd.unique(col.astype(str))}))
    except UnreadableFile:
        raise
    except Exception as exc:  # every parser fails differently; the analyst needs one clear reason
        reason = " ".join(str(exc).split())[:300] or type(exc).__name__
        raise UnreadableFile(
            f"bestand niet leesbaar als tabel: {reason}"
            f" / file not readable as a table: {reason}"
        ) from exc
