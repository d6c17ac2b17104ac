"""A source key per youth-input record, so a corrected file replaces its records.

The key is the youth worker's own record id when the export has one (`bron_id`,
`registratienummer`, ...), else the record's place among the records of the same organisation
and day. Either way it does not depend on the idea's text, so correcting an idea, its theme or
its place keeps the key (and any review decision made on it), and delivering the file again
never adds its records a second time.
"""

from __future__ import annotations

import hashlib

import pandas as pd

from wijkwijs.ingest.kinds import YOUTH_INPUT, resolve_columns


def youth_source_keys(frame: pd.DataFrame, rows: pd.DataFrame) -> list[str]:
    """One key per prepared row (rows['line'] is the row number, the frame's index)."""
    found = resolve_columns(frame, YOUTH_INPUT)
    organisation = frame[found["organisation"]].str.strip().str.casefold()
    day = frame[found["date"]].str.strip()
    ordinal = frame.groupby([organisation, day], sort=False).cumcount() + 1
    own = frame[found["source_id"]].str.strip() if "source_id" in found else None
    keys = {}
    for line in frame.index:
        ident = own[line] if own is not None and own[line] else f"#{ordinal[line]}"
        text = f"{organisation[line]}|{day[line]}|{ident}"
        keys[line] = hashlib.sha256(text.encode()).hexdigest()[:24]
    seen: dict[str, int] = {}
    result = []
    for line in rows["line"]:
        key = keys[int(line)]
        seen[key] = seen.get(key, 0) + 1
        result.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return result
