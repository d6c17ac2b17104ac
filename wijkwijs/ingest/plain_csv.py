"""The common CSV export read in C (pyarrow's CSV parser): the same Sheet as
readers.read_csv_text, or None, and then the Python reader runs.

It only ever says yes. The Python reader exists for what office software does to a CSV:
quoted values and line breaks inside them, blank lines (row numbers count them), a title line
above the header, spaces after the separator, carriage returns, a byte-order mark in the text,
rows wider or narrower than the header. This path takes a file only when cheap checks of the
whole text prove it has none of those: no quote character, no carriage return, no NUL, no
space after a separator or at a line start, no blank line, the header on line 1 naming two
known columns with a name in its first and last cell, and every line exactly as wide as the
header (pyarrow refuses any other width). Then line n of the text is row n of the file and
every field is the text between two separators, which is what the csv module gives as well.
tests/ingest/test_plain_csv.py holds the two together on generated files, plain and with each
of those features.
"""

from __future__ import annotations

import csv
import io
import re

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

from wijkwijs.ingest.readers import Sheet, known_headers, normalise_header, sniff_delimiter

# what the csv module or the Python reader treats specially, anywhere in the text
_SPECIAL = ('"', "\r", "\x00", "\ufeff")


def read_plain_csv(text: str) -> Sheet | None:
    """The Sheet read_csv_text makes of `text`, for a plain export; None for any other."""
    if any(c in text for c in _SPECIAL):
        return None
    first = "\n".join([line for line in text[:20_000].splitlines() if line.strip()][:20])
    delimiter = sniff_delimiter(first)
    # skipinitialspace: the csv module drops spaces after a separator and at a line start
    if text.startswith(" ") or "\n " in text or f"{delimiter} " in text:
        return None
    body = text[:-1] if text.endswith("\n") else text
    header = body.split("\n", 1)[0].split(delimiter)
    if not (header[0].strip() and header[-1].strip()):
        return None  # a table further right, or empty header cells at the end
    known = known_headers()
    if sum(normalise_header(c) in known for c in header) < 2:
        return None  # the header may sit lower, under a title line
    # a line of only separators and white space is a blank row (skipped, but counted)
    if re.search(rf"(?m)^(?:[^\S\n]|{re.escape(delimiter)})*$", body):
        return None
    if max(map(len, body.split("\n"))) > csv.field_size_limit():
        return None  # the csv module refuses such a field; that message is the reader's
    names = [f"c{i}" for i in range(len(header))]
    try:
        table = pa_csv.read_csv(
            io.BytesIO(body.encode("utf-8")),
            # one thread: a month's file is one block, and the load runs file after file
            read_options=pa_csv.ReadOptions(column_names=names, skip_rows=1, use_threads=False),
            parse_options=pa_csv.ParseOptions(
                delimiter=delimiter,
                quote_char=False,
                newlines_in_values=False,
                ignore_empty_lines=False,
            ),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, UnicodeEncodeError):
        return None  # a line wider or narrower than the header
    frame = table.to_pandas(use_threads=False)
    frame.columns = header
    frame.index = pd.Index(range(2, len(frame) + 2), dtype="int64")  # line 1 is the header
    return Sheet(frame, 1, "")
