"""Read an input table as strings, whatever office software or system wrote it.

Everything is read as text so that codes keep their leading zeros and letters, and so that
markers such as '.' or '-99997' reach the value parser unchanged.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

TABULAR_SUFFIXES = {".csv", ".txt", ".xlsx", ".parquet"}


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


def read_table(path: Path) -> pd.DataFrame:
    """The file as a DataFrame of stripped strings with normalised headers."""
    suffix = path.suffix.lower()
    try:
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
            frame = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
        elif suffix == ".parquet":
            frame = pd.read_parquet(path).astype("string").fillna("").astype(str)
        else:
            raise UnreadableFile(f"onbekend bestandstype '{suffix}' / unknown file type")
    except UnreadableFile:
        raise
    except Exception as exc:  # every parser fails differently; the analyst needs one clear reason
        raise UnreadableFile(
            f"bestand niet leesbaar als tabel / file not readable as a table: {exc}"
        ) from exc
    frame.columns = [normalise_header(c) for c in frame.columns]
    return frame.apply(lambda col: col.astype(str).str.strip())
